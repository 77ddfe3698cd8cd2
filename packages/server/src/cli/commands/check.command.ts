import { readFile } from 'node:fs/promises';
import { describeFieldError, readPlan } from '@kurs/core';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { ExitCode } from '../output.js';
import { formatOfFile } from './documents.commands.js';

export function checkCommand(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('check a plan document: every format error with its field path and line (exit 1 when there is one)')
    .argument('<file>', 'the plan document (YAML or JSON)')
    .option('--json', 'print the result as JSON for machines')
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readFile(file, 'utf8');
      const { errors } = readPlan(text, { format: formatOfFile(file) });
      if (options.json) {
        ctx.output.out(JSON.stringify({ file, valid: errors.length === 0, errors }, null, 2));
      } else if (errors.length === 0) {
        ctx.output.out(`${file}: valid plan document`);
      } else {
        ctx.output.err(`${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
        for (const error of errors) ctx.output.err(`  ${describeFieldError(error)}`);
      }
      if (errors.length) throw new ExitCode(1);
    });
}
