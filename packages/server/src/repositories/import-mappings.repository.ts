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

  /** The remembered mapping, parsed from its JSON (unchecked), and the delimiter of its file; undefined when the source has none. */
  async get(scope: PlanScope, source: string): Promise<{ mapping: unknown; delimiter: string | null } | undefined> {
    const row = await this.db
      .selectFrom('import_mappings')
      .select(['mapping', 'delimiter'])
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .where('source', '=', source)
      .executeTakeFirst();
    return row === undefined ? undefined : { mapping: JSON.parse(row.mapping), delimiter: row.delimiter };
  }

  /** Keeps the mapping for the source, with the delimiter of the file it read, replacing the one before. */
  async remember(scope: PlanScope, source: string, mapping: unknown, delimiter: string): Promise<void> {
    const values = { workspace_id: scope.workspaceId, plan_id: scope.planId, source, mapping: JSON.stringify(mapping), delimiter, updated_at: now() };
    await this.db
      .insertInto('import_mappings')
      .values(values)
      .onConflict((oc) => oc.columns(['plan_id', 'source']).doUpdateSet({ mapping: values.mapping, delimiter, updated_at: values.updated_at }))
      .execute();
  }
}
