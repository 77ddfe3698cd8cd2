import type { GoalStatus } from '@kurs/core';
import { GOAL_STATUSES_WORST_FIRST } from '@kurs/core/browser';
import { ActionIcon, Badge, Box, Button, Collapse, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { DangerMenuItem } from '../../shared/ui/danger-menu-item';
import { FindingBadges, FindingsInline } from '../health/health.findings';
import { GoalStatusBadge } from '../goals/goals.status';
import { quarterOfReview, reviewsNewestFirst } from './reviews.model';
import { useQuarterLabel } from './reviews.quarter';

/**
 * The reviews held so far, newest first: each with its summary, the status recorded per goal
 * and its decisions; `actions` (edit, delete) for those who may change them.
 */
export function ReviewList(props: {
  reviews: Entity<'reviews'>[];
  goals: Entity<'goals'>[];
  highlight: string | null;
  actions?: { onEdit: (index: number) => void; onDelete: (review: Entity<'reviews'>) => void };
}) {
  const { actions } = props;
  const newest = reviewsNewestFirst(props.reviews)[0]?.review.id;
  return (
    <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {reviewsNewestFirst(props.reviews).map(({ review, index }) => (
        <li key={review.id}>
          <ReviewCard
            review={review}
            index={index}
            goals={props.goals}
            open={review.id === newest || review.id === props.highlight}
            highlighted={review.id === props.highlight}
            actions={actions && { onEdit: () => actions.onEdit(index), onDelete: () => actions.onDelete(review) }}
          />
        </li>
      ))}
    </Stack>
  );
}

function ReviewCard(props: {
  review: Entity<'reviews'>;
  index: number;
  goals: Entity<'goals'>[];
  open: boolean;
  highlighted: boolean;
  actions?: { onEdit: () => void; onDelete: () => void };
}) {
  const { review } = props;
  const intl = useIntl();
  const format = useFormat();
  const quarterLabel = useQuarterLabel();
  const [open, setOpen] = useState(props.open);
  const titleOf = new Map(props.goals.map((g) => [g.id, g.title]));
  const entries = review.goals ?? [];
  const counts = GOAL_STATUSES_WORST_FIRST.map((s) => [s, entries.filter((e) => e.status === s).length] as const).filter(([, n]) => n > 0);
  const quarter = quarterLabel(quarterOfReview(review));
  const titleId = `review-title-${review.id}`;

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      p="md"
      id={`review-${review.id}`}
      data-review={review.id}
      style={props.highlighted ? { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: 2 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} size="h4" id={titleId}>
              {intl.formatMessage({ id: 'reviews.list.title' }, { quarter })}
            </Title>
            <FindingBadges path={`reviews[${props.index}]`} />
          </Group>
          <Text size="sm" c="dimmed">
            {intl.formatMessage(
              { id: 'reviews.list.held' },
              { date: format.date(review.date), goals: entries.length, experiments: review.experiments?.length ?? 0 },
            )}
          </Text>
        </Stack>
        {props.actions && (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={intl.formatMessage({ id: 'reviews.list.actions' }, { quarter })}>
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={props.actions.onEdit}>
                {intl.formatMessage({ id: 'reviews.list.edit' })}
              </Menu.Item>
              <DangerMenuItem onClick={props.actions.onDelete}>{intl.formatMessage({ id: 'reviews.list.delete' })}</DangerMenuItem>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {review.summary && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-line' }}>
          {review.summary}
        </Text>
      )}
      {counts.length > 0 && (
        <Group gap={6} mt="sm">
          {counts.map(([status, n]) => (
            <Group key={status} gap={4} wrap="nowrap">
              <Text size="sm" fw={700}>
                {n}
              </Text>
              <GoalStatusBadge status={status as GoalStatus} size="sm" />
            </Group>
          ))}
        </Group>
      )}
      <FindingsInline path={`reviews[${props.index}]`} />
      {entries.length > 0 && (
        <Box mt="sm">
          <Button variant="subtle" size="compact-sm" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
            {intl.formatMessage({ id: open ? 'reviews.list.hideDecisions' : 'reviews.list.showDecisions' }, { count: entries.length })}
          </Button>
          <Collapse expanded={open}>
            <Stack gap="sm" mt="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
              {entries.map((entry) => (
                <li key={entry.goal}>
                  <Group gap={6} wrap="wrap" align="center">
                    {entry.status ? <GoalStatusBadge status={entry.status} size="sm" /> : <Badge size="sm" variant="outline" color="gray">–</Badge>}
                    <Text size="sm" fw={500}>
                      {titleOf.get(entry.goal) ?? entry.goal}
                    </Text>
                    {entry.progress !== undefined && (
                      <Text size="xs" c="dimmed">
                        {intl.formatMessage({ id: 'reviews.list.progress' }, { progress: format.percent(entry.progress) })}
                      </Text>
                    )}
                  </Group>
                  <Text size="sm" c={entry.decision ? undefined : 'dimmed'} mt={2}>
                    {entry.decision ?? intl.formatMessage({ id: 'reviews.list.noDecision' })}
                  </Text>
                  {entry.notes && (
                    <Text size="xs" c="dimmed">
                      {entry.notes}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          </Collapse>
        </Box>
      )}
    </Paper>
  );
}
