import { bench, describe } from 'vitest';
import { fromDayNumber, kpiSeries, toDayNumber, type Measurement } from '../index.js';

const FIRST = toDayNumber('2017-01-01');
/** One million measurements of one KPI over ten years, in no order (several per day). */
const measurements: Measurement[] = Array.from({ length: 1_000_000 }, (_, i) => ({
  kpi: 'k',
  date: fromDayNumber(FIRST + ((i * 7919) % 3653)),
  value: i % 1000,
}));
/** The worst case: one million different dates, so as many days and 143 000 weeks. */
const distinctDates: Measurement[] = Array.from({ length: 1_000_000 }, (_, i) => ({
  kpi: 'k',
  date: fromDayNumber(FIRST - 500_000 + i),
  value: i % 1000,
}));

describe('kpiSeries, 1 000 000 measurements', () => {
  bench('by week, sum', () => {
    kpiSeries(measurements, { grain: 'week', aggregation: 'sum' });
  });
  bench('by month, last', () => {
    kpiSeries(measurements, { grain: 'month', aggregation: 'last' });
  });
  bench('by day, average', () => {
    kpiSeries(measurements, { grain: 'day', aggregation: 'average' });
  });
  bench('by quarter, sum, with from and to', () => {
    kpiSeries(measurements, { grain: 'quarter', aggregation: 'sum', from: '2019-01-01', to: '2024-12-31' });
  });
  bench('by week, sum, every date different', () => {
    kpiSeries(distinctDates, { grain: 'week', aggregation: 'sum' });
  });
});
