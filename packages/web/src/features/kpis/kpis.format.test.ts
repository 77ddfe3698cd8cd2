import { describe, expect, it } from 'vitest';
import { chartDateFormat, kpiValueFormat } from './kpis.format';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('kpiValueFormat', () => {
  it('writes values as the other pages do, with two decimals on small ones', () => {
    const count = kpiValueFormat('en', 'count', undefined);
    expect(count.value(13798.77)).toBe('13,799');
    expect(count.value(1.984)).toBe('1.98');
    expect(plain(kpiValueFormat('nb', 'percent', 'NOK').value(1.98))).toBe('1,98 %');
    expect(kpiValueFormat('en', 'duration_s', undefined).value(10125)).toBe('2.8 hr');
  });

  it('shortens counts and money on axes, and keeps other units whole', () => {
    expect(kpiValueFormat('en', 'count', undefined).short(120000)).toBe('120K');
    expect(plain(kpiValueFormat('nb', 'currency', 'NOK').short(1_500_000))).toBe('1,5 mill. kr');
    expect(kpiValueFormat('en', 'percent', undefined).short(2.5)).toBe('2.5%');
  });
});

describe('chartDateFormat', () => {
  it('reads chart seconds as UTC dates and shows more of the date as ticks come closer', () => {
    const format = chartDateFormat('en');
    const jan31 = Date.UTC(2027, 0, 31) / 1000;
    expect(format.date(jan31)).toBe('31 January 2027');
    expect(format.tick(jan31, 86_400 * 7)).toBe('31 Jan');
    expect(format.tick(jan31, 86_400 * 30)).toBe('Jan 2027');
    expect(format.tick(jan31, 86_400 * 400)).toBe('2027');
  });
});
