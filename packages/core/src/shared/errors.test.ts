import { describe, expect, it } from 'vitest';
import { describeFieldError, fieldError } from './errors.js';

describe('describeFieldError', () => {
  it('names the line and column where the error has both, and only the line where it has no column', () => {
    const at = (line?: number, column?: number) => ({ ...fieldError('visits', 'invalid', 'is refused'), line, column });
    expect(describeFieldError(at(5, 3))).toBe('visits (line 5, column 3): is refused');
    expect(describeFieldError(at(5))).toBe('visits (line 5): is refused');
    expect(describeFieldError(at())).toBe('visits: is refused');
    expect(describeFieldError(fieldError('', 'invalid', 'is refused'))).toBe('(document): is refused');
  });
});
