import type { Kpi, Locale } from '@kurs/core';
import { useMemo } from 'react';
import { dateFormatter, formatKpiValue, intlTag } from '../../i18n/i18n.format';
import { useLocale } from '../../i18n/i18n.provider';

export interface KpiValueFormat {
  /** A value in the KPI's unit, as every page writes it: "12 500", "1,6 %", "68 kr", "2,8 t". */
  value: (value: number) => string;
  /** Shorter where room is scarce, on chart axes: "12k". */
  short: (value: number) => string;
}

/** A KPI's values in the reader's language: formatKpiValue, and a compact form of counts and money for axes. */
export function kpiValueFormat(locale: Locale, unit: Kpi['unit'], currency: string | undefined): KpiValueFormat {
  const value = (v: number) => formatKpiValue(locale, v, unit, currency);
  if (unit !== undefined && unit !== 'count' && unit !== 'currency') return { value, short: value };
  const compact = new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumFractionDigits: 1,
    ...(unit === 'currency' && currency ? { style: 'currency', currency } : {}),
  });
  return { value, short: (v) => compact.format(v) };
}

export function useKpiValueFormat(unit: Kpi['unit'], currency: string | undefined): KpiValueFormat {
  const { locale } = useLocale();
  return useMemo(() => kpiValueFormat(locale, unit, currency), [locale, unit, currency]);
}

const DAY_S = 86_400;

/** Dates for the chart's legend and x-axis ticks, from seconds since 1970, read as UTC calendar dates. */
export function chartDateFormat(locale: Locale): { date: (seconds: number) => string; tick: (seconds: number, step: number) => string } {
  const utc = { timeZone: 'UTC' } as const;
  const tag = intlTag(locale);
  const date = dateFormatter(locale);
  const time = new Intl.DateTimeFormat(tag, { ...utc, hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(tag, { ...utc, day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(tag, { ...utc, month: 'short', year: 'numeric' });
  const year = new Intl.DateTimeFormat(tag, { ...utc, year: 'numeric' });
  return {
    date: (seconds) => date.format(seconds * 1000),
    tick: (seconds, step) => {
      const tickFormat = step < DAY_S ? time : step < 28 * DAY_S ? day : step < 365 * DAY_S ? month : year;
      return tickFormat.format(seconds * 1000);
    },
  };
}
