import type { Activity, Channel, FunnelStage, JourneyStep, Kpi } from '@kurs/core';
import { activityStages, FUNNEL_STAGES } from '@kurs/core/browser';

/* The funnel board and the journey's edits. */

export interface StageColumn<C, K, A> {
  channels: C[];
  kpis: K[];
  activities: A[];
}

/**
 * What works on each stage of the funnel: the channels (their `funnel`), the KPIs (their
 * `funnel_stage`), and the activities at the stages core's activityStages gives them (their
 * own and their KPIs'), the way the health check counts a stage as addressed.
 */
export function funnelBoard<
  C extends Pick<Channel, 'funnel'>,
  K extends Pick<Kpi, 'id' | 'funnel_stage'>,
  A extends Pick<Activity, 'funnel_stage' | 'kpis' | 'status'>,
>(channels: readonly C[], kpis: readonly K[], activities: readonly A[]): Record<FunnelStage, StageColumn<C, K, A>> {
  const board = Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, { channels: [], kpis: [], activities: [] }])) as unknown as Record<
    FunnelStage,
    StageColumn<C, K, A>
  >;
  for (const channel of channels) for (const stage of new Set(channel.funnel ?? [])) board[stage].channels.push(channel);
  const stageOfKpi = new Map<string, FunnelStage>();
  for (const kpi of kpis) {
    if (!kpi.funnel_stage) continue;
    board[kpi.funnel_stage].kpis.push(kpi);
    stageOfKpi.set(kpi.id, kpi.funnel_stage);
  }
  for (const activity of activities) {
    for (const stage of activityStages(activity, (id) => stageOfKpi.get(id))) board[stage].activities.push(activity);
  }
  return board;
}

/** A journey to start from: the four funnel stages, each with the present channels that work on it. */
export function journeyFromFunnel(channels: readonly Pick<Channel, 'id' | 'present' | 'funnel'>[]): JourneyStep[] {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    touchpoints: channels.filter((c) => c.present !== false && (c.funnel ?? []).includes(stage)).map((c) => c.id),
  }));
}

export function toggleTouchpoint(journey: readonly JourneyStep[], index: number, channel: string, on: boolean): JourneyStep[] {
  return journey.map((step, i) => {
    if (i !== index) return step;
    const rest = (step.touchpoints ?? []).filter((id) => id !== channel);
    return { ...step, touchpoints: on ? [...rest, channel] : rest };
  });
}

export function moveStage(journey: readonly JourneyStep[], index: number, by: -1 | 1): JourneyStep[] {
  const to = index + by;
  if (to < 0 || to >= journey.length) return [...journey];
  const next = [...journey];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The journey as the plan stores it: names trimmed, no empty touchpoint lists. */
export function cleanJourney(journey: readonly JourneyStep[]): JourneyStep[] {
  return journey.map(({ stage, touchpoints }) => ({ stage: stage.trim(), ...(touchpoints?.length ? { touchpoints } : {}) }));
}

/** Why a stage name cannot be saved: empty, or the same as another stage's. */
export function stageNameProblem(journey: readonly JourneyStep[], index: number): 'empty' | 'duplicate' | undefined {
  const name = journey[index]!.stage.trim().toLocaleLowerCase();
  if (!name) return 'empty';
  return journey.some((step, i) => i !== index && step.stage.trim().toLocaleLowerCase() === name) ? 'duplicate' : undefined;
}

/** A funnel stage's own name is shown in the reader's language; any other stage name as written. */
export function isFunnelStage(name: string): name is FunnelStage {
  return (FUNNEL_STAGES as readonly string[]).includes(name);
}

/** What a `?focus=` path points at on the strategy page. */
export type StrategyFocus = { kind: 'stage'; stage: FunnelStage } | { kind: 'journey' } | { kind: 'choices' };

export function strategyFocus(path: string | null): StrategyFocus | null {
  if (!path) return null;
  const stage = /^strategy\.funnel\.(\w+)/.exec(path)?.[1];
  if (stage && isFunnelStage(stage)) return { kind: 'stage', stage };
  if (/^strategy\.journey\b/.test(path)) return { kind: 'journey' };
  if (/^strategy(\.|$)/.test(path)) return { kind: 'choices' };
  return null;
}
