import type { GoalStatus, Locale, NoDataReason, Severity, Step } from '@kurs/core';

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
    states: Record<GoalStatus, string>;
    stale: string;
    // What the goal pages say of a goal, word for word: the web app's goals catalogue, which
    // status.command.test.ts keeps them equal to. The command fills in the {placeholders}.
    /** A goal past its target date: its result on that date (`{value}`, `{date}`). */
    atTarget: string;
    /** An achieved goal: the day it reached its target (`{date}`). */
    achievedOn: string;
    /** Why a goal has no progress (the reason's dates as placeholders). */
    noData: Record<NoDataReason['reason'], string>;
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
    states: { on_track: 'on track', behind: 'behind', at_risk: 'at risk', achieved: 'achieved', missed: 'not reached', no_data: 'no data' },
    stale: 'stale data',
    atTarget: 'Result at the target date {value} ({date})',
    achievedOn: 'Target reached on {date}.',
    noData: {
      no_kpi: 'No KPI yet: choose the KPI that measures this goal to see its progress.',
      no_target: 'No target value yet: set one to see the progress.',
      no_measurements: 'No results yet: enter results for the KPI to see the progress.',
      only_before_baseline: 'The KPI has results only up to the baseline date, {baseline} (the latest from {last}). Progress counts from the baseline: enter results dated after it.',
      only_after_target: 'The target date, {target}, has passed, and the KPI’s results all come after it (the first from {first}). The goal is judged by where it stood on the target date: enter the result for that date.',
      only_after_today: 'The KPI’s results are all dated after today (the first {first}); they count once that day has come.',
      no_sub_goal_data: 'No progress yet: none of its sub-goals has results.',
    },
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
    states: { on_track: 'i rute', behind: 'bak planen', at_risk: 'i fare', achieved: 'nådd', missed: 'ikke nådd', no_data: 'ingen data' },
    stale: 'gamle data',
    atTarget: 'Resultat ved fristen {value} ({date})',
    achievedOn: 'Målet ble nådd {date}.',
    noData: {
      no_kpi: 'Ingen KPI ennå: velg KPI-en som måler dette målet, så vises fremgangen.',
      no_target: 'Ingen målverdi ennå: sett en, så vises fremgangen.',
      no_measurements: 'Ingen resultater ennå: legg inn resultater for KPI-en for å se fremgangen.',
      only_before_baseline: 'KPI-en har bare resultater fram til datoen for utgangsverdien, {baseline} (det siste fra {last}). Fremgangen regnes fra utgangsverdien: legg inn resultater datert etter den.',
      only_after_target: 'Fristen, {target}, er passert, og alle resultatene for KPI-en kommer etter den (det første fra {first}). Målet vurderes ut fra hvor det sto ved fristen: legg inn resultatet for den datoen.',
      only_after_today: 'Alle resultatene for KPI-en er datert etter i dag (det første {first}); de teller når den dagen er kommet.',
      no_sub_goal_data: 'Ingen fremgang ennå: ingen av delmålene har resultater.',
    },
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
    states: { on_track: 'enligt plan', behind: 'efter plan', at_risk: 'i fara', achieved: 'uppnått', missed: 'inte uppnått', no_data: 'inga data' },
    stale: 'gamla data',
    atTarget: 'Resultat på slutdatumet {value} ({date})',
    achievedOn: 'Målet nåddes {date}.',
    noData: {
      no_kpi: 'Ingen KPI än: välj den KPI som mäter målet, så syns utvecklingen.',
      no_target: 'Inget målvärde än: ange ett, så syns utvecklingen.',
      no_measurements: 'Inga resultat än: för in resultat för KPI:n för att se utvecklingen.',
      only_before_baseline: 'KPI:n har bara resultat fram till datumet för utgångsvärdet, {baseline} (det senaste från {last}). Utvecklingen räknas från utgångsvärdet: för in resultat daterade efter det.',
      only_after_target: 'Slutdatumet, {target}, har passerat och alla resultat för KPI:n kommer efter det (det första från {first}). Målet bedöms efter var det stod på slutdatumet: för in resultatet för det datumet.',
      only_after_today: 'Alla resultat för KPI:n är daterade efter i dag (det första {first}); de räknas när den dagen har kommit.',
      no_sub_goal_data: 'Ingen utveckling än: inget av delmålen har resultat.',
    },
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
    states: { on_track: 'på sporet', behind: 'bagud', at_risk: 'i fare', achieved: 'nået', missed: 'ikke nået', no_data: 'ingen data' },
    stale: 'gamle data',
    atTarget: 'Resultat ved deadline {value} ({date})',
    achievedOn: 'Målet blev nået {date}.',
    noData: {
      no_kpi: 'Ingen KPI endnu: vælg den KPI, der måler målet, så vises fremskridtet.',
      no_target: 'Ingen målværdi endnu: angiv en, så vises fremskridtet.',
      no_measurements: 'Ingen resultater endnu: indtast resultater for KPI’en for at se fremskridtet.',
      only_before_baseline: 'KPI’en har kun resultater frem til datoen for baseline, {baseline} (det seneste fra {last}). Fremskridtet regnes fra baseline: indtast resultater dateret efter den.',
      only_after_target: 'Deadline, {target}, er overskredet, og alle KPI’ens resultater ligger efter den (det første fra {first}). Målet vurderes ud fra, hvor det stod ved deadline: indtast resultatet for den dato.',
      only_after_today: 'Alle KPI’ens resultater er dateret efter i dag (det første {first}); de tæller, når den dag er kommet.',
      no_sub_goal_data: 'Intet fremskridt endnu: ingen af delmålene har resultater.',
    },
  },
};

export const CLI_WORDS: Record<Locale, CliWords> = { en, nb, sv, da };
