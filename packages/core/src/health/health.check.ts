import { isoDateSchema, type PlanDocument } from '../plan/plan.schema.js';
import { DomainError, fieldError, type FieldError } from '../shared/errors.js';
import { rules } from './health.catalogue.js';
import { buildContext } from './health.context.js';
import { stepsWithContent } from './health.content.js';
import { healthMessages, rendererFor } from './health.messages.js';
import { STEPS, type Finding, type HealthOptions, type HealthReport, type Severity, type Step } from './health.types.js';

export const DEFAULT_MAINTENANCE_SHARE = 0.1;

/** Points a rule takes off its step when it hits everything it judged. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 30, warning: 15, info: 5 };

/** 100 only with nothing to say: a single small finding still shows, as 99. */
function stepScore(penalty: number, empty: boolean): number {
  if (empty) return 0;
  if (penalty === 0) return 100;
  return Math.max(0, Math.min(99, Math.round(100 - penalty)));
}

/** A maintenance share runs from 0 to 1 (0 % to 100 % of the hours). */
function shareError(share: number | undefined): FieldError | undefined {
  const path = 'maintenanceShare';
  const message = 'must be a share between 0 and 1';
  if (share === undefined) return undefined;
  if (typeof share !== 'number') return fieldError(path, 'invalid_type', message, { expected: 'number' });
  if (Number.isNaN(share)) return fieldError(path, 'not_a_number', message, { value: String(share) });
  if (share < 0) return fieldError(path, 'too_small', message, { minimum: 0, origin: 'number', inclusive: true });
  if (share > 1) return fieldError(path, 'too_big', message, { maximum: 1, origin: 'number', inclusive: true });
  return undefined;
}

function validate(options: HealthOptions): void {
  const errors: FieldError[] = [];
  if (!isoDateSchema.safeParse(options.today).success) {
    errors.push(fieldError('today', 'invalid_date', 'must be a date written YYYY-MM-DD', { value: options.today }));
  }
  const share = shareError(options.maintenanceShare);
  if (share) errors.push(share);
  if (errors.length > 0) throw new DomainError('invalid', 'invalid health check options', errors);
}

/**
 * The health check: judges the quality of a valid plan against the method and says, with
 * reasons and hints in the user's language, what to improve. Findings come in process order.
 */
export function checkPlan(plan: PlanDocument, options: HealthOptions): HealthReport {
  validate(options);
  const locale = options.locale ?? plan.plan.locale ?? 'en';
  const ctx = buildContext(plan, {
    today: options.today,
    maintenanceShare: options.maintenanceShare ?? DEFAULT_MAINTENANCE_SHARE,
  });
  const render = rendererFor(locale);
  const texts = healthMessages[locale].rules;

  const findings: Finding[] = [];
  const penalty = Object.fromEntries(STEPS.map((step) => [step, 0])) as Record<Step, number>;
  const empty = new Set<Step>();
  for (const rule of rules) {
    const { checked, hits } = rule.check(ctx);
    if (hits.length === 0) continue;
    if (rule.emptiesStep) empty.add(rule.step);
    const text = texts[rule.id];
    const hitsByStep = new Map<Step, number>();
    for (const hit of hits) {
      const step = hit.step ?? rule.step;
      hitsByStep.set(step, (hitsByStep.get(step) ?? 0) + 1);
      findings.push({
        rule: rule.id,
        step,
        severity: rule.severity,
        path: hit.path,
        message: render(text.message, hit.params),
        hint: render(text.hint, hit.params),
      });
    }
    // A rule weighs by the share of what it judged: 3 of 300 activities without an owner is minor.
    for (const [step, count] of hitsByStep) penalty[step] += SEVERITY_WEIGHT[rule.severity] * Math.min(1, count / Math.max(1, checked));
  }

  const content = stepsWithContent(ctx);
  const steps = {} as Record<Step, number>;
  for (const step of STEPS) steps[step] = stepScore(penalty[step], empty.has(step) || !content[step]);
  const mean = STEPS.reduce((sum, step) => sum + steps[step], 0) / STEPS.length;
  const overall = STEPS.every((step) => steps[step] === 100) ? 100 : Math.min(99, Math.round(mean));
  return { findings, scores: { overall, steps } };
}
