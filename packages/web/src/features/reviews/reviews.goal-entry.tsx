import type { GoalProgress, GoalStatus, Kpi } from '@kurs/core';
import { GOAL_STATUSES_WORST_FIRST, TEXT_LIMITS } from '@kurs/core/browser';
import { Badge, Fieldset, Grid, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { Entity } from '../../shared/api/api.types';
import { useTextLimit } from '../../shared/ui/text-limit';
import { GoalProgressText } from '../goals/goals.progress';
import { GoalStatusBadge } from '../goals/goals.status';
import type { GoalEntryDraft } from './reviews.model';

/**
 * One goal in the quarterly review: the engine's reading (progress, forecast, status) beside
 * what the team records — the status it agrees on and the decision it takes.
 */
export function GoalEntry(props: {
  entry: GoalEntryDraft;
  goal: Entity<'goals'> | undefined;
  kpi: Kpi | undefined;
  progress: GoalProgress | undefined;
  previous: { decision: string; period: string } | undefined;
  depth: number;
  onChange: (entry: GoalEntryDraft) => void;
}) {
  const intl = useIntl();
  const limited = useTextLimit();
  const { entry, goal, progress } = props;
  const set = (change: Partial<GoalEntryDraft>) => props.onChange({ ...entry, ...change });
  const title = goal?.title ?? intl.formatMessage({ id: 'reviews.entry.removedGoal' }, { goal: entry.goal });

  return (
    <Fieldset
      legend={
        <Text span fw={650} size="sm">
          {title}
        </Text>
      }
      radius="md"
      data-review-goal={entry.goal}
      ml={{ base: Math.min(props.depth, 3) * 8, sm: Math.min(props.depth, 3) * 20 }}
    >
      <Stack gap="sm">
        <Group gap={6}>
          {goal && (
            <Badge variant="outline" color="gray" size="sm">
              {intl.formatMessage({ id: `goals.horizon.${goal.horizon}` })}
            </Badge>
          )}
          {progress && (
            <>
              <Text size="xs" c="dimmed">
                {intl.formatMessage({ id: 'reviews.entry.engineSays' })}
              </Text>
              <GoalStatusBadge status={progress.status} size="sm" />
            </>
          )}
        </Group>
        {progress && <GoalProgressText progress={progress} unit={props.kpi?.unit} />}
        {props.previous && (
          <Text size="xs" c="dimmed">
            {intl.formatMessage({ id: 'reviews.entry.previous' }, { period: props.previous.period, decision: props.previous.decision })}
          </Text>
        )}
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={intl.formatMessage({ id: 'reviews.entry.status' })}
              data={GOAL_STATUSES_WORST_FIRST.map((s) => ({ value: s, label: intl.formatMessage({ id: `goals.status.${s}` }) }))}
              value={entry.status}
              onChange={(value) => value && set({ status: value as GoalStatus })}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Textarea
              label={intl.formatMessage({ id: 'reviews.entry.decision' })}
              placeholder={intl.formatMessage({ id: 'reviews.entry.decisionPlaceholder' })}
              value={entry.decision}
              onChange={(e) => set({ decision: e.currentTarget.value })}
              {...limited(entry.decision, TEXT_LIMITS.text)}
              autosize
              minRows={1}
              maxRows={5}
            />
          </Grid.Col>
        </Grid>
        <TextInput
          label={intl.formatMessage({ id: 'reviews.entry.notes' })}
          value={entry.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          {...limited(entry.notes, TEXT_LIMITS.text)}
        />
      </Stack>
    </Fieldset>
  );
}
