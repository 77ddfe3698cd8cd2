import { DomainError, type ErrorParams, fieldError, type FieldErrorCode } from '../shared/errors.js';

/*
 * Bytes of a measurement file in, text out, piece by piece, as the tool wrote them: a byte
 * order mark decides (UTF-8, UTF-16 LE or BE: Google Ads' and Excel's "Unicode text"); else
 * the bytes are read as strict UTF-8. Excel's "CSV" on a Nordic Windows writes Windows-1252:
 * when the first byte that is not ASCII cannot begin UTF-8, the file is Windows-1252 from its
 * start (the text so far is the same in both). A byte that is not UTF-8 after text that was
 * is refused with its line and column, never replaced: nothing is guessed, no U+FFFD stored.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface ByteDecoder {
  /** Decodes the next piece of bytes; returns the text it completes (a character cut at the piece's end waits for the next). */
  push(bytes: Uint8Array): string;
  /** The bytes are over: the last text. Throws on a character left unfinished. */
  end(): string;
  /** The encoding settled on: undefined until the first bytes that decide; 'utf-8' for a file of ASCII only. */
  readonly encoding: TextEncoding | undefined;
}

/** The decoder of one file. Refusals are `invalid` DomainErrors naming the line and column. */
export function createByteDecoder(): ByteDecoder {
  let encoding: TextEncoding | undefined;
  /** Bytes held back: the start before the mark is known, or a UTF-8 character cut by the piece's end. */
  let held = new Uint8Array(0);
  /** True while every byte so far was ASCII (Windows-1252 is still possible). */
  let ascii = true;
  let started = false;
  let utf16: InstanceType<typeof TextDecoder> | undefined;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const place = new TextPlace();

  function decodeUtf8(bytes: Uint8Array, final: boolean): string {
    let from = 0;
    if (ascii) {
      const first = firstNonAscii(bytes);
      if (first === bytes.length) return place.text(utf8.decode(bytes));
      const length = utf8Length(bytes, first);
      if (length === CUT && !final) {
        // A character cut by the piece's end: decide with the next piece.
        held = bytes.slice(first);
        return place.text(utf8.decode(bytes.subarray(0, first)));
      }
      ascii = false;
      if (length <= 0) {
        encoding = 'windows-1252';
        return place.text(windows1252(bytes));
      }
      encoding ??= 'utf-8';
      from = first;
    }
    const end = final ? bytes.length : completeEnd(bytes);
    held = bytes.slice(end);
    const whole = bytes.subarray(0, end);
    try {
      return place.text(utf8.decode(whole));
    } catch {
      const bad = invalidUtf8At(whole, from);
      place.text(utf8.decode(whole.subarray(0, bad)));
      throw place.refuse(
        `line ${place.line}, column ${place.column}: the file mixes encodings: UTF-8 before this place, then a byte (0x${hex(whole[bad] as number)}) that is not UTF-8. Open the file in a spreadsheet or text editor and save it as "CSV UTF-8", then import it again.`,
        'mixed_encoding',
        { byte: `0x${hex(whole[bad] as number)}` },
      );
    }
  }

  function decodeUtf16(bytes: Uint8Array, final: boolean): string {
    try {
      return place.text((utf16 as InstanceType<typeof TextDecoder>).decode(bytes, { stream: !final }));
    } catch {
      const order = encoding === 'utf-16le' ? 'LE' : 'BE';
      throw place.refuse(
        `after line ${place.line}: the file starts as UTF-16 (${order}) but has a broken character. Save it again from the program that made it, as "CSV UTF-8" or "Unicode text".`,
        'broken_utf16',
        { encoding: order },
      );
    }
  }

  function decode(bytes: Uint8Array, final: boolean): string {
    if (held.length > 0) bytes = joined(held, bytes);
    held = new Uint8Array(0);
    if (!started) {
      if (bytes.length < 3 && !final) {
        // Too few bytes to tell a byte order mark.
        held = bytes.slice();
        return '';
      }
      started = true;
      const mark = byteOrderMark(bytes);
      if (mark) {
        encoding = mark.encoding;
        bytes = bytes.subarray(mark.length);
        if (encoding === 'utf-16le' || encoding === 'utf-16be') utf16 = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
        else ascii = false;
      }
    }
    if (utf16) return decodeUtf16(bytes, final);
    if (encoding === 'windows-1252') return place.text(windows1252(bytes));
    return decodeUtf8(bytes, final);
  }

  return {
    push: (bytes) => decode(bytes, false),
    end() {
      const text = decode(new Uint8Array(0), true);
      if (encoding === undefined) encoding = 'utf-8';
      return text;
    },
    get encoding() {
      return encoding;
    },
  };
}

/** A whole file's bytes as text (small files and tests). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const decoder = createByteDecoder();
  const text = decoder.push(bytes) + decoder.end();
  return { text, encoding: decoder.encoding ?? 'utf-8' };
}

/** The line and column the text decoded so far ends at, for refusals. */
class TextPlace {
  line = 1;
  column = 1;
  /** Whether lines end in a lone CR (old Mac files): decided by the first line break. */
  private breaks: '\n' | '\r' | undefined;

  text(text: string): string {
    if (this.breaks === undefined) {
      const cr = text.indexOf('\r');
      const lf = text.indexOf('\n');
      if (cr !== -1 && (lf === -1 || cr < lf) && cr + 1 < text.length) this.breaks = text.charCodeAt(cr + 1) === 10 ? '\n' : '\r';
      else if (lf !== -1) this.breaks = '\n';
    }
    const mark = this.breaks ?? '\n';
    let last = -1;
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      this.line++;
      last = at;
    }
    this.column = last === -1 ? this.column + text.length : text.length - last;
    return text;
  }

  refuse(message: string, code: FieldErrorCode, params: ErrorParams): DomainError {
    const error = fieldError('file', code, message, params);
    error.line = this.line;
    error.column = this.column;
    return new DomainError('invalid', `The file cannot be read: ${message}`, [error]);
  }
}

/** The byte order mark; or, without one, UTF-16 told by its first character: a CSV file holds no NUL. */
function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return { encoding: 'utf-16le', length: 0 };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return { encoding: 'utf-16be', length: 0 };
  return null;
}

function firstNonAscii(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n && (bytes[i] as number) < 0x80) i++;
  return i;
}

/** utf8Length of a character whose bytes so far are right but whose end is past the bytes given. */
const CUT = -1;

/** The length of the UTF-8 character at `at`; 0 when it is not one; CUT when the bytes end inside it. */
function utf8Length(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] as number;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let i = at + 1; i < at + length; i++) {
    if (i >= bytes.length) return CUT;
    const byte = bytes[i] as number;
    if (i === at + 1 ? byte < low || byte > high : (byte & 0xc0) !== 0x80) return 0;
  }
  return length;
}

/** The first byte from `from` where the UTF-8 is broken; the length when it is not. */
function invalidUtf8At(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) i++;
    else {
      const length = utf8Length(bytes, i);
      if (length <= 0) return i;
      i += length;
    }
  }
  return bytes.length;
}

/** Where the last whole UTF-8 character ends: a character cut by the end waits for the next piece. */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back] as number;
    if (b < 0x80) return n;
    if (b >= 0xc0) return (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > back ? n - back : n;
  }
  return n;
}

const latin1 = new TextDecoder('latin1');
/** What Windows-1252 has at 0x80–0x9F, where Latin-1 has control characters (0x81, 0x8D, 0x8F, 0x90, 0x9D stay). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes as text. Node 20's TextDecoder reads this label as Latin-1, so the 0x80–0x9F range is mapped here. */
function windows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
