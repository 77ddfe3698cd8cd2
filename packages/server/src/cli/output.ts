import { ConfigError } from '../config/config.js';
import { describeFieldError, isDomainError } from '@kurs/core';

/** Thrown by a command to end with this exit code after it printed what it had to say. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const stdio: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Errors in plain words for people; the stack only with --debug. */
export function reportError(error: unknown, output: Output, debug: boolean): number {
  if (error instanceof ExitCode) return error.code;
  if (isDomainError(error)) {
    output.err(`error: ${error.message}`);
    for (const fieldError of error.errors) output.err(`  ${describeFieldError(fieldError)}`);
    return 1;
  }
  if (error instanceof ConfigError) {
    output.err(`error: ${error.message}`);
    return 2;
  }
  const err = error as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT' && err.path) output.err(`error: no such file or folder: ${err.path}`);
  else if (err?.code === 'EACCES' && err.path) output.err(`error: permission denied: ${err.path}`);
  else if (err?.code === 'ECONNREFUSED') output.err(`error: cannot reach the database (${err.message}). Is it running, and is DATABASE_URL right?`);
  else output.err(`error: ${err?.message ?? String(error)}`);
  if (debug && err?.stack) output.err(err.stack);
  return 1;
}
