import type { FieldError, PathSegment } from '../shared/errors.js';

export interface TextPosition {
  line: number;
  column: number;
}

/**
 * A plan file read into plain values. `errors` are the syntax errors (the value is then
 * missing); `locate` finds where a path is written, for errors found later.
 */
export interface SourceDocument {
  value?: unknown;
  errors: FieldError[];
  /**
   * The position of the node at `path`, or of the deepest parent that exists when the path
   * does not (a missing field). With `onKey`, the position of the last field's name.
   */
  locate(path: readonly PathSegment[], onKey?: boolean): TextPosition | undefined;
}

/** 1-based line and column (in UTF-16 code units, as editors count) of text offsets. */
export function positionsIn(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}
