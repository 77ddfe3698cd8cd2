import { checkPlan, type HealthReport, type PlanDocument, SEVERITIES, type Severity, type Step, STEPS } from '@kurs/core';
import { z } from 'zod';
import type { Store } from '../repositories/repositories.js';
import { parseInput } from './input.js';
import { dayOf, localeOf } from './options.js';
import { readPlanDocument } from './plan-scope.js';

export interface HealthRequest {
  locale?: string;
  today?: string;
  maintenanceShare?: number;
}

/** What the dashboard and the step pages show of the health check: the scores and how many findings of each severity. */
export interface HealthSummary {
  scores: HealthReport['scores'];
  counts: Record<Severity, number>;
  steps: Record<Step, Record<Severity, number>>;
}

const stepSchema = z.enum(STEPS, { error: `must be one of: ${STEPS.join(', ')}` });

/** The step a request names, checked (422 naming `step`); undefined when it names none. */
export const stepOf = (value: string | undefined): Step | undefined => (value === undefined ? undefined : parseInput(stepSchema, value, 'The step', ['step']));

/** The health check of a plan document as of the request's day, in its language (the plan's by default). */
export function healthOf(doc: PlanDocument, request: HealthRequest): HealthReport {
  return checkPlan(doc, {
    today: dayOf(request.today),
    locale: localeOf(request.locale, doc.plan.locale),
    maintenanceShare: request.maintenanceShare,
  });
}

/** Only the findings of one step; the scores stay those of the whole plan. */
export function findingsOfStep(report: HealthReport, step: Step): HealthReport {
  return { ...report, findings: report.findings.filter((f) => f.step === step) };
}

const noneOf = (): Record<Severity, number> => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

export function summaryOf(report: HealthReport): HealthSummary {
  const counts = noneOf();
  const steps = Object.fromEntries(STEPS.map((step) => [step, noneOf()])) as Record<Step, Record<Severity, number>>;
  for (const { step, severity } of report.findings) {
    counts[severity]++;
    steps[step][severity]++;
  }
  return { scores: report.scores, counts, steps };
}

/** The health check of a stored plan: findings in the plan's (or the asked) language, and scores. */
export class HealthService {
  constructor(private readonly store: Store) {}

  async check(workspace: string, plan: string, request: HealthRequest = {}): Promise<HealthReport> {
    return healthOf(await readPlanDocument(this.store, workspace, plan, { measurements: true }), request);
  }
}
