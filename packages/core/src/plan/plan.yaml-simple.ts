/*
 * A fast reader for plain YAML, as exportPlan writes it and as people write plans: block mappings
 * and sequences, scalars on one line (plain, single- or double-quoted), flow collections on one
 * line ("- { kpi: visits, date: 2027-01-31, value: 5 }", "[a, b]"), and comments. The yaml
 * library needs about a second per megabyte; a large plan would take many seconds.
 *
 * It gives up (returns undefined) at anything else — anchors, tags, block scalars, text or flow
 * collections over several lines, a repeated key, a flow entry without a value, tabs, CR line
 * ends, unusual characters — and the full reader then reads the text. What it does read, it reads
 * exactly as the yaml library does with the YAML 1.2 core schema (property tests compare the two).
 */

class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

/** Characters that send a text to the full reader: tabs, CR, controls, BOM, specials… */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this looks for.
const UNUSUAL = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
/** …and lone surrogates, looked for only when there is a surrogate at all (the look-arounds are slow). */
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const SPACE = 0x20;
const HASH = 0x23;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const QUESTION = 0x3f;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Flow collections nest no deeper than this here; deeper ones go to the full reader. */
const MAX_FLOW_DEPTH = 20;

const codesOf = (characters: string): Set<number> => new Set([...characters].map((c) => c.charCodeAt(0)));
/** First characters of the plain scalars that are not text: numbers, booleans, null. */
const NOT_TEXT_FIRST = codesOf('-+.0123456789~nNtTfF');
/** First characters no plain key starts with ("-" may, when a non-space follows). */
const NOT_KEY_FIRST = codesOf(' #\'"[]{},&*!|>%@`?:');
/** First characters no plain value starts with (quotes and brackets are read before). */
const NOT_PLAIN_FIRST = codesOf(',]}#&*!|>%@`');
const FLOW_INDICATORS = codesOf(',[]{}');
const NOT_FLOW_PLAIN_FIRST = codesOf(',[]{}#&*!|>\'"%@`');
/** What ends a plain scalar's ":" as a value indicator in a flow collection. */
const FLOW_SEPARATORS = codesOf(' ,[]{}');

const isDigit = (code: number): boolean => code >= ZERO && code <= NINE;

const NOT_DECIMAL = 0;
const INTEGER = 1;
const DECIMAL = 2;

/**
 * Whether a text is an integer (/^[-+]?[0-9]+$/), another decimal number
 * (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/) or neither, by character codes.
 */
function decimalForm(source: string): number {
  let at = 0;
  let code = source.charCodeAt(0);
  if (code === PLUS || code === MINUS) code = source.charCodeAt(++at);
  const integerStart = at;
  while (isDigit(code)) code = source.charCodeAt(++at);
  const integerDigits = at - integerStart;
  if (at === source.length) return integerDigits > 0 ? INTEGER : NOT_DECIMAL;
  if (code === DOT) {
    code = source.charCodeAt(++at);
    const fractionStart = at;
    while (isDigit(code)) code = source.charCodeAt(++at);
    if (integerDigits === 0 && at === fractionStart) return NOT_DECIMAL;
  } else if (integerDigits === 0) {
    return NOT_DECIMAL;
  }
  if (code === 0x65 || code === 0x45 /* e E */) {
    code = source.charCodeAt(++at);
    if (code === PLUS || code === MINUS) code = source.charCodeAt(++at);
    const exponentStart = at;
    while (isDigit(code)) code = source.charCodeAt(++at);
    if (at === exponentStart) return NOT_DECIMAL;
  }
  return at === source.length ? DECIMAL : NOT_DECIMAL;
}

