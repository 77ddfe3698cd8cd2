import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { buildPlan } from '../testing/plan.factories.js';
import { marked } from '../testing/text-positions.js';
import { assertValidPlan, detectPlanFormat, parsePlan, readPlan, validatePlan } from './plan.parse.js';
import { MAX_ALIAS_VALUES } from './plan.yaml.js';

const example = readFileSync(new URL('./fixtures/example.yaml', import.meta.url), 'utf8');

/** Reads a text written with ‸ marks and returns its errors beside the marked positions. */
function readMarked(source: string, format?: 'yaml' | 'json') {
  const { text, marks } = marked(source);
  return { errors: readPlan(text, format ? { format } : {}).errors, marks };
}

const header = 'kurs: 1\nplan:\n  name: Plan\n  period: { start: 2027-01-01, end: 2027-12-31 }\n';
const jsonHeader = '{ "kurs": 1, "plan": { "name": "Plan", "period": { "start": "2027-01-01", "end": "2027-12-31" } }';

describe('readPlan', () => {
  it('reads the plan-document.md example as a valid plan, dates as text', () => {
    const { plan, errors } = readPlan(example);
    expect(errors).toEqual([]);
    expect(plan?.plan.period).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(plan?.goals?.map((goal) => goal.id)).toEqual(['sell-books', 'more-visits']);
    expect(plan?.reviews?.[0].date).toBe('2027-03-31');
  });

  it('reads YAML with the 1.2 core schema: yes and no stay text', () => {
    const { plan } = readPlan(`${header}situation:\n  findings: [yes, no, on]\n`);
    expect(plan?.situation?.findings).toEqual(['yes', 'no', 'on']);
  });

  it('reads the same plan from JSON', () => {
    const { plan, errors } = readPlan(JSON.stringify(readPlan(example).plan));
    expect(errors).toEqual([]);
    expect(plan).toEqual(readPlan(example).plan);
  });

  it('reads a text with a byte order mark', () => {
    expect(readPlan(`\uFEFF${header}`).errors).toEqual([]);
    expect(readPlan(`\uFEFF${jsonHeader} }`).errors).toEqual([]);
  });

  describe('values that cannot be stored', () => {
    const huge = '9'.repeat(310);
    const tooLarge = { code: 'number_too_large', message: 'the number is too large to be stored (or not a finite number)' };
    const character = (c: string) => ({ code: 'invalid_character', params: { character: c }, message: `contains the character ${c}, which cannot be stored; remove it` });

    it('refuses numbers that read as Infinity or NaN in YAML, at their line and column', () => {
      for (const [written, path] of [[huge, 'kpis[0].baseline.value'], ['.inf', 'kpis[0].baseline.value'], ['-.INF', 'kpis[0].baseline.value'], ['.nan', 'kpis[0].baseline.value']]) {
        const { errors, marks } = readMarked(`${header}kpis:\n  - id: k\n    baseline:\n      value: ‸${written}\n      date: 2027-01-01\n`);
        expect(errors, written).toEqual([{ path, ...tooLarge, ...marks[0] }]);
      }
      const flow = readMarked(`${header}kpis:\n  - id: k\n    baseline: { value: ‸${huge}, date: 2027-01-01 }\n`);
      expect(flow.errors).toEqual([{ path: 'kpis[0].baseline.value', ...tooLarge, ...flow.marks[0] }]);
    });

    it('refuses numbers that read as Infinity in JSON, at their line and column', () => {
      const { errors, marks } = readMarked(`${jsonHeader},\n "kpis": [{ "id": "k", "baseline": { "value": ‸1e999, "date": "2027-01-01" } }, { "x": ‸-${huge} }] }`);
      expect(errors).toEqual([
        { path: 'kpis[0].baseline.value', ...tooLarge, ...marks[0] },
        { path: 'kpis[1].x', ...tooLarge, ...marks[1] },
      ]);
    });

    it('refuses a NUL or a lone surrogate in any text or field name, in YAML and JSON', () => {
      const yaml = readMarked(`${header}goals:\n  - id: a\n    title: ‸"A\\0B"\n  - id: b\n    title: ‸"\\uD800"\n`);
      expect(yaml.errors).toEqual([
        { path: 'goals[0].title', ...character('U+0000'), ...yaml.marks[0] },
        { path: 'goals[1].title', ...character('U+D800'), ...yaml.marks[1] },
      ]);
      const json = readMarked(`${jsonHeader},\n "goals": [{ "id": ‸"a\\u0000", ‸"b\\udc00": 1, "title": "\\ud83d\\ude00 fine" }] }`);
      expect(json.errors).toEqual([
        { path: 'goals[0].id', ...character('U+0000'), ...json.marks[0] },
        { path: 'goals[0].b\udc00', ...character('U+DC00'), ...json.marks[1] },
      ]);
    });
  });

  describe('format', () => {
    it('is JSON when the text starts with "{" after white space, else YAML', () => {
      expect(detectPlanFormat('  \n {"kurs": 1}')).toBe('json');
      expect(detectPlanFormat('kurs: 1')).toBe('yaml');
      expect(detectPlanFormat('{ kurs: 1 }\n')).toBe('json');
    });

    it('can be given: a flow mapping read as YAML is not held to JSON', () => {
      const text = `{ kurs: 1, plan: { name: Plan, period: { start: 2027-01-01, end: 2027-12-31 } } }`;
      expect(readPlan(text, { format: 'yaml' }).errors).toEqual([]);
      expect(readPlan(text).errors).toEqual([
        { path: '', code: 'syntax', message: 'expected a field name in double quotes, found "k"', line: 1, column: 3 },
      ]);
    });
  });

  describe('syntax errors', () => {
    it('names the line and column of a YAML syntax error', () => {
      const { errors, marks } = readMarked(`${header}goals:\n  - id: [a, b\n  ‸- id: c\n`);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ path: '', code: 'syntax', ...marks[0] });
      expect(errors[0].message).toMatch(/flow sequence/i);
    });

    it('names the line and column of a JSON syntax error', () => {
      const { errors, marks } = readMarked(`${jsonHeader},\n  "goals": [ { "id": "a", ‸} ]\n}`);
      expect(errors).toEqual([{ path: 'goals[0]', code: 'syntax', message: 'expected a field name in double quotes, found "}"', ...marks[0] }]);
    });

    it.each([
      ['an unclosed text', `{ "kurs": 1, "plan": ‸"Plan }`, 'plan', 'text without its closing double quote'],
      ['a bad escape', `{ "kurs": 1, "plan": "a‸\\x" }`, 'plan', 'invalid escape "\\x" in text'],
      ['a raw line break in text', `{ "kurs": 1, "plan": "a‸\n" }`, 'plan', 'control character in text; write it as an escape such as \\n'],
      ['a missing colon', `{ "kurs" ‸1 }`, '', 'expected ":" after the field name, found "1"'],
      ['a missing comma', `{ "kurs": 1 ‸"plan": {} }`, '', 'expected "," or "}" after a field, found "\\""'],
      ['a trailing comma in a list', `{ "goals": [1, 2, ‸] }`, 'goals[2]', 'expected a value, found "]"'],
      ['a bad number', `{ "kurs": 0‸1 }`, '', 'expected "," or "}" after a field, found "1"'],
      ['text after the document', `{ "kurs": 1 } ‸x`, '', 'unexpected "x" after the end of the document'],
      ['an empty text', `‸`, '', 'expected a value, found end of the text'],
      ['an unclosed object', `{ "kurs": 1‸`, '', 'expected "," or "}" after a field, found end of the text'],
    ])('names %s in JSON', (_, source, path, message) => {
      const { errors, marks } = readMarked(source, 'json');
      expect(errors).toEqual([{ path, code: 'syntax', message, ...marks[0] }]);
    });

    it('refuses a repeated YAML field, naming its path and where it is repeated', () => {
      const { errors, marks } = readMarked(`${header}goals:\n  - id: a\n    title: One\n    ‸title: Two\n    horizon: year\n`);
      expect(errors).toEqual([{ path: 'goals[0].title', code: 'duplicate', params: { value: 'title' }, message: 'duplicate field "title"', ...marks[0] }]);
    });

    it('refuses a file of several YAML documents', () => {
      const { errors, marks } = readMarked(`${header}‸---\n${header}`);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ path: '', code: 'syntax', ...marks[0] });
      expect(errors[0].message).toMatch(/multiple documents/);
    });

    it('reads a few aliases but refuses an alias bomb', () => {
      const reuse = marked(`${header}situation:\n  findings: &f [a, b]\ngoals:\n  - { id: g, title: T, horizon: year, description: ‸*f }\n`);
      expect(readPlan(reuse.text).errors).toEqual([{ path: 'goals[0].description', code: 'invalid_type', params: { expected: 'string' }, message: 'must be text', ...reuse.marks[0] }]);

      const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 6; i++) {
        const previous = String.fromCharCode(96 + i);
        levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${previous}`).join(', ')}]`);
      }
      // Each level holds ten aliases of the one before: level d alone would hold over 10 000 values.
      const text = levels.join('\n');
      const { errors } = readPlan(text);
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toBe(`aliases expand to more than ${MAX_ALIAS_VALUES} values; the file looks like an alias bomb`);
      expect(errors[0].path).toMatch(/^d\[\d\]$/);
      expect(errors[0].line).toBe(4);
      expect(text.split('\n')[3][(errors[0].column ?? 0) - 1]).toBe('*');
    });

    it('refuses an alias with no anchor before it', () => {
      const { errors, marks } = readMarked(`${header}situation:\n  findings: ‸*nowhere\n`);
      expect(errors).toEqual([{ path: 'situation.findings', code: 'syntax', message: 'no anchor &nowhere before this alias', ...marks[0] }]);
    });
  });

  describe('schema errors', () => {
    it('names an unknown field on the field itself, in YAML and JSON', () => {
      const yaml = readMarked(`kurs: 1\nplan:\n  name: Plan\n  ‸foo: 1\n  period: { start: 2027-01-01, end: 2027-12-31 }\n`);
      expect(yaml.errors).toEqual([{ path: 'plan.foo', code: 'unknown_field', params: { field: 'foo' }, message: 'unknown field "foo"', ...yaml.marks[0] }]);
      const json = readMarked(`{ "kurs": 1, "plan": { "name": "Plan", ‸"foo": 1,\n "period": { "start": "2027-01-01", "end": "2027-12-31" } } }`);
      expect(json.errors).toEqual([{ path: 'plan.foo', code: 'unknown_field', params: { field: 'foo' }, message: 'unknown field "foo"', ...json.marks[0] }]);
    });

    it('names a missing required field, placed at the object that lacks it', () => {
      const yaml = readMarked(`${header}goals:\n  - ‸id: g\n    horizon: year\n`);
      expect(yaml.errors).toEqual([{ path: 'goals[0].title', code: 'required', message: 'required', ...yaml.marks[0] }]);
      const json = readMarked(`${jsonHeader},\n "goals": [‸{ "id": "g", "horizon": "year" }] }`);
      expect(json.errors).toEqual([{ path: 'goals[0].title', code: 'required', message: 'required', ...json.marks[0] }]);
    });

    it('says in plain words what a value must be, in the order of the text', () => {
      const { errors, marks } = readMarked(
        `${header}goals:\n  - id: g\n    title: ‸[a]\n    horizon: ‸decade\n    weight: ‸-1\n    baseline: { date: ‸2027-02-30 }\nkpis: ‸none\nthemes:\n  - { id: t, name: T, color: ‸blue }\n`,
      );
      expect(errors).toEqual([
        { path: 'goals[0].title', code: 'invalid_type', params: { expected: 'string' }, message: 'must be text', ...marks[0] },
        { path: 'goals[0].horizon', code: 'not_in_list', params: { options: ['quarter', 'year', 'long'] }, message: 'must be one of: quarter, year, long', ...marks[1] },
        { path: 'goals[0].weight', code: 'too_small', params: { minimum: 0, origin: 'number', inclusive: false }, message: 'must be greater than 0', ...marks[2] },
        { path: 'goals[0].baseline.date', code: 'invalid_date', params: { value: '2027-02-30' }, message: 'not a valid date "2027-02-30" (use YYYY-MM-DD)', ...marks[3] },
        { path: 'kpis', code: 'invalid_type', params: { expected: 'array' }, message: 'must be a list', ...marks[4] },
        { path: 'themes[0].color', code: 'invalid_format', params: { format: 'colour' }, message: 'must be a colour written #rrggbb', ...marks[5] },
      ]);
    });

    it('says so when a list item or the document is not an object', () => {
      const { errors, marks } = readMarked(`${header}goals:\n  - ‸just text\n`);
      expect(errors).toEqual([{ path: 'goals[0]', code: 'invalid_type', params: { expected: 'object' }, message: 'must be an object with fields', ...marks[0] }]);
      expect(readPlan('- a\n- b\n').errors).toEqual([
        { path: '', code: 'invalid_type', params: { expected: 'object' }, message: 'the plan document must be an object with the fields "kurs" and "plan"', line: 1, column: 1 },
      ]);
    });

    it('says so when the document is empty', () => {
      expect(readPlan('# nothing yet\n').errors).toEqual([
        { path: '', code: 'empty_document', message: 'the document is empty; a plan starts with "kurs: 1" and "plan"', line: 1, column: 1 },
      ]);
    });

    it('refuses an unknown version with that error alone', () => {
      const yaml = readMarked('kurs: ‸2\nplan: { name: Plan, unknown: 1 }\nwhatever: true\n');
      expect(yaml.errors).toEqual([
        { path: 'kurs', code: 'unsupported_version', params: { version: '2' }, message: 'unsupported format version 2; this Kurs reads version 1', ...yaml.marks[0] },
      ]);
      const json = readMarked('{ "kurs": ‸"1.1", "plan": {} }');
      expect(json.errors).toEqual([
        { path: 'kurs', code: 'unsupported_version', params: { version: '"1.1"' }, message: 'unsupported format version "1.1"; this Kurs reads version 1', ...json.marks[0] },
      ]);
    });

    it('refuses a version that is a list or an object nested thousands deep, without overflowing the stack', () => {
      const deep = 20_000;
      for (const [text, version] of [
        [`{"kurs":${'['.repeat(deep)}1${']'.repeat(deep)}}`, '[…]'],
        [`{"kurs":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}`, '{…}'],
      ]) {
        expect(readPlan(text, { format: 'json' }).errors).toEqual([expect.objectContaining({ path: 'kurs', code: 'unsupported_version', params: { version }, line: 1 })]);
      }
    });

    it('asks for the version when it is missing', () => {
      const { errors, marks } = readMarked('‸plan:\n  name: Plan\n  period: { start: 2027-01-01, end: 2027-12-31 }\n');
      expect(errors).toEqual([
        { path: 'kurs', code: 'required', message: 'required: the format version, write "kurs: 1" at the top', ...marks[0] },
      ]);
    });
  });

  it('reports schema and rule errors at once, schema errors first, each in the order of the text', () => {
    const yaml = readMarked(
      [
        'kurs: 1',
        'plan:',
        '  name: ‸""',
        '  period: { start: 2027-01-01, end: ‸2026-12-31 }',
        'goals:',
        '  - id: g',
        '    title: Sell',
        '    horizon: year',
        '    kpi: ‸nope',
        '    ‸colour: red',
        '  - ‸{ id: g, horizon: long }',
        'activities:',
        '  - { id: a, title: A, depends_on: [‸a], status: ‸started }',
        '',
      ].join('\n'),
    );
    const [name, end, kpi, colour, second, dependsOn, status] = yaml.marks;
    expect(yaml.errors).toEqual([
      { path: 'plan.name', code: 'too_small', params: { minimum: 1, origin: 'string', inclusive: true }, message: 'must not be empty', ...name },
      { path: 'goals[0].colour', code: 'unknown_field', params: { field: 'colour' }, message: 'unknown field "colour"', ...colour },
      { path: 'goals[1].title', code: 'required', message: 'required', ...second },
      { path: 'activities[0].status', code: 'not_in_list', params: { options: ['idea', 'planned', 'in_progress', 'done', 'dropped'] }, message: 'must be one of: idea, planned, in_progress, done, dropped', ...status },
      { path: 'plan.period.end', code: 'end_before_start', params: { start: '2027-01-01', end: '2026-12-31' }, message: 'end 2026-12-31 is before start 2027-01-01', ...end },
      { path: 'goals[0].kpi', code: 'unknown_reference', params: { kind: 'kpi', id: 'nope' }, message: 'no kpi with id "nope"', ...kpi },
      { path: 'goals[1].id', code: 'duplicate', params: { value: 'g', first: 'goals[0]' }, message: 'duplicate id "g", already used by goals[0]', line: second.line, column: second.column + 6 },
      { path: 'activities[0].depends_on[0]', code: 'own_dependency', params: { id: 'a' }, message: 'activity "a" cannot depend on itself', ...dependsOn },
    ]);
  });

  it('gives a rule error only once when the schema already refuses the same field', () => {
    const { errors } = readPlan(`${header}goals:\n  - { id: g, title: T, horizon: year, kpi: "not an id" }\n`);
    expect(errors.map((error) => error.path)).toEqual(['goals[0].kpi']);
    expect(errors[0].message).toMatch(/^must start with a letter or digit/);
  });
});

