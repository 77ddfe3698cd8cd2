import fc from 'fast-check';

/*
 * Requests for fuzzing an API, made from its OpenAPI document: for each write operation, bodies
 * shaped by its request schema and then broken (a NUL or a lone surrogate in a text, a number
 * no double holds, nesting deeper than any reader allows, a wrong type, an unknown field, bytes
 * that are not UTF-8, an empty body, a wrong Content-Type), and path, query and header
 * parameters with bad bytes. Only the standard shape of the document is read (paths → method →
 * parameters and requestBody.content[type].schema, $refs into components), so it keeps working
 * as routes are added or described in more detail.
 */

/** The JSON Schema keywords the generator reads. */
interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

interface Parameter {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown> & { parameters?: Parameter[] }>;
  components?: { schemas?: Record<string, JsonSchema>; parameters?: Record<string, Parameter>; requestBodies?: Record<string, Operation['requestBody']> };
}

export interface WriteOperation {
  method: string;
  /** The path template, with {param}s. */
  path: string;
  parameters: Parameter[];
  /** The body's media types with their schemas; none when the operation takes no body. */
  bodies: { type: string; schema: JsonSchema }[];
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];

function resolved<T extends { $ref?: string }>(doc: OpenApiDocument, value: T): T {
  let current = value;
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const [, , section, name] = current.$ref.split('/') as [string, string, string, string];
    const target = (doc.components as Record<string, Record<string, T>> | undefined)?.[section]?.[decodeURIComponent(name)];
    if (!target) throw new Error(`The OpenAPI document has no ${current.$ref}`);
    current = target;
  }
  return current;
}

/** Every POST, PUT, PATCH and DELETE of the document, with its parameters and body schemas resolved. */
export function writeOperations(doc: OpenApiDocument): WriteOperation[] {
  const operations: WriteOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of WRITE_METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const byKey = new Map<string, Parameter>();
      for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolved(doc, p))) byKey.set(`${p.in}:${p.name}`, p);
      const content = operation.requestBody ? (resolved(doc, operation.requestBody)?.content ?? {}) : {};
      const bodies = Object.entries(content).map(([type, media]) => ({ type, schema: media.schema ?? {} }));
      operations.push({ method: method.toUpperCase(), path, parameters: [...byKey.values()], bodies });
    }
  }
  return operations;
}

/** Values the API knows (ids in the fixture plan, dates, emails), so that shaped bodies get past the first checks. */
export interface FuzzSamples {
  /** Texts to put where a schema asks for a string, tried beside random ones. */
  strings: string[];
  /** Sample bodies of the media types that are text, not JSON (a plan as YAML, a measurement CSV). */
  texts: Record<string, string[]>;
  /** Values of query and header parameters by name (the path's come from the caller, see fuzzRequest). */
  parameters: Record<string, string[]>;
}

export interface FuzzRequest {
  method: string;
  /** The path and query; `{name}` stands for a valid value of the path parameter `name`, filled in by the caller. */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** JSON text written as is: numbers JSON.stringify cannot write, nesting it would overflow on. */
class Raw {
  constructor(readonly text: string) {}
}

function jsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A pattern as zod-to-openapi writes a regex with flags ("…$/u"), or plain. */
function regexOf(pattern: string): RegExp {
  const flagged = /^(.*)\/([dgimsuvy]+)$/s.exec(pattern);
  if (flagged) {
    try {
      return new RegExp(flagged[1]!, flagged[2]);
    } catch {
      // not flags after all
    }
  }
  return new RegExp(pattern, 'u');
}

function stringOf(schema: JsonSchema, samples: FuzzSamples): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  const fits = (s: string) => s.length >= min && s.length <= (schema.maxLength ?? Infinity);
  if (schema.pattern) {
    const regex = regexOf(schema.pattern);
    const known = samples.strings.filter((s) => regex.test(s) && fits(s));
    // fast-check writes strings for a regex without Unicode classes; letters and digits stand in for \p{L} and \p{N}.
    const plain = new RegExp(regex.source.replaceAll('\\p{L}', 'a-zæøåA-Z').replaceAll('\\p{N}', '0-9'));
    const random = fc.stringMatching(plain).filter((s) => regex.test(s) && fits(s));
    return known.length ? fc.oneof(fc.constantFrom(...known), random) : random;
  }
  const known = samples.strings.filter(fits);
  const random = schema.format === 'email' ? fc.emailAddress() : fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
  return known.length ? fc.oneof(fc.constantFrom(...known), random) : random;
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = schema.minimum ?? (schema.exclusiveMinimum === undefined ? -1e6 : schema.exclusiveMinimum + (integer ? 1 : 1e-6));
  const high = schema.maximum ?? (schema.exclusiveMaximum === undefined ? 1e9 : schema.exclusiveMaximum - (integer ? 1 : 1e-6));
  const whole = fc.integer({ min: Math.ceil(Math.max(low, -(2 ** 31))), max: Math.floor(Math.min(high, 2 ** 31)) });
  if (integer) return whole;
  return fc.oneof(whole, fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true }));
}

