import type { ErrorParam, ErrorParams, FieldError } from '@kurs/core';
import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { formatDate } from '../../i18n/i18n.format';
import type { MessageId } from '../../i18n/i18n.messages';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../api/api.client';

/*
 * The server says what went wrong with a code and its facts (docs/api.md, "Errors"); these are
 * the words for them in the reader's language, from the shell catalogue: `problem.field.<code>`
 * for a field, `problem.<code>` for the problem as a whole. A code without words here (a newer
 * server, or "invalid", which has none) keeps the server's English rather than saying nothing.
 */

/** Params that are calendar dates (YYYY-MM-DD), written in the reader's date style. */
const DATE_PARAMS = new Set(['start', 'end', 'first_start', 'first_end', 'baseline', 'target', 'date', 'day_first', 'month_first']);

export interface ProblemWords {
  /** One field error in words, without its path. */
  field(error: FieldError): string;
  /** What went wrong as a whole, or undefined when the answer said nothing (a network error). */
  problem(error: unknown): string | undefined;
}

export function useProblemWords(): ProblemWords {
  const intl = useIntl();
  const { locale } = useLocale();
  return useMemo(() => problemWords(intl, (iso) => formatDate(locale, iso)), [intl, locale]);
}

/** The words without React, for tests and for code that is handed an IntlShape. */
export function problemWords(intl: IntlShape, date: (iso: string) => string): ProblemWords {
  const or = new Intl.ListFormat(intl.locale, { type: 'disjunction' });
  const and = new Intl.ListFormat(intl.locale, { type: 'conjunction' });
  const value = (name: string, param: ErrorParam): string | number => {
    if (Array.isArray(param)) return name === 'cycle' ? param.join(' → ') : name === 'options' ? or.format(param) : and.format(param);
    if (typeof param === 'boolean') return String(param);
    if (typeof param === 'string' && DATE_PARAMS.has(name) && /^\d{4}-\d{2}-\d{2}$/.test(param)) return date(param);
    return param;
  };
  const say = (id: string, params: ErrorParams | undefined, english: string | undefined): string | undefined => {
    if (!(id in intl.messages)) return english;
    const values = Object.fromEntries(Object.entries(params ?? {}).map(([name, param]) => [name, value(name, param)]));
    return intl.formatMessage({ id: id as MessageId }, values);
  };
  return {
    field: (error) => say(`problem.field.${error.code}`, error.params, error.message) ?? error.message,
    problem: (error) => {
      if (isApiError(error)) {
        if (error.status === 0) return undefined;
        return say(`problem.${error.code ?? ''}`, error.params, error.detail);
      }
      return error instanceof Error ? error.message : undefined;
    },
  };
}