describe('validatePlan', () => {
  it('returns the plan of a valid value', () => {
    const plan = buildPlan();
    expect(validatePlan(plan)).toEqual({ plan, errors: [] });
  });

  it('returns schema and rule errors without positions', () => {
    const plan = buildPlan({ goals: [{ id: 'g', title: 'T', horizon: 'year', kpi: 'nope' }] });
    const value = { ...plan, extra: true };
    expect(validatePlan(value)).toEqual({
      errors: [
        { path: 'extra', code: 'unknown_field', params: { field: 'extra' }, message: 'unknown field "extra"' },
        { path: 'goals[0].kpi', code: 'unknown_reference', params: { kind: 'kpi', id: 'nope' }, message: 'no kpi with id "nope"' },
        { path: 'activities[0].goals[0]', code: 'unknown_reference', params: { kind: 'goal', id: plan.activities?.[0].goals?.[0] }, message: `no goal with id "${plan.activities?.[0].goals?.[0]}"` },
      ],
    });
  });

  it('refuses values that are not plans without throwing', () => {
    expect(validatePlan(undefined).errors[0].message).toMatch(/document is empty/);
    expect(validatePlan(42).errors).toEqual([
      { path: '', code: 'invalid_type', params: { expected: 'object' }, message: 'the plan document must be an object with the fields "kurs" and "plan"' },
    ]);
    expect(validatePlan({ kurs: 1, plan: { name: 'P', period: { start: '2027-01-01', end: '2027-02-01' } }, goals: 'x' }).errors).toEqual([
      { path: 'goals', code: 'invalid_type', params: { expected: 'array' }, message: 'must be a list' },
    ]);
  });
});

