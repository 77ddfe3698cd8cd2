import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Container } from '../container.js';
import { postgresAvailable, TEST_DATABASES, testContainer } from '../testing/databases.js';
import { SMALL_PLAN } from '../testing/fixtures.js';

/** The small plan with version n written into its header, a goal, a KPI, an activity and a measurement. */
const version = (n: number) =>
  SMALL_PLAN.replace('Digital strategi 2027', `Plan v${n}`)
    .replace('Sell 120 000 books online in 2027', `Goal v${n}`)
    .replace('Books sold online', `KPI v${n}`)
    .replace('Rebuild mobile checkout', `Activity v${n}`)
    .replace('value: 8900', `value: ${n}`);

/** Every version a backed-up plan file shows, by where it shows it. */
function versionsIn(text: string): Set<string> {
  const marks = [...text.matchAll(/v(\d+)\b/g)].map((m) => m[1]!);
  const measured = /date: 2027-01-31\n\s*value: (\d+)/.exec(text)?.[1];
  return new Set([...marks, measured ?? 'none']);
}

describe.each(TEST_DATABASES)('backup on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let c: Container;

  beforeAll(async () => {
    if (skip) return;
    c = await testContainer(kind);
    await c.services.workspaces.create({ id: 'acme', name: 'Acme' });
    for (const id of ['first', 'second']) await c.services.plans.import('acme', { text: version(0) }, { id });
  });
  afterAll(async () => {
    await c?.close();
  });

  run('is a snapshot: every plan it holds is one version, while the plans are replaced again and again', async () => {
    let replacing = true;
    let replaced = 0;
    const replaceLoop = async (plan: string) => {
      while (replacing) {
        await c.services.plans.replace('acme', plan, { text: version(++replaced) }, 'any');
        // As requests do: the next one comes through the event loop, not straight after.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const loops = [replaceLoop('first'), replaceLoop('second')];
    const torn: string[] = [];
    try {
      for (let backup = 0; backup < 4; backup++) {
        const dir = mkdtempSync(join(tmpdir(), 'kurs-backup-'));
        expect(await c.services.backup.backup(dir)).toEqual({ workspaces: 1, plans: 2 });
        for (const plan of ['first', 'second']) {
          const seen = versionsIn(readFileSync(join(dir, 'acme', `${plan}.yaml`), 'utf8'));
          if (seen.size !== 1) torn.push(`backup ${backup}, plan ${plan}: versions ${[...seen].join(', ')}`);
        }
        // A plan's export (and GET …/document) is one version too.
        const { text } = await c.services.plans.export('acme', 'first', 'yaml');
        const seen = versionsIn(text);
        if (seen.size !== 1) torn.push(`export ${backup}: versions ${[...seen].join(', ')}`);
        // So is what the engine reads: the status report names the plan, its goal and its KPI.
        for (let read = 0; read < 10; read++) {
          const status = JSON.stringify(await c.services.progress.status('acme', 'second', '2027-06-01'));
          const marks = new Set([...status.matchAll(/v(\d+)\b/g)].map((m) => m[1]!));
          if (marks.size !== 1) torn.push(`status ${backup}.${read}: versions ${[...marks].join(', ')}`);
        }
      }
    } finally {
      replacing = false;
      await Promise.all(loops);
    }
    expect(replaced).toBeGreaterThan(4);
    expect(torn).toEqual([]);
  });
});
