import { formatPath } from '../../shared/errors.js';
import { isPresent } from '../health.context.js';
import { SEEDS, checkEach, defineRule, term } from '../health.rule.js';

// A channel that only ever does one job stands alone: nothing hands its people on to the next stage.
export const channelSilo = defineRule({
  id: 'channel-silo',
  step: 'situation',
  severity: 'info',
  seed: {
    file: SEEDS.swedishWsi,
    quote: 'Släpp silotänkandet och se de olika insatserna som olika steg i samma riktning.',
  },
  check: (ctx) =>
    checkEach(
      ctx.channels,
      (channel) => isPresent(channel) && (channel.funnel ?? []).length > 0,
      (channel, i) => {
        const stages = new Set(channel.funnel);
        if (stages.size !== 1) return undefined;
        const [stage] = stages;
        return {
          path: formatPath(['situation', 'channels', i, 'funnel']),
          params: { channel: channel.name, stage: term('stage', stage) },
        };
      },
    ),
});
