import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, safeCell, toCsv } from './cells.js';

describe('safeCell', () => {
  it.each(['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\t=1', '\r=1'])('escapes %j so it is not a formula', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it('leaves plain text and numbers as they are, negative numbers too', () => {
    expect(safeCell('Sell books')).toBe('Sell books');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeNull();
    expect(safeCell(Number.NaN)).toBeNull();
  });

  it('never lets a text cell start with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = safeCell(text) as string;
        expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
        expect(out.endsWith(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and escapes formulas inside quotes too', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', '=1+1', 3])).toBe('"a,b","say ""hi""","two\nlines",\'=1+1,3');
  });

  it('writes a header and CRLF lines', () => {
    expect(toCsv(['x', 'y'], [[1, '-a']])).toBe("x,y\r\n1,'-a\r\n");
  });
});
