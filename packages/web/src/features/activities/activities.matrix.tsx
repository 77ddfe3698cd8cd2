import type { EisenhowerQuadrant, Level } from '@kurs/core';
import { isOpenActivity, LEVELS } from '@kurs/core/browser';
import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { Entity } from '../../shared/api/api.types';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { usePlanContext } from '../plans/plan.context';
import { matrixMove, type MatrixPlace } from './activities.board';
import { BoardCard, dropTargetAt } from './activities.board-card';
import classes from './activities.board.module.css';
import { useBoardSave } from './activities.board-save';
import { LEVEL_MESSAGES } from './activities.labels';
import { usePriorities } from './activities.queries';
import { QUADRANT_MESSAGES } from './activities.reasons';

const QUADRANT_COLORS: Record<EisenhowerQuadrant, string> = {
  do: 'var(--mantine-color-red-7)',
  schedule: 'var(--mantine-color-blue-7)',
  delegate: 'var(--mantine-color-orange-7)',
  eliminate: 'var(--mantine-color-gray-6)',
};

type Activity = Entity<'activities'>;

/**
 * The urgency × importance matrix of the open activities. Moving a card sets the activity's
 * urgency and importance; the engine then says which quadrant it is in.
 */
export function PriorityMatrix(props: { activities: Activity[]; onOpen: (id: string) => void }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const board = useBoardSave(ws, plan.id);
  const priorities = usePriorities(ws, plan.id, 'value_effort');
  const quadrants = useMemo(() => new Map(priorities.data?.map((p) => [p.id, p.scores.quadrant])), [priorities.data]);

  const open = props.activities.filter(isOpenActivity);
  const unrated = open.filter((a) => a.urgency === undefined || a.importance === undefined);
  const level = (l: Level) => intl.formatMessage({ id: LEVEL_MESSAGES[l] });
  const placeText = (p: MatrixPlace) => intl.formatMessage({ id: 'activities.matrix.place' }, { urgency: level(p.urgency), importance: level(p.importance) });

  const move = (activity: Activity, to: MatrixPlace | null) => {
    if (!to || (to.urgency === activity.urgency && to.importance === activity.importance)) return;
    void board.save(activity, to, intl.formatMessage({ id: 'activities.board.saved' }, { title: activity.title, place: placeText(to) }));
  };

  const card = (activity: Activity) => {
    const quadrant = quadrants.get(activity.id) ?? null;
    const where = activity.urgency && activity.importance ? placeText({ urgency: activity.urgency, importance: activity.importance }) : intl.formatMessage({ id: 'activities.matrix.unrated' });
    const quadrantText = quadrant ? intl.formatMessage({ id: QUADRANT_MESSAGES[quadrant] }) : null;
    return (
      <BoardCard
        key={activity.id}
        id={activity.id}
        description={where}
        color={quadrant ? QUADRANT_COLORS[quadrant] : undefined}
        busy={board.pendingId === activity.id}
        movable={board.canMove}
        onKeyMove={(key) => move(activity, matrixMove(key, activity))}
        onDrop={(x, y) => {
          const cell = dropTargetAt(x, y, 'data-urgency');
          if (cell) move(activity, { urgency: cell.dataset.urgency as Level, importance: cell.dataset.importance as Level });
        }}
        onOpen={() => props.onOpen(activity.id)}
        onFocusChange={board.setFocusId}
      >
        <Text component="span" size="xs" fw={600} lineClamp={2}>
          {activity.title}
        </Text>
        {quadrantText && (
          <Text component="span" size="xs" c="dimmed" lineClamp={1}>
            <VisuallyHidden>. </VisuallyHidden>
            {quadrantText}
          </Text>
        )}
      </BoardCard>
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: board.canMove ? 'activities.board.howTo' : 'activities.board.readOnly' })}
      </Text>
      {board.conflict && <ConflictAlert onReload={() => void board.reload()} />}
      {board.error && <ErrorAlert error={board.error} />}
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="xs" fw={600}>
          {intl.formatMessage({ id: 'activities.matrix.importanceAxis' })}
        </Text>
        <Text size="xs" fw={600}>
          {intl.formatMessage({ id: 'activities.matrix.urgencyAxis' })}
        </Text>
      </Group>
      <div className={classes.matrix}>
        <div />
        {LEVELS.map((urgency) => (
          <Text key={urgency} className={classes.axisLabel}>
            {level(urgency)}
          </Text>
        ))}
        {[...LEVELS].reverse().map((importance) => (
          <Fragment key={importance}>
            <Text className={classes.axisLabel} style={{ alignSelf: 'center' }}>
              {level(importance)}
            </Text>
            {LEVELS.map((urgency) => (
              <div
                key={urgency}
                className={classes.cell}
                data-urgency={urgency}
                data-importance={importance}
                role="group"
                aria-label={placeText({ urgency, importance })}
              >
                <Stack gap={4}>{open.filter((a) => a.urgency === urgency && a.importance === importance).map(card)}</Stack>
              </div>
            ))}
          </Fragment>
        ))}
      </div>
      {unrated.length > 0 && (
        <Paper withBorder p="sm" radius="md">
          <Title order={2} size="h5" mb={4}>
            {intl.formatMessage({ id: 'activities.matrix.unratedTitle' }, { count: unrated.length })}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {intl.formatMessage({ id: 'activities.matrix.unratedHint' })}
          </Text>
          <Stack gap={4}>{unrated.map(card)}</Stack>
        </Paper>
      )}
      <VisuallyHidden role="status">{board.announcement}</VisuallyHidden>
    </Stack>
  );
}
