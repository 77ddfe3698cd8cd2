import { formatPath } from '../../shared/errors.js';
import { isPresent } from '../health.context.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

export const channelNoFunnel = defineRule({
  id: 'channel-no-funnel',
  step: 'situation',
  severity: 'warning',
  seed: {
    file: SEEDS.swedish,
    quote:
      'För digital marknadsföring måste du ha en strategi för hur du ska nå kunder och prospekt, hur du ska få dem engagerade, att konvertera och att bli lojala kunder som återkommer.',
  },
  check: (ctx) =>
    checkEach(ctx.channels, isPresent, (channel, i) =>
      (channel.funnel ?? []).length === 0
        ? { path: formatPath(['situation', 'channels', i, 'funnel']), params: { channel: channel.name } }
        : undefined,
    ),
});
