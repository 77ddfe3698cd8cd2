import type { Frequency, FunnelStage, Horizon, Locale } from '../plan/plan.schema.js';
import { formatIsoDate, intlTag } from '../shared/date-style.js';
import type { HealthRuleId } from './health.catalogue.js';
import type { Param } from './health.rule.js';
import type { DraftKind } from './rules/template-drafts.rule.js';
import { da } from './messages/health.da.js';
import { en } from './messages/health.en.js';
import { nb } from './messages/health.nb.js';
import { sv } from './messages/health.sv.js';

/** A rule in words: a short title for lists, and the template of a finding's message and hint. */
export interface RuleText {
  title: string;
  message: string;
  hint: string;
}

/** Words put into templates, so that a stage or a horizon reads naturally in every language. */
export interface HealthTerms {
  horizon: Record<Horizon, string>;
  stage: Record<FunnelStage, string>;
  frequency: Record<Frequency, string>;
  experiment: Record<'learning' | 'next', string>;
  /** How a goal whose target date has passed stands: it fell short, or nothing says how it ended. */
  outcome: Record<'missed' | 'unjudged', string>;
  /** What a goal's target lacks: its value, or the whole target (value and date). */
  target: Record<'value' | 'both', string>;
  /** What a template's draft is, as the subject that opens a sentence ("The goal"). */
  draft: Record<DraftKind, string>;
}

export interface HealthMessages {
  terms: HealthTerms;
  rules: Record<HealthRuleId, RuleText>;
}

export const healthMessages: Record<Locale, HealthMessages> = { en, nb, sv, da };

export type Renderer = (template: string, params: Record<string, Param>) => string;

// Building Intl formatters costs far more than a whole health check of a small plan; they are immutable, so keep them.
const renderers = new Map<Locale, Renderer>();

/** Fills `{name}` placeholders, formatting each value for the locale. */
export function rendererFor(locale: Locale): Renderer {
  let renderer = renderers.get(locale);
  if (!renderer) {
    renderer = createRenderer(locale);
    renderers.set(locale, renderer);
  }
  return renderer;
}

function createRenderer(locale: Locale): Renderer {
  const messages = healthMessages[locale];
  const tag = intlTag(locale);
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const lists = new Intl.ListFormat(tag, { type: 'conjunction' });
  const dateTexts = new Map<string, string>();
  const format = (param: Param): string => {
    if (typeof param === 'string') return param;
    if (typeof param === 'number') return numbers.format(param);
    switch (param.kind) {
      case 'term':
        return (messages.terms[param.group] as Record<string, string>)[param.key] ?? param.key;
      case 'date': {
        // Formatting a date is the slowest step of a large report, and the same dates recur.
        let text = dateTexts.get(param.value);
        if (text === undefined) {
          text = formatIsoDate(locale, param.value);
          dateTexts.set(param.value, text);
        }
        return text;
      }
      case 'percent':
        return percents.format(param.value);
      case 'list':
        return lists.format(param.items.map(format));
    }
  };
  return (template, params) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? format(params[name]) : whole));
}

/** A rule's short title in a language, for lists of rules; undefined for an unknown rule. */
export function healthRuleTitle(rule: string, locale: Locale = 'en'): string | undefined {
  return (healthMessages[locale].rules as Record<string, RuleText>)[rule]?.title;
}
