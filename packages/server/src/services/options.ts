import { isoDateSchema, LOCALES, type Locale, todayIso } from '@kurs/core';
import { z } from 'zod';
import { parseInput } from './input.js';

/** The date the engine computes for: given (for reports of another day), or today. */
export function dayOf(value: string | undefined, field = 'today'): string {
  return value === undefined ? todayIso() : parseInput(isoDateSchema, value, `The ${field} date`, [field]);
}

/** An optional date parameter, named in the error when it is not a date. */
export function dateOf(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : dayOf(value, field);
}

export function localeOf(value: string | undefined, fallback: Locale | undefined): Locale {
  if (value === undefined) return fallback ?? 'en';
  return parseInput(z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(', ')}` }), value, 'The locale', ['locale']);
}
