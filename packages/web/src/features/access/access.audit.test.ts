import { describe, expect, it } from 'vitest';
import english from './access.messages.en.json';
import { AUDIT_ENTITIES, describeAction } from './access.audit';
import type { Translate } from './access.words';

const messages: Record<string, string> = english;
const t: Translate = (id, values = {}) => messages[id]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
const known = (id: string) => id in messages;

describe('describeAction', () => {
  it('puts the entity and the verb into words', () => {
    expect(describeAction(t, 'goal.update', known)).toBe(`${messages['access.entity.goal']} ${messages['access.verb.update']}`);
    expect(describeAction(t, 'share_link.revoke', known)).toBe(`${messages['access.entity.share_link']} ${messages['access.verb.revoke']}`);
  });

  it('shows an action it has no words for as the server wrote it', () => {
    expect(describeAction(t, 'robot.dance', known)).toBe('robot.dance');
    expect(describeAction(t, 'goal', known)).toBe('goal');
    expect(describeAction(t, 'goal.update.twice', known)).toBe('goal.update.twice');
  });

  it('has words for every kind of entity the filter offers', () => {
    expect(AUDIT_ENTITIES.filter((entity) => !known(`access.entity.${entity}`))).toEqual([]);
  });
});
