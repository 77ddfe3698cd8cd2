import type { IsoDate, Kpi, Measurement } from '@kurs/core';
import { frequencyOf, measurementPeriodOf } from '@kurs/core/browser';
import type { MeasurementRange } from './kpis.queries';

/*
 * The value a KPI table row takes in place: this period's measurement, dated as the plan
 * dates measurements, on the last day of the period that holds today at the KPI's frequency.
 */

/** The date of this period's measurement of `kpi`: the last day of the period that holds `today`. */
export function periodEndOn(kpi: Pick<Kpi, 'frequency'>, today: IsoDate): IsoDate {
  return measurementPeriodOf(today, frequencyOf(kpi)).end;
}

/** The measurements to read for this period's values of `kpis`: from the earliest period start to the latest end. */
export function currentRange(kpis: readonly Pick<Kpi, 'id' | 'frequency'>[], today: IsoDate): MeasurementRange {
  const periods = kpis.map((kpi) => measurementPeriodOf(today, frequencyOf(kpi)));
  const starts = periods.map((p) => p.start).sort();
  const ends = periods.map((p) => p.end).sort();
  return { kpis: kpis.map((k) => k.id), from: starts[0] ?? today, to: ends.at(-1) ?? today };
}

/** The value stored for `kpi` on `date`, if any. */
export function valueOn(measurements: readonly Measurement[], kpi: string, date: IsoDate): number | undefined {
  return measurements.find((m) => m.kpi === kpi && m.date === date)?.value;
}
