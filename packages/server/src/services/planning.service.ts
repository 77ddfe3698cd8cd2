import {
  planQuarter,
  type QuarterPlan,
  RANK_METHODS,
  type RankedActivity,
  rankBacklog,
  roadmapModel,
  type RoadmapModel,
  themeBudgets,
  type ThemeBudgets,
} from '@kurs/core';
import { z } from 'zod';
import type { Store } from '../repositories/repositories.js';
import { parseInput } from './input.js';
import { dateOf, dayOf } from './options.js';
import { loadPlanDocument } from './plan-scope.js';

const quarterRequestSchema = z.strictObject({
  from: z.string({ error: 'must be a date written YYYY-MM-DD' }).optional(),
  capacity_hours: z.union(
    [
      z.number().min(0, 'must not be negative').finite(),
      z.record(z.string().min(1), z.number().min(0, 'must not be negative').finite()),
    ],
    { error: 'must be a number of hours, or hours per team such as { "Web": 300 }' },
  ),
  today: z.string().optional(),
});

/** Prioritisation, the 90-day plan, theme budgets and the roadmap of a stored plan. */
export class PlanningService {
  constructor(private readonly store: Store) {}

  async priorities(workspace: string, plan: string, request: { method?: string; today?: string } = {}): Promise<RankedActivity[]> {
    const method = request.method === undefined ? undefined : parseInput(z.enum(RANK_METHODS, { error: `must be one of: ${RANK_METHODS.join(', ')}` }), request.method, 'The method', ['method']);
    const doc = await loadPlanDocument(this.store.repos, workspace, plan, { measurements: false });
    return rankBacklog(doc, { today: dayOf(request.today), method });
  }

  async quarterPlan(workspace: string, plan: string, body: unknown): Promise<QuarterPlan> {
    const request = parseInput(quarterRequestSchema, body, 'The quarter plan request');
    const today = dayOf(request.today);
    const doc = await loadPlanDocument(this.store.repos, workspace, plan, { measurements: false });
    return planQuarter(doc, { from: dateOf(request.from, 'from') ?? today, capacityHours: request.capacity_hours, today });
  }

  async themeBudgets(workspace: string, plan: string, today?: string): Promise<ThemeBudgets> {
    const doc = await loadPlanDocument(this.store.repos, workspace, plan, { measurements: false });
    return themeBudgets(doc, { today: dayOf(today) });
  }

  async roadmap(workspace: string, plan: string, request: { from?: string; to?: string; today?: string } = {}): Promise<RoadmapModel> {
    const doc = await loadPlanDocument(this.store.repos, workspace, plan, { measurements: false });
    return roadmapModel(doc, {
      today: dayOf(request.today),
      from: dateOf(request.from, 'from'),
      to: dateOf(request.to, 'to'),
    });
  }
}
