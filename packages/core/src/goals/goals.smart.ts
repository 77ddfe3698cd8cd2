import type { Goal, Period } from '../plan/plan.schema.js';
import { addMonths, maxDate, type IsoDate } from '../shared/dates.js';
import { hasNumber, wordsOf } from '../health/health.text.js';

/*
 * Two of the tests a SMART goal passes, shared by the health check's goal rules and the goal
 * form's live checklist in the browser, so that both judge a goal alike.
 */

/** Words that name a direction but no amount, in English, Norwegian, Swedish and Danish. */
const VAGUE_WORDS = new Set([
  // en
  'improve', 'improved', 'improving', 'improvement', 'increase', 'increased', 'increasing', 'more', 'better',
  'boost', 'grow', 'growing', 'growth', 'enhance', 'optimise', 'optimize', 'maximise', 'maximize', 'strengthen',
  'higher', 'lower', 'reduce', 'decrease', 'fewer', 'less',
  // nb
  'bedre', 'forbedre', 'forbedret', 'forbedring', 'flere', 'mer', 'mere', 'øke', 'økt', 'økning', 'styrke',
  'styrket', 'optimalisere', 'maksimere', 'høyere', 'lavere', 'redusere', 'redusert', 'mindre', 'færre', 'vekst',
  // sv
  'bättre', 'förbättra', 'förbättrad', 'förbättring', 'fler', 'flera', 'mera', 'öka', 'ökad', 'ökat', 'ökning',
  'stärka', 'stärkt', 'optimera', 'maximera', 'högre', 'lägre', 'minska', 'minskad', 'minskning', 'färre', 'tillväxt',
  // da
  'øge', 'øget', 'øgning', 'optimere', 'højere', 'reducere', 'reduceret', 'vækst',
]);

/**
 * The word that makes a goal's title vague ("Improve the webshop"): one that names a
 * direction but no amount, in a title without a number. A number ("Increase visits to
 * 60 000") says how much; a title without one leaves it to each reader.
 */
export function vagueWordOf(title: string): string | undefined {
  if (hasNumber(title)) return undefined;
  return wordsOf(title).find((word) => VAGUE_WORDS.has(word));
}

/** The seed's long horizon is two to five years. */
const LONG_HORIZON_MONTHS = 60;

/**
 * When a goal's target date may fall: quarter and year goals inside the plan period; a
 * long-term goal may end after it (that is what long term means), but within five years of
 * the plan's start.
 */
export function targetWindow(horizon: Goal['horizon'], period: Period): { from: IsoDate; to: IsoDate } {
  const { start, end } = period;
  if (horizon !== 'long') return { from: start, to: end };
  return { from: start, to: maxDate(end, addMonths(start, LONG_HORIZON_MONTHS)) };
}
