import { describe, expect, it } from 'vitest';
import { checkPlan } from '../health/health.check.js';
import { validatePlan } from '../plan/plan.parse.js';
import { HORIZONS, LOCALES, type Locale, type PlanDocument } from '../plan/plan.schema.js';
import { addDays } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { TEMPLATE_IDS, templateCatalogue, type TemplateId } from './templates.catalogue.js';
import { startingPlan } from './templates.start.js';

const PERIOD = { start: '2027-01-01', end: '2027-12-31' };
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== 'en');

function planOf(id: TemplateId, locale: Locale): PlanDocument {
  return startingPlan(id, locale, { name: 'Plan 2027', period: PERIOD, currency: 'NOK', organisation: 'Sykkelhuset AS' });
}

/** Every list of the plan whose entries a template marks as drafts. */
function draftLists(plan: PlanDocument): Record<string, Array<{ draft?: boolean }>> {
  const s = plan.situation;
  return {
    audiences: s?.audiences ?? [],
    competitors: s?.competitors ?? [],
    channels: s?.channels ?? [],
    goals: plan.goals ?? [],
    kpis: plan.kpis ?? [],
    themes: plan.themes ?? [],
    activities: plan.activities ?? [],
    milestones: plan.milestones ?? [],
  };
}

/** The fields that hold words; everything else (ids, numbers, dates, choices) is the same in every language. */
const WORD_FIELDS = new Set([
  'name', 'title', 'notes', 'description', 'definition', 'goal', 'challenges', 'our_difference', 'better_at',
  'findings', 'reach', 'engage', 'convert', 'retain', 'positioning', 'content', 'business_objective',
]);

