import type { IsoDate } from '../shared/dates.js';
import type { HealthContext } from './health.context.js';
import type { HealthTerms } from './health.messages.js';
import type { HealthRuleInfo, Step } from './health.types.js';

/**
 * A value put into a message template. Words that must be translated (a horizon, a funnel
 * stage…) travel as terms, and dates and numbers are formatted for the locale when rendered.
 */
export type Param =
  | string
  | number
  | { kind: 'term'; group: keyof HealthTerms; key: string }
  | { kind: 'date'; value: IsoDate }
  | { kind: 'percent'; value: number }
  | { kind: 'list'; items: Param[] };

export interface Hit {
  path: string;
  params: Record<string, Param>;
  /** The step of the finding when a rule's findings lie in several steps (template-drafts); else the rule's own. */
  step?: Step;
}

/** `checked` is how many things the rule judged; the score weighs hits by that share. */
export interface RuleResult {
  checked: number;
  hits: Hit[];
}

export interface HealthRule<Id extends string = string> extends HealthRuleInfo {
  id: Id;
  check(ctx: HealthContext): RuleResult;
}

export function defineRule<const Id extends string>(
  rule: Omit<HealthRule<Id>, 'emptiesStep'> & { emptiesStep?: boolean },
): HealthRule<Id> {
  return { ...rule, emptiesStep: rule.emptiesStep ?? false };
}

export function term<G extends keyof HealthTerms>(group: G, key: keyof HealthTerms[G] & string): Param {
  return { kind: 'term', group, key };
}

export function date(value: IsoDate): Param {
  return { kind: 'date', value };
}

export function percent(value: number): Param {
  return { kind: 'percent', value };
}

export function list(items: Param[]): Param {
  return { kind: 'list', items };
}

/** A per-item rule: `applies` picks the items the rule judges, `find` returns a hit for a weak one. */
export function checkEach<T>(
  items: readonly T[],
  applies: (item: T) => boolean,
  find: (item: T, index: number) => Hit | undefined,
): RuleResult {
  const hits: Hit[] = [];
  let checked = 0;
  items.forEach((item, index) => {
    if (!applies(item)) return;
    checked += 1;
    const hit = find(item, index);
    if (hit) hits.push(hit);
  });
  return { checked, hits };
}

/** A plan-wide rule that judges one thing. */
export function checkOnce(hit: Hit | undefined): RuleResult {
  return { checked: 1, hits: hit ? [hit] : [] };
}

export const always = (): boolean => true;

/** The seed texts in shared/reference/seeds, by language. */
export const SEEDS = {
  norwegian: '000_55787f7d43413c2f.txt',
  swedish: '001_619f0d7b31d12671.txt',
  swedishWsi: '002_99b6d068475753cf.txt',
  danish: '003_a29fe90684cb27f4.txt',
  english: '004_640fbd7c7fee0f91.txt',
} as const;
