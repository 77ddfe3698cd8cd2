import { bookshopPlan, exportPlan, type Finding, type HealthReport, SEVERITIES } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../testing/app.js';
import { startTestApp } from '../testing/app.js';
import { startedOn } from '../testing/databases.js';
import { addPlan, withWorkspace } from '../testing/http.js';
import { type HealthSummaryAnswer, worstFindings } from './derived-views.service.js';
import { summaryOf } from './health.service.js';

const TODAY = '2026-11-24';
const WS = 'nordbok';

const finding = (rule: string, severity: Finding['severity']): Finding => ({ rule, severity, step: 'goals', path: 'goals', message: rule, hint: '' });

describe('worstFindings', () => {
  it('puts errors first, then warnings, then notes, keeping the report order within each', () => {
    const all = [finding('w1', 'warning'), finding('i1', 'info'), finding('e1', 'error'), finding('w2', 'warning'), finding('e2', 'error')];
    expect(worstFindings(all, 4).map((f) => f.rule)).toEqual(['e1', 'e2', 'w1', 'w2']);
    expect(worstFindings(all, 50)).toHaveLength(all.length);
  });
});

describe('GET …/health/summary?top=', () => {
  const { started: t, run } = startedOn('sqlite', async () => withWorkspace<TestApp>(await startTestApp('sqlite'), { id: WS, name: 'Nordbok' }));
  const get = (path: string) => t.owner.call('GET', path);

  run("answers the summary with the worst findings of the whole report and every rule's count, cached with its own tag", async () => {
    const path = await addPlan(t, WS, 'top', exportPlan(bookshopPlan({ today: TODAY }), 'yaml'));
    const report = (await (await get(`${path}/health?today=${TODAY}`)).json()) as HealthReport;
    const answer = await get(`${path}/health/summary?today=${TODAY}&top=3`);
    expect(answer.status).toBe(200);
    const summary = (await answer.json()) as HealthSummaryAnswer;
    const rules: Record<string, number> = {};
    for (const f of report.findings) rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    expect(summary).toEqual({ ...summaryOf(report), top: worstFindings(report.findings, 3), rules });
    expect(summary.top!.map((f) => SEVERITIES.indexOf(f.severity))).toEqual([...summary.top!.map((f) => SEVERITIES.indexOf(f.severity))].sort());

    const plain = await get(`${path}/health/summary?today=${TODAY}`);
    expect(await plain.json()).toEqual(summaryOf(report));
    expect(plain.headers.get('etag')).not.toBe(answer.headers.get('etag'));
    const again = await t.owner.call('GET', `${path}/health/summary?today=${TODAY}&top=3`, { headers: { 'if-none-match': answer.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  run('refuses a top that is not a whole number from 1 to 50 (422 naming top)', async () => {
    const path = await addPlan(t, WS, 'top-wrong', exportPlan(bookshopPlan({ today: TODAY }), 'yaml'));
    for (const top of ['0', '51', '2.5', 'many']) {
      const res = await get(`${path}/health/summary?top=${top}`);
      expect(res.status, top).toBe(422);
      expect(JSON.stringify(await res.json())).toContain('top');
    }
  });
});

it.skipIf(false)('keeps the test file runnable alone', () => expect(true).toBe(true));
