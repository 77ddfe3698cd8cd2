/** One problem with an input, named by the path of the field ("goals[2].kpi"). */
export interface FieldError {
  path: string;
  message: string;
  /** 1-based position in the source file, when the input was a YAML or JSON text. */
  line?: number;
  column?: number;
}

export type DomainErrorCode =
  | 'invalid' // the input breaks the format or a rule: errors name the fields
  | 'syntax' // the text could not be read as YAML or JSON
  | 'not_found'
  | 'conflict' // the input is valid but clashes with stored data (duplicate id, referenced row)
  | 'precondition_required' // an update without If-Match
  | 'precondition_failed' // an update with a stale If-Match
  | 'too_large'
  | 'unsupported'
  | 'unauthenticated' // no valid session or token
  | 'forbidden' // signed in, but the role may not do this
  | 'rate_limited'; // too many attempts; try again later

/**
 * The one error type of core and services. The HTTP layer maps the code to a status and
 * the CLI prints the message and the field errors; nothing else formats errors.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly errors: FieldError[];

  constructor(code: DomainErrorCode, message: string, errors: FieldError[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.errors = errors;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** "goals[2].kpi" from ["goals", 2, "kpi"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** One line per error, "path (line 3, column 5): message". */
export function describeFieldError(error: FieldError): string {
  const where = error.line ? ` (line ${error.line}, column ${error.column ?? 1})` : '';
  return `${error.path || '(document)'}${where}: ${error.message}`;
}
