import { isOpenActivity, SCORE_MAX, SCORE_MIN } from '@kurs/core/browser';
import { Anchor, Group, List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import type { Entity } from '../../shared/api/api.types';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { usePlanContext } from '../plans/plan.context';
import { scoreMove, type ScorePlace } from './activities.board';
import { BoardCard, dropTargetAt } from './activities.board-card';
import classes from './activities.board.module.css';
import { useBoardSave } from './activities.board-save';
import { usePriorities } from './activities.queries';

type Activity = Entity<'activities'>;

/** The engine's verdict on value for effort (the main reason of the value/effort ranking). */
const CATEGORIES: Record<string, { color: string; message: MessageId }> = {
  high_value_low_effort: { color: 'var(--mantine-color-teal-9)', message: 'activities.category.quick_win' },
  high_value_high_effort: { color: 'var(--mantine-color-blue-8)', message: 'activities.category.big_bet' },
  low_value_low_effort: { color: 'var(--mantine-color-grape-8)', message: 'activities.category.fill_in' },
  low_value_high_effort: { color: 'var(--mantine-color-red-9)', message: 'activities.category.time_sink' },
};
const UNRANKED_COLOR = 'var(--mantine-color-gray-8)';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/**
 * Value (up) against effort (across) for the open activities. Each dot carries the
 * activity's place in the value/effort ranking; moving it sets its value and effort.
 */
export function ValueEffortChart(props: { activities: Activity[]; onOpen: (id: string) => void }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const board = useBoardSave(ws, plan.id);
  const priorities = usePriorities(ws, plan.id, 'value_effort');
  const ranked = useMemo(() => new Map(priorities.data?.map((p) => [p.id, p])), [priorities.data]);

  const open = props.activities.filter(isOpenActivity);
  const scored = open.filter((a) => a.value !== undefined && a.effort !== undefined);
  const unscored = open.filter((a) => a.value === undefined || a.effort === undefined);
  const legend = [...scored].sort((a, b) => (ranked.get(a.id)?.rank ?? Infinity) - (ranked.get(b.id)?.rank ?? Infinity));

  const placeText = (p: ScorePlace) => intl.formatMessage({ id: 'activities.chart.place' }, { value: format.number(p.value), effort: format.number(p.effort) });
  const categoryOf = (a: Activity) => CATEGORIES[ranked.get(a.id)?.reasons[0]?.code ?? ''];
  const move = (activity: Activity, to: ScorePlace | null) => {
    if (!to || (to.value === activity.value && to.effort === activity.effort)) return;
    void board.save(activity, to, intl.formatMessage({ id: 'activities.board.saved' }, { title: activity.title, place: placeText(to) }));
  };

  /** A chip shows only its rank, so its description names the activity too. */
  const cardProps = (activity: Activity, chip: boolean) => {
    const category = categoryOf(activity);
    const where = activity.value !== undefined && activity.effort !== undefined ? placeText({ value: activity.value, effort: activity.effort }) : intl.formatMessage({ id: 'activities.chart.unscored' });
    return {
      id: activity.id,
      description: [chip && activity.title, where, category && intl.formatMessage({ id: category.message })].filter(Boolean).join('. '),
      color: category?.color ?? UNRANKED_COLOR,
      busy: board.pendingId === activity.id,
      movable: board.canMove,
      onKeyMove: (key: string) => move(activity, scoreMove(key, activity)),
      onDrop: (x: number, y: number) => {
        const cell = dropTargetAt(x, y, 'data-value');
        if (cell) move(activity, { value: Number(cell.dataset.value), effort: Number(cell.dataset.effort) });
      },
      onOpen: () => props.onOpen(activity.id),
      onFocusChange: board.setFocusId,
    };
  };
  const inCell = (value: number, effort: number) => scored.filter((a) => Math.round(a.value!) === value && Math.round(a.effort!) === effort);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: board.canMove ? 'activities.board.howTo' : 'activities.board.readOnly' })}
      </Text>
      {board.conflict && <ConflictAlert onReload={() => void board.reload()} />}
      {board.error && <ErrorAlert error={board.error} />}
      <Text size="xs" fw={600}>
        {intl.formatMessage({ id: 'activities.chart.valueAxis' })}
      </Text>
      <div className={classes.plot} style={{ gridTemplateColumns: `auto repeat(${SCORES.length}, minmax(0, 1fr))` }}>
        {[...SCORES].reverse().map((value) => (
          <Fragment key={value}>
            <Text className={classes.axisLabel} px={4} bg="var(--mantine-color-body)" style={{ alignContent: 'center' }} aria-hidden>
              {value}
            </Text>
            {SCORES.map((effort) => (
              <div key={effort} className={classes.plotCell} data-value={value} data-effort={effort}>
                {inCell(value, effort).map((activity) => (
                  <BoardCard key={activity.id} variant="chip" {...cardProps(activity, true)}>
                    {ranked.get(activity.id)?.rank ?? '·'}
                  </BoardCard>
                ))}
              </div>
            ))}
          </Fragment>
        ))}
        <div style={{ background: 'var(--mantine-color-body)' }} />
        {SCORES.map((effort) => (
          <Text key={effort} className={classes.axisLabel} bg="var(--mantine-color-body)" aria-hidden>
            {effort}
          </Text>
        ))}
      </div>
      <Text size="xs" fw={600} ta="end">
        {intl.formatMessage({ id: 'activities.chart.effortAxis' })}
      </Text>

      <Paper withBorder p="sm" radius="md">
        <Title order={2} size="h5" mb="xs">
          {intl.formatMessage({ id: 'activities.chart.legend' })}
        </Title>
        <List listStyleType="none" spacing={6} size="sm">
          {legend.map((activity) => {
            const category = categoryOf(activity);
            return (
              <List.Item key={activity.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <span className={`${classes.card} ${classes.chip}`} style={{ background: category?.color ?? UNRANKED_COLOR, borderColor: category?.color ?? UNRANKED_COLOR, cursor: 'default' }} aria-hidden>
                    {ranked.get(activity.id)?.rank ?? '·'}
                  </span>
                  <div>
                    <Anchor component="button" type="button" size="sm" onClick={() => props.onOpen(activity.id)} ta="start">
                      {activity.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {placeText({ value: activity.value!, effort: activity.effort! })}
                      {category && ` · ${intl.formatMessage({ id: category.message })}`}
                    </Text>
                  </div>
                </Group>
              </List.Item>
            );
          })}
        </List>
      </Paper>

      {unscored.length > 0 && (
        <Paper withBorder p="sm" radius="md">
          <Title order={2} size="h5" mb={4}>
            {intl.formatMessage({ id: 'activities.chart.unscoredTitle' }, { count: unscored.length })}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {intl.formatMessage({ id: 'activities.chart.unscoredHint' })}
          </Text>
          <Stack gap={4}>
            {unscored.map((activity) => (
              <BoardCard key={activity.id} {...cardProps(activity, false)}>
                <Text component="span" size="xs" fw={600} lineClamp={2}>
                  {activity.title}
                </Text>
              </BoardCard>
            ))}
          </Stack>
        </Paper>
      )}
      <VisuallyHidden role="status">{board.announcement}</VisuallyHidden>
    </Stack>
  );
}
