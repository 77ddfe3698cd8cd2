import { readFileSync } from 'node:fs';
import type { Locale, Severity, Step } from '@kurs/core';

/** The command line's own words around the engine's findings, in the four languages of Kurs. */
export interface CliWords {
  steps: Record<Step, string>;
  severity: Record<Severity, string>;
  health: string;
  noFindings: string;
  summary: (counts: Record<Severity, number>) => string;
  status: {
    title: string;
    asOf: string;
    goals: string;
    overdue: string;
    noneOverdue: string;
    milestones: string;
    noMilestones: string;
    forecast: string;
    reaches: string;
    never: string;
    due: string;
    stale: string;
  };
}

const en: CliWords = {
  steps: { situation: 'Situation', goals: 'Goals', kpis: 'KPIs', strategy: 'Strategy', activities: 'Activities', themes: 'Themes', roadmap: 'Roadmap', reviews: 'Reviews' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  health: 'Health',
  noFindings: 'no findings',
  summary: (c) => `${c.error} error(s), ${c.warning} warning(s), ${c.info} note(s)`,
  status: {
    title: 'Status',
    asOf: 'as of',
    goals: 'Goals',
    overdue: 'Overdue measurements',
    noneOverdue: 'none',
    milestones: 'Next milestones',
    noMilestones: 'none ahead',
    forecast: 'forecast',
    reaches: 'target reached',
    never: 'not at this pace',
    due: 'due',
    stale: 'stale data',
  },
};

const nb: CliWords = {
  steps: { situation: 'Nåsituasjon', goals: 'Mål', kpis: 'KPI-er', strategy: 'Strategi', activities: 'Aktiviteter', themes: 'Temaer', roadmap: 'Veikart', reviews: 'Evalueringer' },
  severity: { error: 'feil', warning: 'advarsel', info: 'merknad' },
  health: 'Helse',
  noFindings: 'ingen funn',
  summary: (c) => `${c.error} feil, ${c.warning} advarsel(er), ${c.info} merknad(er)`,
  status: {
    title: 'Status',
    asOf: 'per',
    goals: 'Mål',
    overdue: 'Forsinkede målinger',
    noneOverdue: 'ingen',
    milestones: 'Neste milepæler',
    noMilestones: 'ingen framover',
    forecast: 'prognose',
    reaches: 'målet nås',
    never: 'ikke i dette tempoet',
    due: 'forfalt',
    stale: 'gamle data',
  },
};

const sv: CliWords = {
  steps: { situation: 'Nuläge', goals: 'Mål', kpis: 'KPI:er', strategy: 'Strategi', activities: 'Aktiviteter', themes: 'Teman', roadmap: 'Färdplan', reviews: 'Uppföljningar' },
  severity: { error: 'fel', warning: 'varning', info: 'notering' },
  health: 'Hälsa',
  noFindings: 'inga fynd',
  summary: (c) => `${c.error} fel, ${c.warning} varning(ar), ${c.info} notering(ar)`,
  status: {
    title: 'Status',
    asOf: 'per',
    goals: 'Mål',
    overdue: 'Försenade mätningar',
    noneOverdue: 'inga',
    milestones: 'Nästa milstolpar',
    noMilestones: 'inga framöver',
    forecast: 'prognos',
    reaches: 'målet nås',
    never: 'inte i denna takt',
    due: 'skulle ha mätts',
    stale: 'gamla data',
  },
};

const da: CliWords = {
  steps: { situation: 'Nuværende situation', goals: 'Mål', kpis: 'KPI’er', strategy: 'Strategi', activities: 'Aktiviteter', themes: 'Temaer', roadmap: 'Roadmap', reviews: 'Evalueringer' },
  severity: { error: 'fejl', warning: 'advarsel', info: 'note' },
  health: 'Sundhed',
  noFindings: 'ingen fund',
  summary: (c) => `${c.error} fejl, ${c.warning} advarsel/advarsler, ${c.info} note(r)`,
  status: {
    title: 'Status',
    asOf: 'pr.',
    goals: 'Mål',
    overdue: 'Forsinkede målinger',
    noneOverdue: 'ingen',
    milestones: 'Næste milepæle',
    noMilestones: 'ingen forude',
    forecast: 'prognose',
    reaches: 'målet nås',
    never: 'ikke i dette tempo',
    due: 'forfalden',
    stale: 'gamle data',
  },
};

export const CLI_WORDS: Record<Locale, CliWords> = { en, nb, sv, da };

/**
 * The web app's goals catalogue in `locale`, so that kurs status says of a goal word for word
 * what the goal pages say: its status, its result at the target date, the day it was
 * achieved, why it has no progress. Read from packages/web beside this package (from src/cli
 * and dist/cli alike, as http/static.ts finds the web app).
 */
export function goalPageWords(locale: Locale): Record<string, string> {
  const file = new URL(`../../../web/src/features/goals/goals.messages.${locale}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}
