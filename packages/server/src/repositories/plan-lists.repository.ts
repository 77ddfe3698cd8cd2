import type { JourneyStep } from '@kurs/core';
import type { Kysely } from 'kysely';
import type { Database, PlanRow } from '../db/tables.js';
import { JOURNEY_COLUMNS } from './collections.js';
import { fromColumns, toColumns } from './row-mapper.js';
import { newId, now, type PlanScope } from './scope.js';

/** The plan's unkeyed lists: the situation's findings and the strategy's customer journey. */
export class PlanListsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findings(scope: PlanScope): Promise<string[]> {
    const rows = await this.rows('situation_findings', scope);
    return rows.map((r) => r.text as string);
  }

  async journey(scope: PlanScope): Promise<JourneyStep[]> {
    const rows = await this.rows('journey_steps', scope);
    return rows.map((r) => fromColumns(JOURNEY_COLUMNS, r) as JourneyStep);
  }

  replaceFindings(scope: PlanScope, findings: readonly string[]): Promise<void> {
    return this.replace('situation_findings', scope, findings.map((text) => ({ text })));
  }

  replaceJourney(scope: PlanScope, journey: readonly JourneyStep[]): Promise<void> {
    return this.replace('journey_steps', scope, journey.map((step) => toColumns(JOURNEY_COLUMNS, step)));
  }

  private async rows(table: 'situation_findings' | 'journey_steps', scope: PlanScope): Promise<PlanRow[]> {
    return (await this.db
      .selectFrom(table)
      .selectAll()
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .orderBy('position')
      .execute()) as PlanRow[];
  }

  private async replace(
    table: 'situation_findings' | 'journey_steps',
    scope: PlanScope,
    items: Record<string, unknown>[],
  ): Promise<void> {
    await this.db.deleteFrom(table).where('workspace_id', '=', scope.workspaceId).where('plan_id', '=', scope.planId).execute();
    if (items.length === 0) return;
    const stamp = now();
    await this.db
      .insertInto(table)
      .values(
        items.map((item, position) => ({
          id: newId(),
          workspace_id: scope.workspaceId,
          plan_id: scope.planId,
          position,
          version: 1,
          created_at: stamp,
          updated_at: stamp,
          ...item,
        })),
      )
      .execute();
  }
}
