import { stepPath } from '../steps/steps.list';

/** The page of one KPI, under the KPI step. */
export function kpiPath(ws: string, plan: string, kpi: string): string {
  return `${stepPath(ws, plan, 'kpis')}/${encodeURIComponent(kpi)}`;
}
