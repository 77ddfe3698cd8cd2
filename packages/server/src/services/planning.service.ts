import {
  type Activity,
  DomainError,
  fieldError,
  type FieldError,
  isOpenActivity,
  isoDateSchema,
  type PlanDocument,
  planQuarter,
  type QuarterPlan,
  RANK_METHODS,
  type RankMethod,
  type RankedActivity,
  rankBacklog,
  roadmapModel,
  type RoadmapModel,
  themeBudgets,
  type ThemeBudgets,
} from '@kurs/core';
import { z } from 'zod';
import type { Entity } from '../repositories/collection.repository.js';
import type { Store } from '../repositories/repositories.js';
import type { VersionedEntity } from './collections.service.js';
import { audit, changedFields } from './audit.js';
import { checkVersion } from './concurrency.js';
import { parseInput } from './input.js';
import { dateOf, dayOf } from './options.js';
import { readPlanDocument } from './plan-scope.js';
import { assertValidChange } from './plan-validation.js';
import { writePlan } from './plan-write.js';

export const quarterRequestSchema = z.strictObject({
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

/**
 * A quarter plan the user accepted: each chosen activity with the version they saw, and only
 * the dates to write: the ones the plan proposed where the activity had none, and the changes
 * the user ticked. A date the request does not name is never changed.
 */
export const acceptQuarterPlanSchema = z
  .strictObject({
    activities: z
      .array(
        z.strictObject({
          id: z.string({ error: 'must be an activity id' }).min(1, 'must not be empty'),
          version: z.number({ error: 'must be the version you read' }).int('must be a whole number').min(1, 'must be 1 or more'),
          start: isoDateSchema.optional().meta({ description: 'Only to set it: a proposed start where there was none, or a change the user ticked' }),
          end: isoDateSchema.optional().meta({ description: 'Only to set it: a proposed end where there was none, or a change the user ticked' }),
        }),
        { error: 'must be a list of activities' },
      )
      .min(1, 'must name at least one activity'),
  })
  .meta({ id: 'QuarterPlanAccept' });

type AcceptedActivity = z.infer<typeof acceptQuarterPlanSchema>['activities'][number];

/** What accepting does to one activity: planned (work in progress stays in progress), with the dates the request names. */
function planned(activity: Activity, accepted: AcceptedActivity): Activity {
  const status = activity.status === 'in_progress' ? 'in_progress' : 'planned';
  return {
    ...activity,
    status,
    ...(accepted.start !== undefined && { start: accepted.start }),
    ...(accepted.end !== undefined && { end: accepted.end }),
  };
}

/** "status idea → planned, start (none) → 2027-01-05": what accepting changed, old → new, for the audit log. */
function changeDetail(before: Activity, after: Activity): string {
  const shown = (value: string | undefined) => value ?? '(none)';
  const changes = (['status', 'start', 'end'] as const)
    .filter((field) => before[field] !== after[field])
    .map((field) => `${field} ${shown(before[field])} → ${shown(after[field])}`);
  return `quarter plan accepted${changes.length ? `: ${changes.join(', ')}` : ''}`;
}

/** Errors about `activities[<plan index>]` named by the request's own index instead. */
function toRequestPaths(errors: readonly FieldError[], requestIndex: ReadonlyMap<number, number>): FieldError[] {
  return errors.map((error) => {
    const m = /^activities\[(\d+)\]/.exec(error.path);
    const index = m ? requestIndex.get(Number(m[1])) : undefined;
    return index === undefined ? error : { ...error, path: `activities[${index}]${error.path.slice(m![0].length)}` };
  });
}

/** Prioritisation, the 90-day plan, theme budgets and the roadmap of a stored plan. */
export class PlanningService {
  constructor(private readonly store: Store) {}

  async priorities(workspace: string, plan: string, request: { method?: string; today?: string } = {}): Promise<RankedActivity[]> {
    const input = prioritiesInput(request);
    return prioritiesOf(await readPlanDocument(this.store, workspace, plan, { measurements: false }), input);
  }

  async quarterPlan(workspace: string, plan: string, body: unknown): Promise<QuarterPlan> {
    const input = quarterPlanInput(body);
    return quarterPlanOf(await readPlanDocument(this.store, workspace, plan, { measurements: false }), input);
  }

  /**
   * Accepts a quarter plan in one transaction: every named activity becomes planned (or stays
   * in progress) and gets the dates the request names, and no other, or nothing changes. A
   * stale version is a 412; an unknown, repeated, done or dropped activity, or dates the plan
   * refuses, a 422 that names the request's fields. The audit log records each change old → new.
   */
  async acceptQuarterPlan(workspace: string, plan: string, body: unknown): Promise<VersionedEntity[]> {
    const request = parseInput(acceptQuarterPlanSchema, body, 'The accepted quarter plan');
    return writePlan(this.store, workspace, plan, async (repos, resolved, doc) => {
      const activities = doc.activities ?? [];
      const planIndex = new Map(activities.map((a, i) => [a.id, i]));
      const requestIndex = new Map<number, number>();
      const errors: FieldError[] = [];
      request.activities.forEach(({ id }, i) => {
        const index = planIndex.get(id);
        const path = `activities[${i}].id`;
        if (index === undefined) errors.push(fieldError(path, 'unknown_reference', `no activity with id "${id}"`, { kind: 'activity', id }));
        else if (requestIndex.has(index)) errors.push(fieldError(path, 'duplicate', `"${id}" is named twice`, { value: id }));
        else if (!isOpenActivity(activities[index]!)) {
          const status = activities[index]!.status!;
          errors.push(fieldError(path, 'not_open', `"${id}" is ${status}; only open activities can be planned`, { status }));
        } else requestIndex.set(index, i);
      });
      if (errors.length) throw new DomainError('invalid', 'The accepted quarter plan is not valid.', errors);

      const repo = repos.collection('activities');
      const stored = [];
      for (const item of request.activities) {
        const row = await repo.find(resolved.scope, item.id);
        if (!row) throw new DomainError('not_found', `There is no activity "${item.id}" in plan "${resolved.plan.slug}".`);
        checkVersion(item.version, row.version, `activity "${item.id}"`);
        stored.push(row);
      }

      const candidate = { ...doc, activities: activities.map((a, i) => (requestIndex.has(i) ? planned(a, request.activities[requestIndex.get(i)!]!) : a)) };
      const valid = assertValidChange(doc, candidate, 'The accepted quarter plan', (errors) => toRequestPaths(errors, requestIndex));

      const updated: VersionedEntity[] = [];
      for (const [i, item] of request.activities.entries()) {
        const next = valid.activities![planIndex.get(item.id)!]! as Entity;
        const fields = changedFields(stored[i]!.entity, next);
        // Work in progress named with no date to set stays as it is: no new version, no audit entry.
        if (fields.length === 0) {
          updated.push({ entity: stored[i]!.entity, version: stored[i]!.version });
          continue;
        }
        const row = await repo.update(resolved.scope, stored[i]!, next);
        if (!row) throw new DomainError('precondition_failed', `The activity "${item.id}" was changed by someone else meanwhile. Reload it and try again.`);
        await audit(repos, resolved.scope.workspaceId, {
          action: 'activity.update',
          entityType: 'activity',
          entityId: item.id,
          plan,
          fields,
          detail: changeDetail(stored[i]!.entity as Activity, row.entity as Activity),
        });
        updated.push({ entity: row.entity, version: row.version });
      }
      return updated;
    });
  }

  async themeBudgets(workspace: string, plan: string, today?: string): Promise<ThemeBudgets> {
    const day = dayOf(today);
    return themeBudgetsOf(await readPlanDocument(this.store, workspace, plan, { measurements: false }), day);
  }

  async roadmap(workspace: string, plan: string, request: { from?: string; to?: string; today?: string } = {}): Promise<RoadmapModel> {
    const input = roadmapInput(request);
    return roadmapOf(await readPlanDocument(this.store, workspace, plan, { measurements: false }), input);
  }
}

/*
 * Each answer in two halves: its input, read and checked from the request (a 422 before the
 * plan is read), and the computation from a plan document, so that the derived views can
 * cache the answer by the checked input (services/derived-views.service.ts).
 */

export interface PrioritiesInput {
  method?: RankMethod;
  today: string;
}

export function prioritiesInput(request: { method?: string; today?: string }): PrioritiesInput {
  const method = request.method === undefined ? undefined : parseInput(z.enum(RANK_METHODS, { error: `must be one of: ${RANK_METHODS.join(', ')}` }), request.method, 'The method', ['method']);
  return { method, today: dayOf(request.today) };
}

export const prioritiesOf = (doc: PlanDocument, input: PrioritiesInput): RankedActivity[] => rankBacklog(doc, input);

export interface QuarterPlanInput {
  from: string;
  capacityHours: number | Record<string, number>;
  today: string;
}

export function quarterPlanInput(body: unknown): QuarterPlanInput {
  const request = parseInput(quarterRequestSchema, body, 'The quarter plan request');
  const today = dayOf(request.today);
  return { from: dateOf(request.from, 'from') ?? today, capacityHours: request.capacity_hours, today };
}

export const quarterPlanOf = (doc: PlanDocument, input: QuarterPlanInput): QuarterPlan => planQuarter(doc, input);

export const themeBudgetsOf = (doc: PlanDocument, today: string): ThemeBudgets => themeBudgets(doc, { today });

export interface RoadmapInput {
  today: string;
  from?: string;
  to?: string;
}

export function roadmapInput(request: { from?: string; to?: string; today?: string }): RoadmapInput {
  return { today: dayOf(request.today), from: dateOf(request.from, 'from'), to: dateOf(request.to, 'to') };
}

export const roadmapOf = (doc: PlanDocument, input: RoadmapInput): RoadmapModel => roadmapModel(doc, input);
