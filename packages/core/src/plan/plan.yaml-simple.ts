/*
 * A fast reader for the plain YAML that exportPlan writes: block mappings and sequences, scalars
 * on one line (plain, single- or double-quoted), empty [] and {}, and comments. The yaml library
 * needs about a second per megabyte; a large exported plan would take many seconds.
 *
 * It gives up (returns undefined) at anything else — anchors, tags, flow collections with
 * items, block scalars, text over several lines, a repeated key, tabs, CR line ends, unusual
 * characters — and the full reader then reads the text. What it does read, it reads exactly as
 * the yaml library does with the YAML 1.2 core schema (a property test compares the two).
 */

class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

/** Characters that send a text to the full reader: tabs, CR, controls, BOM, specials, lone surrogates. */
const UNUSUAL =
  /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Line {
  indent: number;
  /** The line after its indentation, and after "- " markers already read. */
  text: string;
}

/** The value of a plain scalar in the YAML 1.2 core schema, in the yaml library's order of tags. */
function plainValue(source: string): unknown {
  // Most values (ids, names, dates) start with a letter no non-text form starts with.
  if (/^[^-+.0-9~nNtTfF]/.test(source)) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source)) return parseFloat(source);
  return source;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A scalar written on one line, up to an optional comment: its value and nothing after it. */
function scalar(text: string): unknown {
  const first = text[0];
  let value: unknown;
  let rest: string;
  if (first === '"') {
    let out = '';
    let at = 1;
    for (;;) {
      const stop = text.slice(at).search(/["\\]/);
      if (stop === -1) return giveUp();
      out += text.slice(at, at + stop);
      at += stop;
      if (text[at] === '"') break;
      const code = text[at + 1];
      const digits = HEX_DIGITS[code];
      if (digits) {
        const hex = text.slice(at + 2, at + 2 + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) giveUp();
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) giveUp();
        out += String.fromCodePoint(point);
        at += 2 + digits;
      } else if (code !== undefined && Object.hasOwn(ESCAPES, code)) {
        out += ESCAPES[code];
        at += 2;
      } else {
        giveUp();
      }
    }
    value = out;
    rest = text.slice(at + 1);
  } else if (first === "'") {
    const match = /^'((?:[^']|'')*)'/.exec(text);
    if (!match) giveUp();
    value = match![1].replaceAll("''", "'");
    rest = text.slice(match![0].length);
  } else if (first === '[' || first === '{') {
    const match = /^(\[ *\]|\{ *\})/.exec(text);
    if (!match) giveUp();
    value = first === '[' ? [] : {};
    rest = text.slice(match![0].length);
  } else {
    if (/^[,\]}#&*!|>%@`]/.test(text) || /^[-?:](?: |$)/.test(text)) giveUp();
    const comment = text.indexOf(' #');
    const source = (comment === -1 ? text : text.slice(0, comment)).replace(/ +$/, '');
    // A ": " or a final ":" would make a key; "#" right after text stays text.
    if (/: |:$/.test(source)) giveUp();
    return plainValue(source);
  }
  if (!/^(?: *| +#.*)$/.test(rest)) giveUp();
  return value;
}

/** A plain key and what follows its ":", or undefined when the line is not a "key:" line. */
function keyOf(text: string): { key: string; rest: string } | undefined {
  const match = /^([^ #'"[\]{},&*!|>%@`?:-][^ :#]*(?: +[^ :#]+)*|-[^ :#]+(?: +[^ :#]+)*):(?: +|$)/.exec(text);
  if (!match) return undefined;
  const key = match[1];
  // A key that the core schema reads as a number, a boolean or null is left to the full reader.
  if (key.length > 1000 || typeof plainValue(key) !== 'string') giveUp();
  return { key, rest: text.slice(match[0].length) };
}

class SimpleYamlReader {
  private readonly lines: Line[] = [];
  private at = 0;

  constructor(source: string) {
    for (let start = 0; start < source.length; ) {
      const newline = source.indexOf('\n', start);
      const end = newline === -1 ? source.length : newline;
      // Only spaces indent: other white space is text in YAML.
      let first = start;
      while (source.charCodeAt(first) === 32) first++;
      if (first < end && source.charCodeAt(first) !== 35 /* # */) {
        if (first === start && /^(?:---|\.\.\.|%)/.test(source.slice(start, start + 3))) giveUp();
        this.lines.push({ indent: first - start, text: source.slice(first, end) });
      }
      start = end + 1;
    }
  }

  document(): unknown {
    if (this.lines.length === 0) return null;
    const value = this.block(this.lines[0].indent);
    if (this.at < this.lines.length) giveUp();
    return value;
  }

  /** The mapping or sequence whose lines start at `indent`. */
  private block(indent: number): unknown {
    const line = this.lines[this.at];
    if (line.indent !== indent) giveUp();
    if (isItem(line.text)) return this.sequence(indent);
    if (keyOf(line.text)) return this.mapping(indent);
    return giveUp();
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.lines[this.at]; line?.indent === indent && isItem(line.text); line = this.lines[this.at]) {
      const text = line.text.slice(1).replace(/^ +/, '');
      if (text === '' || text.startsWith('#')) {
        this.at++;
        out.push(this.nested(indent));
      } else if (isItem(text)) {
        giveUp();
      } else if (keyOf(text)) {
        // "- key: value" opens a mapping whose keys line up after the "- ".
        line.indent += line.text.length - text.length;
        line.text = text;
        out.push(this.mapping(line.indent));
      } else {
        this.at++;
        out.push(this.inline(text, indent));
      }
    }
    return out;
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.lines[this.at]; line?.indent === indent && !isItem(line.text); line = this.lines[this.at]) {
      const entry = keyOf(line.text) ?? giveUp();
      if (Object.hasOwn(out, entry.key)) giveUp();
      this.at++;
      let value: unknown;
      if (entry.rest === '' || entry.rest.startsWith('#')) {
        // A sequence may sit at the same indentation as its key.
        const next = this.lines[this.at];
        value = next?.indent === indent && isItem(next.text) ? this.sequence(indent) : this.nested(indent);
      } else {
        value = this.inline(entry.rest, indent);
      }
      // A key "__proto__" must stay a field (and be refused as unknown), not set the prototype.
      if (entry.key === '__proto__') {
        Object.defineProperty(out, entry.key, { value, enumerable: true, writable: true, configurable: true });
      } else {
        out[entry.key] = value;
      }
    }
    return out;
  }

  /** The block under a line that ends with ":" or "-", or null when nothing deeper follows. */
  private nested(indent: number): unknown {
    const next = this.lines[this.at];
    return next && next.indent > indent ? this.block(next.indent) : null;
  }

  /** A scalar on the line just read; a deeper line after it would continue it over lines. */
  private inline(text: string, indent: number): unknown {
    const next = this.lines[this.at];
    if (next && next.indent > indent) giveUp();
    return scalar(text);
  }
}

function isItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** The value of a plain YAML text, or undefined when the full reader must read it. */
export function readSimpleYaml(text: string): { value: unknown } | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return { value: new SimpleYamlReader(text).document() };
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
