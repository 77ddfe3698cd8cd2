import type { Goal, Period } from '@kurs/core';

/*
 * The live SMART checklist of the goal form. It mirrors the health check's goal rules
 * (packages/core/src/health/rules/goal-*.rule.ts, docs/health-rules.md) on a goal being typed,
 * because the browser does not load core's code; goals.smart.test.ts holds the two in line.
 * The saved goal's real findings come from the health check itself.
 */

export const SMART_CRITERIA = ['specific', 'measurable', 'attainable', 'realistic', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

/** Why a criterion is not met; each names what the user has to add or change. */
export type SmartGap =
  | { kind: 'noTitle' }
  | { kind: 'vague'; word: string }
  | { kind: 'noKpi' }
  | { kind: 'noTarget' }
  | { kind: 'noOwner' }
  | { kind: 'noBaseline' }
  | { kind: 'noTargetDate' }
  | { kind: 'outsidePeriod'; from: string; to: string };

export interface SmartCheck {
  criterion: SmartCriterion;
  /** Empty when the criterion is met. */
  gaps: SmartGap[];
}

/** Words that name a direction but no amount (the rule goal-vague's list, in en, nb, sv and da). */
const VAGUE_WORDS = new Set([
  'improve', 'improved', 'improving', 'improvement', 'increase', 'increased', 'increasing', 'more', 'better',
  'boost', 'grow', 'growing', 'growth', 'enhance', 'optimise', 'optimize', 'maximise', 'maximize', 'strengthen',
  'higher', 'lower', 'reduce', 'decrease', 'fewer', 'less',
  'bedre', 'forbedre', 'forbedret', 'forbedring', 'flere', 'mer', 'mere', 'øke', 'økt', 'økning', 'styrke',
  'styrket', 'optimalisere', 'maksimere', 'høyere', 'lavere', 'redusere', 'redusert', 'mindre', 'færre', 'vekst',
  'bättre', 'förbättra', 'förbättrad', 'förbättring', 'fler', 'flera', 'mera', 'öka', 'ökad', 'ökat', 'ökning',
  'stärka', 'stärkt', 'optimera', 'maximera', 'högre', 'lägre', 'minska', 'minskad', 'minskning', 'färre', 'tillväxt',
  'øge', 'øget', 'øgning', 'optimere', 'højere', 'reducere', 'reduceret', 'vækst',
]);

/** The seed's long horizon is two to five years: a long-term goal may end up to five years after the plan starts. */
const LONG_HORIZON_YEARS = 5;

/** The goal as typed so far: only what the checklist reads. */
export type SmartDraft = Pick<Goal, 'title' | 'horizon' | 'kpi' | 'owner' | 'baseline' | 'target'>;

export function smartChecklist(goal: SmartDraft, period: Period): SmartCheck[] {
  const check = (criterion: SmartCriterion, ...gaps: (SmartGap | false)[]): SmartCheck => ({
    criterion,
    gaps: gaps.filter((gap): gap is SmartGap => gap !== false),
  });
  const window = targetWindow(goal.horizon, period);
  const date = goal.target?.date;
  const vagueWord = /\p{N}/u.test(goal.title) ? undefined : wordsOf(goal.title).find((w) => VAGUE_WORDS.has(w));
  return [
    check('specific', !goal.title.trim() && { kind: 'noTitle' }, vagueWord !== undefined && { kind: 'vague', word: vagueWord }),
    check('measurable', !goal.kpi && { kind: 'noKpi' }, goal.target?.value === undefined && { kind: 'noTarget' }),
    check('attainable', !goal.owner?.trim() && { kind: 'noOwner' }),
    check('realistic', goal.baseline?.value === undefined && { kind: 'noBaseline' }),
    check(
      'timeBound',
      !date && { kind: 'noTargetDate' },
      !!date && (date < window.from || date > window.to) && { kind: 'outsidePeriod', ...window },
    ),
  ];
}

/** Quarter and year goals end inside the plan period; a long-term goal within five years of its start. */
export function targetWindow(horizon: Goal['horizon'], period: Period): { from: string; to: string } {
  if (horizon !== 'long') return { from: period.start, to: period.end };
  const [y, m, d] = period.start.split('-').map(Number) as [number, number, number];
  // 29 February has no match five years later: the last day of that February stands in.
  const lastDay = new Date(Date.UTC(y + LONG_HORIZON_YEARS, m, 0)).getUTCDate();
  const later = `${y + LONG_HORIZON_YEARS}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return { from: period.start, to: later > period.end ? later : period.end };
}

/** Lower-case words; hyphens and punctuation split words, as in the health check. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
