import { formatPath, type FieldError, type PathSegment } from '../shared/errors.js';
import { positionsIn, type SourceDocument, type TextPosition } from './plan.source.js';

/*
 * JSON plan files. JSON.parse builds the values: it is several times faster than a parser
 * written in JavaScript. This scanner runs only when something must be pointed at: where a
 * syntax error is (JSON.parse's messages carry no usable position), and where each value is
 * written, once a later check has found errors. A repeated field keeps its last value, as with
 * JSON.parse and other RFC 8259 readers; finding repeats would mean scanning every file, which
 * costs more than parsing it.
 */

const MAX_DEPTH = 1000;

interface JsonNode {
  start: number;
  fields?: Map<string, { key: number; node: JsonNode }>;
  items?: JsonNode[];
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly path: readonly PathSegment[],
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** What ends the plain run of a string: its closing quote, an escape, or a forbidden control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in a string; finding them is the point.
const SPECIAL = /["\\\x00-\x1f]/g;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class JsonScanner {
  private at = 0;
  private readonly path: PathSegment[] = [];

  constructor(private readonly text: string) {}

  document(): JsonNode {
    this.skipSpace();
    const node = this.value(0);
    this.skipSpace();
    if (this.at < this.text.length) this.fail(`unexpected ${this.found()} after the end of the document`);
    return node;
  }

  private fail(message: string, offset = this.at): never {
    throw new JsonSyntaxError(offset, [...this.path], message);
  }

  private found(): string {
    return this.at >= this.text.length ? 'end of the text' : JSON.stringify(this.text[this.at]);
  }

  private skipSpace(): void {
    const text = this.text;
    let at = this.at;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 32 || c === 10 || c === 13 || c === 9) at++;
      else break;
    }
    this.at = at;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    const start = this.at;
    const c = this.text.charCodeAt(start);
    if (c === 123 /* { */) return this.object(depth);
    if (c === 91 /* [ */) return this.array(depth);
    if (c === 34 /* " */) {
      this.string();
    } else if (this.text.startsWith('true', start)) {
      this.at += 4;
    } else if (this.text.startsWith('false', start)) {
      this.at += 5;
    } else if (this.text.startsWith('null', start)) {
      this.at += 4;
    } else {
      NUMBER.lastIndex = start;
      if (!NUMBER.test(this.text)) this.fail(`expected a value, found ${this.found()}`);
      this.at = NUMBER.lastIndex;
    }
    return { start };
  }

  private object(depth: number): JsonNode {
    const fields = new Map<string, { key: number; node: JsonNode }>();
    const node: JsonNode = { start: this.at, fields };
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 125 /* } */) {
      this.at++;
      return node;
    }
    for (;;) {
      const keyStart = this.at;
      if (this.text.charCodeAt(keyStart) !== 34) this.fail(`expected a field name in double quotes, found ${this.found()}`);
      const key = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.at) !== 58 /* : */) this.fail(`expected ":" after the field name, found ${this.found()}`);
      this.at++;
      this.skipSpace();
      this.path.push(key);
      const child = this.value(depth + 1);
      this.path.pop();
      fields.set(key, { key: keyStart, node: child });
      this.skipSpace();
      const c = this.text.charCodeAt(this.at);
      if (c !== 44 /* , */ && c !== 125 /* } */) this.fail(`expected "," or "}" after a field, found ${this.found()}`);
      this.at++;
      if (c === 125) return node;
      this.skipSpace();
    }
  }

  private array(depth: number): JsonNode {
    const items: JsonNode[] = [];
    const node: JsonNode = { start: this.at, items };
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 93 /* ] */) {
      this.at++;
      return node;
    }
    for (let index = 0; ; index++) {
      this.path.push(index);
      items.push(this.value(depth + 1));
      this.path.pop();
      this.skipSpace();
      const c = this.text.charCodeAt(this.at);
      if (c !== 44 /* , */ && c !== 93 /* ] */) this.fail(`expected "," or "]" after a list item, found ${this.found()}`);
      this.at++;
      if (c === 93) return node;
      this.skipSpace();
    }
  }

  /** Reads a string starting at its opening quote and returns its decoded text. */
  private string(): string {
    const text = this.text;
    const start = this.at;
    let escaped = false;
    SPECIAL.lastIndex = start + 1;
    for (let match = SPECIAL.exec(text); match; match = SPECIAL.exec(text)) {
      const at = match.index;
      const c = text.charCodeAt(at);
      if (c === 34 /* " */) {
        this.at = at + 1;
        return escaped ? (JSON.parse(text.slice(start, at + 1)) as string) : text.slice(start + 1, at);
      }
      if (c !== 92 /* \ */) this.fail('control character in text; write it as an escape such as \\n', at);
      escaped = true;
      ESCAPE.lastIndex = at;
      if (!ESCAPE.test(text)) this.fail(`invalid escape "${text.slice(at, at + 2)}" in text`, at);
      SPECIAL.lastIndex = ESCAPE.lastIndex;
    }
    this.at = text.length;
    return this.fail('text without its closing double quote', start);
  }
}

export function readJson(text: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { errors: [syntaxError(text, (error as Error).message)], locate: () => undefined };
  }
  let tree: JsonNode | undefined;
  let position: ((offset: number) => TextPosition) | undefined;
  return {
    value,
    errors: [],
    locate(path, onKey = false): TextPosition {
      if (!tree) {
        const found = scan(text);
        // A document nested too deeply to scan points at its start.
        tree = found instanceof JsonSyntaxError ? { start: 0 } : found;
      }
      position ??= positionsIn(text);
      return position(offsetOf(tree, path, onKey));
    },
  };
}

/** The where-is-what tree of a text, or the syntax error that stops it. */
function scan(text: string): JsonNode | JsonSyntaxError {
  try {
    return new JsonScanner(text).document();
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
}

/** The first syntax error of a text that JSON.parse refused. */
function syntaxError(text: string, parseMessage: string): FieldError {
  const found = scan(text);
  // Should the two ever disagree, JSON.parse's own message is the best there is.
  const error = found instanceof JsonSyntaxError ? found : new JsonSyntaxError(0, [], parseMessage);
  return { path: formatPath(error.path), code: 'syntax', message: error.message, ...positionsIn(text)(error.offset) };
}

function offsetOf(root: JsonNode, path: readonly PathSegment[], onKey: boolean): number {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number') {
      const item = node.items?.[segment];
      if (!item) break;
      node = item;
    } else {
      const field = node.fields?.get(segment);
      if (!field) break;
      if (onKey && i === path.length - 1) return field.key;
      node = field.node;
    }
  }
  return node.start;
}
