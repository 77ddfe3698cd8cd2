import type { HealthContext } from '../health.context.js';
import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

/** Whether any activity not dropped has a date, and so a place on the timeline. */
export function hasDatedWork(ctx: HealthContext): boolean {
  return ctx.activities.some((a) => a.status !== 'dropped' && (a.start !== undefined || a.end !== undefined));
}

// A timeline with no milestones at all is roadmap-empty.
export const roadmapNoMilestones = defineRule({
  id: 'roadmap-no-milestones',
  step: 'roadmap',
  severity: 'info',
  seed: {
    file: SEEDS.danish,
    quote:
      'Ved at plotte dine temaer og vigtige milepæle ind på en tidslinje, får du et bedre overblik og kan derfor bedre kommunikere dine planer videre.',
  },
  check: (ctx) =>
    checkOnce(ctx.milestones.length === 0 && hasDatedWork(ctx) ? { path: 'milestones', params: {} } : undefined),
});
