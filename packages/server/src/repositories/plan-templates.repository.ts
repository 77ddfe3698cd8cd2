import type { Kysely, Selectable } from 'kysely';
import type { Database, PlanTemplateTable } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { newId, now, type Page } from './scope.js';

export type PlanTemplateRow = Selectable<PlanTemplateTable>;

/** A template without its document: what a list shows. */
export type PlanTemplateSummaryRow = Omit<PlanTemplateRow, 'document'>;

/** By id (the slug), which is unique in the workspace. */
export const PLAN_TEMPLATE_ORDER: ListOrder<Pick<PlanTemplateRow, 'slug'>> = {
  name: 'plan_templates',
  direction: 'asc',
  columns: [{ ref: 'slug', type: 'string' }],
  keyOf: (row) => [row.slug],
};

const SUMMARY_COLUMNS = ['id', 'workspace_id', 'slug', 'name', 'description', 'locale', 'created_by', 'version', 'created_at'] as const;

/** A workspace's templates: plan documents kept as JSON, made and deleted, never changed. */
export class PlanTemplatesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A page of the workspace's templates, without their documents (which may be large). */
  list(workspaceId: string, page?: Page): Promise<PlanTemplateSummaryRow[]> {
    return inOrder(this.db.selectFrom('plan_templates').select(SUMMARY_COLUMNS).where('workspace_id', '=', workspaceId), PLAN_TEMPLATE_ORDER, page).execute();
  }

  findBySlug(workspaceId: string, slug: string): Promise<PlanTemplateRow | undefined> {
    return this.db.selectFrom('plan_templates').selectAll().where('workspace_id', '=', workspaceId).where('slug', '=', slug).executeTakeFirst();
  }

  async insert(
    workspaceId: string,
    values: { slug: string; name: string; description: string | null; locale: string | null; document: string; createdBy: string | null },
  ): Promise<PlanTemplateRow> {
    const row: PlanTemplateRow = {
      id: newId(),
      workspace_id: workspaceId,
      slug: values.slug,
      name: values.name,
      description: values.description,
      locale: values.locale,
      document: values.document,
      created_by: values.createdBy,
      version: 1,
      created_at: now(),
    };
    await this.db.insertInto('plan_templates').values(row).execute();
    return row;
  }

  /** False when it is gone or no longer at `version`. */
  async delete(workspaceId: string, id: string, version: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('plan_templates')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
