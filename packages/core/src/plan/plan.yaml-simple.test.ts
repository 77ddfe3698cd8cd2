import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Document, parseDocument, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../testing/plan.arbitraries.js';
import { buildActivity, buildKpi, buildPlan } from '../testing/plan.factories.js';
import { exportPlan } from './plan.export.js';
import { readSimpleYaml } from './plan.yaml-simple.js';

/** What the yaml library reads, or undefined when it finds any error or warning. */
function fullRead(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { version: '1.2', schema: 'core' });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { value: doc.toJS() };
}

/** Keys and values at which a reader can go wrong, put together into lines below. */
const KEYS = ['a', 'b', 'id', 'x y', 'x  y', 'x #y', 'x#y', '-k', '--', '1', '-1', '1.5', 'true', '~', '"q"', 'a:b', 'a#b', '?k', '<<', 'é', 'a:', '-:', '&a'];
const VALUES = [
  ...['1', '-1', '+1', '007', '0o17', '0x1F', '1.5', '.5', '1e3', '1.', '-.inf', '.nan', '.NaN', 'true', 'False', 'TRUE'],
  ...['null', 'Null', '~', '', 'x', 'x y', 'x #c', 'x#c', 'x  ', '"a"', '"a\\nb"', '"\\x41\\u00e9\\U0001F600"', '"\\q"'],
  ...['"\\ud83d\\ude00"', '"a" #c', '"a"b', "'it''s'", "'a'b'", "''", '[]', '[ ]', '{}', '[a]', '{a: 1}', '|', '>-'],
  ...['&a x', '*a', '!t x', 'a: b', 'a:b', '- x', '-x', '"open', '2027-01-01', '-', '? x', ': x', ':x', '@x', '`x'],
  ...['%x', '#x', ',x', 'x,y', ']', 'é ø', '\u00a0nbsp', 'x\u00a0#c', 'x\u00a0', '\u3000x'],
  ...['+.5', '-0', '1.e5', '.e5', '1e', '1e+', '1E-3', '+', '.', '-.', '0o', '0o8', '0x', '0xg', '00x1', '0.5.1', '1_000'],
  ...['2027-01-31', '2027-01-31 #c', '12:30', '-12', '+-1', '--1', '.inf', '+.Inf', '-.INF', '.NAN', 'nULL', 'tRUE', 'y'],
  ...['x :', 'x: #c', 'x:#c', 'x   #c', 'x#', '- #c', '? #c', '-#', '?x', 'a  b', 'a  b  ', '"a" ', "'a' #c", '[ ] #c'],
];

const example = readFileSync(new URL('./fixtures/example.yaml', import.meta.url), 'utf8');

