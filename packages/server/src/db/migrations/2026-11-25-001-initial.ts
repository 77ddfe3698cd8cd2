import type { CreateTableBuilder, Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * Written against Kysely<any> with types both SQLite and PostgreSQL accept, so the same
 * file builds the same schema on both. Booleans are integers 0/1 on both for that reason.
 */

type Table = CreateTableBuilder<string, any>;

const timestamps = (t: Table) =>
  t
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());

/** Columns every row of a plan's collections has. */
const planRow = (t: Table) =>
  t
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull());

/** A collection whose items have a user id ("key") unique in the plan. */
const keyed = (t: Table) => planRow(t).addColumn('key', 'text', (c) => c.notNull());

export async function up(db: Kysely<any>): Promise<void> {
  await timestamps(
    db.schema
      .createTable('workspaces')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull()),
  ).execute();

  await timestamps(
    db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text')
      .addColumn('locale', 'text')
      .addColumn('currency', 'text')
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('business_objective', 'text')
      .addColumn('usp', 'text')
      .addColumn('funnel_reach', 'text')
      .addColumn('funnel_engage', 'text')
      .addColumn('funnel_convert', 'text')
      .addColumn('funnel_retain', 'text')
      .addColumn('positioning', 'text')
      .addColumn('traffic', 'text')
      .addColumn('content', 'text')
      .addColumn('resourcing', 'text')
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('plans_workspace_slug_unique', ['workspace_id', 'slug']),
  ).execute();

  await timestamps(
    planRow(db.schema.createTable('situation_findings')).addColumn('text', 'text', (c) => c.notNull()),
  ).execute();

  await timestamps(
    planRow(db.schema.createTable('journey_steps'))
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('touchpoints', 'text'),
  ).execute();

  const collections: [string, (t: Table) => Table][] = [
    ['audiences', (t) => t.addColumn('name', 'text', (c) => c.notNull()).addColumn('kind', 'text').addColumn('notes', 'text')],
    [
      'competitors',
      (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('better_at', 'text')
          .addColumn('our_difference', 'text')
          .addColumn('notes', 'text'),
    ],
    [
      'channels',
      (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('type', 'text')
          .addColumn('present', 'integer')
          .addColumn('funnel', 'text')
          .addColumn('goal', 'text')
          .addColumn('challenges', 'text')
          .addColumn('notes', 'text'),
    ],
    [
      'campaigns',
      (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('channel_key', 'text')
          .addColumn('start_date', 'text')
          .addColumn('end_date', 'text')
          .addColumn('spend', 'double precision')
          .addColumn('result', 'text')
          .addColumn('learning', 'text'),
    ],
    [
      'goals',
      (t) =>
        t
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('horizon', 'text', (c) => c.notNull())
          .addColumn('parent_key', 'text')
          .addColumn('description', 'text')
          .addColumn('department', 'text')
          .addColumn('business_link', 'text')
          .addColumn('kpi_key', 'text')
          .addColumn('baseline_value', 'double precision')
          .addColumn('baseline_date', 'text')
          .addColumn('target_value', 'double precision')
          .addColumn('target_date', 'text')
          .addColumn('owner', 'text')
          .addColumn('weight', 'double precision'),
    ],
    [
      'kpis',
      (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('definition', 'text')
          .addColumn('unit', 'text')
          .addColumn('direction', 'text')
          .addColumn('aggregation', 'text')
          .addColumn('frequency', 'text')
          .addColumn('owner', 'text')
          .addColumn('funnel_stage', 'text')
          .addColumn('conversion', 'integer')
          .addColumn('source', 'text'),
    ],
    [
      'themes',
      (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('budget_hours', 'double precision')
          .addColumn('color', 'text')
          .addColumn('maintenance', 'integer'),
    ],
    [
      'activities',
      (t) =>
        t
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('type', 'text')
          .addColumn('theme_key', 'text')
          .addColumn('goals', 'text')
          .addColumn('kpis', 'text')
          .addColumn('funnel_stage', 'text')
          .addColumn('owner', 'text')
          .addColumn('team', 'text')
          .addColumn('start_date', 'text')
          .addColumn('end_date', 'text')
          .addColumn('estimate_hours', 'double precision')
          .addColumn('actual_hours', 'double precision')
          .addColumn('cost', 'double precision')
          .addColumn('value', 'double precision')
          .addColumn('effort', 'double precision')
          .addColumn('confidence', 'double precision')
          .addColumn('reach', 'double precision')
          .addColumn('urgency', 'text')
          .addColumn('importance', 'text')
          .addColumn('status', 'text')
          .addColumn('depends_on', 'text'),
    ],
    [
      'milestones',
      (t) =>
        t
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('date', 'text', (c) => c.notNull())
          .addColumn('theme_key', 'text')
          .addColumn('activity_key', 'text')
          .addColumn('description', 'text'),
    ],
    [
      'reviews',
      (t) =>
        t
          .addColumn('date', 'text', (c) => c.notNull())
          .addColumn('period', 'text')
          .addColumn('summary', 'text'),
    ],
  ];
  for (const [table, columns] of collections) {
    await timestamps(columns(keyed(db.schema.createTable(table))))
      .addUniqueConstraint(`${table}_plan_key_unique`, ['plan_id', 'key'])
      .execute();
  }

  await timestamps(
    planRow(db.schema.createTable('review_goals'))
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('goal_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text')
      .addColumn('progress', 'double precision')
      .addColumn('decision', 'text')
      .addColumn('notes', 'text'),
  ).execute();

  await timestamps(
    planRow(db.schema.createTable('experiments'))
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('hypothesis', 'text', (c) => c.notNull())
      .addColumn('goal_key', 'text')
      .addColumn('kpi_key', 'text')
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('result', 'text')
      .addColumn('learning', 'text')
      .addColumn('next_step', 'text'),
  ).execute();

  // A measurement is identified by its KPI and date; no surrogate id, because there are millions.
  // Only kpi_id is a foreign key: deleting a workspace or plan reaches measurements through
  // their KPI's cascade, and two more checks per row would halve the speed of large imports.
  await timestamps(
    db.schema
      .createTable('measurements')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('plan_id', 'text', (c) => c.notNull())
      .addColumn('kpi_id', 'text', (c) => c.notNull().references('kpis.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('measurements_pk', ['kpi_id', 'date']),
  ).execute();

  for (const table of [
    'situation_findings',
    'journey_steps',
    'audiences',
    'competitors',
    'channels',
    'campaigns',
    'goals',
    'kpis',
    'themes',
    'activities',
    'milestones',
    'reviews',
    'review_goals',
    'experiments',
    'measurements',
  ]) {
    await db.schema.createIndex(`${table}_plan_idx`).on(table).columns(['workspace_id', 'plan_id']).execute();
  }
  await db.schema.createIndex('plans_workspace_idx').on('plans').column('workspace_id').execute();
}
