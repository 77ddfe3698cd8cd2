import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError, describeFieldError, exportPlan, fieldErrorsOf, normalizePlan, parsePlan, type PlanDocument } from '@kurs/core';
import { z } from 'zod';
import { PlanDocumentsRepository } from '../repositories/plan-documents.repository.js';
import type { Store } from '../repositories/repositories.js';
import { audit } from './audit.js';

const manifestSchema = z.strictObject({
  format: z.literal('kurs-backup'),
  version: z.literal(1),
  created_at: z.string(),
  workspaces: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      plans: z.array(z.strictObject({ id: z.string(), file: z.string().regex(/^[^/\\]+\/[^/\\]+\.yaml$/) })),
    }),
  ),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupReport {
  workspaces: number;
  plans: number;
}

/**
 * Every workspace and plan as plan documents plus a manifest: readable, diffable, and the
 * same on SQLite and PostgreSQL, so a backup moves a whole instance from one to the other.
 */
export class BackupService {
  constructor(private readonly store: Store) {}

  async backup(dir: string, now: Date = new Date()): Promise<BackupReport> {
    const manifest: BackupManifest = { format: 'kurs-backup', version: 1, created_at: now.toISOString(), workspaces: [] };
    const files: [string, string][] = [];
    // Every plan as it was at one moment, even while others write.
    await this.store.snapshot(async (repos) => {
      for (const ws of await repos.workspaces.list()) {
        const entry = { id: ws.slug, name: ws.name, plans: [] as { id: string; file: string }[] };
        for (const plan of await repos.plans.list(ws.id)) {
          const doc = await repos.documents.read({ workspaceId: ws.id, planId: plan.id }, plan, { measurements: true });
          const file = `${ws.slug}/${plan.slug}.yaml`;
          files.push([file, exportPlan(doc, 'yaml')]);
          entry.plans.push({ id: plan.slug, file });
        }
        manifest.workspaces.push(entry);
      }
    });
    for (const [file, text] of files) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return { workspaces: manifest.workspaces.length, plans: files.length };
  }

  /**
   * Restores every workspace and plan of a backup in one transaction: plans with the same id
   * are replaced, others are created, nothing else is touched. Every file is checked first.
   */
  async restore(dir: string): Promise<BackupReport> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    } catch (error) {
      throw new DomainError('invalid', `${join(dir, 'manifest.json')} cannot be read: ${(error as Error).message}`);
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) throw new DomainError('invalid', 'manifest.json is not a Kurs backup manifest.', fieldErrorsOf(parsed.error.issues));
    const manifest = parsed.data;

    const documents = new Map<string, PlanDocument>();
    for (const ws of manifest.workspaces) {
      for (const plan of ws.plans) {
        const text = await readFile(join(dir, plan.file), 'utf8');
        try {
          documents.set(plan.file, normalizePlan(parsePlan(text, { format: 'yaml' })));
        } catch (error) {
          if (error instanceof DomainError) {
            throw new DomainError(error.code, `${plan.file}: ${error.message}\n${error.errors.map(describeFieldError).join('\n')}`, error.errors);
          }
          throw error;
        }
      }
    }

    await this.store.transaction(async (repos) => {
      for (const ws of manifest.workspaces) {
        let workspace = await repos.workspaces.findBySlug(ws.id);
        if (!workspace) {
          workspace = await repos.workspaces.insert({ slug: ws.id, name: ws.name });
          await audit(repos, workspace.id, { action: 'workspace.create', entityType: 'workspace', entityId: ws.id, fields: ['id', 'name'], detail: 'restored from a backup' });
        }
        for (const plan of ws.plans) {
          const doc = documents.get(plan.file)!;
          const existing = await repos.plans.findBySlug(workspace.id, plan.id);
          let planId: string;
          if (existing) {
            await repos.documents.clear({ workspaceId: workspace.id, planId: existing.id });
            await repos.plans.update(existing.id, PlanDocumentsRepository.planColumns(doc), existing.version);
            planId = existing.id;
          } else {
            planId = (await repos.plans.insert(workspace.id, plan.id, PlanDocumentsRepository.planColumns(doc))).id;
          }
          await repos.documents.write({ workspaceId: workspace.id, planId }, doc);
          await audit(repos, workspace.id, { action: existing ? 'plan.replace' : 'plan.create', entityType: 'plan', entityId: plan.id, plan: plan.id, fields: ['document'], detail: 'restored from a backup' });
        }
      }
    });
    return { workspaces: manifest.workspaces.length, plans: documents.size };
  }
}