describe('readSimpleYaml', () => {
  it('reads what exportPlan writes, as the yaml library does', () => {
    const plan = buildPlan({
      kpis: [buildKpi({ id: 'k', name: 'Books: sold', definition: '"quoted" #not a comment' })],
      activities: [buildActivity({ id: 'a', title: "It's 100% done", description: 'yes', estimate_hours: 0.5 })],
      measurements: [{ kpi: 'k', date: '2027-01-31', value: -1e-7 }],
    });
    const text = exportPlan(plan, 'yaml');
    const simple = readSimpleYaml(text);
    expect(simple).toBeDefined();
    expect(simple?.value).toEqual(fullRead(text)?.value);
  });

  it('reads the hand-written example, with its one-line flow collections, as the yaml library does', () => {
    const simple = readSimpleYaml(example);
    expect(simple).toBeDefined();
    expect(simple).toEqual(fullRead(example));
  });

  it('reads random plans written with flow collections as the yaml library does', () => {
    let read = 0;
    fc.assert(
      fc.property(arbitraryPlan(), fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (plan, flags) => {
        // Each mapping and list but the document is written in flow style or not, as the flags say in turn.
        const doc = new Document(plan, { version: '1.2', schema: 'core', aliasDuplicateObjects: false });
        let turn = 0;
        const style = (node: YAMLMap | YAMLSeq) => void (node.flow = node !== doc.contents && flags[turn++ % flags.length]);
        visit(doc, { Map: (_, node) => style(node), Seq: (_, node) => style(node) });
        const text = doc.toString({ lineWidth: 0 });
        const simple = readSimpleYaml(text);
        if (simple) {
          read++;
          expect(simple).toEqual(fullRead(text));
        }
      }),
      { numRuns: 500 },
    );
    // Most random plans hold control characters or lone surrogates, which the full reader takes.
    expect(read).toBeGreaterThan(10);
  }, 60_000);

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  line\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['text over two lines', 'a: one\n  two\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['CR line ends', 'a: 1\r\nb: 2\r\n'],
    ['a key that is a number', '1: a\n'],
    ['a flow mapping over two lines', 'a: { b: 1,\n  c: 2 }\n'],
    ['a flow entry without a value', 'a: { b, c: 1 }\n'],
    ['an empty flow entry', 'a: [b, , c]\n'],
    ['a trailing comma', 'a: [b, c, ]\n'],
    ['a comment in a flow collection', 'a: [b #c\n  ]\n'],
    ['a quoted flow key', 'a: { "b": 1 }\n'],
    ['a flow pair in a list', 'a: [b: 1]\n'],
    ['a repeated flow key', 'a: { b: 1, b: 2 }\n'],
  ])('gives up at %s', (_, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it('agrees with the yaml library on every exported random plan it reads', () => {
    let read = 0;
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const text = exportPlan(plan, 'yaml');
        const simple = readSimpleYaml(text);
        if (simple) {
          read++;
          expect(simple.value).toEqual(fullRead(text)?.value);
        }
      }),
      { numRuns: 200 },
    );
    expect(read).toBeGreaterThan(5);
  }, 60_000);

  it('reads every one-line key, item and item mapping as the yaml library does, or leaves it', () => {
    let read = 0;
    for (const value of VALUES) {
      const texts = [
        `- ${value}\n`,
        ...KEYS.flatMap((key) => [':', ': ', ':  '].map((sep) => `${key}${sep}${value}\n`)),
        ...KEYS.map((key) => `- ${key}: ${value}\n`),
        ...[`a: [${value}]`, `a: [ ${value} ]`, `a: [x,${value}]`, `a: [${value}, x]`, `- [[${value}], {}]`].map((line) => `${line}\n`),
        ...KEYS.flatMap((key) => [`a: { ${key}: ${value} }`, `a: {${key}: ${value}}`, `- { x: 1, ${key}: ${value}, y: [${value}] }`]).map((line) => `${line}\n`),
      ];
      for (const text of texts) {
        const simple = readSimpleYaml(text);
        if (simple) {
          read++;
          expect(simple, text).toEqual(fullRead(text));
        }
      }
    }
    expect(read).toBeGreaterThan(3000);
  }, 60_000);

  it('reads no flow collection that the yaml library reads otherwise or refuses', () => {
    const separator = fc.constantFrom(',', ', ', ' , ', ',  ', ', ,', ',\n  ');
    const { node } = fc.letrec<{ node: string; list: string; mapping: string }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...VALUES, ...KEYS), tie('list'), tie('mapping')),
      list: fc
        .tuple(fc.array(tie('node'), { maxLength: 3 }), separator, fc.constantFrom('', ' ', ','))
        .map(([items, sep, edge]) => `[${edge.trim()}${items.join(sep)}${edge}]`),
      mapping: fc
        .tuple(
          fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(': ', ':', ' : ', ':  ', ''), tie('node')), { maxLength: 3 }),
          separator,
          fc.constantFrom('', ' ', ','),
        )
        .map(([pairs, sep, edge]) => `{${edge}${pairs.map((pair) => pair.join('')).join(sep)}${edge.trim()}}`),
    }));
    const line = fc.tuple(
      fc.constantFrom('', '  '),
      fc.constantFrom('a: ', 'b: ', '- ', '- a: '),
      node,
      fc.constantFrom('', ' ', ' #c', '#c', 'x', ','),
    );
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = `${lines.map((parts) => parts.join('')).join('\n')}\n`;
        const simple = readSimpleYaml(text);
        if (simple) {
          read++;
          expect(simple).toEqual(fullRead(text));
        }
      }),
      { numRuns: 5000 },
    );
    expect(read).toBeGreaterThan(250);
  }, 60_000);

  it('reads nothing that the yaml library reads otherwise or refuses', () => {
    const line = fc.tuple(
      fc.constantFrom('', ' ', '  ', '    '),
      fc.oneof(
        fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  '), fc.constantFrom(...VALUES)).map((p) => p.join('')),
        fc.tuple(fc.constantFrom('- ', '-  ', '-'), fc.constantFrom(...VALUES)).map((p) => p.join('')),
        fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([k, v]) => `- ${k}: ${v}`),
        fc.constantFrom('# comment', '', '---', '...', '%YAML 1.2'),
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const text = `${lines.map(([indent, body]) => indent + body).join('\n')}\n`;
        const simple = readSimpleYaml(text);
        if (simple) expect(simple).toEqual(fullRead(text));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
