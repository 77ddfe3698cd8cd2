import type { Activity, ActivityStatus, Milestone, Theme } from '../plan/plan.schema.js';
import { addDays, addMonths, daysBetween, type IsoDate } from '../shared/dates.js';
import { monthEnd, yearOf } from './demo.calendar.js';
import { jitter } from './demo.random.js';
import { PEOPLE } from './bookshop.people.js';
import { SEASONS } from './bookshop.seasons.js';
import type { BookshopTimeline } from './bookshop.timeline.js';

/*
 * Steps 5–8: themes, the activity backlog and the milestones. Projects sit at fixed distances
 * from today's month; campaigns follow the selling seasons. Every status follows from the
 * dates, as it would in a plan kept up to date: finished work is done, the near 90 days are
 * planned, and what lies further out is still an idea.
 */

export interface BookshopRoadmap {
  themes: Theme[];
  activities: Activity[];
  milestones: Milestone[];
}

/** How far ahead detailed planning holds (the method's 90 days). */
const PLANNING_DAYS = 90;

function statusOn(today: IsoDate, start: IsoDate | undefined, end: IsoDate | undefined): ActivityStatus {
  if (start === undefined || end === undefined) return 'idea';
  if (end < today) return 'done';
  if (start <= today) return 'in_progress';
  return daysBetween(today, start) <= PLANNING_DAYS ? 'planned' : 'idea';
}

/** Hours spent so far: the estimate give or take, in proportion to the time gone. */
function actualHours(activity: Activity, status: ActivityStatus, today: IsoDate): number | undefined {
  const { id, start, end, estimate_hours: estimate } = activity;
  if (estimate === undefined || start === undefined || end === undefined) return undefined;
  if (status === 'done') return Math.round(estimate * jitter(`${id}|hours`, 0.2));
  if (status !== 'in_progress') return undefined;
  const share = (daysBetween(start, today) + 1) / (daysBetween(start, end) + 1);
  return Math.round(estimate * share * jitter(`${id}|hours`, 0.15));
}

/** The activity with its status and the hours spent, as of today. */
function asOf(activity: Activity, today: IsoDate): Activity {
  const status = statusOn(today, activity.start, activity.end);
  const hours = actualHours(activity, status, today);
  return hours === undefined ? { ...activity, status } : { ...activity, actual_hours: hours, status };
}

function themes(): Theme[] {
  return [
    {
      id: 'webperf',
      name: 'Website performance',
      description: 'Fast pages and a checkout that works on a phone',
      budget_hours: 1000,
      color: '#2f6fdf',
    },
    {
      id: 'cx',
      name: 'Customer experience and loyalty',
      description: 'Know our readers, answer them fast, and give them reasons to come back',
      budget_hours: 800,
      color: '#2a9d8f',
    },
    {
      id: 'content',
      name: 'Content and campaigns',
      description: 'Articles, newsletters and the seasonal gift guides',
      budget_hours: 1400,
      color: '#e76f51',
    },
    {
      id: 'upkeep',
      name: 'Maintenance',
      description: 'Upgrades, security patches and bug fixes, kept apart so they never starve',
      budget_hours: 400,
      color: '#6c757d',
      maintenance: true,
    },
  ];
}

