/**
 * What is wrong with a field, from a closed list: the web app words each code in the reader's
 * language, with the facts of `params`. docs/api.md lists the codes and their params.
 */
export const FIELD_ERROR_CODES = [
  // the format of a value (zod issues, shared/issues.ts)
  'required', // a field that must be there is missing
  'unknown_field', // { field }: a field the format does not have
  'invalid_type', // { expected: 'string' | 'number' | 'boolean' | 'array' | 'object' | … }
  'too_small', // { minimum, origin: 'number' | 'string' | 'array', inclusive }
  'too_big', // { maximum, origin, inclusive }
  'not_in_list', // { options }: one of a fixed list of words
  'invalid_format', // { format: 'id' | 'quarter' | 'colour' | 'currency' | 'email' | … }
  'invalid_date', // { value }: not a calendar date written YYYY-MM-DD
  'number_too_large', // a number beyond what can be stored (a 310-digit value, 1e999, .inf, .nan)
  'invalid_character', // { character: 'U+0000' | 'U+D800' … }: a NUL or a lone surrogate, which cannot be stored
  // reading a plan document
  'syntax', // the text cannot be read as YAML or JSON at this place
  'empty_document',
  'unsupported_version', // { version }
  // the plan document's cross-field rules (plan.rules.ts)
  'duplicate', // { value, first }: an id (or stage) used before, first at the path `first`
  'unknown_reference', // { kind: 'goal' | 'kpi' | 'channel' | 'theme' | 'activity' | 'workspace', id }
  'end_before_start', // { start, end }
  'target_before_baseline', // { baseline, target }
  'own_parent', // { id }
  'parent_cycle', // { cycle: ids }
  'own_dependency', // { id }
  'dependency_cycle', // { cycle: ids }
  'outside_period', // { value, start, end }: a quarter (of a theme's budget) outside the plan period
  'sum_mismatch', // { total, sum }: a total (a theme's budget_hours) that is not the sum of its parts (its quarters)
  // the server's checks
  'id_taken', // { value }
  'uses', // { kind, id }: a place that refers to what is to be deleted
  'read_only', // a field that cannot be changed, such as an id
  'one_required', // { fields }: at least one of these
  'wrong_password',
  'account_exists',
  'not_invited_address',
  'last_owner',
  'role_above_own', // { role }: a token cannot have more rights than its maker
  'not_open', // { status }: a done or dropped activity cannot be planned
  // measurement files (measurements/)
  'empty_file',
  'no_header',
  'not_a_number', // { value }
  'ambiguous_number', // { value, whole, decimal }: "1.234" in nb, sv, da
  'ambiguous_date', // { value, day_first, month_first }
  'short_year', // { value }
  'ambiguous_decimal_mark', // { value, point, comma }: a column whose numbers all read two ways ("1.234"), and nothing in the file says which
  'decimal_mark_conflict', // { value, mark: 'point' | 'comma', by: 'mapping' | 'value' | 'other_columns' | 'delimiter', first?, first_line? }: a number with the other decimal mark than its column's
  'date_order_conflict', // { value, order: 'dmy' | 'mdy', by, first?, first_line? }: a date that reads only the other way than its column's
  'missing_column', // { column, columns }: the header has no such column
  'unmapped_column', // { column }
  'too_many_cells', // { cells, header }
  'empty_mapping', // the mapping maps no column to a KPI
  'mixed_encoding', // { byte: '0xF8' }: UTF-8 up to the error's line and column, then a byte that is not
  'broken_utf16', // { encoding: 'LE' | 'BE' }: a UTF-16 file with a broken character
  'rows_not_summed', // { kpi, date, first_line, reason: 'unit' | 'aggregation' | 'column' | 'undeclared', unit?, aggregation?, column? }: a second row of a date for a KPI whose values do not add up
  'repeated_record', // { first_line }: a row like an earlier one in every cell but its values
  'no_period', // a file without dates names no period above its header, and the mapping gives none
  'kpi_in_two_tables', // { kpi, first_line }: a file of one period gives the KPI from two tables
  'tables_disagree', // { kpi, date, first_line, first, value }: GA4 tables that each hold the whole report give the KPI and date two values
  'overlapping_periods', // { start, end, first_line, first_start, first_end }: a row's period (start and end columns) overlaps an earlier row's without being the same period
  'no_rows', // { header_line }: the file has a header and no rows of data under it
  // Google Analytics 4 exports (measurements/measurements.ga4.ts)
  'hourly_rows', // { column }: the table has one row per hour, not per day
  'no_start_date', // { value }: an "Nth day" counts from the report's start, which the file does not give
  'incomplete_date', // { value, unit: 'year' | 'month' }: a bare month, week or day, in a report spanning more than one
  'repeated_date', // { date, first_line }: the table has this date already, on that line (split by another dimension)
  // anything else: only the English message says what
  'invalid',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** A fact put into an error's words: a date (ISO), a number, an id, a list of ids. */
export type ErrorParam = string | number | boolean | string[];
export type ErrorParams = Record<string, ErrorParam>;

/** One problem with an input, named by the path of the field ("goals[2].kpi"). */
export interface FieldError {
  path: string;
  code: FieldErrorCode;
  params?: ErrorParams;
  /** The same in English, for the CLI, logs and API clients. */
  message: string;
  /** 1-based position in the source file, when the input was a YAML or JSON text. */
  line?: number;
  column?: number;
}

/** A field error with its code; `params` only when there are any. */
export function fieldError(path: string, code: FieldErrorCode, message: string, params?: ErrorParams): FieldError {
  return params && Object.keys(params).length > 0 ? { path, code, params, message } : { path, code, message };
}

export const DOMAIN_ERROR_CODES = [
  'invalid', // the input breaks the format or a rule: errors name the fields
  'syntax', // the text could not be read as YAML or JSON
  'not_found',
  'conflict', // the input is valid but clashes with stored data (duplicate id, referenced row)
  'precondition_required', // an update without If-Match
  'precondition_failed', // an update with a stale If-Match
  'too_large',
  'unsupported',
  'unauthenticated', // no valid session or token
  'forbidden', // signed in, but the role may not do this
  'rate_limited', // too many attempts; try again later
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Problems more precise than a DomainErrorCode, for the words the web app shows at the top of
 * a refused request (docs/api.md). A problem without one is named by its DomainErrorCode.
 */
export const PROBLEM_REASONS = [
  'csrf', // a write without the session's CSRF token, or from another site
  'body_too_large', // { limit_mb }
  'file_too_large', // { limit_mb }
  'in_use', // { id }: what is to be deleted is still referred to (errors name where)
  'review_quarter_taken', // { quarter, id }: the plan has a review of that quarter
  'wrong_credentials', // sign-in with a wrong email or password
  'internal', // { request_id }
] as const;

export type ProblemReason = (typeof PROBLEM_REASONS)[number];

/** The code of a problem+json answer: its reason, else the DomainError's code. */
export type ProblemCode = DomainErrorCode | ProblemReason;

export interface DomainErrorDetail {
  reason?: ProblemReason;
  params?: ErrorParams;
  /** More members of the problem answer, such as `existing`: a link to what a conflict is with. */
  extensions?: Record<string, unknown>;
}

/**
 * The one error type of core and services. The HTTP layer maps the code to a status and
 * the CLI prints the message and the field errors; nothing else formats errors.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly errors: FieldError[];
  readonly reason: ProblemReason | undefined;
  /** The facts of the message, for its words in other languages. */
  readonly params: ErrorParams;
  readonly extensions: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, errors: FieldError[] = [], detail: DomainErrorDetail = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.errors = errors;
    this.reason = detail.reason;
    this.params = detail.params ?? {};
    this.extensions = detail.extensions ?? {};
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** One step of a path into a value: a field's name or a list's index. */
export type PathSegment = string | number;

/** "goals[2].kpi" from ["goals", 2, "kpi"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** One line per error, "path (line 3, column 5): message"; an error of a whole line names no column it does not have. */
export function describeFieldError(error: FieldError): string {
  const where = error.line ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ''})` : '';
  return `${error.path || '(document)'}${where}: ${error.message}`;
}
