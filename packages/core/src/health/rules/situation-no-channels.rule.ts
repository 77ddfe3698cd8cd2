import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const situationNoChannels = defineRule({
  id: 'situation-no-channels',
  step: 'situation',
  severity: 'warning',
  seed: {
    file: SEEDS.english,
    quote:
      "Analyze available to the company's external and internal digital tools and channels, as well as the available tools, but not used yet.",
  },
  check: (ctx) => checkOnce(ctx.channels.length === 0 ? { path: 'situation.channels', params: {} } : undefined),
});
