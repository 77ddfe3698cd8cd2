import { describe, expect, it } from 'vitest';
import { ownersOf, pointWith } from './goals.inline';

describe('pointWith', () => {
  it('changes one part and keeps the other', () => {
    expect(pointWith({ value: 40, date: '2027-12-31' }, 'value', 60)).toEqual({ value: 60, date: '2027-12-31' });
    expect(pointWith({ value: 40, date: '2027-12-31' }, 'date', '2027-06-30')).toEqual({ value: 40, date: '2027-06-30' });
    expect(pointWith(undefined, 'value', 0)).toEqual({ value: 0 });
  });
  it('removes a part, and the whole point when nothing is left', () => {
    expect(pointWith({ value: 40, date: '2027-12-31' }, 'value', null)).toEqual({ date: '2027-12-31' });
    expect(pointWith({ value: 40 }, 'value', null)).toBeNull();
    expect(pointWith(undefined, 'date', null)).toBeNull();
  });
});

describe('ownersOf', () => {
  it('lists each owner once, trimmed and sorted, leaving out the blank', () => {
    expect(ownersOf([{ owner: 'Per ' }, { owner: 'Anne' }, {}], [{ owner: 'Per' }, { owner: '  ' }])).toEqual(['Anne', 'Per']);
  });
});