describe('parsePlan and assertValidPlan', () => {
  it('return the plan when it is valid', () => {
    expect(parsePlan(example)).toEqual(readPlan(example).plan);
    const plan = buildPlan();
    expect(assertValidPlan(plan)).toEqual(plan);
  });

  it('throw a syntax DomainError for a text that cannot be read', () => {
    const error = catchError(() => parsePlan('{ "kurs": 1,', { format: 'json' }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('syntax');
    expect(error.errors).toEqual(readPlan('{ "kurs": 1,', { format: 'json' }).errors);
    expect(error.message).toBe(
      'The plan file cannot be read (1 error); the first: (document) (line 1, column 13): expected a field name in double quotes, found end of the text',
    );
  });

  it('throw an invalid DomainError with every error', () => {
    const text = `${header}goals:\n  - { id: g, horizon: year, kpi: nope }\n`;
    const error = catchError(() => parsePlan(text));
    expect(error.code).toBe('invalid');
    expect(error.errors).toEqual(readPlan(text).errors);
    expect(error.errors).toHaveLength(2);
    expect(error.message).toBe('The plan document is invalid (2 errors); the first: goals[0].title (line 6, column 5): required');

    const invalid = catchError(() => assertValidPlan({ kurs: 1 }));
    expect(invalid.code).toBe('invalid');
    expect(invalid.errors).toEqual([{ path: 'plan', code: 'required', message: 'required' }]);
  });
});

function catchError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('dates', () => {
  it.each([
    ['2027-02-28', true],
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2027-04-31', false],
    ['2027-12-31', true],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['2027-1-01', false],
  ])('%s is a calendar date: %s', (date, valid) => {
    const errors = validatePlan({ kurs: 1, plan: { name: 'P', period: { start: date, end: date } } }).errors;
    expect(errors.length === 0).toBe(valid);
  });
});
