import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookshopPlan, exportPlan } from '@kurs/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, postgresAvailable } from '../testing/databases.js';
import { startTestServer } from '../testing/http.js';

const BIN = fileURLToPath(new URL('../../bin/kurs.js', import.meta.url));
const HEALTHY = fileURLToPath(new URL('../../../core/src/health/fixtures/healthy-plan.yaml', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `kurs` binary, as a user would. */
function kurs(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const work = mkdtempSync(join(tmpdir(), 'kurs-cli-'));
const sqliteEnv = (name: string) => ({ DATA_DIR: join(work, name) });

const GOOD = `kurs: 1
plan:
  name: Digital strategi 2027
  period: { start: 2027-01-01, end: 2027-12-31 }
goals:
  - { id: sell-books, title: Sell 120 000 books online in 2027, horizon: year, kpi: books-sold }
kpis:
  - { id: books-sold, name: Books sold online }
`;

const BAD = `kurs: 1
plan:
  name: Digital strategi 2027
  period: { start: 2027-01-01, end: 2026-12-31 }
goals:
  - { id: sell-books, title: Sell books, horizon: year, kpi: books }
  - { id: sell-books, title: Sell more, horizon: week }
kpis:
  - { id: books-sold, name: Books sold online, colour: blue }
`;

function file(name: string, text: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('the kurs command', () => {
  beforeAll(() => {
    if (!existsSync(BUILT)) throw new Error('Build first (npm run build): the CLI tests run the real binary.');
  });

  it('explains itself with --help, for every command', async () => {
    const help = await kurs(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['start', 'check', 'import', 'export', 'schema', 'migrate', 'backup', 'restore']) {
      expect(help.stdout).toContain(command);
    }
    const importHelp = await kurs(['import', '--help']);
    expect(importHelp.stdout).toContain('--workspace');
  });

  it('says a healthy plan is valid, scores it 100 and exits 0', async () => {
    const result = await kurs(['check', HEALTHY, '--today', '2027-02-10']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid plan document');
    expect(result.stdout).toContain('Health 100/100');
  });

  it('prints the health findings of a weak plan by step, in the chosen language, and exits 1 on an error finding', async () => {
    const weak = file('weak.yaml', GOOD);
    const result = await kurs(['check', weak, '--today', '2026-11-24']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Goals {2}\d+\/100/m);
    expect(result.stdout).toMatch(/error +goals\[0\]\.target: The goal “Sell 120 000 books online in 2027” has no target value/);
    const swedish = await kurs(['check', weak, '--today', '2026-11-24', '--locale', 'sv']);
    expect(swedish.stdout).toMatch(/^Mål {2}\d+\/100/m);
    expect(swedish.stdout).toContain('fel');
    const json = JSON.parse((await kurs(['check', weak, '--json', '--today', '2026-11-24'])).stdout) as { health: { findings: { rule: string; severity: string }[]; scores: { overall: number } } };
    expect(json.health.scores.overall).toBeLessThan(50);
    expect(json.health.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('fails a plan with only warnings when --strict', async () => {
    const text = readFileSync(HEALTHY, 'utf8').replace(/^(\s+)owner: .*\n/m, '');
    const path = file('warned.yaml', text);
    const lenient = await kurs(['check', path, '--today', '2027-02-10']);
    expect(lenient.stdout).toContain('warning');
    expect(lenient.code).toBe(0);
    expect((await kurs(['check', path, '--today', '2027-02-10', '--strict'])).code).toBe(1);
  });

  it('lists every error of a bad plan with its path and line, and exits 1', async () => {
    const result = await kurs(['check', file('bad.yaml', BAD)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('goals[0].kpi (line 6');
    expect(result.stderr).toContain('no kpi with id "books"');
    expect(result.stderr).toContain('goals[1].horizon');
    expect(result.stderr).toContain('kpis[0].colour');
    expect(result.stderr).toContain('plan.period.end');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a plan file that is not UTF-8 at the line and column of its first bad byte, and stores nothing', async () => {
    // "Digital strategæ" written by an editor in Latin-1: the æ is the byte 0xE6, which UTF-8 never has alone.
    const before = '  name: Digital strateg';
    const bytes = Buffer.from(GOOD.replace('  name: Digital strategi', `${before}\u00e6`), 'latin1');
    const latin1 = file('latin1.yaml', bytes);
    const checked = await kurs(['check', latin1]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toBe('');
    expect(checked.stderr).toContain(`${latin1}: line 3, column ${before.length + 1} is not UTF-8 (byte ${bytes.indexOf(0xe6)}: 0xE6)`);
    expect(checked.stderr).toContain('Save the file as UTF-8');
    expect(checked.stderr).not.toMatch(/\n\s+at /);
    const env = sqliteEnv('latin1');
    const imported = await kurs(['import', latin1], env);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('line 3, column');
    expect((await kurs(['list'], env)).stdout).not.toContain('Digital');
  });

  it('reads a plan file with a UTF-8 byte order mark, and a UTF-16 file by its mark; a broken UTF-16 file is refused naming it', async () => {
    const text = readFileSync(HEALTHY, 'utf8');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le).swap16();
    for (const [name, bytes] of [['bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])], ['utf16le.yaml', utf16le], ['utf16be.yaml', utf16be]] as const) {
      const result = await kurs(['check', file(name, bytes), '--today', '2027-02-10']);
      expect(result.stderr, name).toBe('');
      expect(result.stdout, name).toContain('Health 100/100');
    }
    // A lone surrogate (0xD800) on the second line.
    const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kurs: 1\nplan: ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('x\n', 'utf16le')]);
    const refused = await kurs(['check', file('broken16.yaml', broken)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 2, column 7 is not UTF-16 LE');
  });

  it('stops quietly when its reader stops early (kurs check … | head), without a stack trace', async () => {
    const activities = Array.from({ length: 3000 }, (_, i) => `  - { id: a${i}, title: Activity ${i} }`).join('\n');
    const big = file('big.yaml', `kurs: 1\nplan:\n  name: Big\n  period: { start: 2027-01-01, end: 2027-12-31 }\nactivities:\n${activities}\n`);
    const result = await new Promise<Result>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'check', big], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' } });
      let stdout = '';
      let stderr = '';
      // As head does: read the first lines, then close the pipe.
      child.stdout.once('data', (d) => {
        stdout += d;
        child.stdout.destroy();
      });
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
    expect(result.stdout).toContain('valid plan document');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(141);
  });

  it('prints JSON for machines with --json', async () => {
    const result = await kurs(['check', '--json', file('bad2.yaml', BAD)]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { valid: boolean; errors: { path: string; line: number }[] };
    expect(report.valid).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ path: 'goals[0].kpi', line: 6 }));
  });

  it('prints the JSON Schema of the format', async () => {
    const result = await kurs(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['kurs', 'plan', 'goals', 'kpis', 'activities']));
  });

  it('errs in plain words, without a stack trace', async () => {
    const missing = await kurs(['import', join(work, 'nope.yaml')], sqliteEnv('missing'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: no such file/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const unknown = await kurs(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const badEnv = await kurs(['list'], { DATABASE_URL: 'mysql://x' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('DATABASE_URL');
  });

  it('imports, refuses a bad file without storing anything, and exports the same document', { timeout: 120_000 }, async () => {
    const env = sqliteEnv('roundtrip');
    const doc = exportPlan(bookshopPlan({ today: '2026-11-24' }), 'yaml');
    const imported = await kurs(['import', file('demo.yaml', doc), '--workspace', 'nordbok', '--id', 'demo'], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const refused = await kurs(['import', file('bad3.yaml', BAD), '--workspace', 'nordbok'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('goals[0].kpi (line 6');
    const list = await kurs(['list'], env);
    expect(list.stdout.match(/^ {2}\S+/gm)).toHaveLength(1);

    const yaml = await kurs(['export', 'demo'], env);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toBe(doc);
    const json = await kurs(['export', 'demo', '--format', 'json'], env);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(exportPlan(bookshopPlan({ today: '2026-11-24' }), 'json')));
  });

  it('prints a status report with goals, forecasts, overdue KPIs and milestones', async () => {
    const env = sqliteEnv('status');
    await kurs(['import', file('status.yaml', exportPlan(bookshopPlan({ today: '2026-11-24' }), 'yaml')), '--id', 'books'], env);
    const result = await kurs(['status', 'books', '--today', '2026-11-24', '--locale', 'en'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Status: Digital strategy');
    expect(result.stdout).toMatch(/Goals: \d+ not reached, \d+ at risk, \d+ behind, \d+ on track, \d+ achieved, \d+ no data/);
    expect(result.stdout).toContain('forecast');
    expect(result.stdout).toContain('Overdue measurements');
    expect(result.stdout).toContain('Next milestones');
    const missing = await kurs(['status', 'nope'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no plan "nope"');
  });

  it('backs up from SQLite, restores into PostgreSQL and back, with identical documents', { timeout: 180_000 }, async (context) => {
    if (!postgresAvailable()) context.skip();
    const source = sqliteEnv('backup-source');
    await kurs(['import', file('b1.yaml', exportPlan(bookshopPlan({ today: '2026-11-24' }), 'yaml')), '--workspace', 'one', '--id', 'books'], source);
    await kurs(['import', file('b2.yaml', GOOD), '--workspace', 'two'], source);
    const first = join(work, 'backup-1');
    expect((await kurs(['backup', first], source)).code).toBe(0);
    expect(readdirSync(first).sort()).toEqual(['manifest.json', 'one', 'two']);

    const pg = await freshDatabase('postgres');
    const pgEnv = { DATABASE_URL: (pg as { url: string }).url };
    const restored = await kurs(['restore', first], pgEnv);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('Restored 2 plan(s) in 2 workspace(s)');
    const second = join(work, 'backup-2');
    await kurs(['backup', second], pgEnv);

    const target = sqliteEnv('backup-target');
    await kurs(['restore', second], target);
    const third = join(work, 'backup-3');
    await kurs(['backup', third], target);

    for (const plan of ['one/books.yaml', 'two/digital-strategi-2027.yaml']) {
      const original = readFileSync(join(first, plan), 'utf8');
      expect(readFileSync(join(second, plan), 'utf8')).toBe(original);
      expect(readFileSync(join(third, plan), 'utf8')).toBe(original);
    }
  });

  it('creates an account that owns the workspaces without an owner, and refuses a second with the same email', async () => {
    const env = sqliteEnv('users');
    await kurs(['import', file('users.yaml', GOOD), '--workspace', 'acme'], env);
    const created = await kurs(['user', 'create', '--email', 'Anna@Example.com', '--role', 'owner'], env);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created the account anna@example.com (owner of acme)');
    expect(created.stdout).toMatch(/^Password: \S{12,}$/m);
    const again = await kurs(['user', 'create', '--email', 'anna@example.com'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is an account for anna@example.com already');
    const viewer = await kurs(['user', 'create', '--email', 'ben@example.com', '--role', 'viewer'], env);
    expect(viewer.code).toBe(1);
    expect(viewer.stderr).toContain('--workspace');
  });

  it('works on a server over HTTP with an API token: list, import, export, status, measurements import', { timeout: 120_000 }, async () => {
    const api = await startTestServer('sqlite');
    try {
      await api.call('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } });
      const token = async (role: string) =>
        ((await (await api.call('POST', '/api/v1/auth/tokens', { json: { name: role, workspace: 'acme', role } })).json()) as { token: string }).token;
      const remote = ['--server', api.url, '--token', await token('editor')];
      const doc = exportPlan(bookshopPlan({ today: '2026-11-24' }), 'yaml');
      const imported = await kurs([...remote, 'import', file('remote.yaml', doc), '--id', 'books']);
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toContain('as plan books in workspace acme');
      expect((await kurs([...remote, 'list'])).stdout).toMatch(/^acme {2}\(Acme\)\n {2}books /);
      expect((await kurs([...remote, 'export', 'books'])).stdout).toBe(doc);
      const status = await kurs([...remote, 'status', 'books', '--today', '2026-11-24', '--locale', 'en']);
      expect(status.stdout).toContain('Status: Digital strategy');
      const measured = await kurs([...remote, 'measurements', 'import', file('m.csv', 'kpi,date,value\nvisits,2026-11-22,123\n'), '--plan', 'books']);
      expect(measured.stderr).toBe('');
      expect(measured.stdout).toContain('Stored 1 measurement(s) in plan books');
      const log = (await (await api.call('GET', '/api/v1/workspaces/acme/audit')).json()) as { items: { action: string; actor: { via: string } }[] };
      expect(log.items.slice(0, 2).map((e) => [e.action, e.actor.via])).toEqual([['measurements.import', 'token'], ['plan.create', 'token']]);

      const readOnly = await kurs(['--server', api.url, '--token', await token('viewer'), 'import', file('again.yaml', doc)]);
      expect(readOnly.code).toBe(1);
      expect(readOnly.stderr).toMatch(/^error: Your role does not allow this \(plan.write\)/);
      const revoked = await kurs(['--server', api.url, '--token', 'kurs_pat_unknown', 'list']);
      expect(revoked.code).toBe(1);
      expect(revoked.stderr).toContain('The token is not valid');
      const local = await kurs([...remote, 'backup', join(work, 'nope')]);
      expect(local.code).toBe(1);
      expect(local.stderr).toContain('works on the local database only');
    } finally {
      await api.close();
    }
  });
});
