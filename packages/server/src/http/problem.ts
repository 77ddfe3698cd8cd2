import { DomainError, type DomainErrorCode, type ErrorParams, type FieldError, type ProblemCode } from '@kurs/core';

const STATUS: Record<DomainErrorCode, number> = {
  syntax: 400,
  invalid: 422,
  not_found: 404,
  conflict: 409,
  precondition_required: 428,
  precondition_failed: 412,
  too_large: 413,
  unsupported: 415,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
};

const TITLE: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  /** What went wrong, from a closed list (docs/api.md): the reason, else the DomainError's code. */
  code: ProblemCode;
  /** The facts of `code`, for its words in the reader's language. */
  params: ErrorParams;
  /** The same in English. */
  detail: string;
  errors: FieldError[];
}

export function problemOf(error: DomainError): Problem {
  const status = STATUS[error.code];
  return {
    ...error.extensions,
    type: `urn:kurs:problem:${error.code}`,
    title: TITLE[status] ?? 'Error',
    status,
    code: error.reason ?? error.code,
    params: error.params,
    detail: error.message,
    errors: error.errors,
  };
}

/** The answer to an error we did not expect: no internals leak, the request id leads to the log. */
export function internalProblem(requestId: string): Problem {
  return {
    type: 'urn:kurs:problem:internal',
    title: TITLE[500]!,
    status: 500,
    code: 'internal',
    params: { request_id: requestId },
    detail: `Something went wrong on the server. The log has the details under request id ${requestId}.`,
    errors: [],
  };
}

export function badRequest(message: string, errors: FieldError[] = []): DomainError {
  return new DomainError('syntax', message, errors);
}
