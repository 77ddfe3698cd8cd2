import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';
import { hasNumber, wordsOf } from '../health.text.js';

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

// A title with a number ("Increase visits to 60 000") says how much; one without leaves it to each reader.
export const goalVague = defineRule({
  id: 'goal-vague',
  step: 'goals',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: 'Vær konkret på målet.' },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) => {
      if (hasNumber(goal.title)) return undefined;
      const word = wordsOf(goal.title).find((w) => VAGUE_WORDS.has(w));
      return word ? { path: formatPath(['goals', i, 'title']), params: { goal: goal.title, word } } : undefined;
    }),
});