/** The projects, tasks and upkeep, placed around today's month. */
function workItems(t: BookshopTimeline): Activity[] {
  const at = (months: number, days = 0): IsoDate => addDays(addMonths(t.month, months), days);
  const endOf = (months: number): IsoDate => monthEnd(at(months));
  const checkoutEnd = at(1, 14);
  return [
    {
      id: 'product-data',
      title: 'Clean up product data and author pages',
      type: 'project',
      theme: 'webperf',
      goals: ['sell-books'],
      kpis: ['visits'],
      funnel_stage: 'reach',
      owner: PEOPLE.web,
      team: 'Web',
      start: at(-10),
      end: endOf(-8),
      estimate_hours: 160,
      cost: 40_000,
      value: 6,
      effort: 5,
      confidence: 0.8,
      reach: 30_000,
      urgency: 'medium',
      importance: 'high',
    },
    {
      id: 'page-speed',
      title: 'Speed up product pages on mobile',
      type: 'project',
      theme: 'webperf',
      goals: ['sell-books', 'better-conversion'],
      kpis: ['conversion-rate'],
      funnel_stage: 'convert',
      owner: PEOPLE.web,
      team: 'Web',
      start: at(-7),
      end: endOf(-4),
      estimate_hours: 180,
      cost: 120_000,
      value: 8,
      effort: 6,
      confidence: 0.7,
      reach: 45_000,
      urgency: 'high',
      importance: 'high',
      depends_on: ['product-data'],
    },
    {
      id: 'mobile-checkout',
      title: 'Rebuild the mobile checkout',
      description: 'One page instead of five, Vipps and card, guest checkout; built with the web agency.',
      type: 'project',
      theme: 'webperf',
      goals: ['better-conversion', 'sell-books'],
      kpis: ['conversion-rate', 'cart-abandonment'],
      funnel_stage: 'convert',
      owner: PEOPLE.web,
      team: 'Web',
      start: at(-2),
      end: checkoutEnd,
      estimate_hours: 320,
      cost: 250_000,
      value: 9,
      effort: 8,
      confidence: 0.7,
      reach: 45_000,
      urgency: 'high',
      importance: 'high',
      depends_on: ['page-speed'],
    },
    {
      id: 'vipps-express',
      title: 'Add Vipps Express to the product pages',
      type: 'task',
      theme: 'webperf',
      goals: ['better-conversion'],
      kpis: ['conversion-rate'],
      funnel_stage: 'convert',
      owner: PEOPLE.web,
      team: 'Web',
      start: addDays(checkoutEnd, 1),
      end: addDays(checkoutEnd, 30),
      estimate_hours: 80,
      cost: 30_000,
      value: 7,
      effort: 3,
      confidence: 0.8,
      reach: 30_000,
      urgency: 'high',
      importance: 'medium',
      depends_on: ['mobile-checkout'],
    },
    {
      id: 'app-reorder',
      title: 'Reorders and wish lists in the app',
      type: 'project',
      theme: 'webperf',
      goals: ['repeat-buyers'],
      kpis: ['returning-share'],
      funnel_stage: 'retain',
      owner: PEOPLE.web,
      team: 'Web',
      estimate_hours: 240,
      cost: 180_000,
      value: 6,
      effort: 7,
      confidence: 0.5,
      reach: 8_000,
      urgency: 'low',
      importance: 'medium',
      depends_on: ['vipps-express'],
    },
    {
      id: 'crm-migration',
      title: 'Move all customer data into one CRM',
      type: 'project',
      theme: 'cx',
      goals: ['repeat-buyers', 'loyal-readers'],
      kpis: ['returning-share'],
      funnel_stage: 'retain',
      owner: PEOPLE.crm,
      team: 'CRM',
      start: at(-10),
      end: endOf(-6),
      estimate_hours: 200,
      cost: 90_000,
      value: 8,
      effort: 7,
      confidence: 0.8,
      reach: 60_000,
      urgency: 'high',
      importance: 'high',
    },
    {
      id: 'support-desk',
      title: 'Answer templates and routing in the support desk',
      type: 'task',
      theme: 'cx',
      goals: ['fast-answers'],
      kpis: ['response-time'],
      funnel_stage: 'retain',
      owner: PEOPLE.service,
      team: 'Customer service',
      start: at(-8),
      end: at(-8, 20),
      estimate_hours: 60,
      value: 5,
      effort: 2,
      confidence: 0.9,
      reach: 6_000,
      urgency: 'medium',
      importance: 'medium',
    },
    {
      id: 'book-club',
      title: 'Relaunch the book club with points',
      type: 'project',
      theme: 'cx',
      goals: ['repeat-buyers'],
      kpis: ['returning-share'],
      funnel_stage: 'retain',
      owner: PEOPLE.crm,
      team: 'CRM',
      start: at(-3),
      end: endOf(2),
      estimate_hours: 260,
      cost: 80_000,
      value: 8,
      effort: 6,
      confidence: 0.7,
      reach: 25_000,
      urgency: 'medium',
      importance: 'high',
      depends_on: ['crm-migration'],
    },
    {
      id: 'advice-chat',
      title: 'Book advice chat with our booksellers',
      type: 'project',
      theme: 'cx',
      goals: ['book-advice', 'fast-answers'],
      kpis: ['enquiries', 'response-time'],
      funnel_stage: 'engage',
      owner: PEOPLE.service,
      team: 'Customer service',
      start: at(1),
      end: endOf(3),
      estimate_hours: 120,
      cost: 45_000,
      value: 7,
      effort: 4,
      confidence: 0.6,
      reach: 15_000,
      urgency: 'medium',
      importance: 'high',
    },
    {
      id: 'personal-picks',
      title: 'Personal picks in the newsletter',
      type: 'project',
      theme: 'cx',
      goals: ['loyal-readers'],
      kpis: ['newsletter-ctr', 'returning-share'],
      funnel_stage: 'retain',
      owner: PEOPLE.crm,
      team: 'CRM',
      start: at(5),
      end: endOf(7),
      estimate_hours: 150,
      value: 7,
      effort: 5,
      confidence: 0.5,
      reach: 62_000,
      urgency: 'low',
      importance: 'medium',
      depends_on: ['book-club'],
    },
    {
      id: 'audiobook-bundle',
      title: 'E-book and audiobook bundles for book club members',
      type: 'project',
      theme: 'cx',
      goals: ['loyal-readers'],
      kpis: ['returning-share'],
      funnel_stage: 'retain',
      owner: PEOPLE.crm,
      team: 'CRM',
      estimate_hours: 80,
      value: 5,
      effort: 6,
      confidence: 0.3,
      reach: 20_000,
      urgency: 'low',
      importance: 'low',
    },
    {
      id: 'author-seo',
      title: 'SEO for author and series pages',
      type: 'project',
      theme: 'content',
      goals: ['sell-books', 'market-leader'],
      kpis: ['visits', 'reading-time'],
      funnel_stage: 'reach',
      owner: PEOPLE.content,
      team: 'Content',
      start: at(-6),
      end: endOf(-3),
      estimate_hours: 140,
      cost: 20_000,
      value: 7,
      effort: 4,
      confidence: 0.8,
      reach: 50_000,
      urgency: 'medium',
      importance: 'high',
      depends_on: ['product-data'],
    },
    {
      id: 'author-interviews',
      title: 'A monthly author interview for the blog and the newsletter',
      type: 'task',
      theme: 'content',
      goals: ['reading-depth'],
      kpis: ['reading-time', 'newsletter-ctr'],
      funnel_stage: 'engage',
      owner: PEOPLE.content,
      team: 'Content',
      start: at(-5),
      end: endOf(6),
      estimate_hours: 96,
      value: 6,
      effort: 3,
      confidence: 0.7,
      reach: 20_000,
      urgency: 'medium',
      importance: 'medium',
    },
    {
      // Serves no goal and is steered by a vanity metric; the review's experiment ended it.
      id: 'instagram-tips',
      title: 'Weekly reading tips on Instagram',
      type: 'task',
      theme: 'content',
      kpis: ['instagram-followers'],
      funnel_stage: 'reach',
      owner: PEOPLE.content,
      team: 'Content',
      start: addDays(t.period.start, 6),
      end: t.review,
      estimate_hours: 150,
      value: 3,
      effort: 3,
      confidence: 0.5,
      reach: 20_000,
      urgency: 'low',
      importance: 'low',
    },
    {
      id: 'title-ads',
      title: 'Move paid social budget to Google Ads on title searches',
      description: 'The decision of the last quarterly review.',
      type: 'task',
      theme: 'content',
      goals: ['cheaper-orders'],
      kpis: ['cost-per-order'],
      funnel_stage: 'convert',
      owner: PEOPLE.paid,
      team: 'Marketing',
      start: addDays(t.review, 1),
      end: addDays(t.review, 42),
      estimate_hours: 40,
      value: 7,
      effort: 2,
      confidence: 0.7,
      reach: 40_000,
      urgency: 'high',
      importance: 'high',
    },
    {
      id: 'platform-upkeep',
      title: 'Platform upgrades, security patches and bug fixes',
      type: 'maintenance',
      theme: 'upkeep',
      owner: PEOPLE.web,
      team: 'IT',
      start: t.period.start,
      end: t.period.end,
      estimate_hours: 300,
      value: 5,
      effort: 3,
      confidence: 0.9,
      urgency: 'medium',
      importance: 'high',
    },
    {
      id: 'stock-sync',
      title: 'Fix the stock sync that shows sold-out books as available',
      type: 'maintenance',
      theme: 'upkeep',
      goals: ['sell-books'],
      kpis: ['books-sold'],
      funnel_stage: 'convert',
      owner: PEOPLE.web,
      team: 'IT',
      start: at(1, 4),
      end: at(1, 25),
      estimate_hours: 60,
      value: 6,
      effort: 3,
      confidence: 0.9,
      reach: 10_000,
      urgency: 'high',
      importance: 'medium',
    },
  ];
}

