import type { Kpi } from '@kurs/core';
import type { EntityPatch } from '../../shared/api/api.resources';

/** The KPI form's fields as the inputs hold them: '' is "not set". */
export interface KpiDraft {
  id: string;
  name: string;
  definition: string;
  unit: string;
  direction: string;
  aggregation: string;
  frequency: string;
  owner: string;
  funnel_stage: string;
  conversion: boolean;
  source: string;
}

const TEXT_FIELDS = ['name', 'definition', 'unit', 'direction', 'aggregation', 'frequency', 'owner', 'funnel_stage', 'source'] as const;

/**
 * The form's fields for `kpi`, or for a new KPI: empty but for `preset` (a fix link's funnel
 * stage, the goal's owner) and a direction, since a new KPI usually measures something to grow.
 */
export function draftOf(kpi?: Kpi, preset: Partial<KpiDraft> = {}): KpiDraft {
  if (!kpi) return { ...emptyDraft(), ...preset };
  return {
    id: kpi.id,
    name: kpi.name,
    definition: kpi.definition ?? '',
    unit: kpi.unit ?? '',
    direction: kpi.direction ?? '',
    aggregation: kpi.aggregation ?? '',
    frequency: kpi.frequency ?? '',
    owner: kpi.owner ?? '',
    funnel_stage: kpi.funnel_stage ?? '',
    conversion: kpi.conversion ?? false,
    source: kpi.source ?? '',
  };
}

function emptyDraft(): KpiDraft {
  return {
    id: '',
    name: '',
    definition: '',
    unit: '',
    direction: 'up',
    aggregation: '',
    frequency: '',
    owner: '',
    funnel_stage: '',
    conversion: false,
    source: '',
  };
}

/** The fields folded under "More": what a first KPI can do without (the id follows the name). */
export const MORE_FIELDS = ['id', 'definition', 'aggregation', 'funnel_stage', 'source', 'conversion'] as const satisfies readonly (keyof KpiDraft)[];

/**
 * Whether "More" holds something the user should see when the form opens: a stored or preset
 * value. Not the id: a new KPI's is made from its name as it is typed, a stored one's is not shown.
 */
export function moreHoldsValue(draft: KpiDraft): boolean {
  return MORE_FIELDS.some((field) => field !== 'id' && Boolean(draft[field]));
}

/** A new KPI from the form: only the fields that are set. */
export function kpiOf(draft: KpiDraft): Kpi {
  const kpi: Record<string, unknown> = { id: draft.id.trim() };
  for (const field of TEXT_FIELDS) {
    const value = draft[field].trim();
    if (value) kpi[field] = value;
  }
  if (draft.conversion) kpi.conversion = true;
  return kpi as Kpi;
}

/** What changed since `kpi`: new values, and null for a field the user emptied. */
export function kpiPatch(draft: KpiDraft, kpi: Kpi): EntityPatch<'kpis'> {
  const patch: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = draft[field].trim();
    const before = kpi[field] ?? '';
    if (value !== before) patch[field] = value === '' ? null : value;
  }
  if (draft.conversion !== (kpi.conversion ?? false)) patch.conversion = draft.conversion ? true : null;
  return patch as EntityPatch<'kpis'>;
}

/** The form holds something not saved: a changed field of a stored KPI, or anything typed into a new one (beyond its `start`). */
export function draftChanged(draft: KpiDraft, kpi?: Kpi, start: KpiDraft = draftOf()): boolean {
  if (kpi) return Object.keys(kpiPatch(draft, kpi)).length > 0;
  return (Object.keys(start) as (keyof KpiDraft)[]).some((field) => draft[field] !== start[field]);
}

/** A short id from a name ("Webshop visits" → "webshop-visits"), not one of `taken`. */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'kpi';
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
