import type { Locale, Period, PlanDocument } from '../plan/plan.schema.js';
import { DomainError, fieldError, type FieldError } from '../shared/errors.js';
import { FORMAT_PATTERNS, LOCALES } from '../shared/plan-values.js';
import { b2bLeadsDa } from './b2b-leads.da.js';
import { b2bLeadsEn } from './b2b-leads.en.js';
import { b2bLeadsNb } from './b2b-leads.nb.js';
import { b2bLeadsPlan } from './b2b-leads.plan.js';
import { b2bLeadsSv } from './b2b-leads.sv.js';
import { localServicesDa } from './local-services.da.js';
import { localServicesEn } from './local-services.en.js';
import { localServicesNb } from './local-services.nb.js';
import { localServicesPlan } from './local-services.plan.js';
import { localServicesSv } from './local-services.sv.js';
import { membershipDa } from './membership.da.js';
import { membershipEn } from './membership.en.js';
import { membershipNb } from './membership.nb.js';
import { membershipPlan } from './membership.plan.js';
import { membershipSv } from './membership.sv.js';
import { onlineShopDa } from './online-shop.da.js';
import { onlineShopEn } from './online-shop.en.js';
import { onlineShopNb } from './online-shop.nb.js';
import { onlineShopPlan } from './online-shop.plan.js';
import { onlineShopSv } from './online-shop.sv.js';
import { isTemplateId, TEMPLATE_IDS, type TemplateId } from './templates.catalogue.js';
import { markDrafts } from './templates.drafts.js';
import { periodErrors, shiftPlanDates } from './templates.shift.js';

export interface StartingPlanOptions {
  /** The new plan's name. */
  name: string;
  period: Period;
  /** ISO 4217 code such as NOK; left out of the plan when not given. */
  currency?: string;
  organisation?: string;
}

type Build = (name: string) => PlanDocument;

/** One starting plan in each language: the same plan, worded by each language's words. */
function inEveryLocale<W>(plan: (words: W, name: string) => PlanDocument, words: Record<Locale, W>): Record<Locale, Build> {
  return { en: (name) => plan(words.en, name), nb: (name) => plan(words.nb, name), sv: (name) => plan(words.sv, name), da: (name) => plan(words.da, name) };
}

/** Each starting plan in each language, in the reference period (templates.reference.ts). */
const PLANS: Record<TemplateId, Record<Locale, Build>> = {
  'online-shop': inEveryLocale(onlineShopPlan, { en: onlineShopEn, nb: onlineShopNb, sv: onlineShopSv, da: onlineShopDa }),
  'local-services': inEveryLocale(localServicesPlan, { en: localServicesEn, nb: localServicesNb, sv: localServicesSv, da: localServicesDa }),
  'b2b-leads': inEveryLocale(b2bLeadsPlan, { en: b2bLeadsEn, nb: b2bLeadsNb, sv: b2bLeadsSv, da: b2bLeadsDa }),
  membership: inEveryLocale(membershipPlan, { en: membershipEn, nb: membershipNb, sv: membershipSv, da: membershipDa }),
};

function optionErrors(templateId: string, locale: string, options: StartingPlanOptions): FieldError[] {
  const errors: FieldError[] = [];
  if (!isTemplateId(templateId)) {
    errors.push(fieldError('template', 'not_in_list', `must be one of: ${TEMPLATE_IDS.join(', ')}`, { options: [...TEMPLATE_IDS] }));
  }
  if (!(LOCALES as readonly string[]).includes(locale)) {
    errors.push(fieldError('locale', 'not_in_list', `must be one of: ${LOCALES.join(', ')}`, { options: [...LOCALES] }));
  }
  if (typeof options.name !== 'string' || options.name.trim() === '') errors.push(fieldError('name', 'required', 'must not be empty'));
  if (options.currency !== undefined && !FORMAT_PATTERNS.currency.test(options.currency)) {
    errors.push(fieldError('currency', 'invalid_format', 'must be a three-letter ISO 4217 code such as NOK or EUR', { format: 'currency' }));
  }
  return [...errors, ...periodErrors(options.period)];
}

/**
 * A new plan from a starting plan: the template's situation questions, goals on three
 * horizons with their KPIs, strategy prompts, themes, activities and milestones, in the
 * language `locale`, every one of them a draft for the user to confirm, and every date placed
 * in `options.period` (see shiftPlanDates: dates are moved with the period's start and clamped
 * to its end). The header takes the name, period, currency, organisation and locale given.
 * Pure. Throws DomainError 'invalid' naming `template`, `locale`, `name`, `currency` or
 * `period.start`/`period.end` when one of them is not valid.
 */
export function startingPlan(templateId: TemplateId, locale: Locale, options: StartingPlanOptions): PlanDocument {
  const errors = optionErrors(templateId, locale, options);
  if (errors.length > 0) throw new DomainError('invalid', 'The starting plan cannot be made', errors);
  const name = options.name.trim();
  const placed = shiftPlanDates(markDrafts(PLANS[templateId][locale](name)), options.period);
  const organisation = options.organisation?.trim();
  return {
    ...placed,
    plan: {
      name,
      ...(organisation && { organisation }),
      locale,
      ...(options.currency !== undefined && { currency: options.currency }),
      period: placed.plan.period,
      ...(placed.plan.business_objective !== undefined && { business_objective: placed.plan.business_objective }),
    },
  };
}