/** Every season's campaign that falls wholly inside the plan period, in date order. */
function campaigns(t: BookshopTimeline): Activity[] {
  const out: Activity[] = [];
  for (let year = yearOf(t.period.start); year <= yearOf(t.period.end); year++) {
    for (const season of SEASONS) {
      const { start, end } = season.dates(year);
      if (start < t.period.start || end > t.period.end) continue;
      const { plan } = season;
      out.push({
        id: `${season.key}-${year}`,
        title: season.title(year),
        ...plan,
        goals: [...(plan.goals ?? [])],
        kpis: [...(plan.kpis ?? [])],
        start,
        end,
      });
    }
  }
  return out.sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1));
}

function milestones(t: BookshopTimeline, activities: readonly Activity[]): Milestone[] {
  const onEnd = (id: string, theme: string, title: string): Milestone => {
    const date = activities.find((a) => a.id === id)?.end;
    if (date === undefined) throw new Error(`demo plan: activity ${id} has no end date`);
    return { id: `${id}-done`, title, date, theme, activity: id };
  };
  const list: Milestone[] = [
    onEnd('page-speed', 'webperf', 'Product pages load in under 2 seconds on mobile'),
    onEnd('crm-migration', 'cx', 'One customer view in the CRM'),
    onEnd('mobile-checkout', 'webperf', 'New mobile checkout live'),
    onEnd('vipps-express', 'webperf', 'Vipps Express live'),
    onEnd('book-club', 'cx', 'Book club relaunched with points'),
    {
      id: 'year-two',
      title: 'Year two of the plan: budget and strategy refresh',
      date: addMonths(t.period.start, 12),
      description: 'Set next year’s goals from this year’s results.',
    },
  ];
  const christmas = activities.find((a) => a.id.startsWith('christmas-') && a.start !== undefined && a.start > t.today);
  if (christmas?.start !== undefined) {
    list.push({
      id: 'gift-guide-live',
      title: 'Christmas gift guide live',
      date: christmas.start,
      theme: 'content',
      activity: christmas.id,
    });
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function bookshopRoadmap(t: BookshopTimeline): BookshopRoadmap {
  const activities = [...workItems(t), ...campaigns(t)].map((a) => asOf(a, t.today));
  return { themes: themes(), activities, milestones: milestones(t, activities) };
}
