import { Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconPencil } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { FindingBadges } from '../health/health.findings';
import { experimentLog, quarterOfReview } from './reviews.model';
import { useQuarterLabel } from './reviews.quarter';

/**
 * Every experiment of every review, newest first, read as the method's loop: hypothesis,
 * result, learning, next step ("Experiment. Fail. Learn. Repeat.").
 */
export function ExperimentLog(props: {
  reviews: Entity<'reviews'>[];
  goals: Entity<'goals'>[];
  kpis: Entity<'kpis'>[];
  /** For those who may change the reviews. */
  onEdit?: (reviewIndex: number) => void;
}) {
  const { onEdit } = props;
  const intl = useIntl();
  const format = useFormat();
  const quarterLabel = useQuarterLabel();
  const goalTitle = new Map(props.goals.map((g) => [g.id, g.title]));
  const kpiName = new Map(props.kpis.map((k) => [k.id, k.name]));
  const log = experimentLog(props.reviews);

  if (log.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'reviews.log.empty' })}
      </Text>
    );
  }
  return (
    <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {log.map(({ experiment, review, reviewIndex, experimentIndex }) => {
        const path = `reviews[${reviewIndex}].experiments[${experimentIndex}]`;
        const steps = [
          ['result', experiment.result],
          ['learning', experiment.learning],
          ['next', experiment.next],
        ] as const;
        return (
          <Paper component="li" key={path} withBorder radius="md" p="md" data-logged-experiment={experiment.hypothesis}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Badge variant="light" size="sm">
                    {quarterLabel(quarterOfReview(review))}
                  </Badge>
                  <FindingBadges path={path} />
                </Group>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  {intl.formatMessage({ id: 'reviews.experiment.hypothesis' })}
                </Text>
                <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                  {experiment.hypothesis}
                </Title>
                <Text size="xs" c="dimmed">
                  {[
                    experiment.goal && intl.formatMessage({ id: 'reviews.log.goal' }, { goal: goalTitle.get(experiment.goal) ?? experiment.goal }),
                    experiment.kpi && intl.formatMessage({ id: 'reviews.log.kpi' }, { kpi: kpiName.get(experiment.kpi) ?? experiment.kpi }),
                    format.span(experiment.start, experiment.end),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              {onEdit && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => onEdit(reviewIndex)}
                  style={{ flexShrink: 0 }}
                  aria-label={intl.formatMessage({ id: 'reviews.log.edit' }, { hypothesis: experiment.hypothesis })}
                >
                  {intl.formatMessage({ id: 'reviews.list.edit' })}
                </Button>
              )}
            </Group>
            <SimpleGrid type="container" cols={{ base: 1, '600px': 3 }} spacing="sm" mt="sm">
              {steps.map(([step, text], i) => (
                <Box key={step} p="sm" style={{ borderRadius: 'var(--mantine-radius-md)', background: 'var(--mantine-color-default-hover)' }}>
                  <Group gap={4} mb={4} wrap="nowrap">
                    {i > 0 && <IconArrowRight size={14} aria-hidden />}
                    <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                      {intl.formatMessage({ id: `reviews.experiment.${step}` })}
                    </Text>
                  </Group>
                  <Text size="sm" c={text ? undefined : 'dimmed'} fs={text ? undefined : 'italic'}>
                    {text ?? intl.formatMessage({ id: 'reviews.log.notYet' })}
                  </Text>
                </Box>
              ))}
            </SimpleGrid>
          </Paper>
        );
      })}
    </Stack>
  );
}
