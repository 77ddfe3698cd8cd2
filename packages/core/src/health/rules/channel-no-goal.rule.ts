import { formatPath } from '../../shared/errors.js';
import { isPresent } from '../health.context.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

export const channelNoGoal = defineRule({
  id: 'channel-no-goal',
  step: 'situation',
  severity: 'warning',
  seed: {
    file: SEEDS.english,
    quote: 'Set up goals, objectives and key challenges for each channel (website, social networks, mobile devices, CRM, ERP, etc.)',
  },
  check: (ctx) =>
    checkEach(ctx.channels, isPresent, (channel, i) =>
      !channel.goal?.trim()
        ? { path: formatPath(['situation', 'channels', i, 'goal']), params: { channel: channel.name } }
        : undefined,
    ),
});
