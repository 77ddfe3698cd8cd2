import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import type { ChartWords } from './kpis.chart.options';

export function chartWords(intl: IntlShape): ChartWords {
  const t = (id: MessageId) => intl.formatMessage({ id });
  return {
    date: t('kpis.grid.date'),
    actual: t('kpis.chart.actual'),
    expected: t('kpis.chart.expected'),
    target: t('kpis.chart.target'),
    forecast: t('kpis.chart.forecast'),
    low: t('kpis.chart.low'),
    high: t('kpis.chart.high'),
    running: t('kpis.chart.running'),
    totalAxis: t('kpis.chart.totalAxis'),
  };
}
