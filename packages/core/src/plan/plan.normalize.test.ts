import { describe, expect, it } from 'vitest';
import { buildAudience, buildCampaign, buildCompetitor, buildKpi, buildMilestone, buildPlan, buildReview } from '../testing/plan.factories.js';
import { normalizePlan, slugify } from './plan.normalize.js';
import type { PlanDocument } from './plan.schema.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('slugify', () => {
  it.each([
    ['Digital strategi 2027', 'digital-strategi-2027'],
    ['Blåbærsyltetøy', 'blabaersyltetoy'],
    ['Ærlig Øl på Åsen', 'aerlig-ol-pa-asen'],
    ['Smörgåsbord Ägg', 'smorgasbord-agg'],
    ['Café Crème', 'cafe-creme'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['2027-Q1', '2027-q1'],
    ['日本', ''],
  ])('makes %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps an id within 80 characters and never ends it with "-"', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug).toBe('a'.repeat(79));
    expect(slugify('x'.repeat(200))).toHaveLength(80);
  });
});

describe('normalizePlan', () => {
  it('gives ids to audiences, competitors, campaigns, milestones and reviews that lack one', () => {
    const plan = buildPlan({
      situation: {
        audiences: [{ name: 'Gift buyers' }, buildAudience({ id: 'gift-buyers' }), { name: 'Gift  buyers!' }],
        competitors: [{ name: 'Ærlige Bøker' }],
        campaigns: [{ name: 'Christmas 2026' }, buildCampaign({ id: 'summer' })],
      },
      milestones: [{ title: 'New checkout live', date: '2027-04-15' }],
      reviews: [
        { date: '2027-03-31', period: '2027-Q1' },
        { date: '2027-06-30' },
      ],
    });
    const normalized = normalizePlan(plan);
    expect(normalized.situation?.audiences?.map((a) => a.id)).toEqual(['gift-buyers-2', 'gift-buyers', 'gift-buyers-3']);
    expect(normalized.situation?.competitors?.map((c) => c.id)).toEqual(['aerlige-boker']);
    expect(normalized.situation?.campaigns?.map((c) => c.id)).toEqual(['christmas-2026', 'summer']);
    expect(normalized.milestones?.map((m) => m.id)).toEqual(['new-checkout-live']);
    expect(normalized.reviews?.map((r) => r.id)).toEqual(['2027-q1', '2027-06-30']);
  });

  it('falls back to the kind of thing when a name gives no letters', () => {
    const plan = buildPlan({ milestones: [{ title: '日本', date: '2027-01-01' }, { title: '中国', date: '2027-01-02' }] });
    expect(normalizePlan(plan).milestones?.map((m) => m.id)).toEqual(['milestone', 'milestone-2']);
  });

  it('keeps a long id with its suffix within 80 characters', () => {
    const name = 'z'.repeat(100);
    const plan = buildPlan({ milestones: [buildMilestone({ id: 'z'.repeat(80) }), { title: name, date: '2027-01-01' }] });
    const id = normalizePlan(plan).milestones?.[1].id;
    expect(id).toBe(`${'z'.repeat(78)}-2`);
  });

  it('keeps one measurement per KPI and date, the last one written, ordered by KPI as listed then date', () => {
    const plan = buildPlan({
      kpis: [buildKpi({ id: 'visits' }), buildKpi({ id: 'books' })],
      measurements: [
        { kpi: 'books', date: '2027-02-28', value: 1 },
        { kpi: 'visits', date: '2027-02-28', value: 2 },
        { kpi: 'books', date: '2027-01-31', value: 3 },
        { kpi: 'books', date: '2027-02-28', value: 4 },
        { kpi: 'visits', date: '2027-01-31', value: 5 },
      ],
    });
    expect(normalizePlan(plan).measurements).toEqual([
      { kpi: 'visits', date: '2027-01-31', value: 5 },
      { kpi: 'visits', date: '2027-02-28', value: 2 },
      { kpi: 'books', date: '2027-01-31', value: 3 },
      { kpi: 'books', date: '2027-02-28', value: 4 },
    ]);
  });

  it('changes nothing in its input and invents no collections', () => {
    const plan: PlanDocument = deepFreeze({
      kurs: 1,
      plan: { name: 'P', period: { start: '2027-01-01', end: '2027-12-31' } },
      situation: { competitors: [buildCompetitor(), { name: 'Nameless' }] },
      measurements: [
        { kpi: 'b', date: '2027-01-02', value: 1 },
        { kpi: 'a', date: '2027-01-01', value: 2 },
      ],
      reviews: [buildReview()],
    });
    const copy = structuredClone(plan);
    const normalized = normalizePlan(plan);
    expect(plan).toEqual(copy);
    expect(Object.keys(normalized)).toEqual(Object.keys(plan));
    expect(Object.keys(normalized.situation ?? {})).toEqual(['competitors']);
    expect(normalized.measurements?.map((m) => m.kpi)).toEqual(['a', 'b']);
  });

  it('is idempotent', () => {
    const plan = buildPlan({
      situation: { audiences: [{ name: 'A' }, { name: 'A' }] },
      measurements: [{ kpi: 'x', date: '2027-01-01', value: 1 }],
    });
    const once = normalizePlan(plan);
    expect(normalizePlan(once)).toEqual(once);
  });
});
