import { Document } from 'yaml';
import { plainValue } from './plan.yaml-simple.js';

/*
 * A fast writer for the plain block-style YAML of exportPlan: nested mappings and sequences of
 * texts, numbers and booleans. Building the yaml library's node tree and printing it takes
 * about half a second per megabyte; this writes the same bytes directly. It makes the library's
 * own choices: a text is plain unless YAML would read it as something else or it has characters
 * that a plain scalar cannot carry, then single-quoted when it holds a " and no ', and else
 * double-quoted with the library's escapes. A text over several lines is rare and has many
 * forms (block scalars, folded double quotes), so the library writes that one scalar. A property
 * test compares every byte with the library.
 */

class Unsupported extends Error {}

const unsupported = (): never => {
  throw new Unsupported();
};

/** The text of a value as the yaml library writes it for exportPlan (YAML 1.2, core schema, no folding). */
export function libraryYaml(value: unknown): string {
  return new Document(value, { version: '1.2', schema: 'core', aliasDuplicateObjects: false }).toString({ lineWidth: 0 });
}

/**
 * The YAML text of a mapping, byte for byte as libraryYaml writes it, or undefined when it holds
 * something this writer leaves to the library (null, a list in a list, an unusual field name…).
 */
export function writeSimpleYaml(value: unknown): string | undefined {
  if (!isMapping(value) || !hasEntries(value)) return undefined;
  try {
    return new SimpleYamlWriter().document(value);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** What the library writes for a control character, where JSON has \u00XX; the rest become \xXX. */
const SHORT_ESCAPES: Record<string, string> = { '00': '\\0', '07': '\\a', '0b': '\\v', '1b': '\\e' };

/** Characters for which the library always double-quotes: controls other than tab and newline, lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this looks for.
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** The same, and any surrogate: the test without the u flag is several times faster. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this looks for.
const MAY_NEED_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\uD800-\uDFFF]/;

/** Texts that cannot be plain (the library's test): an indicator first, ": ", " #", a space or ":" last… */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A text as the value of a field or an item whose lines are indented by `indent` spaces. */
function text(value: string, indent: number): string {
  if (value.includes('\n')) return libraryScalar(value, indent);
  if (MAY_NEED_ESCAPES.test(value) && NEEDS_ESCAPES.test(value)) return doubleQuoted(value);
  if (NOT_PLAIN.test(value) || typeof plainValue(value) !== 'string') {
    return value.includes('"') && !value.includes("'") ? `'${value}'` : doubleQuoted(value);
  }
  return value;
}

function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/\\u00([0-9a-f]{2})|\\./g, (sequence, hex?: string) =>
    hex === undefined ? sequence : (SHORT_ESCAPES[hex] ?? `\\x${hex}`),
  );
}

/**
 * A text over several lines, written by the library at the same indentation: a scalar in n
 * nested one-item lists ("- - - text") sits where an item's value at 2n spaces would.
 */
function libraryScalar(value: string, indent: number): string {
  let nested: unknown = value;
  for (let depth = 0; depth < indent; depth += 2) nested = [nested];
  const prefix = '- '.repeat(indent / 2);
  const written = libraryYaml(nested);
  if (!written.startsWith(prefix)) unsupported();
  return written.slice(prefix.length, -1);
}

function scalar(value: unknown, indent: number): string {
  switch (typeof value) {
    case 'string':
      return text(value, indent);
    case 'number':
      if (!Number.isFinite(value)) return unsupported();
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return unsupported();
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The library leaves out fields set to undefined; a mapping with none left is written {}. */
function hasEntries(value: Record<string, unknown>): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && value[key] !== undefined) return true;
  return false;
}

/** Lines are joined into flat pieces of this many: one long chain of concatenated strings keeps the garbage collector busy. */
const LINES_PER_PIECE = 512;

class SimpleYamlWriter {
  private readonly pieces: string[] = [];
  private lines: string[] = [];
  /** Field names already found plain: a plan repeats a few dozen names many thousand times. */
  private readonly fieldNames = new Set<string>();

  document(value: Record<string, unknown>): string {
    this.mapping(value, '', '');
    this.pieces.push(this.lines.join(''));
    return this.pieces.join('');
  }

  private line(text: string): void {
    this.lines.push(text);
    if (this.lines.length === LINES_PER_PIECE) {
      this.pieces.push(this.lines.join(''));
      this.lines = [];
    }
  }

  /** A mapping whose keys stand at `pad`; the first line starts with `lead` ("- " for a list item). */
  private mapping(value: Record<string, unknown>, pad: string, lead: string): void {
    let start = lead;
    const inner = `${pad}  `;
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item === undefined) continue;
      // The library writes a name over 1024 characters as an explicit "? " key.
      if (!this.fieldNames.has(key)) {
        if (!FIELD_NAME.test(key) || key.length > 1024 || typeof plainValue(key) !== 'string') unsupported();
        this.fieldNames.add(key);
      }
      if (Array.isArray(item)) {
        if (item.length === 0) {
          this.line(`${start}${key}: []\n`);
        } else {
          this.line(`${start}${key}:\n`);
          this.sequence(item, inner);
        }
      } else if (isMapping(item)) {
        if (hasEntries(item)) {
          this.line(`${start}${key}:\n`);
          this.mapping(item, inner, inner);
        } else {
          this.line(`${start}${key}: {}\n`);
        }
      } else {
        this.line(`${start}${key}: ${scalar(item, inner.length)}\n`);
      }
      start = pad;
    }
  }

  /** A list whose "- " markers stand at `pad`. */
  private sequence(items: readonly unknown[], pad: string): void {
    const inner = `${pad}  `;
    for (const item of items) {
      if (isMapping(item)) {
        if (hasEntries(item)) this.mapping(item, inner, `${pad}- `);
        else this.line(`${pad}- {}\n`);
      } else if (Array.isArray(item)) {
        if (item.length > 0) unsupported();
        this.line(`${pad}- []\n`);
      } else {
        this.line(`${pad}- ${scalar(item, inner.length)}\n`);
      }
    }
  }
}
