import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { arbitraryPlan } from '../testing/plan.arbitraries.js';
import { buildGoal, buildPlan } from '../testing/plan.factories.js';
import { exportPlan, planJsonSchema, PLAN_JSON_SCHEMA_ID } from './plan.export.js';
import { normalizePlan } from './plan.normalize.js';
import { readPlan, validatePlan } from './plan.parse.js';
import { TEXT_LIMITS, type PlanDocument } from './plan.schema.js';

const exampleText = readFileSync(new URL('./fixtures/example.yaml', import.meta.url), 'utf8');
const example = readPlan(exampleText).plan as PlanDocument;

describe('exportPlan', () => {
  it('writes the fields in the order of the schema, whatever order they came in', () => {
    const plan = {
      goals: [{ horizon: 'year', title: 'Sell', id: 'g' }],
      plan: { period: { end: '2027-12-31', start: '2027-01-01' }, name: 'P' },
      kurs: 1,
    } as PlanDocument;
    expect(exportPlan(plan, 'yaml')).toBe(
      'kurs: 1\nplan:\n  name: P\n  period:\n    start: 2027-01-01\n    end: 2027-12-31\ngoals:\n  - id: g\n    title: Sell\n    horizon: year\n',
    );
  });

  it('writes draft last in an entity and quarters right after budget_hours, and reads them back to the same bytes', () => {
    const plan = {
      kurs: 1,
      plan: { name: 'P', period: { start: '2027-01-01', end: '2027-12-31' } },
      themes: [{ draft: true, quarters: [{ hours: 10, quarter: '2027-Q2' }], maintenance: false, id: 't', budget_hours: 10, name: 'Shop' }],
    } as PlanDocument;
    const text = exportPlan(plan, 'yaml');
    expect(text).toContain(
      'themes:\n  - id: t\n    name: Shop\n    budget_hours: 10\n    quarters:\n      - quarter: 2027-Q2\n        hours: 10\n    maintenance: false\n    draft: true\n',
    );
    for (const format of ['yaml', 'json'] as const) {
      const written = exportPlan(plan, format);
      expect(exportPlan(readPlan(written, { format }).plan as PlanDocument, format)).toBe(written);
    }
  });

  it('writes JSON with a 2-space indent and a final newline', () => {
    const plan = buildPlan();
    const text = exportPlan(plan, 'json');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text.startsWith('{\n  "kurs": 1,\n  "plan": {\n    "name"')).toBe(true);
  });

  it('invents no empty collections but keeps the empty ones it is given', () => {
    const plan: PlanDocument = { kurs: 1, plan: { name: 'P', period: { start: '2027-01-01', end: '2027-01-02' } }, themes: [] };
    expect(exportPlan(plan, 'yaml')).toBe('kurs: 1\nplan:\n  name: P\n  period:\n    start: 2027-01-01\n    end: 2027-01-02\nthemes: []\n');
    expect(Object.keys(JSON.parse(exportPlan(plan, 'json')))).toEqual(['kurs', 'plan', 'themes']);
  });

  it('never folds a long line and quotes a text only when YAML would read it as something else', () => {
    const long = `${'word '.repeat(60)}end`;
    const plan = buildPlan({
      goals: [buildGoal({ id: 'g', title: 'yes', description: long, department: '123', owner: 'a: b' })],
      activities: [],
    });
    const text = exportPlan(plan, 'yaml');
    expect(text).toContain(`    description: ${long}\n`);
    expect(text).toContain('    title: yes\n');
    expect(text).toContain('    department: "123"\n');
    expect(text).toContain('    owner: "a: b"\n');
    expect(readPlan(text).plan?.goals?.[0]).toMatchObject({ title: 'yes', description: long, department: '123', owner: 'a: b' });
  });

  it('gives the example back unchanged in content, and the same bytes on a second round', () => {
    for (const format of ['yaml', 'json'] as const) {
      const text = exportPlan(example, format);
      const back = readPlan(text, { format });
      expect(back.errors).toEqual([]);
      expect(back.plan).toEqual(normalizePlan(example));
      expect(exportPlan(back.plan as PlanDocument, format)).toBe(text);
    }
  });

  it('refuses a plan that breaks the schema', () => {
    const plan = { ...buildPlan(), goals: [{ id: 'g', title: '', horizon: 'year' }] } as PlanDocument;
    expect(() => exportPlan(plan, 'json')).toThrow(DomainError);
    try {
      exportPlan(plan, 'yaml');
    } catch (error) {
      expect((error as DomainError).errors).toEqual([
        { path: 'goals[0].title', code: 'too_small', params: { minimum: 1, origin: 'string', inclusive: true }, message: 'must not be empty' },
      ]);
    }
  });
});

describe('arbitraryPlan', () => {
  it('produces valid plans that the schema leaves as they are', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        expect(validatePlan(plan)).toEqual({ plan, errors: [] });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('export and read round trip', () => {
  it.each(['yaml', 'json'] as const)('export → read → export is byte-identical in %s, and read gives the normalised plan', (format) => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const text = exportPlan(plan, format);
        const back = readPlan(text, { format });
        expect(back.errors).toEqual([]);
        expect(back.plan).toEqual(normalizePlan(plan));
        expect(exportPlan(back.plan as PlanDocument, format)).toBe(text);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('planJsonSchema', () => {
  const schema = planJsonSchema();
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const exampleValue = parse(exampleText, { version: '1.2', schema: 'core' }) as Record<string, unknown>;

  it('is a draft 2020-12 schema with an id and a title', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: PLAN_JSON_SCHEMA_ID,
      title: 'Kurs plan document',
    });
  });

  it('gives every text its most characters, so that an editor can warn before the import does', () => {
    const goal = (schema.properties as Record<string, { items: { properties: Record<string, unknown> } }>).goals.items.properties;
    expect(goal.title).toMatchObject({ maxLength: TEXT_LIMITS.name });
    expect(goal.owner).toMatchObject({ maxLength: TEXT_LIMITS.name });
    expect(goal.description).toMatchObject({ maxLength: TEXT_LIMITS.text });
    expect(validate({ ...exampleValue, goals: [{ id: 'g', title: 'x'.repeat(TEXT_LIMITS.name + 1), horizon: 'year' }] })).toBe(false);
  });

  it('accepts the plan-document.md example', () => {
    expect(validate(exampleValue)).toBe(true);
  });

  it('refuses an unknown field, a wrong enum value and a date written otherwise', () => {
    expect(validate({ ...exampleValue, colour: 'blue' })).toBe(false);
    expect(validate({ ...exampleValue, goals: [{ id: 'g', title: 'T', horizon: 'decade' }] })).toBe(false);
    const plan = exampleValue.plan as Record<string, unknown>;
    expect(validate({ ...exampleValue, plan: { ...plan, period: { start: '1/1/2027', end: '2027-12-31' } } })).toBe(false);
  });
});
