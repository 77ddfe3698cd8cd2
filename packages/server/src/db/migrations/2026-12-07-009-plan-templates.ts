import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * A workspace's templates: a plan document saved as the starting point of new plans, as JSON,
 * with an id (a slug) unique in the workspace. They are never changed, only made and deleted;
 * `version` is there for If-Match as on every other row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('locale', 'text')
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_templates_workspace_slug_unique', ['workspace_id', 'slug'])
    .execute();
}
