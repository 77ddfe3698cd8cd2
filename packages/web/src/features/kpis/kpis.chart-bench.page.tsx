import { Alert, Box, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useLocale } from '../../i18n/i18n.provider';
import { kpiChartConfig } from './kpis.chart.options';
import { UPlotChart, useChartTheme } from './kpis.chart';
import { chartDateFormat, kpiValueFormat } from './kpis.format';
import { chartWords } from './kpis.chart.words';

/*
 * The KPI chart alone, for `npm run bench` ("KPI chart of 100 000 points drawn under 200 ms")
 * and the peer comparison in ../shared/bench-peers: /bench/kpi-chart?data=<same-origin URL>
 * loads a JSON `{ name, t[], v[] }` (t in seconds since 1970) and draws it with the same
 * component and options as the KPI page. It records window.__marks = { dataReady, callStart,
 * callEnd, drawn, done } (ms since navigation) and sets `data-chart-drawn` on the chart, so
 * `run.mjs --url …/bench/kpi-chart --wait '[data-chart-drawn]'` times it like the peers.
 */

interface BenchSeries {
  name?: string;
  t: number[];
  v: number[];
}

declare global {
  interface Window {
    __marks?: Record<string, number>;
    __done?: number;
  }
}

const mark = (name: string) => {
  window.__marks = { ...window.__marks, [name]: performance.now() };
};

export default function KpiChartBenchPage() {
  const [params] = useSearchParams();
  const source = params.get('data') ?? '/bench/kpi.json';
  const [series, setSeries] = useState<BenchSeries | null>(null);
  const [error, setError] = useState<string | null>(null);
  const intl = useIntl();
  const { locale } = useLocale();
  const theme = useChartTheme();

  useEffect(() => {
    // Only a path on this server: the page must not be pointed at another host.
    if (!source.startsWith('/') || source.startsWith('//')) {
      setError(`Not a path on this server: ${source}`);
      return;
    }
    fetch(source, { cache: 'no-store' })
      .then((response) => {
        if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
        return response.json() as Promise<BenchSeries>;
      })
      .then((data) => {
        mark('dataReady');
        setSeries(data);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [source]);

  const config = useMemo(() => {
    if (!series) return null;
    const format = { ...kpiValueFormat(locale, 'count', undefined), ...chartDateFormat(locale) };
    return kpiChartConfig({ x: series.t, y: series.v, fromZero: true }, theme, { ...chartWords(intl), actual: series.name ?? 'KPI' }, format);
  }, [series, theme, intl, locale]);

  const timing = useMemo(
    () => ({
      onCreateStart: () => mark('callStart'),
      onCreateEnd: () => mark('callEnd'),
      onDrawn: () => {
        mark('drawn');
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            mark('done');
            window.__done = window.__marks!.done;
          }),
        );
      },
    }),
    [],
  );

  return (
    <Box component="main" p="md">
      <Title order={1} size="h4" mb="sm">
        {series?.name ?? 'KPI chart'} · {series ? intl.formatNumber(series.t.length) : '…'}
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {config && <UPlotChart options={config.options} data={config.data} height={700} label={series?.name ?? 'KPI chart'} timing={timing} />}
    </Box>
  );
}