/** [path, text] of every text in a field that holds words, the plan's own name and locale aside. */
function texts(value: unknown, path = '', field = ''): Array<[string, string]> {
  if (typeof value === 'string') return WORD_FIELDS.has(field) && path !== 'plan.name' ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`, field));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key, key));
  }
  return [];
}

/** The plan with every text replaced by a mark: what is left is its shape. */
function shapeOf(value: unknown, field = ''): unknown {
  if (typeof value === 'string') return WORD_FIELDS.has(field) ? '…' : value;
  if (Array.isArray(value)) return value.map((item) => shapeOf(item, field));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item, key)]));
  return value;
}

/** Names that are the same in every language. */
const BRANDS = new Set(['LinkedIn', 'CRM']);
const ENGLISH_WORDS = /\b(the|and|your|with|which|what|who)\b/i;

/** What only the user can fill in: their USP, past campaigns, owners, baselines and targets, and confirming the drafts. */
const LEFT_TO_THE_USER = new Set([
  'situation-no-usp', 'situation-no-campaigns', 'template-drafts', 'goal-no-baseline', 'goal-no-target', 'goal-no-owner', 'kpi-no-owner', 'activity-no-owner',
]);

describe('the template catalogue', () => {
  it('offers the four starting plans in every language, named in that language', () => {
    for (const locale of LOCALES) {
      const catalogue = templateCatalogue(locale);
      expect(catalogue.map((t) => t.id)).toEqual(['online-shop', 'local-services', 'b2b-leads', 'membership']);
      for (const entry of catalogue) expect(entry.name.length * entry.description.length).toBeGreaterThan(0);
    }
    const english = templateCatalogue('en');
    for (const locale of OTHER_LOCALES) {
      templateCatalogue(locale).forEach((entry, i) => expect(entry.description).not.toBe(english[i].description));
    }
  });
});

describe.each(TEMPLATE_IDS)('the starting plan %s', (id) => {
  it.each(LOCALES)('in %s is a valid plan, with the header from the arguments and every entity a draft', (locale) => {
    const plan = planOf(id, locale);
    expect(validatePlan(plan).errors).toEqual([]);
    expect(plan.plan).toMatchObject({ name: 'Plan 2027', organisation: 'Sykkelhuset AS', locale, currency: 'NOK', period: PERIOD });
    for (const [list, items] of Object.entries(draftLists(plan))) {
      expect(items.length, list).toBeGreaterThan(0);
      expect(items.filter((item) => item.draft !== true), list).toEqual([]);
    }
  });

  it.each(LOCALES)('in %s leaves to the health check only what the user alone can fill in', (locale) => {
    const plan = planOf(id, locale);
    const report = checkPlan(plan, { today: addDays(PERIOD.start, -14) });
    expect([...new Set(report.findings.map((f) => f.rule))].filter((rule) => !LEFT_TO_THE_USER.has(rule))).toEqual([]);
    expect(report.scores.steps.strategy).toBe(100);
  });

  it('sets goals on all three horizons with a KPI and target date each, and leaves the numbers to the user', () => {
    const plan = planOf(id, 'en');
    const goals = plan.goals ?? [];
    expect(new Set(goals.map((g) => g.horizon))).toEqual(new Set(HORIZONS));
    for (const goal of goals) {
      expect(goal.kpi, goal.id).toBeDefined();
      expect(goal.target?.date, goal.id).toBeDefined();
      expect([goal.target?.value, goal.baseline?.value], goal.id).toEqual([undefined, undefined]);
    }
    for (const kpi of plan.kpis ?? []) {
      expect([kpi.unit, kpi.direction, kpi.aggregation, kpi.frequency, kpi.funnel_stage].includes(undefined), kpi.id).toBe(false);
    }
    const activities = plan.activities ?? [];
    expect(activities.length).toBeGreaterThanOrEqual(6);
    expect(activities.length).toBeLessThanOrEqual(10);
    for (const a of activities) expect([a.type, a.value, a.effort].includes(undefined), a.id).toBe(false);
    expect((plan.themes ?? []).filter((t) => t.maintenance && (t.budget_hours ?? 0) > 0)).toHaveLength(1);
    expect(plan.milestones?.length).toBeGreaterThanOrEqual(2);
    const dates = [...activities.flatMap((a) => [a.start, a.end]), ...(plan.milestones ?? []).map((m) => m.date)];
    expect(dates.filter((date) => date === undefined || date < PERIOD.start || date > PERIOD.end)).toEqual([]);
  });

  it.each(OTHER_LOCALES)('in %s has the English shape: the same ids, counts, numbers and dates', (locale) => {
    const shape = (of: Locale) => {
      const plan = planOf(id, of);
      return shapeOf({ ...plan, plan: { ...plan.plan, locale: 'any' } });
    };
    expect(shape(locale)).toEqual(shape('en'));
  });

  it.each(OTHER_LOCALES)('in %s has no English left in its words', (locale) => {
    const english = new Map(texts(planOf(id, 'en')));
    const words = texts(planOf(id, locale));
    expect(words.length).toBe(english.size);
    expect(words.filter(([path, text]) => text === english.get(path) && !BRANDS.has(text))).toEqual([]);
    expect(words.filter(([, text]) => ENGLISH_WORDS.test(text))).toEqual([]);
  });
});

describe('startingPlan refuses what it cannot make', () => {
  function errorsOf(make: () => unknown): string[] {
    try {
      make();
    } catch (error) {
      if (error instanceof DomainError) return error.errors.map((e) => `${e.path} ${e.code}`);
      throw error;
    }
    return [];
  }

  it('names every field that is wrong', () => {
    const errors = errorsOf(() =>
      startingPlan('bakery' as TemplateId, 'fi' as Locale, { name: '  ', currency: 'kr', period: { start: '2027-02-30', end: '2027-12-31' } }),
    );
    expect(errors).toEqual(['template not_in_list', 'locale not_in_list', 'name required', 'currency invalid_format', 'period.start invalid_date']);
  });

  it('leaves currency and organisation out when not given, and trims the name', () => {
    const plan = startingPlan('membership', 'nb', { name: ' Verving 2027 ', period: PERIOD });
    expect(plan.plan).toEqual({ name: 'Verving 2027', locale: 'nb', period: PERIOD, business_objective: plan.plan.business_objective });
    expect(plan.plan.business_objective).toMatch(/medlemmer/);
  });
});
