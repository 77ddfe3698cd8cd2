import { createContext, use } from 'react';
import type { PlanSummary } from '../../shared/api/api.types';

export interface PlanContextValue {
  ws: string;
  plan: PlanSummary;
}

/** The open plan, provided by the plan layout to every step page. */
export const PlanContext = createContext<PlanContextValue | null>(null);

export function usePlanContext(): PlanContextValue {
  const value = use(PlanContext);
  if (!value) throw new Error('usePlanContext needs a plan route');
  return value;
}
