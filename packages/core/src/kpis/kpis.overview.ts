import type { GoalStatus, PlanDocument } from '../plan/plan.schema.js';
import type { IsoDate } from '../shared/dates.js';
import { GOAL_STATUSES_WORST_FIRST } from '../goals/goals.progress.js';
import { goalProgressOf, type GoalProgress, type GoalProgressOptions } from '../goals/goals.rollup.js';
import { measurementDue } from './kpis.due.js';
import { aggregationOf, FREQUENCY_GRAIN, frequencyOf } from './kpis.frequency.js';
import { lastOnOrBefore, measurementsByKpi } from './kpis.history.js';
import { periodsEndingWith, type CalendarPeriod, type Grain } from './kpis.periods.js';
import { kpiSeries } from './kpis.series.js';

/** How many periods the sparkline shows. */
export const SPARKLINE_PERIODS = 12;

export interface KpiOverview {
  kpi: string;
  last: { date: IsoDate; value: number } | null;
  /** The date of the value awaited next (the end of its period; see measurementDue); null when the plan has no further period. */
  nextDue: IsoDate | null;
  /** That value is late: its period has closed and the days for entering it have passed. */
  overdue: boolean;
  /** The worst status of the goals measured by this KPI; null when no goal uses it. */
  status: GoalStatus | null;
  goals: string[];
  /** The last 12 periods at the KPI's frequency up to today, rolled up by its aggregation; null where nothing was measured. */
  sparkline: { period: string; value: number | null }[];
}


/**
 * One row per KPI, in plan order, for the KPI table. A caller that shows the goals too passes
 * their goalProgress, so that it is worked out once.
 */
export function kpiOverview(plan: PlanDocument, options: GoalProgressOptions, goalProgress?: readonly GoalProgress[]): KpiOverview[] {
  const { today } = options;
  const history = measurementsByKpi(plan.measurements ?? []);
  const progress = goalProgress ?? goalProgressOf(plan, history, today);
  // Every KPI of one frequency shows the same periods.
  const periodsOf = new Map<Grain, CalendarPeriod[]>();
  const goalsOfKpi = new Map<string, { goal: string; status: GoalStatus }[]>();
  (plan.goals ?? []).forEach((goal, i) => {
    if (goal.kpi === undefined) return;
    const list = goalsOfKpi.get(goal.kpi) ?? [];
    list.push({ goal: goal.id, status: progress[i].status });
    goalsOfKpi.set(goal.kpi, list);
  });

  return (plan.kpis ?? []).map((kpi) => {
    const measurements = history.get(kpi.id) ?? [];
    const frequency = frequencyOf(kpi);
    const last = lastOnOrBefore(measurements, today);
    const due = measurementDue({ frequency, period: plan.plan.period, latest: measurements.at(-1)?.date ?? null, today });
    const goals = goalsOfKpi.get(kpi.id) ?? [];
    const grain = FREQUENCY_GRAIN[frequency];
    const periods = periodsOf.get(grain) ?? periodsEndingWith(today, grain, SPARKLINE_PERIODS);
    periodsOf.set(grain, periods);
    const values = new Map(
      kpiSeries(measurements, { grain, aggregation: aggregationOf(kpi), from: periods[0].start, to: today }).map((p) => [
        p.period,
        p.value,
      ]),
    );
    return {
      kpi: kpi.id,
      last: last && { date: last.date, value: last.value },
      nextDue: due.due,
      overdue: due.overdue,
      status: goals.length === 0 ? null : worst(goals.map((g) => g.status)),
      goals: goals.map((g) => g.goal),
      sparkline: periods.map((p) => ({ period: p.period, value: values.get(p.period) ?? null })),
    };
  });
}

function worst(statuses: readonly GoalStatus[]): GoalStatus {
  // A real status outranks "no data", which only means one goal starts later.
  return GOAL_STATUSES_WORST_FIRST.find((s) => statuses.includes(s)) ?? 'no_data';
}
