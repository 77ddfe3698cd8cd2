import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DomainError, planJsonSchema } from '@kurs/core';
import { type Command, Option } from 'commander';
import type { Services } from '../../container.js';
import type { CliContext } from '../context.js';

export function formatOfFile(file: string): 'yaml' | 'json' | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : undefined;
}

export const DEFAULT_WORKSPACE = 'default';

/** The workspace that holds a plan id; the only one, or an error that lists the choices. */
export async function workspaceOfPlan(services: Services, plan: string): Promise<string> {
  const found: string[] = [];
  for (let cursor: number | null = 0; cursor !== null; ) {
    const page = await services.workspaces.list({ offset: cursor, limit: 1000 });
    for (const ws of page.items) {
      if ((await services.plans.list(ws.slug, { limit: 1000 })).items.some((p) => p.id === plan)) found.push(ws.slug);
    }
    cursor = page.next;
  }
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new DomainError('not_found', `There is no plan "${plan}" in any workspace. \`kurs list\` shows the plans.`);
  throw new DomainError('conflict', `Plan "${plan}" exists in several workspaces (${found.join(', ')}); choose one with --workspace.`);
}

export function documentCommands(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import a plan document (YAML or JSON) as a new plan; nothing is stored unless all of it is valid')
    .argument('<file>', 'the plan document')
    .option('-w, --workspace <id>', 'the workspace to import into (created if missing)', DEFAULT_WORKSPACE)
    .option('--id <id>', 'the plan id (default: made from the plan name)')
    .option('--replace', 'replace the plan with this id if it exists')
    .action(async (file: string, options: { workspace: string; id?: string; replace?: boolean }) => {
      const text = await readFile(file, 'utf8');
      const input = { text, format: formatOfFile(file) };
      await ctx.withContainer(async ({ services }) => {
        await services.workspaces.ensure(options.workspace);
        const existing = options.replace && options.id ? await services.plans.get(options.workspace, options.id).catch(() => undefined) : undefined;
        const plan = existing
          ? await services.plans.replace(options.workspace, options.id!, input, 'any')
          : await services.plans.import(options.workspace, input, { id: options.id });
        ctx.output.out(`${existing ? 'Replaced' : 'Imported'} "${plan.header.name}" as plan ${plan.id} in workspace ${options.workspace}.`);
      });
    });

  program
    .command('export')
    .description('print a plan as a plan document')
    .argument('<plan>', 'the plan id (see `kurs list`)')
    .option('-w, --workspace <id>', 'the workspace of the plan (needed only when several have a plan with this id)')
    .addOption(new Option('-f, --format <format>', 'yaml or json').choices(['yaml', 'json']).default('yaml'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (plan: string, options: { workspace?: string; format: 'yaml' | 'json'; output?: string }) => {
      await ctx.withContainer(async ({ services }) => {
        const workspace = options.workspace ?? (await workspaceOfPlan(services, plan));
        const { text } = await services.plans.export(workspace, plan, options.format);
        if (options.output) {
          await writeFile(options.output, text);
          ctx.output.err(`Wrote ${options.output}.`);
        } else ctx.output.out(text);
      });
    });

  program
    .command('schema')
    .description('print the JSON Schema of the plan document, for editors and CI')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (options: { output?: string }) => {
      const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
      if (options.output) await writeFile(options.output, text);
      else ctx.output.out(text);
    });

  program
    .command('list')
    .description('list the workspaces and their plans')
    .action(async () => {
      await ctx.withContainer(async ({ services }) => {
        let any = false;
        for (let cursor: number | null = 0; cursor !== null; ) {
          const page = await services.workspaces.list({ offset: cursor, limit: 1000 });
          for (const ws of page.items) {
            any = true;
            ctx.output.out(`${ws.slug}  (${ws.name})`);
            for (const plan of (await services.plans.list(ws.slug, { limit: 1000 })).items) {
              ctx.output.out(`  ${plan.id}  ${plan.header.name}  ${plan.header.period.start} – ${plan.header.period.end}`);
            }
          }
          cursor = page.next;
        }
        if (!any) ctx.output.out('No workspaces yet. `kurs import plan.yaml` imports a plan; `kurs start` creates the demo.');
      });
    });
}
