import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const themesMissing = defineRule({
  id: 'themes-missing',
  step: 'themes',
  severity: 'warning',
  emptiesStep: true,
  seed: {
    file: SEEDS.danish,
    quote: 'Dette trin indebærer at identificere nye temaer i din aktivitetsplanlægning, som dit roadmap vil være baseret på.',
  },
  check: (ctx) => checkOnce(ctx.themes.length === 0 ? { path: 'themes', params: {} } : undefined),
});
