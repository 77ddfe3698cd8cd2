import { describe, expect, it } from 'vitest';
import { editableNumber, parseNumberInput } from './kpis.number';

const value = (text: string, locale: 'en' | 'nb' | 'sv' | 'da') => {
  const parsed = parseNumberInput(text, locale);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseNumberInput', () => {
  it('reads a decimal comma and space or dot groups in Norwegian, Swedish and Danish', () => {
    for (const locale of ['nb', 'sv', 'da'] as const) {
      expect(value('12,5', locale)).toBe(12.5);
      expect(value('1 234,5', locale)).toBe(1234.5);
      expect(value('1\u00a0234,5', locale)).toBe(1234.5);
      expect(value('1.234,5', locale)).toBe(1234.5);
      expect(value('1.234.567', locale)).toBe(1234567);
      expect(value('\u221212,5', locale)).toBe(-12.5);
      expect(value('1,234', locale)).toBe(1.234);
    }
  });

  it('reads English grouping commas and a decimal point', () => {
    expect(value('1,234.5', 'en')).toBe(1234.5);
    expect(value('1,234', 'en')).toBe(1234);
    expect(value('-0.25', 'en')).toBe(-0.25);
    expect(value('12,5', 'en')).toBe('invalid');
  });

  it('takes a lone dot as a decimal point in every language', () => {
    expect(value('2.05', 'nb')).toBe(2.05);
    expect(value('1.5', 'da')).toBe(1.5);
    expect(value('.5', 'en')).toBe(0.5);
  });

  it('says when a cell is empty or not a number', () => {
    expect(value('  ', 'nb')).toBe('empty');
    for (const text of ['12,5x', '1,2,3', '1 2,3,4', 'abc', '1.23.4', '--1', '1e', '12 %']) {
      expect({ text, result: value(text, 'nb') }).toEqual({ text, result: 'invalid' });
    }
  });
});

describe('editableNumber', () => {
  it('writes the reader’s decimal mark without grouping, so it reads back the same', () => {
    expect(editableNumber(1234.5, 'nb')).toBe('1234,5');
    expect(editableNumber(-1234.5, 'sv')).toBe('-1234,5');
    expect(editableNumber(1234.5, 'en')).toBe('1234.5');
    for (const locale of ['en', 'nb', 'sv', 'da'] as const) {
      for (const n of [0, 1.98, -7200, 123456.789]) expect(value(editableNumber(n, locale), locale)).toBe(n);
    }
  });
});
