import { checkPlan, describeFieldError, type HealthReport, LOCALES, type Locale, readPlan, type Severity, STEPS, todayIso } from '@kurs/core';
import { type Command, Option } from 'commander';
import { CLI_WORDS } from '../cli.messages.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../output.js';
import { readPlanFile } from '../plan-file.js';
import { formatOfFile } from './documents.commands.js';

function printHealth(report: HealthReport, locale: Locale, out: (text: string) => void): void {
  const words = CLI_WORDS[locale];
  out(`${words.health} ${report.scores.overall}/100`);
  for (const step of STEPS) {
    const findings = report.findings.filter((f) => f.step === step);
    out(`\n${words.steps[step]}  ${report.scores.steps[step]}/100${findings.length ? '' : `  (${words.noFindings})`}`);
    for (const finding of findings) {
      out(`  ${words.severity[finding.severity].padEnd(9)} ${finding.path || '(plan)'}: ${finding.message}`);
      if (finding.hint) out(`  ${' '.repeat(9)} → ${finding.hint}`);
    }
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of report.findings) counts[finding.severity]++;
  out(`\n${words.summary(counts)}`);
}

export function checkCommand(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('check a plan document: format errors with path and line, then the health check grouped by step, with scores')
    .argument('<file>', 'the plan document (YAML or JSON)')
    .option('--json', 'print the result as JSON for machines')
    .addOption(new Option('--locale <locale>', "language of the findings (default: the plan's locale, else en)").choices([...LOCALES]))
    .option('--strict', 'exit 1 on warnings too, not only on errors')
    .option('--today <date>', 'check as of this date (YYYY-MM-DD), for reproducible results')
    .action(async (file: string, options: { json?: boolean; locale?: Locale; strict?: boolean; today?: string }) => {
      const text = await readPlanFile(file);
      const { plan, errors } = readPlan(text, { format: formatOfFile(file) });
      if (errors.length || !plan) {
        if (options.json) ctx.output.out(JSON.stringify({ file, valid: false, errors }, null, 2));
        else {
          ctx.output.err(`${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
          for (const error of errors) ctx.output.err(`  ${describeFieldError(error)}`);
        }
        throw new ExitCode(1);
      }
      const locale = options.locale ?? plan.plan.locale ?? 'en';
      const report = checkPlan(plan, { today: options.today ?? todayIso(), locale });
      const failing = report.findings.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
      if (options.json) ctx.output.out(JSON.stringify({ file, valid: true, errors: [], health: report }, null, 2));
      else {
        ctx.output.out(`${file}: valid plan document\n`);
        printHealth(report, locale, ctx.output.out);
      }
      if (failing) throw new ExitCode(1);
    });
}
