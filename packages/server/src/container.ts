import { pino, type Logger } from 'pino';
import type { Config } from './config/config.js';
import { type Db, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { Store } from './repositories/repositories.js';
import { createBetterAuth } from './auth/auth.better-auth.js';
import { AccessService } from './services/access.service.js';
import { AccountsService, instanceSecret } from './services/accounts.service.js';
import { ApiTokensService } from './services/api-tokens.service.js';
import { AuditService } from './services/audit.service.js';
import { BackupService } from './services/backup.service.js';
import { InvitationsService } from './services/invitations.service.js';
import { MembersService } from './services/members.service.js';
import { ShareLinksService } from './services/share-links.service.js';
import { CollectionsService } from './services/collections.service.js';
import { DemoService } from './services/demo.service.js';
import { DerivedViewsService } from './services/derived-views.service.js';
import { HealthService } from './services/health.service.js';
import { KpiSeriesService } from './services/kpi-series.service.js';
import { PlanningService } from './services/planning.service.js';
import { ProgressService } from './services/progress.service.js';
import { MeasurementImportService } from './services/measurement-import.service.js';
import { MeasurementsService } from './services/measurements.service.js';
import { PlansService } from './services/plans.service.js';
import { TemplatesService } from './services/templates.service.js';
import { WorkspacesService } from './services/workspaces.service.js';

export interface Services {
  workspaces: WorkspacesService;
  plans: PlansService;
  templates: TemplatesService;
  collections: CollectionsService;
  measurements: MeasurementsService;
  measurementImport: MeasurementImportService;
  backup: BackupService;
  demo: DemoService;
  health: HealthService;
  progress: ProgressService;
  kpiSeries: KpiSeriesService;
  planning: PlanningService;
  /** The engine's answers, cached by the plan's revision: what the HTTP routes serve. */
  views: DerivedViewsService;
  access: AccessService;
  accounts: AccountsService;
  members: MembersService;
  invitations: InvitationsService;
  shareLinks: ShareLinksService;
  apiTokens: ApiTokensService;
  audit: AuditService;
}

export interface Container {
  config: Config;
  db: Db;
  store: Store;
  services: Services;
  logger: Logger;
  close(): Promise<void>;
}

/** The composition root: config → database (migrated) → repositories → services. */
export async function createContainer(config: Config, options: { logger?: Logger } = {}): Promise<Container> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const db = openDatabase(config.database);
  try {
    await db.exclusive(() => migrateToLatest(db.kysely));
  } catch (error) {
    await db.close();
    throw error;
  }
  const store = new Store(db);
  const secret = await instanceSecret(store, config.secret);
  const baseURL = config.publicUrl ?? `http://localhost:${config.port}`;
  const auth = createBetterAuth(db, { secret, baseURL, secure: config.secure, sessionDays: config.sessionDays, logger });
  // Links in answers are absolute only when the public address is known; else the web app completes them.
  const linkBase = config.publicUrl ?? '';
  const invitations = new InvitationsService(store, linkBase);
  const workspaces = new WorkspacesService(store);
  const plans = new PlansService(store);
  const services: Services = {
    workspaces,
    plans,
    templates: new TemplatesService(store),
    collections: new CollectionsService(store),
    measurements: new MeasurementsService(store),
    measurementImport: new MeasurementImportService(store),
    backup: new BackupService(store),
    demo: new DemoService(store, workspaces, plans),
    health: new HealthService(store),
    progress: new ProgressService(store),
    kpiSeries: new KpiSeriesService(store),
    planning: new PlanningService(store),
    views: new DerivedViewsService(store),
    access: new AccessService(store),
    accounts: new AccountsService(store, auth, secret, invitations),
    members: new MembersService(store),
    invitations,
    shareLinks: new ShareLinksService(store, linkBase),
    apiTokens: new ApiTokensService(store),
    audit: new AuditService(store),
  };
  return { config, db, store, services, logger, close: () => db.close() };
}
