import { STEPS as HEALTH_STEPS } from '@kurs/core/browser';

/** The pages of a plan: the dashboard, then the steps the health check judges, in the order a user works through them (product.md). */
export const STEPS = ['dashboard', ...HEALTH_STEPS] as const;

export type StepId = (typeof STEPS)[number];

export function planPath(ws: string, plan: string): string {
  return `/workspaces/${encodeURIComponent(ws)}/plans/${encodeURIComponent(plan)}`;
}

/** The dashboard is the plan's home page; every other step has its own segment. */
export function stepPath(ws: string, plan: string, step: StepId): string {
  return step === 'dashboard' ? planPath(ws, plan) : `${planPath(ws, plan)}/${step}`;
}
