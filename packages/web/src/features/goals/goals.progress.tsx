import type { GoalProgress, Kpi } from '@kurs/core';
import { Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { usePlanContext } from '../plans/plan.context';

/**
 * The engine's reading of one goal in words: progress against what was expected by now, the
 * latest value, and the forecast at the target date with its interval and the date the trend
 * reaches the target. Shared by the goal tree and the quarterly review.
 */
export function GoalProgressText(props: { progress: GoalProgress; unit: Kpi['unit'] }) {
  const { progress, unit } = props;
  const intl = useIntl();
  const { plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const value = (n: number) => format.kpiValue(n, unit);
  const forecast = progress.forecast;

  return (
    <Stack gap={2}>
      <Text size="sm">
        {progress.progress === null
          ? intl.formatMessage({ id: progress.source === 'sub_goals' ? 'goals.progress.noDataSubGoals' : 'goals.progress.noData' })
          : intl.formatMessage(
              { id: progress.source === 'sub_goals' ? 'goals.progress.ofWaySubGoals' : 'goals.progress.ofWay' },
              { progress: format.percent(progress.progress), expected: format.percent(progress.expected) },
            )}
      </Text>
      {progress.actual !== null && progress.actualDate && (
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: 'goals.progress.latest' }, { value: value(progress.actual), date: format.date(progress.actualDate) })}
          {progress.stale && ` · ${intl.formatMessage({ id: 'goals.progress.stale' })}`}
        </Text>
      )}
      {forecast ? (
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
        progress.source === 'kpi' && (
          <Text size="xs" c="dimmed">
            {intl.formatMessage({ id: 'goals.progress.noForecast' })}
          </Text>
        )
      )}
    </Stack>
  );
}
