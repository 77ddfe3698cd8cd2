import { readFileSync } from 'node:fs';
import { formatIsoDate, GOAL_STATUSES_WORST_FIRST, goalProgress, kpiOverview, LOCALES, planProgress, type Locale, type PlanDocument } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import type { StatusReport } from '../../services/progress.service.js';
import { formatStatus } from './status.command.js';

const TODAY = '2027-08-01';
const kpi = (id: string) => ({ id, name: `Followers ${id}`, aggregation: 'last' as const, frequency: 'monthly' as const });
const plan: PlanDocument = {
  kurs: 1,
  plan: { name: 'Digital strategy 2027', period: { start: '2027-01-01', end: '2027-12-31' } },
  kpis: [kpi('june'), kpi('may'), kpi('early')],
  goals: [
    { id: 'june', title: 'Reach 100 followers by June', horizon: 'quarter', kpi: 'june', baseline: { value: 0, date: '2026-12-31' }, target: { value: 100, date: '2027-06-30' } },
    { id: 'may', title: 'Reach 100 followers by May', horizon: 'quarter', kpi: 'may', baseline: { value: 0, date: '2026-12-31' }, target: { value: 100, date: '2027-06-30' } },
    { id: 'early', title: 'Reach 200 followers by December', horizon: 'year', kpi: 'early', baseline: { value: 100, date: '2027-07-01' }, target: { value: 200, date: '2027-12-31' } },
  ],
  measurements: [
    { kpi: 'june', date: '2027-06-30', value: 80 },
    { kpi: 'may', date: '2027-04-30', value: 90 },
    { kpi: 'may', date: '2027-05-31', value: 110 },
    { kpi: 'early', date: '2027-06-30', value: 95 },
  ],
};

function report(doc: PlanDocument): StatusReport {
  return {
    today: TODAY,
    plan: doc.plan,
    summary: planProgress(doc, { today: TODAY }),
    goals: goalProgress(doc, { today: TODAY }),
    kpis: kpiOverview(doc, { today: TODAY }),
    milestones: [],
    names: Object.fromEntries((doc.goals ?? []).map((g) => [g.id, g.title])),
  };
}

const goalLine = (text: string, title: string) => text.split('\n').find((line) => line.includes(title));

describe('kurs status', () => {
  it('says a goal that fell short by its target date was not reached, with its result on that date', () => {
    const text = formatStatus(report(plan), 'en');
    expect(text.split('\n')[0]).toBe('Status: Digital strategy 2027 (as of 1 August 2027)');
    expect(text).toContain('Goals: 1 not reached, 0 at risk, 0 behind, 0 on track, 1 achieved, 1 no data');
    expect(goalLine(text, 'by June')).toBe('  not reached  Reach 100 followers by June: 80% (100%); Result at the target date 80 (30 June 2027)');
  });

  it('gives the date an achieved goal reached its target instead of a forecast', () => {
    const line = goalLine(formatStatus(report(plan), 'en'), 'by May');
    expect(line).toBe('  achieved     Reach 100 followers by May: 110% (100%); Result at the target date 110 (31 May 2027); Target reached on 31 May 2027.');
  });

  it('says why a goal has no progress, in the web app’s words', () => {
    const line = goalLine(formatStatus(report(plan), 'en'), 'by December');
    expect(line).toBe(
      '  no data      Reach 200 followers by December: – (17%); The KPI has results only up to the baseline date, 1 July 2027 (the latest from 30 June 2027). Progress counts from the baseline: enter results dated after it.',
    );
    expect(goalLine(formatStatus(report(plan), 'da'), 'by December')).toContain('KPI’en har kun resultater frem til datoen for baseline, 1. juli 2027 (det seneste fra 30. juni 2027).');
  });
});

describe('the words of kurs status about a goal', () => {
  const web = (locale: Locale): Record<string, string> =>
    JSON.parse(readFileSync(new URL(`../../../../web/src/features/goals/goals.messages.${locale}.json`, import.meta.url), 'utf8'));

  it('are the web app’s, in every language', () => {
    for (const locale of LOCALES) {
      const text = formatStatus(report(plan), locale);
      const catalogue = web(locale);
      const sentence = (id: string, values: Record<string, string>) =>
        Object.entries(values).reduce((words, [name, value]) => words.replace(`{${name}}`, value), catalogue[id]);
      const date = (iso: string) => formatIsoDate(locale, iso);
      for (const state of GOAL_STATUSES_WORST_FIRST) {
        expect({ locale, state, text }).toEqual({ locale, state, text: expect.stringContaining(` ${catalogue[`goals.status.${state}`].toLowerCase()}`) });
      }
      expect({ locale, text: goalLine(text, 'by May') }).toEqual({ locale, text: expect.stringContaining(sentence('goals.progress.achievedOn', { date: date('2027-05-31') })) });
      expect({ locale, text: goalLine(text, 'by June') }).toEqual({ locale, text: expect.stringContaining(sentence('goals.progress.atTarget', { value: '80', date: date('2027-06-30') })) });
      const noData = sentence('goals.progress.noData.only_before_baseline', { baseline: date('2027-07-01'), last: date('2027-06-30') });
      expect({ locale, text: goalLine(text, 'by December') }).toEqual({ locale, text: expect.stringContaining(noData) });
    }
  });
});