/** A value of the schema's shape: the right types, required fields, enums and patterns. */
function shapedValue(doc: OpenApiDocument, schema: JsonSchema, samples: FuzzSamples, depth = 0): fc.Arbitrary<unknown> {
  const s = resolved(doc, schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((c) => shapedValue(doc, c, samples, depth)));
  if (s.allOf) {
    const parts = s.allOf.map((p) => resolved(doc, p));
    const merged: JsonSchema = { ...Object.assign({}, ...parts), properties: Object.assign({}, ...parts.map((p) => p.properties)), required: parts.flatMap((p) => p.required ?? []) };
    return shapedValue(doc, { ...merged, allOf: undefined }, samples, depth);
  }
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => shapedValue(doc, { ...s, type }, samples, depth)));
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringOf(s, samples);
    case 'integer':
    case 'number':
      return numberOf(s, s.type === 'integer');
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const minLength = s.minItems ?? 0;
      return fc.array(shapedValue(doc, s.items ?? {}, samples, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(s.maxItems ?? 3, 3)) });
    }
    case 'object': {
      const properties = Object.entries(s.properties ?? {});
      const record = fc.record(
        Object.fromEntries(properties.map(([name, p]) => [name, shapedValue(doc, p, samples, depth + 1)])),
        { requiredKeys: (s.required ?? []).filter((k) => s.properties?.[k]) },
      );
      if (typeof s.additionalProperties !== 'object' || depth > 4) return record;
      const extra = fc.dictionary(fc.constantFrom(...samples.strings, 'x'), shapedValue(doc, s.additionalProperties, samples, depth + 1), { maxKeys: 2 });
      return fc.tuple(extra, record).map(([more, known]) => ({ ...more, ...known }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const deep = (n: number) => [new Raw(`${'['.repeat(n)}1${']'.repeat(n)}`), new Raw(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`), new Raw(`${'[{"a":'.repeat(n)}1${'}]'.repeat(n)}`)];

/** Texts no database should hold and numbers no double holds; types the schema does not ask for. */
const HOSTILE_STRINGS = ['a\u0000b', '\u0000', '\ud800', 'x\udc00y', '\udfff\ud800', 'NaN', 'Infinity', '-Infinity', '-0', '1e999', '', ' ', '\ufeff', '\u202e', 'a\u2028b', '%00', '..', 'x'.repeat(3000)];
const HOSTILE_NUMBERS = [
  '9'.repeat(310), `-${'9'.repeat(310)}.5`, `0.${'0'.repeat(400)}1`, '1e999', '-1e999', '1e-400', '-0', '-0.0', '1E308', '9007199254740993', '123456789012345678901234567890',
].map((text) => new Raw(text));
const WRONG_TYPES: unknown[] = [null, true, false, 0, 1, -1, 0.5, '', 'x', [], {}, [null], { '': null }];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...WRONG_TYPES),
  fc.constantFrom(65, 100, 1000, 20_000).chain((n) => fc.constantFrom(...deep(n))),
  fc.jsonValue({ maxDepth: 2 }),
);
const HOSTILE_NAMES = ['unknown', '__proto__', 'constructor', 'prototype', 'toString', 'id\u0000', '\ud800', '', 'a'.repeat(300)];

type Place = { parent: Record<string, unknown> | unknown[]; key: string | number } | null;

/** Every place in the value (null for the value itself), objects' places by name. */
function places(value: unknown): { place: Place; node: unknown }[] {
  const found: { place: Place; node: unknown }[] = [{ place: null, node: value }];
  for (let i = 0; i < found.length && found.length < 500; i++) {
    const node = found[i]!.node;
    if (Array.isArray(node)) node.forEach((child, key) => found.push({ place: { parent: node, key }, node: child }));
    else if (typeof node === 'object' && node !== null && !(node instanceof Raw)) {
      for (const [key, child] of Object.entries(node)) found.push({ place: { parent: node as Record<string, unknown>, key }, node: child });
    }
  }
  return found;
}

function put(place: Place, root: unknown, value: unknown): unknown {
  if (!place) return value;
  (place.parent as Record<string | number, unknown>)[place.key] = value;
  return root;
}

type Mutation = { kind: 'none' } | { kind: 'replace' | 'add' | 'drop' | 'wrap'; at: number; value: unknown; name: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 7,
    arbitrary: fc.record({ kind: fc.constantFrom('replace' as const, 'replace' as const, 'add' as const, 'drop' as const, 'wrap' as const), at: fc.nat(), value: hostileValue, name: fc.constantFrom(...HOSTILE_NAMES) }),
  },
);

/** The value with one mutation applied (on a copy). */
function mutated(value: unknown, m: Mutation): unknown {
  const root = structuredClone(value);
  if (m.kind === 'none') return root;
  const all = places(root);
  if (m.kind === 'replace' || m.kind === 'wrap') {
    const { place, node } = all[m.at % all.length]!;
    return put(place, root, m.kind === 'replace' ? m.value : [node]);
  }
  const objects = all.filter(({ node }) => typeof node === 'object' && node !== null && !Array.isArray(node)) as { node: Record<string, unknown> }[];
  if (!objects.length) return root;
  const target = objects[m.at % objects.length]!.node;
  if (m.kind === 'add') Object.defineProperty(target, m.name, { value: m.value, enumerable: true, writable: true, configurable: true });
  else delete target[Object.keys(target)[m.at % Math.max(1, Object.keys(target).length)]!];
  return root;
}

const BAD_BYTES = [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xfe, 0xff]];

/** The text, then broken: cut, with garbage around it, with bytes that are not UTF-8, or replaced wholesale. */
const brokenText = (text: fc.Arbitrary<string>): fc.Arbitrary<string | Uint8Array> =>
  fc.oneof(
    { weight: 24, arbitrary: text },
    { weight: 1, arbitrary: fc.tuple(text, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))) },
    { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom('\ufeff', '/* */', ' ', '\u0000')).map(([t, prefix]) => prefix + t) },
    { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom('garbage', '}', ']', '{}', ',', '\u0000')).map(([t, suffix]) => t + suffix) },
    {
      weight: 2,
      arbitrary: fc.tuple(text, fc.nat(), fc.constantFrom(...BAD_BYTES)).map(([t, at, bad]) => {
        const bytes = Buffer.from(t, 'utf8');
        const cut = at % (bytes.length + 1);
        return new Uint8Array([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]);
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', 'null', 'true', '[]', '"x"', '0', '{', '{"a":1,}', "{'a':1}", '{"a":1}{"b":2}', 'NaN', '-', '\u0000') },
  );

/**
 * Any code point, lone surrogates too. fast-check's 'binary' unit would give the same, but builds
 * a map of all 1.1 million code points when the first string of it is made (3 to 8 s of CPU).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

/** A text body of a sample, with a hostile text put in at some place, or a run of digits made huge. */
function textBody(samples: string[]): fc.Arbitrary<string> {
  const sample = samples.length ? fc.constantFrom(...samples) : fc.string();
  return fc.oneof(
    sample,
    fc.tuple(sample, fc.nat(), fc.constantFrom(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS.map((n) => n.text), '[[[[[[[[[[[[[[[[[[[[', '*a', '&a [*a, *a]')).map(([t, at, bad]) => {
      const cut = at % (t.length + 1);
      return t.slice(0, cut) + bad + t.slice(cut);
    }),
    fc.tuple(sample, fc.constantFrom(...HOSTILE_NUMBERS.map((n) => n.text))).map(([t, n]) => t.replace(/\d+/, n)),
    fc.string({ maxLength: 200, unit: anyCodePoint }),
  );
}

const OTHER_TYPES = [
  '', 'text/plain', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
  'application/yaml', 'text/csv', 'APPLICATION/JSON', 'application/json;charset="UTF-8"', 'application/merge-patch+json', 'application/octet-stream', 'json', ';',
];

function bodyOf(doc: OpenApiDocument, operation: WriteOperation, samples: FuzzSamples): fc.Arbitrary<{ type?: string; body?: string | Uint8Array }> {
  const kinds = operation.bodies.map(({ type, schema }) => {
    const text = type.includes('json') ? fc.tuple(shapedValue(doc, schema, samples), mutation).map(([v, m]) => jsonText(mutated(v, m))) : textBody(samples.texts[type] ?? []);
    return fc.tuple(fc.constant(type), brokenText(text));
  });
  // A body where none is taken, and one of another media type, must be as harmless.
  const stray = fc.tuple(fc.constantFrom(...OTHER_TYPES), brokenText(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))));
  const any = kinds.length ? fc.oneof({ weight: 9, arbitrary: fc.oneof(...kinds) }, { weight: 1, arbitrary: stray }) : fc.oneof(fc.constant(['', ''] as const), stray);
  return fc.oneof(
    { weight: 19, arbitrary: any.map(([type, body]) => ({ type: type || undefined, body })) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

/** Path segments that are escapes of no UTF-8 text, a NUL, or a traversal. */
const HOSTILE_SEGMENTS = ['%00', 'a%00b', '%E0%A4%A', '%', '%ZZ', '%ED%A0%80', '%C0%AF', '%FF', '..%2f..%2fx', '%2e%2e', '%F0%9F%98%80', 'a%20b', 'x'.repeat(300), '%u0000', '%%', 'nope'];
const HOSTILE_PARAMETERS = [...HOSTILE_SEGMENTS, '', '-1', '1e999', '9'.repeat(310), 'NaN', '%22nope%22'];
const HOSTILE_HEADERS = ['', '"nope"', 'W/"1"', '*,"1"', '"1", "2"', '-1', '9'.repeat(310), 'NaN', 'x'.repeat(3000), '%00'];

/** The text as a URI component; null for a text with a lone surrogate, which has none. */
function uriComponent(text: string): string | null {
  try {
    return encodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Requests for one write operation. A path parameter is left as `{name}` (a valid value the
 * caller fills in) or, in some runs, one of them is bad; query and header parameters take a
 * sample value, a bad one, or are left out.
 */
export function fuzzRequest(doc: OpenApiDocument, operation: WriteOperation, samples: FuzzSamples): fc.Arbitrary<FuzzRequest> {
  const pathNames = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const path = fc.oneof(
    { weight: 8, arbitrary: fc.constant(operation.path) },
    {
      weight: pathNames.length ? 1 : 0,
      arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_SEGMENTS)).map(([i, bad]) => operation.path.replace(`{${pathNames[i % pathNames.length]}}`, bad)),
    },
  );
  /** A sample or schema-shaped value, a bad one, or none (rarely for a required parameter). */
  const parameterValue = (p: Parameter, encode: (text: string) => string | null, hostile: string[]) => {
    const known = samples.parameters[p.name] ?? [];
    const shaped = p.schema ? shapedValue(doc, p.schema, samples).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : fc.string();
    const good = fc.oneof(...(known.length ? [fc.constantFrom(...known)] : []), shaped).map(encode).filter((v): v is string => v !== null);
    // fast-check's option leaves the value out once in `freq` runs.
    return fc.option(fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...hostile) }), { freq: p.required ? 20 : 3 });
  };
  const queries = operation.parameters.filter((p) => p.in === 'query');
  const headers = operation.parameters.filter((p) => p.in === 'header');
  return fc
    .record({
      path,
      query: fc.tuple(...queries.map((p) => parameterValue(p, uriComponent, HOSTILE_PARAMETERS))),
      // A query parameter the operation does not name, in one run of twenty.
      stray: fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('x=%00', '%00=1', 'x=%E0%A4%A', 'x', '=', '&&', 'x=1&x=2') }),
      // A header with a control character or a non-Latin-1 character cannot be sent at all.
      headers: fc.tuple(...headers.map((p) => parameterValue(p, (v) => (/[^\u0020-\u007e]/.test(v) ? null : v), HOSTILE_HEADERS))),
      body: bodyOf(doc, operation, samples),
    })
    .map(({ path, query, stray, headers: values, body }) => {
      const pairs = queries.flatMap((p, i) => (query[i] === null ? [] : [`${encodeURIComponent(p.name)}=${query[i]}`]));
      if (stray !== null) pairs.push(stray);
      const sent: Record<string, string> = {};
      headers.forEach((p, i) => {
        if (values[i] !== null && values[i] !== undefined) sent[p.name] = values[i];
      });
      if (body.type !== undefined) sent['content-type'] = body.type;
      return { method: operation.method, url: pairs.length ? `${path}?${pairs.join('&')}` : path, headers: sent, body: body.body };
    });
}

/** The request in a line for a failure message; bytes that are not text are shown as \xNN. */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body instanceof Uint8Array
      ? [...request.body].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')
      : JSON.stringify(request.body);
  return `${request.method} ${request.url} ${JSON.stringify(request.headers)} ${(body ?? '').slice(0, 600)}`;
}
