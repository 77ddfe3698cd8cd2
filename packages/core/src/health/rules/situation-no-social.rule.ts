import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

// A social channel the company is not on (present: false) counts: the seed asks where the audience is.
export const situationNoSocial = defineRule({
  id: 'situation-no-social',
  step: 'situation',
  severity: 'info',
  seed: { file: SEEDS.norwegian, quote: 'Er målgruppen din aktiv i en kanal der du ikke er tilstede?' },
  check: (ctx) =>
    checkOnce(
      ctx.channels.length > 0 && !ctx.channels.some((c) => c.type === 'social')
        ? { path: 'situation.channels', params: {} }
        : undefined,
    ),
});
