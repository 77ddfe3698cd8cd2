import type { Locale } from '@kurs/core';
import type { PlanPatch, PlanSummary } from '../../shared/api/api.types';

/** The plan settings form's values. */
export interface HeaderValues {
  name: string;
  organisation: string;
  start: string;
  end: string;
  locale: Locale | null;
  currency: string;
  business_objective: string;
}

/** The form's values of a stored plan header: '' or null where a field is not set. */
export function headerValues(plan: PlanSummary): HeaderValues {
  return {
    name: plan.name,
    organisation: plan.organisation ?? '',
    start: plan.period.start,
    end: plan.period.end,
    locale: plan.locale ?? null,
    currency: plan.currency ?? '',
    business_objective: plan.business_objective ?? '',
  };
}

/** What changed, as a merge patch: an emptied optional field is removed (null). */
export function headerPatch(stored: HeaderValues, edited: HeaderValues): PlanPatch {
  const patch: PlanPatch = {};
  const text = (value: string) => value.trim() || null;
  if (edited.name.trim() !== stored.name) patch.name = edited.name.trim();
  if (text(edited.organisation) !== text(stored.organisation)) patch.organisation = text(edited.organisation);
  if (edited.start !== stored.start || edited.end !== stored.end) patch.period = { start: edited.start, end: edited.end };
  if (edited.locale !== stored.locale) patch.locale = edited.locale;
  if (text(edited.currency) !== text(stored.currency)) patch.currency = text(edited.currency);
  if (text(edited.business_objective) !== text(stored.business_objective)) patch.business_objective = text(edited.business_objective);
  return patch;
}
