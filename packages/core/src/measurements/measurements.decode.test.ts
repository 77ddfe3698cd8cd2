import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { createByteDecoder, decodeBytes, type TextEncoding } from './measurements.decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (bytes: number[], body: Uint8Array) => new Uint8Array([...bytes, ...body]);

/** UTF-16 bytes of a text, little or big end first. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[order === 'le' ? 2 * i : 2 * i + 1] = unit & 0xff;
    out[order === 'le' ? 2 * i + 1 : 2 * i] = unit >> 8;
  }
  return out;
}

/** Windows-1252 bytes of a text of Latin-1 letters. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Decodes the bytes in pieces cut at the given places, as a stream delivers them. */
function inPieces(bytes: Uint8Array, cuts: number[]): { text: string; encoding: TextEncoding | undefined } {
  const decoder = createByteDecoder();
  let text = '';
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    text += decoder.push(bytes.subarray(from, cut));
    from = cut;
  }
  text += decoder.push(bytes.subarray(from));
  text += decoder.end();
  return { text, encoding: decoder.encoding };
}

function refusal(bytes: Uint8Array): DomainError {
  try {
    decodeBytes(bytes);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the bytes were read');
}

const NORDIC = 'Dato;Besøk;Salg\n31.01.2027;1 234;Æblegrød & Ål\n';

describe('decoding a measurement file', () => {
  it('reads each encoding a tool writes, and names it', () => {
    expect(decodeBytes(utf8(NORDIC))).toEqual({ text: NORDIC, encoding: 'utf-8' });
    expect(decodeBytes(bom([0xef, 0xbb, 0xbf], utf8(NORDIC)))).toEqual({ text: NORDIC, encoding: 'utf-8-bom' });
    expect(decodeBytes(bom([0xff, 0xfe], utf16(NORDIC, 'le')))).toEqual({ text: NORDIC, encoding: 'utf-16le' });
    expect(decodeBytes(bom([0xfe, 0xff], utf16(NORDIC, 'be')))).toEqual({ text: NORDIC, encoding: 'utf-16be' });
    expect(decodeBytes(latin1(NORDIC))).toEqual({ text: NORDIC, encoding: 'windows-1252' });
    expect(decodeBytes(utf8('date,value\n2027-01-31,5\n'))).toEqual({ text: 'date,value\n2027-01-31,5\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 without a byte order mark from its first character', () => {
    expect(decodeBytes(utf16('Day\tClicks\n', 'le'))).toEqual({ text: 'Day\tClicks\n', encoding: 'utf-16le' });
    expect(decodeBytes(utf16('Day\tClicks\n', 'be'))).toEqual({ text: 'Day\tClicks\n', encoding: 'utf-16be' });
  });

  it('reads Windows-1252 characters that Latin-1 lacks (€, –) when the file is not UTF-8', () => {
    expect(decodeBytes(new Uint8Array([0x80, 0x20, 0x96, 0x20, 0xe5]))).toEqual({ text: '€ – å', encoding: 'windows-1252' });
  });

  it('reads Windows-1252 whose first letter that is not ASCII comes after many pieces of ASCII', () => {
    const text = `${'date;visits\n'.repeat(500)}Besøk;5\n`;
    const bytes = latin1(text);
    const cuts = Array.from({ length: 40 }, (_, i) => i * 150);
    expect(inPieces(bytes, cuts)).toEqual({ text, encoding: 'windows-1252' });
  });

  it('refuses a byte that is not UTF-8 after UTF-8 text, naming its line and column and how to fix it', () => {
    const bytes = new Uint8Array([...utf8('Dato;Besøk\n31.01.2027;5\nFebr'), 0xf8, ...utf8('r;6\n')]);
    const error = refusal(bytes);
    expect(error.code).toBe('invalid');
    expect(error.errors[0]).toMatchObject({ path: 'file', code: 'mixed_encoding', params: { byte: '0xF8' }, line: 3, column: 5 });
    expect(error.message).toContain('line 3, column 5');
    expect(error.message).toContain('CSV UTF-8');
    expect(error.message).not.toContain('\uFFFD');
  });

  it('refuses a file with a UTF-8 byte order mark whose bytes are not UTF-8', () => {
    expect(refusal(bom([0xef, 0xbb, 0xbf], latin1('Dato;Besøk\n'))).errors[0]).toMatchObject({ line: 1, column: 9 });
  });

  it('counts lines that end in a lone CR, as old Mac files write them', () => {
    const bytes = new Uint8Array([...utf8('a;ø\rb;c\rd'), 0xff]);
    expect(refusal(bytes).errors[0]).toMatchObject({ line: 3, column: 2 });
  });

  it('reads every text the same however the bytes are cut into pieces', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ';', '\n', 'ø', 'Å', '€', '𝄞', '"', '\r', '1'), maxLength: 60 });
    const encoded = fc.constantFrom(
      (t: string) => ({ bytes: utf8(t), encoding: ['utf-8'] }),
      (t: string) => ({ bytes: bom([0xef, 0xbb, 0xbf], utf8(t)), encoding: ['utf-8-bom'] }),
      (t: string) => ({ bytes: bom([0xff, 0xfe], utf16(t, 'le')), encoding: ['utf-16le'] }),
      (t: string) => ({ bytes: bom([0xfe, 0xff], utf16(t, 'be')), encoding: ['utf-16be'] }),
    );
    fc.assert(
      fc.property(text, encoded, fc.array(fc.nat({ max: 250 }), { maxLength: 8 }), (t, encode, cuts) => {
        const { bytes, encoding } = encode(t);
        const read = inPieces(bytes, cuts.filter((c) => c <= bytes.length));
        expect(read.text).toBe(t);
        expect(encoding).toContain(read.encoding);
      }),
    );
  });

  it('reads Latin-1 text written as Windows-1252 back the same however it is cut', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ';', '\n', 'ø', 'Å', 'æ', 'é', '1', ' '), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 60 }), { maxLength: 8 }), (t, cuts) => {
        const bytes = latin1(t);
        const read = inPieces(bytes, cuts.filter((c) => c <= bytes.length));
        expect(read.text).toBe(t);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range 0x00–0x7f, controls included.
        expect(read.encoding).toBe(/[^\x00-\x7f]/.test(t) ? 'windows-1252' : 'utf-8');
      }),
    );
  });
});
