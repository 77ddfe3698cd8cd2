import { formatPath, type PathSegment } from '../../shared/errors.js';
import type { Step } from '../health.types.js';
import { SEEDS, defineRule, term, type Hit } from '../health.rule.js';

/** What a template marks as a draft, by the term that names it and the step that edits it. */
export type DraftKind = 'audience' | 'competitor' | 'channel' | 'goal' | 'kpi' | 'theme' | 'activity' | 'milestone';

interface DraftList {
  kind: DraftKind;
  step: Step;
  at: PathSegment[];
  items: readonly { draft?: boolean; name?: string; title?: string }[];
}

// One rule for every step: a finding names the step that edits its item, so that its fix link leads there.
export const templateDrafts = defineRule({
  id: 'template-drafts',
  step: 'situation',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Din køreplan skal være fleksibel og nem at opdatere, så den passer til din virksomheds skiftende behov og mål.',
  },
  check: (ctx) => {
    const lists: DraftList[] = [
      { kind: 'audience', step: 'situation', at: ['situation', 'audiences'], items: ctx.situation.audiences ?? [] },
      { kind: 'competitor', step: 'situation', at: ['situation', 'competitors'], items: ctx.situation.competitors ?? [] },
      { kind: 'channel', step: 'situation', at: ['situation', 'channels'], items: ctx.channels },
      { kind: 'goal', step: 'goals', at: ['goals'], items: ctx.goals },
      { kind: 'kpi', step: 'kpis', at: ['kpis'], items: ctx.kpis },
      { kind: 'theme', step: 'themes', at: ['themes'], items: ctx.themes },
      { kind: 'activity', step: 'activities', at: ['activities'], items: ctx.activities },
      { kind: 'milestone', step: 'roadmap', at: ['milestones'], items: ctx.milestones },
    ];
    const hits: Hit[] = [];
    let checked = 0;
    for (const { kind, step, at, items } of lists) {
      checked += items.length;
      items.forEach((item, i) => {
        if (item.draft === true) {
          hits.push({ path: formatPath([...at, i]), step, params: { item: term('draft', kind), name: item.name ?? item.title ?? '' } });
        }
      });
    }
    for (const hit of hits) hit.params.count = hits.length;
    return { checked, hits };
  },
});
