import type { Goal, Kpi } from '../../plan/plan.schema.js';
import { formatPath } from '../../shared/errors.js';
import type { HealthContext } from '../health.context.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';
import { wordsOf } from '../health.text.js';

/** Vanity metrics by name, in English, Norwegian, Swedish and Danish. */
const VANITY_WORDS = new Set([
  'likes', 'followers', 'fans', 'impressions', 'pageviews', 'retweets',
  'likerklikk', 'følgere', 'visninger', 'sidevisninger', 'rekkevidde', 'eksponeringer',
  'gillamarkeringar', 'följare', 'visningar', 'sidvisningar', 'räckvidd', 'exponeringar', 'delningar',
  'rækkevidde',
]);
/** Everyday words that are vanity metrics only as the name of a KPI, not inside a definition. */
const NAME_ONLY_WORDS = new Set(['reach', 'views', 'shares', 'liker', 'delinger']);
const VANITY_PHRASES = ['page views', 'gilla markeringar', 'synes godt om'];
/** Compound words end in the metric: "instagramfølgere", "produktvisningar". */
const VANITY_SUFFIXES = ['followers', 'følgere', 'följare', 'visninger', 'visningar', 'impressions', 'rekkevidde', 'räckvidd', 'rækkevidde'];

function vanityTerm(text: string, nameOnly: boolean): string | undefined {
  const words = wordsOf(text);
  const joined = ` ${words.join(' ')} `;
  return (
    VANITY_PHRASES.find((phrase) => joined.includes(` ${phrase} `)) ??
    words.find(
      (w) =>
        VANITY_WORDS.has(w) ||
        (nameOnly && NAME_ONLY_WORDS.has(w)) ||
        VANITY_SUFFIXES.some((suffix) => w.length > suffix.length && w.endsWith(suffix)),
    )
  );
}

function isConversionKpi(kpi: Kpi | undefined): boolean {
  return kpi?.conversion === true || kpi?.funnel_stage === 'convert' || kpi?.funnel_stage === 'retain';
}

/**
 * A goal serves a conversion when it, or a goal above it, is measured by a conversion KPI or
 * is linked to revenue or market share: followers as a sub-goal of "sell 120 000 books" are fine.
 */
function conversionTies(ctx: HealthContext): (goal: Goal) => boolean {
  const memo = new Map<string, boolean>();
  const ties = (goal: Goal, seen: Set<string>): boolean => {
    const known = memo.get(goal.id);
    if (known !== undefined) return known;
    if (seen.has(goal.id)) return false;
    seen.add(goal.id);
    const parent = goal.parent ? ctx.goalById.get(goal.parent) : undefined;
    const result =
      goal.business_link === 'revenue' ||
      goal.business_link === 'market_share' ||
      isConversionKpi(goal.kpi ? ctx.kpiById.get(goal.kpi) : undefined) ||
      (parent !== undefined && ties(parent, seen));
    memo.set(goal.id, result);
    return result;
  };
  return (goal) => ties(goal, new Set());
}

export const kpiVanity = defineRule({
  id: 'kpi-vanity',
  step: 'kpis',
  severity: 'warning',
  seed: {
    file: SEEDS.swedish,
    quote:
      'Om du istället börjar med det senaste verktyget eller trenden är det lätt att tappa riktning – du småduttar och vilseleds av ”vanity metrics”, istället för att styra mot uppsatta mål.',
  },
  check: (ctx) => {
    const tied = conversionTies(ctx);
    return checkEach(ctx.kpis, always, (kpi, i) => {
      if (kpi.conversion === true) return undefined;
      const vanity = vanityTerm(kpi.name, true) ?? vanityTerm(kpi.definition ?? '', false);
      if (!vanity || (ctx.goalsByKpi.get(kpi.id) ?? []).some(tied)) return undefined;
      // The name is the metric: "Followers measures followers" would say it twice.
      return { path: formatPath(['kpis', i]), params: { kpi: kpi.name } };
    });
  },
});
