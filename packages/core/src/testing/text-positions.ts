/*
 * Where things are in a test's text, worked out from the text itself, so that tests of error
 * positions never copy a line or column from the output.
 */

export interface Position {
  line: number;
  column: number;
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The position of the nth (1-based) occurrence of `needle`, or of its last one. */
export function positionOf(text: string, needle: string, nth: number | 'last' = 'last'): Position {
  const offsets: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) offsets.push(at);
  const offset = nth === 'last' ? offsets[offsets.length - 1] : offsets[nth - 1];
  if (offset === undefined) throw new Error(`"${needle}" occurs ${offsets.length} times in the text`);
  return positionAt(text, offset);
}

/** A text written with ‸ marks where errors are expected: the text without them, and their positions. */
export function marked(source: string): { text: string; marks: Position[] } {
  const parts = source.split('‸');
  const marks: Position[] = [];
  let text = parts[0];
  for (const part of parts.slice(1)) {
    marks.push(positionAt(text, text.length));
    text += part;
  }
  return { text, marks };
}
