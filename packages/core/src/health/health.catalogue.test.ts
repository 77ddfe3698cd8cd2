import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, STEPS, healthRuleTitle, healthRules } from '../index.js';
import { healthMessages } from './health.messages.js';

const docs = readFileSync(new URL('../../../../docs/health-rules.md', import.meta.url), 'utf8');

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The section of docs/health-rules.md about one rule: from its heading to the next heading. */
function docSection(id: string): string {
  const start = docs.indexOf(`### \`${id}\``);
  if (start < 0) return '';
  const end = docs.indexOf('\n#', start + 1);
  return docs.slice(start, end < 0 ? undefined : end);
}

describe('health rule catalogue', () => {
  it('has unique kebab-case ids, in the order of the process steps', () => {
    const ids = healthRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    const order = healthRules.map((rule) => STEPS.indexOf(rule.step));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(healthRules.map((rule) => rule.step))).toEqual(new Set(STEPS));
  });

  it('cites a seed file and a sentence for every rule', () => {
    for (const rule of healthRules) {
      expect(rule.seed.file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(rule.seed.quote.length).toBeGreaterThan(5);
    }
  });

  describe.each(LOCALES)('messages in %s', (locale) => {
    const messages = healthMessages[locale];
    const english = healthMessages.en;

    it('has a title, message and hint for every rule, and nothing for rules that do not exist', () => {
      expect(Object.keys(messages.rules).sort()).toEqual(healthRules.map((rule) => rule.id).sort());
      for (const rule of healthRules) {
        const text = messages.rules[rule.id as keyof typeof messages.rules];
        for (const part of [text.title, text.message, text.hint]) expect(part.trim().length).toBeGreaterThan(3);
        expect(healthRuleTitle(rule.id, locale)).toBe(text.title);
      }
    });

    it('uses the same placeholders as English', () => {
      for (const [id, text] of Object.entries(messages.rules)) {
        const source = english.rules[id as keyof typeof english.rules];
        expect({ id, message: placeholders(text.message), hint: placeholders(text.hint) }).toEqual({
          id,
          message: placeholders(source.message),
          hint: placeholders(source.hint),
        });
      }
    });

    it('has every term', () => {
      for (const group of Object.keys(english.terms) as (keyof typeof english.terms)[]) {
        expect(Object.keys(messages.terms[group]).sort()).toEqual(Object.keys(english.terms[group]).sort());
        for (const word of Object.values(messages.terms[group])) expect(word.trim()).not.toBe('');
      }
    });
  });

  it('documents every rule in docs/health-rules.md with its step, severity and seed sentence', () => {
    for (const rule of healthRules) {
      const section = docSection(rule.id);
      expect(section, rule.id).not.toBe('');
      expect(section, rule.id).toContain(`**${rule.severity}**`);
      expect(section, rule.id).toContain(rule.seed.file);
      expect(section, rule.id).toContain(rule.seed.quote);
      const stepHeading = docs.lastIndexOf('\n## ', docs.indexOf(section));
      expect(docs.slice(stepHeading, docs.indexOf('\n', stepHeading + 1)).toLowerCase(), rule.id).toContain(rule.step);
    }
    const documented = [...docs.matchAll(/^### `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(healthRules.map((rule) => rule.id).sort());
  });

  it('has no title for an unknown rule', () => {
    expect(healthRuleTitle('no-such-rule')).toBeUndefined();
  });
});
