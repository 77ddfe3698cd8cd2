import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

// Only once channels are mapped at all; an empty map is situation-no-channels.
export const situationNoWebsite = defineRule({
  id: 'situation-no-website',
  step: 'situation',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: 'Hvem besøker nettsidene dine i dag?' },
  check: (ctx) =>
    checkOnce(
      ctx.channels.length > 0 && !ctx.channels.some((c) => c.type === 'website')
        ? { path: 'situation.channels', params: {} }
        : undefined,
    ),
});
