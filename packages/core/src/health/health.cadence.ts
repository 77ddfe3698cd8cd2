import { measurementDue, type MeasurementDue } from '../kpis/kpis.due.js';
import { frequencyOf } from '../kpis/kpis.frequency.js';
import type { Kpi } from '../plan/plan.schema.js';
import type { IsoDate } from '../shared/dates.js';
import type { HealthContext } from './health.context.js';

/**
 * The KPI's awaited result, by the rule the KPI list and the dashboard use (a KPI with no
 * frequency is read as monthly); `latest` defaults to the KPI's latest measurement.
 */
export function kpiResultDue(ctx: HealthContext, kpi: Kpi, latest: IsoDate | null = ctx.measurementsByKpi.get(kpi.id)?.latest ?? null): MeasurementDue {
  return measurementDue({ frequency: frequencyOf(kpi), period: ctx.period, latest, today: ctx.today });
}
