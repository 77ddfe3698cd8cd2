import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { now, type PlanScope } from './scope.js';

/**
 * The mapping of a plan's last measurement import per source (a preset id, or a header's
 * fingerprint), as the JSON the import was read with. The service checks it before use: it is
 * not kept in step with the plan's KPIs.
 */
export class ImportMappingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The remembered mapping, parsed from its JSON (unchecked); undefined when the source has none. */
  async get(scope: PlanScope, source: string): Promise<unknown> {
    const row = await this.db
      .selectFrom('import_mappings')
      .select('mapping')
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .where('source', '=', source)
      .executeTakeFirst();
    return row === undefined ? undefined : JSON.parse(row.mapping);
  }

  /** Keeps the mapping for the source, replacing the one before. */
  async remember(scope: PlanScope, source: string, mapping: unknown): Promise<void> {
    const values = { workspace_id: scope.workspaceId, plan_id: scope.planId, source, mapping: JSON.stringify(mapping), updated_at: now() };
    await this.db
      .insertInto('import_mappings')
      .values(values)
      .onConflict((oc) => oc.columns(['plan_id', 'source']).doUpdateSet({ mapping: values.mapping, updated_at: values.updated_at }))
      .execute();
  }
}
