import type { Measurement, PlanDocument } from './plan.schema.js';

/*
 * The canonical form of a plan: every entity that can be addressed has an id, and measurements
 * hold one value per KPI and date, in a stable order. Pure: the input is never changed.
 */

const MAX_ID_LENGTH = 80;

/** Letters that Unicode does not decompose into a base letter and a mark. */
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', đ: 'd' };

/**
 * A URL-safe id from a name: lowercase ASCII letters and digits joined by "-", Nordic letters
 * spelled out (æ → ae, ø → o, å → a, ä → a, ö → o). Empty when the name has no such letter.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøœßðþłđ]/g, (letter) => SPELLED_OUT[letter])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** A slug of `name` that no id in `taken` has, made unique with -2, -3, …; `taken` receives it. */
function uniqueSlug(name: string, fallback: string, taken: Set<string>): string {
  const base = slugify(name) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
  }
  taken.add(id);
  return id;
}

/** Gives each entity without an id one made from `nameOf`, unique among the ids of the list. */
function withIds<T extends { id?: string }>(
  list: readonly T[] | undefined,
  fallback: string,
  nameOf: (item: T) => string,
): T[] | undefined {
  if (!list?.some((item) => item.id === undefined)) return list as T[] | undefined;
  const taken = new Set(list.flatMap((item) => (item.id === undefined ? [] : [item.id])));
  return list.map((item) => (item.id === undefined ? { ...item, id: uniqueSlug(nameOf(item), fallback, taken) } : item));
}

/** One measurement per KPI and date, the last one written winning; ordered by KPI (as listed), then date. */
function canonicalMeasurements(plan: PlanDocument): Measurement[] | undefined {
  if (!plan.measurements) return undefined;
  const kpiOrder = new Map((plan.kpis ?? []).map((kpi, index) => [kpi.id, index] as const));
  const latest = new Map<string, Measurement>();
  for (const measurement of plan.measurements) {
    const key = `${measurement.kpi}\u0000${measurement.date}`;
    latest.set(key, measurement);
  }
  const rank = (m: Measurement) => kpiOrder.get(m.kpi) ?? kpiOrder.size;
  return [...latest.values()].sort(
    (a, b) => rank(a) - rank(b) || compareText(a.kpi, b.kpi) || compareText(a.date, b.date),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function normalizePlan(plan: PlanDocument): PlanDocument {
  const out: PlanDocument = { ...plan };
  if (plan.situation) {
    const situation = { ...plan.situation };
    const set = <K extends 'audiences' | 'competitors' | 'campaigns'>(key: K, value: (typeof situation)[K]) => {
      if (value !== undefined) situation[key] = value;
    };
    set('audiences', withIds(plan.situation.audiences, 'audience', (a) => a.name));
    set('competitors', withIds(plan.situation.competitors, 'competitor', (c) => c.name));
    set('campaigns', withIds(plan.situation.campaigns, 'campaign', (c) => c.name));
    out.situation = situation;
  }
  const milestones = withIds(plan.milestones, 'milestone', (m) => m.title);
  if (milestones) out.milestones = milestones;
  const reviews = withIds(plan.reviews, 'review', (r) => r.period ?? r.date);
  if (reviews) out.reviews = reviews;
  const measurements = canonicalMeasurements(plan);
  if (measurements) out.measurements = measurements;
  return out;
}
