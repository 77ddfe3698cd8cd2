import type { GoalProgress, Kpi, NoDataReason } from '@kurs/core';
import { Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { usePlanContext } from '../plans/plan.context';

/**
 * The engine's reading of one goal in words: progress against what was expected by now (or
 * why there is none), the latest value, and either the date an achieved goal got there, that a
 * goal past its target date did not get there, or the forecast at the target date with its
 * interval and the date the trend reaches the target.
 * Shared by the goal tree and the quarterly review.
 */
export function GoalProgressText(props: { progress: GoalProgress; unit: Kpi['unit'] }) {
  const { progress, unit } = props;
  const intl = useIntl();
  const { plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const noDataText = useNoDataText();
  const value = (n: number) => format.kpiValue(n, unit);
  const forecast = progress.forecast;

  return (
    <Stack gap={2}>
      <Text size="sm" data-goal-reading>
        {progress.progress === null
          ? progress.noData && noDataText(progress.noData)
          : intl.formatMessage(
              { id: progress.source === 'sub_goals' ? 'goals.progress.ofWaySubGoals' : 'goals.progress.ofWay' },
              { progress: format.percent(progress.progress), expected: format.percent(progress.expected) },
            )}
      </Text>
      {progress.actual !== null && progress.actualDate && (
        <Text size="xs" c="dimmed">
          {intl.formatMessage(
            { id: progress.pastTarget ? 'goals.progress.atTarget' : 'goals.progress.latest' },
            { value: value(progress.actual), date: format.date(progress.actualDate) },
          )}
          {progress.stale && ` · ${intl.formatMessage({ id: 'goals.progress.stale' })}`}
        </Text>
      )}
      {progress.achievedOn ? (
        <Text size="xs" c="dimmed" data-goal-achieved-on>
          {intl.formatMessage({ id: 'goals.progress.achievedOn' }, { date: format.date(progress.achievedOn) })}
        </Text>
      ) : progress.status === 'missed' ? (
        <Text size="xs" c="dimmed" data-goal-missed>
          {intl.formatMessage({ id: 'goals.progress.missed' })}
        </Text>
      ) : forecast ? (
        <Text size="xs" c="dimmed">
          {intl.formatMessage(
            { id: 'goals.progress.forecast' },
            { date: format.date(forecast.date), value: value(forecast.value), low: value(forecast.low), high: value(forecast.high) },
          )}{' '}
          {forecast.reachesTargetOn
            ? intl.formatMessage({ id: 'goals.progress.reachesOn' }, { date: format.date(forecast.reachesTargetOn) })
            : intl.formatMessage({ id: 'goals.progress.neverReaches' })}
        </Text>
      ) : (
        progress.source === 'kpi' &&
        progress.progress !== null &&
        !progress.pastTarget && (
          <Text size="xs" c="dimmed">
            {intl.formatMessage({ id: 'goals.progress.noForecast' })}
          </Text>
        )
      )}
    </Stack>
  );
}

/** Why a goal has no progress, as the engine says it, in the reader's words and date style: the same sentence on every page. */
export function useNoDataText(): (reason: NoDataReason) => string {
  const intl = useIntl();
  const format = useFormat();
  // Whatever a reason carries besides its name is a date the sentence names.
  return ({ reason, ...dates }) =>
    intl.formatMessage(
      { id: `goals.progress.noData.${reason}` },
      Object.fromEntries(Object.entries(dates).map(([name, date]) => [name, format.date(date)])),
    );
}
