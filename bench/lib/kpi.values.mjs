import { addDays } from '@kurs/core';
import { createRandom } from './random.mjs';

/*
 * A KPI with a long history for the KPI page's legs, in the shape of shared/bench-peers'
 * kpi.json (a cumulative "units sold" sampled every 5 minutes). A plan stores one value per
 * day, so the n-th value is stored on the n-th day of a run of days that ends on LAST_DAY:
 * 100 000 values reach back to the 18th century, and the chart draws every one of them.
 */

const LAST_DAY = '2027-12-31';

/** The KPI the values belong to; daily, so the KPI page charts each day's value. */
export function unitsSoldKpi(id) {
  return { id, name: 'Units sold (cumulative)', unit: 'count', direction: 'up', aggregation: 'last', frequency: 'daily', owner: 'Bench' };
}

/** `count` values of units sold (about 0 → 1 000 with a little noise), as the peers' generator makes them. */
export function unitsSoldValues(count, seed) {
  const random = createRandom(seed);
  const values = new Array(count);
  let total = 0;
  let noise = 0;
  for (let i = 0; i < count; i += 1) {
    total += (1000 / count) * (0.5 + random.next());
    noise = 0.98 * noise + (random.next() - 0.5) * 4;
    values[i] = Math.max(0, Math.round((total + noise) * 100) / 100);
  }
  return values;
}

/** The plan's measurements of `kpi`: one value a day, the last on LAST_DAY. */
export function dailyMeasurements(kpi, values) {
  const first = addDays(LAST_DAY, 1 - values.length);
  return values.map((value, i) => ({ kpi, date: addDays(first, i), value }));
}
