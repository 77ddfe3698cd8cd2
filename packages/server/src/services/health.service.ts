import { checkPlan, type HealthReport } from '@kurs/core';
import type { Store } from '../repositories/repositories.js';
import { dayOf, localeOf } from './options.js';
import { readPlanDocument } from './plan-scope.js';

export interface HealthRequest {
  locale?: string;
  today?: string;
  maintenanceShare?: number;
}

/** The health check of a stored plan: findings in the plan's (or the asked) language, and scores. */
export class HealthService {
  constructor(private readonly store: Store) {}

  async check(workspace: string, plan: string, request: HealthRequest = {}): Promise<HealthReport> {
    const doc = await readPlanDocument(this.store, workspace, plan, { measurements: true });
    return checkPlan(doc, {
      today: dayOf(request.today),
      locale: localeOf(request.locale, doc.plan.locale),
      maintenanceShare: request.maintenanceShare,
    });
  }
}