/** The value of a plain scalar in the YAML 1.2 core schema, in the yaml library's order of tags. */
export function plainValue(source: string): unknown {
  const first = source.charCodeAt(0);
  // Most values (ids, names) start with a character no non-text form starts with.
  if (source !== '' && !NOT_TEXT_FIRST.has(first)) return source;
  // Numbers and dates, the bulk of a large plan, are told apart without regular expressions.
  if (isDigit(first) || first === MINUS || first === PLUS || first === DOT) {
    const form = decimalForm(source);
    if (form === INTEGER) return parseInt(source, 10);
    if (form === DECIMAL) return parseFloat(source);
    // Of the other forms, only 0o… and 0x… start with a digit.
    if (isDigit(first) && !(first === ZERO && (source[1] === 'o' || source[1] === 'x'))) return source;
  } else if (source.length > 5) {
    // What is left to start with ~, n, t or f is null or a boolean: at most five letters.
    return source;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  }
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

/** A key that the core schema reads as a number, a boolean or null is left to the full reader. */
function checkKey(key: string): void {
  if (key.length > 1000 || typeof plainValue(key) !== 'string') giveUp();
}

function setField(fields: Record<string, unknown>, key: string, value: unknown): void {
  // A key "__proto__" must stay a field (and be refused as unknown), not set the prototype.
  if (key === '__proto__') {
    Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    fields[key] = value;
  }
}

/**
 * Reads the text line by line with one cursor: the current line is the next one that holds
 * more than spaces or a comment, kept as offsets into the text, so that no line is copied.
 */
class SimpleYamlReader {
  /** The current line's indentation, or -1 past the last line. */
  private indent = -1;
  /** Where the current line's text starts (after its indentation, or after a "- " read) and ends. */
  private start = 0;
  private end = 0;
  /** Where the line after the current one starts. */
  private next = 0;
  /** Where the last quoted scalar or flow collection read ends. */
  private after = 0;
  /** The last key looked for: where it starts and where keyEnd found it to end. */
  private keyStart = -1;
  private keyStop = -1;

  constructor(private readonly source: string) {
    this.advance();
  }

  document(): unknown {
    if (this.indent === -1) return null;
    const value = this.block(this.indent);
    if (this.indent !== -1) giveUp();
    return value;
  }

  private advance(): void {
    const source = this.source;
    for (let start = this.next; start < source.length; ) {
      let end = source.indexOf('\n', start);
      if (end === -1) end = source.length;
      // Only spaces indent: other white space is text in YAML.
      let first = start;
      while (source.charCodeAt(first) === SPACE) first++;
      if (first < end && source.charCodeAt(first) !== HASH) {
        if (first === start && /^(?:---|\.\.\.|%)/.test(source.slice(start, start + 3))) giveUp();
        this.indent = first - start;
        this.start = first;
        this.end = end;
        this.next = end + 1;
        return;
      }
      start = end + 1;
    }
    this.indent = -1;
  }

  /** The mapping or sequence whose lines start at `indent`. */
  private block(indent: number): unknown {
    if (this.indent !== indent) giveUp();
    if (this.isItem(this.start)) return this.sequence(indent);
    if (this.keyEnd(this.start) !== -1) return this.mapping(indent);
    return giveUp();
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.indent === indent && this.isItem(this.start)) {
      const end = this.end;
      const at = this.skipSpaces(this.start + 1, end);
      if (at === end || this.source.charCodeAt(at) === HASH) {
        this.advance();
        out.push(this.nested(indent));
      } else if (this.isItem(at)) {
        giveUp();
      } else if (this.keyEnd(at) !== -1) {
        // "- key: value" opens a mapping whose keys line up after the "- ".
        this.indent += at - this.start;
        this.start = at;
        out.push(this.mapping(this.indent));
      } else {
        this.advance();
        out.push(this.inline(at, end, indent));
      }
    }
    return out;
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.indent === indent && !this.isItem(this.start)) {
      const keyEnd = this.keyEnd(this.start);
      if (keyEnd === -1) giveUp();
      const key = this.source.slice(this.start, keyEnd);
      if (Object.hasOwn(out, key)) giveUp();
      const end = this.end;
      const at = this.skipSpaces(keyEnd + 1, end);
      this.advance();
      let value: unknown;
      if (at === end || this.source.charCodeAt(at) === HASH) {
        // A sequence may sit at the same indentation as its key.
        value = this.indent === indent && this.isItem(this.start) ? this.sequence(indent) : this.nested(indent);
      } else {
        value = this.inline(at, end, indent);
      }
      setField(out, key, value);
    }
    return out;
  }

  /** The block under a line that ends with ":" or "-", or null when nothing deeper follows. */
  private nested(indent: number): unknown {
    return this.indent > indent ? this.block(this.indent) : null;
  }

  /** The value from `at` to `end` on the line just read; a deeper line after it would continue it. */
  private inline(at: number, end: number, indent: number): unknown {
    if (this.indent > indent) giveUp();
    const first = this.source.charCodeAt(at);
    let value: unknown;
    if (first === DOUBLE_QUOTE) value = this.doubleQuoted(at, end);
    else if (first === SINGLE_QUOTE) value = this.singleQuoted(at, end);
    else if (first === OPEN_BRACKET || first === OPEN_BRACE) value = this.flow(at, end, 0);
    else return this.plainScalar(at, end);
    // Only spaces or a comment may follow.
    const rest = this.skipSpaces(this.after, end);
    if (rest < end && (rest === this.after || this.source.charCodeAt(rest) !== HASH)) giveUp();
    return value;
  }

  /** A double-quoted scalar on one line; `after` is set past its closing quote. */
  private doubleQuoted(at: number, end: number): string {
    const source = this.source;
    let out = '';
    let from = at + 1;
    for (let i = from; ; i++) {
      if (i >= end) giveUp();
      const code = source.charCodeAt(i);
      if (code === DOUBLE_QUOTE) {
        this.after = i + 1;
        return out + source.slice(from, i);
      }
      if (code !== BACKSLASH) continue;
      out += source.slice(from, i);
      const escaped = source[i + 1];
      const digits = HEX_DIGITS[escaped];
      if (digits) {
        const hex = source.slice(i + 2, i + 2 + digits);
        if (i + 2 + digits > end || !/^[0-9a-fA-F]+$/.test(hex)) giveUp();
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) giveUp();
        out += String.fromCodePoint(point);
        i += 1 + digits;
      } else if (i + 1 < end && Object.hasOwn(ESCAPES, escaped)) {
        out += ESCAPES[escaped];
        i += 1;
      } else {
        giveUp();
      }
      from = i + 1;
    }
  }

  /** A single-quoted scalar on one line ('' is a quote); `after` is set past its closing quote. */
  private singleQuoted(at: number, end: number): string {
    const source = this.source;
    let out = '';
    let from = at + 1;
    for (;;) {
      const quote = source.indexOf("'", from);
      if (quote === -1 || quote >= end) giveUp();
      out += source.slice(from, quote);
      if (source.charCodeAt(quote + 1) !== SINGLE_QUOTE || quote + 1 >= end) {
        this.after = quote + 1;
        return out;
      }
      out += "'";
      from = quote + 2;
    }
  }

  /**
   * A flow collection on one line, "[a, b]" or "{ a: 1, b: [x] }", of plain or quoted scalars
   * and flow collections; `after` is set past its closing bracket. Keys are plain and followed by
   * ": "; an entry without a value, an empty entry, a trailing comma or a comment inside are left
   * to the full reader.
   */
  private flow(at: number, end: number, depth: number): unknown {
    if (depth > MAX_FLOW_DEPTH) giveUp();
    const source = this.source;
    const isMap = source.charCodeAt(at) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const items: unknown[] = [];
    const fields: Record<string, unknown> = {};
    let i = this.skipSpaces(at + 1, end);
    if (i < end && source.charCodeAt(i) === close) {
      this.after = i + 1;
      return isMap ? fields : items;
    }
    for (;;) {
      if (isMap) {
        const colon = this.flowKeyEnd(i, end);
        const key = source.slice(i, colon);
        if (Object.hasOwn(fields, key)) giveUp();
        setField(fields, key, this.flowNode(this.skipSpaces(colon + 1, end), end, depth));
      } else {
        items.push(this.flowNode(i, end, depth));
      }
      i = this.skipSpaces(this.after, end);
      if (i >= end) giveUp();
      const code = source.charCodeAt(i);
      if (code === close) {
        this.after = i + 1;
        return isMap ? fields : items;
      }
      if (code !== COMMA) giveUp();
      i = this.skipSpaces(i + 1, end);
    }
  }

  /** An item or a value in a flow collection. */
  private flowNode(at: number, end: number, depth: number): unknown {
    if (at >= end) giveUp();
    const first = this.source.charCodeAt(at);
    if (first === DOUBLE_QUOTE) return this.doubleQuoted(at, end);
    if (first === SINGLE_QUOTE) return this.singleQuoted(at, end);
    if (first === OPEN_BRACKET || first === OPEN_BRACE) return this.flow(at, end, depth + 1);
    return this.flowPlain(at, end);
  }

  /** A plain scalar in a flow collection: it ends at a flow indicator and holds no ": " and no " #". */
  private flowPlain(at: number, end: number): unknown {
    const source = this.source;
    this.checkPlainStart(at, end, true);
    let i = at;
    for (; i < end; i++) {
      const code = source.charCodeAt(i);
      if (FLOW_INDICATORS.has(code)) break;
      // A ":" before a space or an indicator would make a key; a " #" would start a comment.
      if (code === COLON && (i + 1 === end || FLOW_SEPARATORS.has(source.charCodeAt(i + 1)))) giveUp();
      if (code === SPACE && source.charCodeAt(i + 1) === HASH) giveUp();
    }
    this.after = i;
    while (source.charCodeAt(i - 1) === SPACE) i--;
    return plainValue(source.slice(at, i));
  }

  /** Where the plain key at `at` in a flow mapping ends, at the ":" of its ": ". */
  private flowKeyEnd(at: number, end: number): number {
    const source = this.source;
    if (at >= end || source.charCodeAt(at) === SPACE) giveUp();
    this.checkPlainStart(at, end, true);
    let i = at;
    // Keys are kept simple: no ":" but the one of ": ", no space before it, no indicator, no comment.
    for (; ; i++) {
      if (i >= end) giveUp();
      const code = source.charCodeAt(i);
      if (code === COLON) break;
      if (FLOW_INDICATORS.has(code) || (code === SPACE && source.charCodeAt(i + 1) === HASH)) giveUp();
    }
    if (source.charCodeAt(i - 1) === SPACE || source.charCodeAt(i + 1) !== SPACE || i + 1 >= end) giveUp();
    checkKey(source.slice(at, i));
    return i;
  }

  /** Gives up at a plain scalar that may not start where `at` is. */
  private checkPlainStart(at: number, end: number, inFlow: boolean): void {
    const source = this.source;
    const first = source.charCodeAt(at);
    if ((inFlow ? NOT_FLOW_PLAIN_FIRST : NOT_PLAIN_FIRST).has(first)) giveUp();
    // "-", "?" and ":" are indicators when a space (or in flow, an indicator) follows.
    if (first === MINUS || first === QUESTION || first === COLON) {
      const next = at + 1 < end ? source.charCodeAt(at + 1) : SPACE;
      if (next === SPACE || (inFlow && FLOW_INDICATORS.has(next))) giveUp();
    }
  }

  /** A plain scalar, up to an optional comment. */
  private plainScalar(at: number, end: number): unknown {
    const source = this.source;
    this.checkPlainStart(at, end, false);
    let stop = end;
    for (let i = at; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === SPACE) {
        // " #" starts a comment; "#" right after text stays text.
        if (source.charCodeAt(i + 1) === HASH) {
          stop = i;
          break;
        }
      } else if (code === COLON && (i + 1 === end || source.charCodeAt(i + 1) === SPACE)) {
        // A ": " or a final ":" would make a key.
        giveUp();
      }
    }
    while (source.charCodeAt(stop - 1) === SPACE) stop--;
    return plainValue(source.slice(at, stop));
  }

  /**
   * Where the plain key at `at` ends (at its ":"), or -1 when the text there is not "key:"
   * followed by spaces or the line's end.
   */
  private keyEnd(at: number): number {
    // A line is asked twice: once to tell a mapping, once to read it.
    if (at === this.keyStart) return this.keyStop;
    this.keyStart = at;
    this.keyStop = this.findKeyEnd(at);
    return this.keyStop;
  }

  private findKeyEnd(at: number): number {
    const source = this.source;
    const end = this.end;
    const first = source.charCodeAt(at);
    let i = at + 1;
    if (first === MINUS) {
      // "-" starts a key only when a character other than " ", ":" or "#" follows.
      const second = source.charCodeAt(i);
      if (i === end || second === SPACE || second === COLON || second === HASH) return -1;
      i++;
    } else if (NOT_KEY_FIRST.has(first)) {
      return -1;
    }
    // The key goes on to its ":"; no "#" in it, and spaces only between other characters.
    for (;;) {
      if (i >= end) return -1;
      const code = source.charCodeAt(i);
      if (code === COLON) break;
      if (code === HASH) return -1;
      if (code === SPACE) {
        i = this.skipSpaces(i, end);
        const after = source.charCodeAt(i);
        if (i === end || after === COLON || after === HASH) return -1;
      }
      i++;
    }
    if (i + 1 < end && source.charCodeAt(i + 1) !== SPACE) return -1;
    checkKey(source.slice(at, i));
    return i;
  }

  private isItem(at: number): boolean {
    return this.source.charCodeAt(at) === MINUS && (at + 1 === this.end || this.source.charCodeAt(at + 1) === SPACE);
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.source.charCodeAt(at) === SPACE) at++;
    return at;
  }
}

/** The value of a plain YAML text, or undefined when the full reader must read it. */
export function readSimpleYaml(text: string): { value: unknown } | undefined {
  if (UNUSUAL.test(text) || (SURROGATE.test(text) && LONE_SURROGATE.test(text))) return undefined;
  try {
    return { value: new SimpleYamlReader(text).document() };
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
