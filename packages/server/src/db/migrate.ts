import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/2026-11-25-001-initial.js';
import * as accounts from './migrations/2026-12-01-002-accounts.js';
import * as measurementsIndex from './migrations/2026-12-06-003-measurements-index.js';
import * as auditKeysetIndex from './migrations/2026-12-07-004-audit-keyset-index.js';
import * as importMappings from './migrations/2026-12-07-005-import-mappings.js';
import * as importMappingDelimiter from './migrations/2026-12-07-006-import-mapping-delimiter.js';
import * as apiTokenHints from './migrations/2026-12-07-007-api-token-hints.js';
import * as workspaceDefaultsPlanArchive from './migrations/2026-12-07-008-workspace-defaults-plan-archive.js';
import * as planTemplates from './migrations/2026-12-07-009-plan-templates.js';
import * as draftsAndQuarterBudgets from './migrations/2026-12-07-010-drafts-and-quarter-budgets.js';
import * as milestoneGoals from './migrations/2026-12-07-011-milestone-goals.js';

/** Every migration, in order. Forward-only: there are no down migrations. */
const migrations: Record<string, Migration> = {
  '2026-11-25-001-initial': initial,
  '2026-12-01-002-accounts': accounts,
  '2026-12-06-003-measurements-index': measurementsIndex,
  '2026-12-07-004-audit-keyset-index': auditKeysetIndex,
  '2026-12-07-005-import-mappings': importMappings,
  '2026-12-07-006-import-mapping-delimiter': importMappingDelimiter,
  '2026-12-07-007-api-token-hints': apiTokenHints,
  '2026-12-07-008-workspace-defaults-plan-archive': workspaceDefaultsPlanArchive,
  '2026-12-07-009-plan-templates': planTemplates,
  '2026-12-07-010-drafts-and-quarter-budgets': draftsAndQuarterBudgets,
  '2026-12-07-011-milestone-goals': milestoneGoals,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
