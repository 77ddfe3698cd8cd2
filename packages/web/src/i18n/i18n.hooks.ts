import type { Kpi, Period } from '@kurs/core';
import { useMemo } from 'react';
import { formatDate, formatKpiValue, formatMoney, formatNumber, formatPercent, formatPeriod } from './i18n.format';
import { useLocale } from './i18n.provider';

/** The formatters bound to the reader's language; money in `currency`, the plan's currency. */
export function useFormat(currency?: string) {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      date: (iso: string) => formatDate(locale, iso),
      period: (period: Period) => formatPeriod(locale, period),
      /** The dates of something that may have a start, an end, both or neither: one range, one date, or nothing. */
      span: (start?: string, end?: string) =>
        start && end ? formatPeriod(locale, { start, end }) : start || end ? formatDate(locale, (start || end)!) : '',
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(locale, value, options),
      percent: (share: number) => formatPercent(locale, share),
      money: (value: number) =>
        currency ? formatMoney(locale, value, currency) : formatNumber(locale, value, { maximumFractionDigits: 0 }),
      kpiValue: (value: number, unit: Kpi['unit']) => formatKpiValue(locale, value, unit, currency),
    }),
    [locale, currency],
  );
}
