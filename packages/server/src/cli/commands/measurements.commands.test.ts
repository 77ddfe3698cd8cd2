import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase, postgresAvailable, TEST_DATABASES } from '../../testing/databases.js';
import type { Output } from '../output.js';
import { runCli } from '../program.js';

/* `kurs measurements import` reads the file's bytes: the encoding is the file's, not assumed UTF-8. */

const PLAN = `kurs: 1
plan: { name: Besøk 2025, period: { start: 2025-01-01, end: 2025-12-31 } }
kpis:
  - { id: visits, name: Besøk, aggregation: sum }
`;

const work = mkdtempSync(join(tmpdir(), 'kurs-measurements-cli-'));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs the CLI in this process, as `kurs …` would, with what it prints. */
async function kurs(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const output: Output = { out: (text) => void (out += `${text}\n`), err: (text) => void (err += `${text}\n`) };
  const code = await runCli(args, output, { LOG_LEVEL: 'silent', KURS_DEMO: 'false', ...env });
  return { code, out, err };
}

describe.each(TEST_DATABASES)('kurs measurements import on %s', (kind) => {
  const run = kind === 'postgres' && !postgresAvailable() ? it.skip : it;

  run('imports a Windows-1252 and a UTF-16 file, says how it read them, and stores their numbers', async () => {
    const database = await freshDatabase(kind);
    const env: Record<string, string> = database.kind === 'sqlite' ? { DATA_DIR: join(database.file, '..') } : { DATABASE_URL: database.url };
    expect((await kurs(['import', file(`plan-${kind}.yaml`, PLAN), '--id', 'p'], env)).code).toBe(0);

    const mapping = JSON.stringify({ format: 'wide', date_column: 'Dato', locale: 'nb', columns: { Besøk: 'visits' } });
    const cp1252 = file('besok-1252.csv', Buffer.from('Besøk per måned\r\nDato;Besøk\r\n31.01.2025;1200\r\n28.02.2025;1300\r\nTotalt;2500\r\n', 'latin1'));
    const dry = await kurs(['measurements', 'import', cp1252, '--plan', 'p', '--mapping', mapping, '--dry-run'], env);
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('read as Windows-1252, semicolon-separated, header on line 2');
    expect(dry.out).toContain('mapping as given');
    expect(dry.out).toContain('skipped line 1 (title): Besøk per måned');
    expect(dry.out).toContain('skipped line 5 (totals): Totalt, 2500');
    expect(dry.out).toContain('visits: 2 value(s), 2025-01-31 to 2025-02-28, sum 2500');

    const text = 'Dato\tBesøk\r\n31.03.2025\t1400\r\n30.04.2025\t1 500\r\n';
    const utf16 = file('besok-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const imported = await kurs(['measurements', 'import', utf16, '--plan', 'p', '--mapping', mapping], env);
    expect(imported.err).toBe('');
    expect(imported.out).toContain('read as UTF-16 LE, tab-separated, header on line 1');
    expect(imported.out).toContain('Stored 2 measurement(s)');
    expect((await kurs(['measurements', 'import', cp1252, '--plan', 'p', '--mapping', mapping], env)).code).toBe(0);

    const exported = await kurs(['export', 'p', '--format', 'json'], env);
    const measurements = (JSON.parse(exported.out) as { measurements: { date: string; value: number }[] }).measurements;
    expect(measurements.map((m) => [m.date, m.value])).toEqual([
      ['2025-01-31', 1200],
      ['2025-02-28', 1300],
      ['2025-03-31', 1400],
      ['2025-04-30', 1500],
    ]);
  });

  run('prints the dry run as JSON with --json: how the file was read, what each KPI gets, and its errors with their line', async () => {
    const database = await freshDatabase(kind);
    const env: Record<string, string> = database.kind === 'sqlite' ? { DATA_DIR: join(database.file, '..') } : { DATABASE_URL: database.url };
    expect((await kurs(['import', file(`plan-json-${kind}.yaml`, PLAN), '--id', 'p'], env)).code).toBe(0);
    const mapping = JSON.stringify({ format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' } });

    const good = file('besok-json.csv', Buffer.from('Besøk per måned\r\nDato;Besøk\r\n31.01.2025;1.200\r\n28.02.2025;1.300,5\r\nI alt;2.500,5\r\n', 'latin1'));
    const dry = await kurs(['measurements', 'import', good, '--plan', 'p', '--mapping', mapping, '--dry-run', '--json'], env);
    expect(dry.code).toBe(0);
    expect(dry.err).toBe('');
    const report = JSON.parse(dry.out) as {
      dry_run: boolean;
      mapping_from: string;
      encoding: string;
      delimiter: string;
      stored: number;
      summary: { header_line: number; skipped_lines: { line: number; reason: string; text: string }[]; kpis: { kpi: string; days: number; from: string; to: string; sum: number; last: number }[] };
    };
    expect(report).toMatchObject({ dry_run: true, mapping_from: 'given', encoding: 'windows-1252', delimiter: ';', stored: 0 });
    expect(report.summary.header_line).toBe(2);
    expect(report.summary.skipped_lines).toEqual([
      { line: 1, reason: 'title', text: 'Besøk per måned' },
      { line: 5, reason: 'totals', text: 'I alt, 2.500,5' },
    ]);
    expect(report.summary.kpis).toEqual([expect.objectContaining({ kpi: 'visits', days: 2, from: '2025-01-31', to: '2025-02-28', sum: 2500.5, last: 1300.5 })]);

    const bad = file('besok-json-bad.csv', 'Dato;Besøk\r\n31.01.2025;12x\r\n');
    const refused = await kurs(['measurements', 'import', bad, '--plan', 'p', '--mapping', mapping, '--dry-run', '--json'], env);
    expect(refused.code).toBe(1);
    const errors = (JSON.parse(refused.out) as { summary: { error_count: number; errors: { line: number; column: number }[] } }).summary;
    expect(errors.error_count).toBe(1);
    expect(errors.errors[0]).toMatchObject({ line: 2, column: 2 });
  });
});
