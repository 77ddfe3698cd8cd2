import { formatIsoDate, GOAL_STATUSES_WORST_FIRST, intlTag, LOCALES, type GoalStatus, type IsoDate, type Locale, type NoDataReason } from '@kurs/core';
import { type Command, Option } from 'commander';
import type { StatusReport } from '../../services/progress.service.js';
import { CLI_WORDS, goalPageWords } from '../cli.messages.js';
import type { CliContext } from '../context.js';
import { workspaceOfPlan } from '../backend.js';

/** Fills `{name}` placeholders. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The reason's dates, by the names its sentence uses, written by `date`. */
function reasonValues(reason: NoDataReason, date: (iso: IsoDate) => string): Record<string, string> {
  const { reason: _, ...dates } = reason;
  return Object.fromEntries(Object.entries(dates).map(([name, iso]) => [name, date(iso)]));
}

/** The report in words, numbers and dates written as the web app writes them in that language. */
export function formatStatus(report: StatusReport, locale: Locale): string {
  const words = CLI_WORDS[locale].status;
  const page = goalPageWords(locale);
  const state = (status: GoalStatus) => page[`goals.status.${status}`].toLowerCase();
  const number = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 0 });
  const date = (iso: IsoDate) => formatIsoDate(locale, iso);
  const lines = [`${words.title}: ${report.plan.name} (${words.asOf} ${date(report.today)})`, ''];
  lines.push(
    `${words.goals}: ${GOAL_STATUSES_WORST_FIRST.map((status) => `${report.summary.byStatus[status]} ${state(status)}`).join(', ')}`,
  );
  for (const goal of report.goals) {
    const progress = goal.progress === null ? '–' : percent.format(goal.progress);
    const expected = percent.format(goal.expected);
    let line = `  ${state(goal.status).padEnd(12)} ${report.names[goal.goal] ?? goal.goal}: ${progress} (${expected})`;
    if (goal.noData) line += `; ${fill(page[`goals.progress.noData.${goal.noData.reason}`], reasonValues(goal.noData, date))}`;
    if (goal.pastTarget && goal.actual !== null && goal.actualDate) {
      line += `; ${fill(page['goals.progress.atTarget'], { value: number.format(goal.actual), date: date(goal.actualDate) })}`;
    }
    if (goal.achievedOn) line += `; ${fill(page['goals.progress.achievedOn'], { date: date(goal.achievedOn) })}`;
    if (goal.forecast) {
      const { value, low, high, reachesTargetOn } = goal.forecast;
      line += `; ${words.forecast} ${number.format(value)} [${number.format(low)}–${number.format(high)}] ${date(goal.forecast.date)}`;
      line += `; ${words.reaches} ${reachesTargetOn ? date(reachesTargetOn) : words.never}`;
    }
    if (goal.stale) line += ` (${words.stale})`;
    lines.push(line);
  }
  // An overdue result always has a due date (measurementDue).
  const overdue = report.kpis.flatMap((k) => (k.overdue && k.nextDue ? [{ kpi: k.kpi, due: k.nextDue }] : []));
  lines.push('', `${words.overdue}: ${overdue.length ? '' : words.noneOverdue}`);
  for (const kpi of overdue) lines.push(`  ${report.names[kpi.kpi] ?? kpi.kpi}: ${words.due} ${date(kpi.due)}`);
  lines.push('', `${words.milestones}: ${report.milestones.length ? '' : words.noMilestones}`);
  for (const milestone of report.milestones) lines.push(`  ${date(milestone.date)}  ${milestone.title}`);
  return lines.join('\n');
}

export function statusCommand(program: Command, ctx: CliContext): void {
  program
    .command('status')
    .description('a status report of a plan: goals with progress and forecast, overdue KPIs, next milestones')
    .argument('<plan>', 'the plan id (see `kurs list`)')
    .option('-w, --workspace <id>', 'the workspace of the plan (needed only when several have a plan with this id)')
    .addOption(new Option('--locale <locale>', "language of the report (default: the plan's locale, else en)").choices([...LOCALES]))
    .option('--today <date>', 'report as of this date (YYYY-MM-DD)')
    .option('--json', 'print the report as JSON')
    .action(async (plan: string, options: { workspace?: string; locale?: Locale; today?: string; json?: boolean }) => {
      await ctx.withBackend(async (backend) => {
        const workspace = options.workspace ?? (await workspaceOfPlan(backend, plan));
        const report = await backend.status(workspace, plan, options.today);
        if (options.json) ctx.output.out(JSON.stringify(report, null, 2));
        else ctx.output.out(formatStatus(report, options.locale ?? report.plan.locale ?? 'en'));
      });
    });
}
