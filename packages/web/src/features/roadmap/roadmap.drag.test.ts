import { fromDayNumber, toDayNumber } from '@kurs/core/browser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFor, dragModeAt, EDGE_PX, keyChange, shiftDates } from './roadmap.drag';

const min = toDayNumber('2027-01-01');
const max = toDayNumber('2027-12-31');
const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('shiftDates', () => {
  it('moves a bar by whole days and keeps its length', () => {
    expect(shiftDates({ start: '2027-02-01', end: '2027-02-10' }, 'move', 7, min, max)).toEqual({ start: '2027-02-08', end: '2027-02-17' });
    expect(shiftDates({ start: '2027-02-27', end: '2027-02-28' }, 'move', 1, min, max)).toEqual({ start: '2027-02-28', end: '2027-03-01' });
  });

  it('resizes one end and never makes a bar shorter than one day', () => {
    expect(shiftDates({ start: '2027-02-01', end: '2027-02-10' }, 'end', -3, min, max)).toEqual({ start: '2027-02-01', end: '2027-02-07' });
    expect(shiftDates({ start: '2027-02-01', end: '2027-02-10' }, 'end', -30, min, max)).toEqual({ start: '2027-02-01', end: '2027-02-01' });
    expect(shiftDates({ start: '2027-02-01', end: '2027-02-10' }, 'start', 20, min, max)).toEqual({ start: '2027-02-10', end: '2027-02-10' });
  });

  it('stays within the drawn days', () => {
    fc.assert(
      fc.property(fc.integer({ min, max }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: -500, max: 500 }), fc.constantFrom('move', 'start', 'end' as const), (start, length, days, mode) => {
        const end = Math.min(max, start + length);
        const dates = shiftDates({ start: fromDayNumber(start), end: fromDayNumber(end) }, mode, days, min, max);
        expect(toDayNumber(dates.start)).toBeGreaterThanOrEqual(min);
        expect(toDayNumber(dates.end)).toBeLessThanOrEqual(max);
        expect(dates.start <= dates.end).toBe(true);
        if (mode === 'move') expect(toDayNumber(dates.end) - toDayNumber(dates.start)).toBe(end - start);
        if (mode === 'start') expect(dates.end).toBe(fromDayNumber(end));
        if (mode === 'end') expect(dates.start).toBe(fromDayNumber(start));
      }),
    );
  });
});

describe('dragModeAt', () => {
  it('resizes near an end and moves from the middle', () => {
    expect(dragModeAt(102, 100, 200)).toBe('start');
    expect(dragModeAt(200 - EDGE_PX, 100, 200)).toBe('end');
    expect(dragModeAt(150, 100, 200)).toBe('move');
    // A narrow bar keeps a middle third to move it by.
    expect(dragModeAt(106, 100, 112)).toBe('move');
  });
});

describe('daysFor', () => {
  it('snaps a drag to the nearest whole day', () => {
    expect(daysFor(14, 10)).toBe(1);
    expect(daysFor(16, 10)).toBe(2);
    expect(daysFor(-4, 10)).toBe(0);
    expect(daysFor(-26, 10)).toBe(-3);
  });
});

describe('keyChange', () => {
  it('moves by a day, a week with Shift, and resizes with Alt', () => {
    expect(keyChange(key('ArrowRight'))).toEqual({ mode: 'move', days: 1 });
    expect(keyChange(key('ArrowLeft', { shiftKey: true }))).toEqual({ mode: 'move', days: -7 });
    expect(keyChange(key('ArrowRight', { altKey: true }))).toEqual({ mode: 'end', days: 1 });
    expect(keyChange(key('ArrowLeft', { altKey: true, shiftKey: true }))).toEqual({ mode: 'start', days: -1 });
  });

  it('leaves other keys and shortcuts alone', () => {
    expect(keyChange(key('ArrowUp'))).toBeNull();
    expect(keyChange(key('z', { ctrlKey: true }))).toBeNull();
    expect(keyChange(key('ArrowRight', { metaKey: true }))).toBeNull();
  });
});
