import type { Kysely } from 'kysely';
import { asDomainError, clashOf } from '../db/clashes.js';
import type { Db, DatabaseKind } from '../db/database.js';
import type { Database } from '../db/tables.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { AuditRepository } from './audit.repository.js';
import { ImportMappingsRepository } from './import-mappings.repository.js';
import { InvitationsRepository } from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';
import { PlanTemplatesRepository } from './plan-templates.repository.js';
import { SettingsRepository } from './settings.repository.js';
import { ShareLinksRepository } from './share-links.repository.js';
import { SignInFailuresRepository } from './sign-in-failures.repository.js';
import { UsersRepository } from './users.repository.js';
import { CollectionRepository } from './collection.repository.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections.js';
import { MeasurementsRepository } from './measurements.repository.js';
import { PlanDocumentsRepository } from './plan-documents.repository.js';
import { PlanListsRepository } from './plan-lists.repository.js';
import { PlansRepository } from './plans.repository.js';
import { WorkspacesRepository } from './workspaces.repository.js';

export function createRepositories(db: Kysely<Database>, kind: DatabaseKind) {
  return {
    workspaces: new WorkspacesRepository(db, kind),
    plans: new PlansRepository(db, kind),
    documents: new PlanDocumentsRepository(db, kind),
    lists: new PlanListsRepository(db),
    measurements: new MeasurementsRepository(db, kind),
    importMappings: new ImportMappingsRepository(db),
    templates: new PlanTemplatesRepository(db),
    collection: (name: CollectionName) => new CollectionRepository(db, COLLECTIONS[name]),
    users: new UsersRepository(db),
    members: new MembersRepository(db, kind),
    invitations: new InvitationsRepository(db),
    shareLinks: new ShareLinksRepository(db),
    apiTokens: new ApiTokensRepository(db),
    audit: new AuditRepository(db),
    signInFailures: new SignInFailuresRepository(db, kind),
    settings: new SettingsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Repositories plus transactions: services start every transaction here. */
export class Store {
  readonly repos: Repositories;

  constructor(readonly db: Db) {
    this.repos = createRepositories(db.kysely, db.kind);
  }

  /**
   * Runs the work in one transaction. When it clashes with a transaction of the same moment
   * (a deadlock, a key taken or a row deleted meanwhile) it runs once more, and then sees what
   * the other one did: the work must be free of effects outside the database (or pass
   * `retry: false`). A clash that remains is a 409 or 404, never a database error.
   */
  async transaction<T>(work: (repos: Repositories) => Promise<T>, options: { retry?: boolean } = {}): Promise<T> {
    const attempt = () => this.db.kysely.transaction().execute((trx) => work(createRepositories(trx, this.db.kind)));
    try {
      return await attempt();
    } catch (error) {
      if (options.retry === false || !clashOf(error)) throw asDomainError(error);
    }
    try {
      return await attempt();
    } catch (error) {
      throw asDomainError(error);
    }
  }

  /**
   * A read-only transaction that sees the database at one moment, whatever commits meanwhile:
   * REPEATABLE READ on PostgreSQL (whose default sees each statement's own moment); a SQLite
   * transaction is a snapshot already.
   */
  snapshot<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    const builder = this.db.kysely.transaction();
    const snapshot = this.db.kind === 'postgres' ? builder.setIsolationLevel('repeatable read').setAccessMode('read only') : builder;
    return snapshot.execute((trx) => work(createRepositories(trx, this.db.kind)));
  }
}

export { COLLECTION_NAMES };
