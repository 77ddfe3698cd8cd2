import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { planJsonSchema } from '@kurs/core';
import { type Command, Option } from 'commander';
import { workspaceOfPlan } from '../backend.js';
import type { CliContext } from '../context.js';
import { readPlanFile } from '../plan-file.js';

export function formatOfFile(file: string): 'yaml' | 'json' | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : undefined;
}

export function documentCommands(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import a plan document (YAML or JSON) as a new plan; nothing is stored unless all of it is valid')
    .argument('<file>', 'the plan document')
    .option('-w, --workspace <id>', 'the workspace to import into (locally: created if missing, default "default"; with --server: the token\'s workspace)')
    .option('--id <id>', 'the plan id (default: made from the plan name)')
    .option('--replace', 'replace the plan with this id if it exists')
    .action(async (file: string, options: { workspace?: string; id?: string; replace?: boolean }) => {
      const text = await readPlanFile(file);
      const input = { text, format: formatOfFile(file) };
      await ctx.withBackend(async (backend) => {
        const workspace = options.workspace ?? (await backend.defaultWorkspace());
        const plan = await backend.importPlan(workspace, input, { id: options.id, replace: options.replace });
        ctx.output.out(`${plan.replaced ? 'Replaced' : 'Imported'} "${plan.name}" as plan ${plan.id} in workspace ${workspace}.`);
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
      await ctx.withBackend(async (backend) => {
        const workspace = options.workspace ?? (await workspaceOfPlan(backend, plan));
        const text = await backend.exportPlan(workspace, plan, options.format);
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
      await ctx.withBackend(async (backend) => {
        const workspaces = await backend.list();
        for (const ws of workspaces) {
          ctx.output.out(`${ws.id}  (${ws.name})`);
          for (const plan of ws.plans) ctx.output.out(`  ${plan.id}  ${plan.name}  ${plan.start} – ${plan.end}`);
        }
        if (!workspaces.length) ctx.output.out('No workspaces yet. `kurs import plan.yaml` imports a plan; `kurs start` creates the demo.');
      });
    });
}
