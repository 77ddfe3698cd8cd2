import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as browser from './browser.js';
import { formatIsoDate, intlTag } from './browser.js';
import { activitySchema, goalSchema, kpiSchema, strategySchema } from './plan/plan.schema.js';

/** Every module the entry runs, following value imports only (type imports are erased). */
function runtimeModules(entry: URL): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (url: URL) => {
    if (modules.has(url.pathname)) return;
    modules.add(url.pathname);
    const source = readFileSync(url, 'utf8');
    for (const [, from, bare] of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      const specifier = (from ?? bare)!;
      if (specifier.startsWith('.')) visit(new URL(specifier.replace(/\.js$/, '.ts'), url));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { modules: [...modules], packages: [...packages] };
}

describe('the browser entry', () => {
  it('runs no package and none of the model: the web app may load it', () => {
    const { modules, packages } = runtimeModules(new URL('./browser.ts', import.meta.url));
    expect(packages).toEqual([]);
    expect(modules.filter((m) => /\/plan\/|schema/.test(m))).toEqual([]);
  });

  it('writes dates as the health messages do', () => {
    expect(intlTag('en')).toBe('en-GB');
    expect(formatIsoDate('da', '2027-03-01')).toBe('1. marts 2027');
  });

  it('offers the values the plan schema accepts, from the same lists', () => {
    expect(kpiSchema.shape.frequency.unwrap().options).toEqual([...browser.FREQUENCIES]);
    expect(kpiSchema.shape.unit.unwrap().options).toEqual([...browser.KPI_UNITS]);
    expect(goalSchema.shape.horizon.options).toEqual([...browser.HORIZONS]);
    expect(strategySchema.shape.traffic.unwrap().options).toEqual([...browser.TRAFFIC]);
    expect(activitySchema.shape.status.unwrap().options).toEqual([...browser.ACTIVITY_STATUSES]);
    const score = activitySchema.shape.value.unwrap();
    expect([browser.SCORE_MIN - 0.5, browser.SCORE_MIN, browser.SCORE_MAX, browser.SCORE_MAX + 0.5].map((v) => score.safeParse(v).success)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('counts periods and days as the engine does', () => {
    expect(browser.measurementPeriodOf('2027-03-17', 'weekly')).toEqual({ period: '2027-W11', start: '2027-03-15', end: '2027-03-21' });
    expect(browser.toDayNumber('2027-01-01') - browser.toDayNumber('2026-01-01')).toBe(365);
    expect(browser.STEPS[0]).toBe('situation');
  });
});
