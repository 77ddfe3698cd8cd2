import type { IsoDate, Measurement } from '@kurs/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../../shared/api/api.client';
import { queryKeys } from '../../shared/api/api.queries';
import type { Page } from '../../shared/api/api.types';
import { kpiSeriesUrl, type SeriesRequest } from './kpis.series';
import type { KpiSeries, ProgressReport } from './kpis.types';

/* The KPI step's own calls: progress and series from the engine, and measurements. */

const planKey = queryKeys.plan;

export const kpiKeys = {
  progress: (ws: string, plan: string) => [...planKey(ws, plan), 'progress'] as const,
  series: (ws: string, plan: string, kpi: string, request: SeriesRequest) =>
    [...planKey(ws, plan), 'kpi-series', kpi, request.grain, request.width, request.from ?? null, request.to ?? null] as const,
  measurements: (ws: string, plan: string, range?: MeasurementRange) =>
    [...planKey(ws, plan), 'measurements', ...(range ? [range.kpis.join(','), range.from, range.to] : [])] as const,
};

const planPath = (ws: string, plan: string, ...rest: string[]) => apiPath('workspaces', ws, 'plans', plan, ...rest);

export function useProgress(ws: string, plan: string) {
  return useQuery({
    queryKey: kpiKeys.progress(ws, plan),
    queryFn: async () => (await apiRequest<ProgressReport>(planPath(ws, plan, 'progress'))).data,
  });
}

/** A KPI's series for a chart `width` pixels wide; with `from`/`to`, only that range (every period when it has few enough). */
export function useKpiSeries(ws: string, plan: string, kpi: string, request: SeriesRequest, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: kpiKeys.series(ws, plan, kpi, request),
    // The URL the navigation table asked for at the page's address (app/app.navigation.ts), so its early answer is taken.
    queryFn: async () => (await apiRequest<KpiSeries>(kpiSeriesUrl(ws, plan, kpi, request))).data,
    // Switching the grain or the range keeps the old chart on screen until the new one is there.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export interface MeasurementRange {
  kpis: string[];
  from: IsoDate;
  to: IsoDate;
}

export function useMeasurements(ws: string, plan: string, range: MeasurementRange) {
  return useQuery({
    queryKey: kpiKeys.measurements(ws, plan, range),
    queryFn: () => listMeasurements(ws, plan, range),
    enabled: range.kpis.length > 0,
    placeholderData: keepPreviousData,
  });
}

async function listMeasurements(ws: string, plan: string, range: MeasurementRange): Promise<Measurement[]> {
  const items: Measurement[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await apiRequest<Page<Measurement>>(planPath(ws, plan, 'measurements'), {
      query: { kpi: range.kpis.join(','), from: range.from, to: range.to, limit: 1000, cursor },
    });
    items.push(...data.items);
    cursor = data.next_cursor ?? undefined;
  } while (cursor);
  return items;
}

/** A new value changes the KPI's series, every goal it measures, and the health check (overdue, no data). */
export function afterMeasurementsChange(queryClient: QueryClient, ws: string, plan: string) {
  return Promise.all(
    [kpiKeys.progress(ws, plan), [...planKey(ws, plan), 'kpi-series'], kpiKeys.measurements(ws, plan), queryKeys.health(ws, plan)].map(
      (queryKey) => queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

/** Stores values; a KPI and date that has one already gets the new value. */
export function useSaveMeasurements(ws: string, plan: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (items: Measurement[]) =>
      (await apiRequest<{ upserted: number }>(planPath(ws, plan, 'measurements'), { method: 'POST', json: { items } })).data,
    onSuccess: () => afterMeasurementsChange(queryClient, ws, plan),
  });
}

/** Deletes the value of one KPI on one date. */
export function useDeleteMeasurement(ws: string, plan: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kpi, date }: { kpi: string; date: IsoDate }) =>
      (
        await apiRequest<{ deleted: number }>(planPath(ws, plan, 'measurements'), {
          method: 'DELETE',
          query: { kpi, from: date, to: date },
        })
      ).data,
    onSuccess: () => afterMeasurementsChange(queryClient, ws, plan),
  });
}
