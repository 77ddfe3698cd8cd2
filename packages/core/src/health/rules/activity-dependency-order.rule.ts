import { formatPath } from '../../shared/errors.js';
import { isOpenActivity } from '../../activities/activities.facts.js';
import { SEEDS, date, defineRule, type Hit } from '../health.rule.js';

export const activityDependencyOrder = defineRule({
  id: 'activity-dependency-order',
  step: 'activities',
  severity: 'warning',
  seed: { file: SEEDS.swedish, quote: 'Vilka aktiveter ska du utföra? När?' },
  check: (ctx) => {
    const hits: Hit[] = [];
    let checked = 0;
    ctx.activities.forEach((activity, i) => {
      const start = activity.start;
      if (!isOpenActivity(activity) || !start || (activity.depends_on ?? []).length === 0) return;
      checked += 1;
      activity.depends_on?.forEach((id, j) => {
        const before = ctx.activityById.get(id);
        if (!before || before.status === 'dropped' || !before.end || before.end <= start) return;
        hits.push({
          path: formatPath(['activities', i, 'depends_on', j]),
          params: { activity: activity.title, start: date(start), dependency: before.title, end: date(before.end) },
        });
      });
    });
    return { checked, hits };
  },
});
