import type { Activity } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { changedFields, draftOf, newEntity } from './entity-draft';
import { idFromName } from './ids';

const stored: Activity & { version: number } = { id: 'checkout', title: 'Checkout', owner: 'Ola', goals: ['sell'], value: 8, version: 3 };

describe('entity drafts', () => {
  it('edit everything but the id and the version', () => {
    expect(draftOf(stored)).toEqual({ title: 'Checkout', owner: 'Ola', goals: ['sell'], value: 8 });
  });

  it('send only the changed fields, and null for a field that was emptied', () => {
    const draft = { ...draftOf(stored), title: ' Checkout ', owner: '', goals: ['sell', 'loyal'], effort: 3 };
    expect(changedFields<Activity>(stored, draft)).toEqual({ owner: null, goals: ['sell', 'loyal'], effort: 3 });
    expect(changedFields<Activity>(stored, { ...draftOf(stored), goals: [] })).toEqual({ goals: null });
    expect(changedFields<Activity>(stored, draftOf(stored))).toEqual({});
  });

  it('make a new entity of the given fields, trimmed, with an id from its name', () => {
    expect(newEntity<Activity>({ title: '  Gift guide ', owner: '', goals: [], value: 7 }, 'Gift guide', ['gift-guide'], 'activity')).toEqual({
      id: 'gift-guide-2',
      title: 'Gift guide',
      value: 7,
    });
  });
});

describe('idFromName', () => {
  it('keeps letters of every language and joins words with "-"', () => {
    expect(idFromName('Påskekrim 2027: the Easter guide!', [])).toBe('påskekrim-2027-the-easter-guide');
    expect(idFromName('  ---  ', [], 'theme')).toBe('theme');
    expect(idFromName('Web', ['web', 'web-2'])).toBe('web-3');
  });
});
