import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { GuidancePanel } from '../guidance/guidance.panel';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from './steps.empty-state';
import type { StepId } from './steps.list';

/**
 * The frame of every step page: the step's title and purpose, its content (or, until it has
 * any, an empty state that explains the step), and beside it the method's guiding questions
 * (below it on a `wide` page, such as a timeline that needs the whole width).
 */
export function StepFrame(props: { step: StepId; wide?: boolean; children?: ReactNode }) {
  const { plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const title = intl.formatMessage({ id: `step.${props.step}.title` });
  useDocumentTitle(`${title} · ${plan.name} · Kurs`);

  return (
    <Stack gap="lg">
      <header>
        <Text size="sm" c="dimmed" fw={500}>
          {plan.name} · {format.period(plan.period)}
        </Text>
        <Title order={1} mt={4}>
          {title}
        </Title>
        <Text c="dimmed" mt="xs" maw={760}>
          {intl.formatMessage({ id: `step.${props.step}.lead` })}
        </Text>
      </header>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: props.wide ? 12 : 8 }}>
          {props.children ?? (
            <Paper withBorder radius="md" p="md">
              <StepEmptyState step={props.step} />
            </Paper>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: props.wide ? 12 : 4 }}>
          <GuidancePanel step={props.step} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
