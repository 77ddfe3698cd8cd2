import { readFile } from 'node:fs/promises';
import { DomainError } from '@kurs/core';

/*
 * A plan file is UTF-8 text, with or without a byte order mark. Its bytes are read strictly: a
 * byte that is not UTF-8 is refused at its line and column, never read as U+FFFD and stored.
 * A file with a UTF-16 byte order mark (Windows Notepad's "Unicode") is read as UTF-16: the
 * mark says how, so nothing is guessed.
 */

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };

function encodingOf(bytes: Uint8Array): { encoding: Encoding; mark: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', mark: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', mark: 2 };
  return { encoding: 'utf-8', mark: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0 };
}

/** How U+FFFD itself is written, to tell a replacement character in the file from one the decoder put in. */
const REPLACEMENT: Record<Encoding, number[]> = { 'utf-8': [0xef, 0xbf, 0xbd], 'utf-16le': [0xfd, 0xff], 'utf-16be': [0xff, 0xfd] };

const byteLength = (codePoint: number, encoding: Encoding) =>
  encoding === 'utf-8' ? (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4) : codePoint < 0x10000 ? 2 : 4;

/** Where the first character that is not of the encoding is: its line, column (in characters) and byte offset. */
function firstBroken(bytes: Uint8Array, encoding: Encoding, mark: number): { line: number; column: number; offset: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  let offset = mark;
  let line = 1;
  let column = 1;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint === 0xfffd && !REPLACEMENT[encoding].every((b, i) => bytes[offset + i] === b)) break;
    offset += byteLength(codePoint, encoding);
    if (character === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset };
}

/** The text of a plan file; a file that is not UTF-8 (nor UTF-16 with its mark) is refused naming the place. */
export async function readPlanFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  const { encoding, mark } = encodingOf(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const { line, column, offset } = firstBroken(bytes, encoding, mark);
    const shown = [...bytes.subarray(offset, offset + (encoding === 'utf-8' ? 1 : 2))].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    throw new DomainError(
      'invalid',
      `${file}: line ${line}, column ${column} is not ${NAMES[encoding]} (byte ${offset}: ${shown}). Save the file as UTF-8 and try again.`,
    );
  }
}
