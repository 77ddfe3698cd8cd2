import { activitiesFarAhead } from './rules/activities-far-ahead.rule.js';
import { activitiesMissing } from './rules/activities-missing.rule.js';
import { activityDependencyOrder } from './rules/activity-dependency-order.rule.js';
import { activityNoEstimate } from './rules/activity-no-estimate.rule.js';
import { activityNoGoal } from './rules/activity-no-goal.rule.js';
import { activityNoOwner } from './rules/activity-no-owner.rule.js';
import { activityNoTheme } from './rules/activity-no-theme.rule.js';
import { activityNoValueEffort } from './rules/activity-no-value-effort.rule.js';
import { activityUndated } from './rules/activity-undated.rule.js';
import { channelNoFunnel } from './rules/channel-no-funnel.rule.js';
import { channelNoGoal } from './rules/channel-no-goal.rule.js';
import { channelSilo } from './rules/channel-silo.rule.js';
import { experimentIncomplete } from './rules/experiment-incomplete.rule.js';
import { funnelStageUncovered } from './rules/funnel-stage-uncovered.rule.js';
import { funnelStageUnmeasured } from './rules/funnel-stage-unmeasured.rule.js';
import { goalLongNoSubgoal } from './rules/goal-long-no-subgoal.rule.js';
import { goalNoBaseline } from './rules/goal-no-baseline.rule.js';
import { goalNoBusinessLink } from './rules/goal-no-business-link.rule.js';
import { goalNoKpi } from './rules/goal-no-kpi.rule.js';
import { goalNoOwner } from './rules/goal-no-owner.rule.js';
import { goalNoTarget } from './rules/goal-no-target.rule.js';
import { goalNoTargetDate } from './rules/goal-no-target-date.rule.js';
import { goalSubgoalAfterParent } from './rules/goal-subgoal-after-parent.rule.js';
import { goalTargetOutsidePeriod } from './rules/goal-target-outside-period.rule.js';
import { goalTargetPassed } from './rules/goal-target-passed.rule.js';
import { goalVague } from './rules/goal-vague.rule.js';
import { goalsHorizonMissing } from './rules/goals-horizon-missing.rule.js';
import { goalsMissing } from './rules/goals-missing.rule.js';
import { goalsTooFew } from './rules/goals-too-few.rule.js';
import { goalsTooMany } from './rules/goals-too-many.rule.js';
import { kpiMeasurementOverdue } from './rules/kpi-measurement-overdue.rule.js';
import { kpiNoDefinition } from './rules/kpi-no-definition.rule.js';
import { kpiNoFrequency } from './rules/kpi-no-frequency.rule.js';
import { kpiNoMeasurements } from './rules/kpi-no-measurements.rule.js';
import { kpiNoOwner } from './rules/kpi-no-owner.rule.js';
import { kpiNoUnit } from './rules/kpi-no-unit.rule.js';
import { kpiUnused } from './rules/kpi-unused.rule.js';
import { kpiVanity } from './rules/kpi-vanity.rule.js';
import { kpisMissing } from './rules/kpis-missing.rule.js';
import { maintenanceReserveMissing } from './rules/maintenance-reserve-missing.rule.js';
import { reviewOverdue } from './rules/review-overdue.rule.js';
import { reviewQuarterRepeated } from './rules/review-quarter-repeated.rule.js';
import { roadmapEmpty } from './rules/roadmap-empty.rule.js';
import { roadmapNoMilestones } from './rules/roadmap-no-milestones.rule.js';
import { reviewsMissing } from './rules/reviews-missing.rule.js';
import { situationNoAudiences } from './rules/situation-no-audiences.rule.js';
import { situationNoCampaigns } from './rules/situation-no-campaigns.rule.js';
import { situationNoChannels } from './rules/situation-no-channels.rule.js';
import { situationNoCompetitors } from './rules/situation-no-competitors.rule.js';
import { situationNoSearch } from './rules/situation-no-search.rule.js';
import { situationNoSocial } from './rules/situation-no-social.rule.js';
import { situationNoUsp } from './rules/situation-no-usp.rule.js';
import { situationNoWebsite } from './rules/situation-no-website.rule.js';
import { strategyMissing } from './rules/strategy-missing.rule.js';
import { strategyNoJourney } from './rules/strategy-no-journey.rule.js';
import { templateDrafts } from './rules/template-drafts.rule.js';
import { themeNoBudget } from './rules/theme-no-budget.rule.js';
import { themeOverBudget } from './rules/theme-over-budget.rule.js';
import { themesMissing } from './rules/themes-missing.rule.js';
import type { HealthRule } from './health.rule.js';
import type { HealthRuleInfo } from './health.types.js';

/** Every rule of the health check, in the order of the process steps; findings keep this order. */
export const rules = [
  situationNoAudiences,
  situationNoCompetitors,
  situationNoUsp,
  situationNoChannels,
  situationNoWebsite,
  situationNoSocial,
  situationNoSearch,
  situationNoCampaigns,
  channelNoGoal,
  channelNoFunnel,
  channelSilo,
  templateDrafts,
  goalsMissing,
  goalNoKpi,
  goalNoBaseline,
  goalNoTarget,
  goalNoTargetDate,
  goalTargetOutsidePeriod,
  goalTargetPassed,
  goalVague,
  goalNoBusinessLink,
  goalNoOwner,
  goalsHorizonMissing,
  goalsTooFew,
  goalsTooMany,
  goalSubgoalAfterParent,
  goalLongNoSubgoal,
  kpisMissing,
  kpiNoOwner,
  kpiNoFrequency,
  kpiNoDefinition,
  kpiNoUnit,
  kpiVanity,
  kpiUnused,
  kpiNoMeasurements,
  kpiMeasurementOverdue,
  strategyMissing,
  funnelStageUncovered,
  funnelStageUnmeasured,
  strategyNoJourney,
  activitiesMissing,
  activityNoGoal,
  activityNoOwner,
  activityNoEstimate,
  activityNoValueEffort,
  activitiesFarAhead,
  activityDependencyOrder,
  themesMissing,
  themeNoBudget,
  maintenanceReserveMissing,
  themeOverBudget,
  activityNoTheme,
  roadmapEmpty,
  roadmapNoMilestones,
  activityUndated,
  reviewsMissing,
  reviewOverdue,
  reviewQuarterRepeated,
  experimentIncomplete,
] as const satisfies readonly HealthRule[];

export type HealthRuleId = (typeof rules)[number]['id'];

/** The rule catalogue as the web app and the docs list it. */
export const healthRules: readonly HealthRuleInfo[] = rules.map(({ id, step, severity, seed, emptiesStep }) => ({
  id,
  step,
  severity,
  seed,
  emptiesStep,
}));
