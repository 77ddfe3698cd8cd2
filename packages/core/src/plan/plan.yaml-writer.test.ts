import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../testing/plan.arbitraries.js';
import { buildPlan } from '../testing/plan.factories.js';
import { libraryYaml, writeSimpleYaml } from './plan.yaml-writer.js';

/** Texts at which a YAML writer can go wrong; joined in random pieces below. */
const NASTY = [
  ...['', ' ', '  ', 'x', 'yes', 'no', 'Yes', 'NO', 'on', 'off', 'y', 'n', 'null', 'Null', 'NULL', 'nULL', '~', '~x'],
  ...['true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', '123', '-1', '+1', '-', '+', '007', '0o17', '0o8', '0x1F'],
  ...['0xG', '1.5', '.5', '1.', '.', '1e3', '1E-3', '1e', '-.inf', '+.Inf', '.INF', '.nan', '.NaN', '1_000', '1,5', '0.0'],
  ...['2027-01-31', '2027-1-1', '2027-01-31T10:00:00Z', '12:30', '12:30:00', '- ', '- x', '-x', '--', '---', '--- x', '...'],
  ...['%YAML 1.2', '%', '? ', '?', '? x', '?x', ': x', ':', 'a:', 'a: b', 'a:b', '#', '# c', 'a #b', 'a#b', 'a #', "'", "''"],
  ...["it's", '"', '"q"', 'a "b" c', `a "b" 'c'`, '\\', '\\n', 'back\\slash', '\\u0041', '\t', 'a\tb', '\ta', 'a\t', '\t#'],
  ...['\n', '\n\n', 'a\nb', 'a\n', 'a\n\n', '\na', '\n a', 'a\n\nb', 'a \nb', 'a\n b', 'a\n#b', ' lead', 'trail ', '\r'],
  ...['a\r\nb', '\0', '\x07', '\x08', '\x0b', '\x0c', '\x1b', '\x1f', '\x7f', '\x85', '\x9f', '\u00a0', '\u2028', '\u2029'],
  ...['\ufeff', '\ufffe', '😀', '👨‍👩‍👧', 'é', 'ø', '中文', '\ud800', '\udc00', '\udbff\udfff', '[a]', '{a: 1}', '[]', '{}'],
  ...['&a', '*a', '!tag', '!!str', '|', '|-', '>', '@', '`', ',', 'a, b', ']', '}', '<<', '=', 'a: b: c', 'key:  value'],
  ...['x'.repeat(100), 'word '.repeat(30), `${'long line '.repeat(20)}\n${'and more '.repeat(20)}`],
];

/** Numbers whose text differs between writers: -0, exponents, the extremes; and the booleans. */
const EDGE_VALUES = [0, -0, 1e21, 1e-7, -1.5e-300, 0.1, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, true, false];

const nastyText = fc.oneof(
  fc.array(fc.constantFrom(...NASTY), { maxLength: 4 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
);

const scalar = fc.oneof(
  { weight: 6, arbitrary: nastyText },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
);

const FIELD_NAMES = ['a', 'id', 'name', 'b_c', 'Z9', '_x'];

/** Nested mappings and lists of texts, numbers and booleans, as a plan document holds them. */
const { document } = fc.letrec<{ value: unknown; mapping: Record<string, unknown>; list: unknown[]; document: Record<string, unknown> }>(
  (tie) => ({
    value: fc.oneof({ depthSize: 'small' }, scalar, tie('mapping'), tie('list')),
    mapping: fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie('value'), { maxKeys: 4 }),
    list: fc.array(fc.oneof(scalar, tie('mapping'), fc.constant([])), { maxLength: 4 }),
    document: fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie('value'), { minKeys: 1, maxKeys: 4 }),
  }),
);

describe('writeSimpleYaml', () => {
  it('writes every random plan, byte for byte as the yaml library does', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        expect(writeSimpleYaml(plan)).toBe(libraryYaml(plan));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('writes nasty texts, numbers and booleans at every depth as the yaml library does', () => {
    let written = 0;
    fc.assert(
      fc.property(document, (value) => {
        const text = writeSimpleYaml(value);
        if (text !== undefined) {
          written++;
          expect(text).toBe(libraryYaml(value));
        }
      }),
      { numRuns: 3000 },
    );
    // Only NaN and the infinities, which no plan holds, are left to the library.
    expect(written).toBeGreaterThan(2500);
  }, 60_000);

  it.each([...NASTY, ...EDGE_VALUES].map((value) => [Object.is(value, -0) ? '-0' : JSON.stringify(value), value]))('writes %s as a value, an item and a deep value as the library does', (_, value) => {
    const shapes = [{ a: value }, { a: [value, 'b'] }, { a: { b: [{ c: value, d: { e: value } }] } }];
    for (const shape of shapes) expect(writeSimpleYaml(shape)).toBe(libraryYaml(shape));
  });

  it('quotes a text only when it would read back as something else or is not plain', () => {
    const plan = buildPlan();
    const texts = { plain: 'Sell books', number: '123', yes: 'yes', empty: '', colon: 'a: b', quote: '"hi", she said', both: `'hi', "ho"` };
    const written = writeSimpleYaml({ ...plan, texts }) ?? '';
    expect(written).toContain('  plain: Sell books\n  number: "123"\n  yes: yes\n  empty: ""\n');
    expect(written).toContain(`  colon: "a: b"\n  quote: '"hi", she said'\n  both: "'hi', \\"ho\\""\n`);
  });

  it.each([
    ['a null', { a: null }],
    ['a list in a list', { a: [['x']] }],
    ['a field name with a space', { 'a b': 1 }],
    ['a field name YAML reads as a boolean', { true: 1 }],
    ['a field name of 1025 characters', { ['k'.repeat(1025)]: 1 }],
    ['an infinite number', { a: Infinity }],
    ['a date object', { a: new Date(0) }],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test.
    ['a hole in a list', { a: [, 'x'] }],
    ['a document that is a list', ['x']],
    ['an empty document', {}],
  ])('leaves %s to the library', (_, value) => {
    expect(writeSimpleYaml(value)).toBeUndefined();
  });
});
