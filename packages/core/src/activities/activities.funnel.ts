import type { Activity, FunnelStage } from '../plan/plan.schema.js';

/**
 * The funnel stages an activity works on: its own stage, and the stages of the KPIs it moves
 * (so one without a stage of its own still counts where its KPIs are); none once dropped.
 * The health check counts a stage as addressed by this, and the strategy's funnel board shows it.
 */
export function activityStages(
  activity: Pick<Activity, 'status' | 'funnel_stage' | 'kpis'>,
  stageOfKpi: (id: string) => FunnelStage | undefined,
): Set<FunnelStage> {
  const stages = new Set<FunnelStage>();
  if (activity.status === 'dropped') return stages;
  if (activity.funnel_stage) stages.add(activity.funnel_stage);
  for (const id of activity.kpis ?? []) {
    const stage = stageOfKpi(id);
    if (stage) stages.add(stage);
  }
  return stages;
}
