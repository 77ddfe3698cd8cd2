import type { Locale } from '../plan/plan.schema.js';
import type { IsoDate } from '../shared/dates.js';

/** The process steps the health check judges, in the order the method walks them. */
export const STEPS = ['situation', 'goals', 'kpis', 'strategy', 'activities', 'themes', 'roadmap', 'reviews'] as const;
export type Step = (typeof STEPS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One result of the health check: what is weak, where, and how to fix it, in the user's language. */
export interface Finding {
  rule: string;
  step: Step;
  severity: Severity;
  /** Where in the plan document, e.g. "goals[2].kpi"; a collection ("goals") for plan-wide findings. */
  path: string;
  message: string;
  hint: string;
}

export interface HealthReport {
  findings: Finding[];
  /** 0–100; see docs/health-rules.md for how they are computed. */
  scores: { overall: number; steps: Record<Step, number> };
}

export interface HealthOptions {
  today: IsoDate;
  /** Language of messages and hints; default the plan's own locale, else English. */
  locale?: Locale;
  /** Share of budgeted theme hours to keep for maintenance, 0–1; default 0.1. */
  maintenanceShare?: number;
}

/** The source sentence of a rule: a file in the seeds and the sentence, verbatim. */
export interface SeedCitation {
  file: string;
  quote: string;
}

/** A rule as the web app and the docs list it. */
export interface HealthRuleInfo {
  id: string;
  step: Step;
  severity: Severity;
  seed: SeedCitation;
  /** The rule says the step has no content at all; the step then scores 0. */
  emptiesStep: boolean;
}
