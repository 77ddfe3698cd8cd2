import type { Activity, Period } from '../plan/plan.schema.js';
import { addDays, isoOf } from '../shared/dates.js';
import { blackFriday, easterSunday, mothersDay } from './demo.calendar.js';
import { PEOPLE } from './bookshop.people.js';

/*
 * The selling seasons of a Norwegian online book shop. Each comes back every year as a
 * campaign; the roadmap plans every one that falls inside the plan period.
 */

export interface Season {
  /** The campaign's id is the key and the year: "paskekrim-2027". */
  key: string;
  title(year: number): string;
  dates(year: number): Period;
  /** Everything else about the campaign, the same every year. */
  plan: Omit<Activity, 'id' | 'title' | 'start' | 'end' | 'status' | 'actual_hours'>;
}

export function christmasDates(year: number): Period {
  return { start: isoOf(year, 11, 1), end: isoOf(year, 12, 20) };
}

/** Påskekrim, the Norwegian Easter crime tradition: five weeks up to Easter Monday. */
export function paskekrimDates(year: number): Period {
  const easter = easterSunday(year);
  return { start: addDays(easter, -35), end: addDays(easter, 1) };
}

export const SEASONS: readonly Season[] = [
  {
    key: 'christmas',
    title: (year) => `Christmas gift guide ${year}`,
    dates: christmasDates,
    plan: {
      description: 'Gift guides by type of reader, free gift wrapping, Google Ads on the top 200 titles, a newsletter every week.',
      type: 'campaign',
      theme: 'content',
      goals: ['sell-books'],
      kpis: ['books-sold', 'visits'],
      funnel_stage: 'convert',
      owner: PEOPLE.lead,
      team: 'Marketing',
      estimate_hours: 160,
      cost: 150_000,
      value: 9,
      effort: 5,
      confidence: 0.8,
      reach: 120_000,
      urgency: 'high',
      importance: 'high',
    },
  },
  {
    key: 'black-week',
    title: (year) => `Black Week ${year}`,
    dates: (year) => ({ start: addDays(blackFriday(year), -4), end: addDays(blackFriday(year), 3) }),
    plan: {
      description: 'Discounts on the backlist only; new titles keep their price.',
      type: 'campaign',
      theme: 'content',
      goals: ['sell-books', 'cheaper-orders'],
      kpis: ['books-sold', 'cost-per-order'],
      funnel_stage: 'convert',
      owner: PEOPLE.paid,
      team: 'Marketing',
      estimate_hours: 40,
      cost: 60_000,
      value: 6,
      effort: 3,
      confidence: 0.6,
      reach: 80_000,
      urgency: 'high',
      importance: 'medium',
    },
  },
  {
    key: 'mothers-day',
    title: (year) => `Mother's Day gift guide ${year}`,
    dates: (year) => ({ start: addDays(mothersDay(year), -18), end: mothersDay(year) }),
    plan: {
      type: 'campaign',
      theme: 'content',
      goals: ['sell-books'],
      kpis: ['books-sold'],
      funnel_stage: 'convert',
      owner: PEOPLE.content,
      team: 'Content',
      estimate_hours: 50,
      cost: 25_000,
      value: 6,
      effort: 3,
      confidence: 0.7,
      reach: 40_000,
      urgency: 'medium',
      importance: 'medium',
    },
  },
  {
    key: 'paskekrim',
    title: (year) => `Påskekrim ${year}: the Easter crime guide`,
    dates: paskekrimDates,
    plan: {
      description: 'This year’s Easter crime novels: a guide, author interviews and a newsletter series up to Easter Monday.',
      type: 'campaign',
      theme: 'content',
      goals: ['sell-books', 'reading-depth'],
      kpis: ['books-sold', 'reading-time'],
      funnel_stage: 'engage',
      owner: PEOPLE.content,
      team: 'Content',
      estimate_hours: 90,
      cost: 45_000,
      value: 8,
      effort: 4,
      confidence: 0.8,
      reach: 70_000,
      urgency: 'high',
      importance: 'high',
    },
  },
  {
    key: 'summer',
    title: (year) => `Crime for the cabin: summer reading ${year}`,
    dates: (year) => ({ start: isoOf(year, 6, 10), end: isoOf(year, 7, 20) }),
    plan: {
      type: 'campaign',
      theme: 'content',
      goals: ['sell-books'],
      kpis: ['books-sold', 'newsletter-ctr'],
      funnel_stage: 'engage',
      owner: PEOPLE.content,
      team: 'Content',
      estimate_hours: 60,
      cost: 30_000,
      value: 5,
      effort: 3,
      confidence: 0.6,
      reach: 50_000,
      urgency: 'low',
      importance: 'medium',
    },
  },
  {
    key: 'students',
    title: (year) => `Student start ${year}`,
    dates: (year) => ({ start: isoOf(year, 8, 5), end: isoOf(year, 9, 10) }),
    plan: {
      description: 'A first try at students, who do not buy from us today: course books and BookTok favourites.',
      type: 'campaign',
      theme: 'content',
      goals: ['market-leader'],
      kpis: ['visits'],
      funnel_stage: 'reach',
      owner: PEOPLE.paid,
      team: 'Marketing',
      estimate_hours: 40,
      cost: 40_000,
      value: 4,
      effort: 4,
      confidence: 0.4,
      reach: 30_000,
      urgency: 'low',
      importance: 'low',
    },
  },
];
