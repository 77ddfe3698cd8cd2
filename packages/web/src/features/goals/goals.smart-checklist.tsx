import type { Period } from '@kurs/core';
import { List, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { smartChecklist, type SmartDraft, type SmartGap } from './goals.smart';

/** The goal being typed, judged letter by letter against SMART while the user types. */
export function SmartChecklist(props: { draft: SmartDraft; period: Period }) {
  const intl = useIntl();
  const format = useFormat();
  const headingId = useId();
  const checks = smartChecklist(props.draft, props.period);
  const met = checks.filter((c) => c.gaps.length === 0).length;
  const gapText = (gap: SmartGap) =>
    gap.kind === 'outsidePeriod'
      ? intl.formatMessage({ id: 'goals.smart.gap.outsidePeriod' }, { from: format.date(gap.from), to: format.date(gap.to) })
      : gap.kind === 'vague'
        ? intl.formatMessage({ id: 'goals.smart.gap.vague' }, { word: gap.word })
        : intl.formatMessage({ id: `goals.smart.gap.${gap.kind}` });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} data-testid="smart-checklist">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {intl.formatMessage({ id: 'goals.smart.title' })}
          </Title>
          {/* Announced when the count changes, not at every keystroke. */}
          <Text size="xs" c="dimmed" aria-live="polite">
            {intl.formatMessage({ id: 'goals.smart.summary' }, { met, total: checks.length })}
          </Text>
        </div>
        <List spacing="xs" listStyleType="none" m={0} p={0}>
          {checks.map((check) => {
            const ok = check.gaps.length === 0;
            return (
              <List.Item
                key={check.criterion}
                data-criterion={check.criterion}
                data-met={ok}
                icon={
                  <ThemeIcon size={22} radius="xl" variant={ok ? 'filled' : 'light'} color={ok ? 'teal' : 'gray'} aria-hidden>
                    {ok ? <IconCheck size={14} stroke={3} /> : <IconCircleDashed size={14} />}
                  </ThemeIcon>
                }
              >
                <Text size="sm" fw={600}>
                  {intl.formatMessage({ id: `goals.smart.${check.criterion}` })}
                  <VisuallyHidden>: {intl.formatMessage({ id: ok ? 'goals.smart.met' : 'goals.smart.notMet' })}</VisuallyHidden>
                </Text>
                <Text size="xs" c="dimmed">
                  {ok ? intl.formatMessage({ id: `goals.smart.ok.${check.criterion}` }) : check.gaps.map(gapText).join(' ')}
                </Text>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
