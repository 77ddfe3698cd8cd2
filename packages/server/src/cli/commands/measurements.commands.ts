import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type ColumnReading, describeFieldError } from '@kurs/core';
import type { Command } from 'commander';
import type { MeasurementImportReport } from '../../services/measurement-import.service.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../output.js';
import { workspaceOfPlan } from '../backend.js';

/** A mapping given inline as JSON, or as the path of a JSON file. */
async function mappingOf(value: string | undefined): Promise<unknown> {
  if (value === undefined) return undefined;
  const text = value.trimStart().startsWith('{') ? value : existsSync(value) ? await readFile(value, 'utf8') : undefined;
  if (text === undefined) throw new Error(`--mapping must be JSON or the path of a JSON file; there is no file ${value}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`--mapping is not valid JSON: ${(error as Error).message}`);
  }
}

const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' } as const;
const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

function describe(report: MeasurementImportReport): string[] {
  const { summary } = report;
  const values = summary.rows - summary.replaced;
  const lines = [
    `${values} value(s) of ${summary.kpis.length} KPI(s)${summary.from ? `, ${summary.from} to ${summary.to}` : ''} from ${summary.rows} row(s) (format ${report.mapping.format})`,
    `  read as ${ENCODING_NAMES[report.encoding]}, ${DELIMITER_NAMES[report.delimiter]}-separated${summary.header_line ? `, header on line ${summary.header_line}` : ''}`,
  ];
  if (report.source) lines.push(`  looks like: ${report.source.name}${report.source.note ? `. ${report.source.note}` : ''}`);
  lines.push(`  mapping ${MAPPING_FROM[report.mapping_from]}`);
  if (report.mapping_dropped) {
    const before = report.mapping_dropped.delimiter === null ? 'a file whose delimiter was not kept' : `a ${DELIMITER_NAMES[report.mapping_dropped.delimiter]}-separated file`;
    lines.push(`  without its ${report.mapping_dropped.fields.join(' and ')}: it was remembered from ${before}, so this file's columns decide`);
  }
  if (summary.period) {
    const where = summary.period.line === null ? 'given in the mapping' : `read on line ${summary.period.line}`;
    lines.push(`  period ${summary.period.start ?? '…'} to ${summary.period.end} (${where}), each value dated ${summary.period.end}`);
  }
  for (const reading of summary.readings) lines.push(`  column ${reading.column} read with ${READING_NAMES[reading.reading]} (${readingBy(reading)})`);
  for (const kpi of summary.kpis) {
    const total = kpi.summed ? `sum ${kpi.sum}` : `last value ${kpi.last}`;
    lines.push(`  ${kpi.kpi}: ${kpi.days} value(s)${kpi.rows !== kpi.days ? ` from ${kpi.rows} row(s)` : ''}, ${kpi.from} to ${kpi.to}, ${total}`);
  }
  if (summary.filtered) lines.push(`  ${summary.filtered} row(s) left out by the filter`);
  if (summary.ignored_columns.length) lines.push(`  ignored columns: ${summary.ignored_columns.join(', ')}`);
  // The lines passed over are part of the preview: a real run only counts them.
  if (report.dry_run) {
    for (const skipped of summary.skipped_lines) lines.push(`  skipped line ${skipped.line} (${skipped.reason}): ${skipped.text}`);
    const unlisted = summary.skipped - summary.skipped_lines.length;
    if (unlisted > 0) lines.push(`  ${unlisted} more line(s) skipped (blank lines are counted, not listed)`);
  }
  return lines;
}

const MAPPING_FROM = {
  given: 'as given',
  remembered: "as at the plan's last import of this source",
  preset: 'proposed for this export',
  guessed: 'guessed from the column names',
} as const;

const READING_NAMES = {
  decimal_point: 'a decimal point',
  decimal_comma: 'a decimal comma',
  day_first: 'the day first',
  month_first: 'the month first',
  excel_serial: 'Excel date numbers',
} as const;

function readingBy(reading: ColumnReading): string {
  if (reading.by === 'mapping') return 'as the mapping says';
  if (reading.by === 'value') return `decided by line ${reading.line}: "${reading.value}"`;
  return reading.by === 'delimiter' ? "from the file's delimiter" : "like the file's other columns";
}

export function measurementsCommands(program: Command, ctx: CliContext): void {
  const measurements = program.command('measurements').description('measurements of KPIs');
  measurements
    .command('import')
    .description('import measurements from a CSV file or a Google Analytics 4 export; all or nothing')
    .argument('<file>', 'the CSV file')
    .requiredOption('-p, --plan <id>', 'the plan to import into')
    .option('-w, --workspace <id>', 'the workspace of the plan (needed only when several have a plan with this id)')
    .option(
      '-m, --mapping <json|file>',
      'how to read the file, e.g. \'{"format":"long","locale":"nb"}\' or \'{"format":"ga4","columns":{"Sessions":"visits"}}\' (default: guessed from the header)',
    )
    .option('--dry-run', 'read and check the whole file and show a preview, store nothing')
    .option('--json', 'print the report (how the file was read, what it gives per KPI, its errors) as JSON for machines')
    .action(async (file: string, options: { plan: string; workspace?: string; mapping?: string; dryRun?: boolean; json?: boolean }) => {
      const mapping = await mappingOf(options.mapping);
      if (!existsSync(file)) throw Object.assign(new Error(`no such file: ${file}`), { code: 'ENOENT', path: file });
      await ctx.withBackend(async (backend) => {
        const workspace = options.workspace ?? (await workspaceOfPlan(backend, options.plan));
        // Bytes: the import reads the encoding the file was written in (UTF-8, UTF-16, Windows-1252).
        const stream = createReadStream(file, { highWaterMark: 1 << 20 });
        const report = await backend.importMeasurements(workspace, options.plan, stream, {
          mapping,
          dryRun: Boolean(options.dryRun),
          onProgress: process.stderr.isTTY ? (rows) => process.stderr.write(`\r  ${rows} rows…`) : undefined,
        });
        if (process.stderr.isTTY) process.stderr.write('\r');
        if (options.json) {
          ctx.output.out(JSON.stringify(report, null, 2));
          if (report.summary.error_count) throw new ExitCode(1);
          return;
        }
        for (const line of describe(report)) ctx.output.out(line);
        if (report.dry_run) {
          ctx.output.out('Preview:');
          for (const m of report.preview) ctx.output.out(`  ${m.kpi}  ${m.date}  ${m.value}`);
          if (report.summary.error_count) {
            ctx.output.err(`${report.summary.error_count} error(s):`);
            for (const error of report.summary.errors) ctx.output.err(`  ${describeFieldError(error)}`);
            throw new ExitCode(1);
          }
          ctx.output.out('Dry run: nothing was stored.');
        } else {
          ctx.output.out(`Stored ${report.stored} measurement(s) in plan ${options.plan}.`);
        }
      });
    });
}
