import type { Goal, Kpi, Measurement } from '../plan/plan.schema.js';
import { GRAIN_DAYS } from '../kpis/kpis.periods.js';
import { addDays, addMonths } from '../shared/dates.js';
import { monthStart } from './demo.calendar.js';
import {
  growth,
  lineThrough,
  measurementsOf,
  monthEnds,
  monthSeason,
  monthlyDates,
  quarterlyDates,
  roundTo,
  weeklyDates,
  type Model,
  type SeriesSpec,
} from './demo.series.js';
import { formatCount, longDate, monthYear } from './demo.text.js';
import { PEOPLE } from './bookshop.people.js';
import type { BookshopTimeline, GoalWindow } from './bookshop.timeline.js';

/*
 * Goals, KPIs and a year of measurements that tell one story. Most goals are on track; the
 * quarter goal on conversion is behind (the new checkout is not live yet), the year goal on
 * cost per order is at risk, the support goal has no owner, Instagram followers is a vanity
 * metric nobody steers by, and the newsletter click rate has not been entered for months.
 *
 * Level KPIs follow their goal's straight line at a chosen pace: at pace 1 the KPI reaches
 * the target on the target date, so a pace above 1 is on track, below 1 behind.
 */

export interface BookshopMeasures {
  goals: Goal[];
  kpis: Kpi[];
  measurements: Measurement[];
}

/**
 * Books sold in the twelve months of the year goal if the trend holds, above the target.
 * Most books sell at Christmas, so before it the running total still trails the straight
 * line the goal is judged by: the goal reads behind every autumn, as it would in real life.
 */
const BOOKS_FORECAST = 130_000;
const BOOKS_TARGET = 120_000;

/**
 * The KPI along a goal's line at `pace`; `before` is how much it rose in the year before the
 * baseline. The goal's actual is read over the latest month of measurements, so a weekly KPI
 * runs `lead` days ahead of the line to make that month's mean land on it.
 */
function goalLine(window: GoalWindow, baseline: number, target: number, pace: number, before: number, lead = 0): Model {
  return lineThrough([
    [addDays(window.from, -365 - lead), baseline - before],
    [addDays(window.from, -lead), baseline],
    [addDays(window.to, -lead), baseline + pace * (target - baseline)],
  ]);
}

/** Half of the three weeks between the first and last of the four weekly values the goal reads. */
const WEEKLY_LEAD = 11;

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** A KPI counted per week, from a model of its monthly total. */
function perWeek(monthly: Model): Model {
  return (date) => (monthly(date) * 7) / GRAIN_DAYS.month;
}

export function bookshopMeasures(t: BookshopTimeline): BookshopMeasures {
  const { today } = t;
  // 53 weeks, so that the history reaches back a whole year even across a leap day.
  const weeks = weeklyDates(today, 53);
  const months = monthlyDates(today, 12);
  const quarters = quarterlyDates(today, 5);

  // Books: 25 % growth a year on the trade's seasons, scaled so the year goal's window sells BOOKS_FORECAST.
  const bookTrend = growth(1, 1.25, today);
  const booksShape: Model = (date) => bookTrend(addDays(monthStart(date), 14)) * monthSeason(date);
  const yearMonths = monthEnds(addDays(t.year.from, 1), 12);
  const booksScale = BOOKS_FORECAST / sum(yearMonths.map(booksShape));
  const books: Model = (date) => booksScale * booksShape(date);
  const booksBaseline = roundTo(sum(monthEnds(addMonths(yearMonths[0], -12), 12).map(books)), 1000);

  // Visits and enquiries are judged as monthly rates against a straight line, so they carry
  // growth but no season; the Christmas peak shows where it belongs, in books sold.
  const visits = perWeek(goalLine(t.quarter, 50_000, 60_000, 1.3, 8_000, WEEKLY_LEAD));
  const enquiries = perWeek(goalLine(t.quarter, 950, 1_200, 1.3, 200, WEEKLY_LEAD));
  const conversion = goalLine(t.quarter, 1.6, 2.2, 0.9, 0.05, WEEKLY_LEAD);
  const costPerOrder = goalLine(t.year, 68, 50, 0.2, 4);
  const returning = goalLine(t.year, 36, 40, 1.4, 3);
  const marketShare = goalLine(t.long, 9, 15, 4 / 3, 0.8);
  const readingTime = goalLine(t.quarter, 80, 110, 1.3, 8, WEEKLY_LEAD);
  const responseTime = goalLine(t.year, 5 * 3600, 2 * 3600, 1.3, 1800, WEEKLY_LEAD);
  const longReturningBaseline = roundTo(returning(t.long.from), 0.5);

  const lastMonth = weeks.slice(-4);
  const series: SeriesSpec[] = [
    { kpi: 'books-sold', dates: months, model: books, noise: 0.04, step: 1 },
    { kpi: 'visits', dates: weeks, model: visits, noise: 0.02, step: 1 },
    // The latest month sits on the goal's line, so the goal reads "behind" (85–95 % of the
    // expected progress) on any date rather than flickering with the noise.
    {
      kpi: 'conversion-rate',
      dates: weeks,
      model: conversion,
      noise: (date) => (lastMonth.includes(date) ? 0 : 0.02),
      step: 0.01,
    },
    {
      kpi: 'cart-abandonment',
      dates: weeks,
      model: lineThrough([
        [addDays(today, -365), 74.5],
        [t.quarter.from, 73],
        [today, 69.5],
      ]),
      noise: 0.012,
      step: 0.1,
    },
    { kpi: 'cost-per-order', dates: months, model: costPerOrder, noise: 0.015, step: 0.1 },
    { kpi: 'market-share', dates: quarters, model: marketShare, noise: 0.005, step: 0.1 },
    { kpi: 'returning-share', dates: months, model: returning, noise: 0.008, step: 0.1 },
    // Nobody has entered the click rate since the newsletter tool was replaced: overdue.
    {
      kpi: 'newsletter-ctr',
      dates: monthlyDates(today, 12, 3),
      model: lineThrough([
        [addDays(today, -365), 3.4],
        [today, 2.9],
      ]),
      noise: 0.04,
      step: 0.1,
    },
    { kpi: 'reading-time', dates: weeks, model: readingTime, noise: 0.02, step: 1 },
    { kpi: 'enquiries', dates: weeks, model: enquiries, noise: 0.025, step: 1 },
    { kpi: 'response-time', dates: weeks, model: responseTime, noise: 0.03, step: 60 },
    {
      kpi: 'instagram-followers',
      dates: months,
      model: lineThrough([
        [addDays(today, -365), 17_500],
        [today, 23_800],
      ]),
      noise: 0.004,
      step: 1,
    },
  ];

  const goals: Goal[] = [
    {
      id: 'market-leader',
      title: `Grow our share of online book sales in Norway from 9% to 15% by ${monthYear(t.long.to)}`,
      horizon: 'long',
      description: 'The business goal behind the plan: the first choice online for Nordic crime and gifts of books.',
      department: 'sales',
      business_link: 'market_share',
      kpi: 'market-share',
      baseline: { value: 9, date: t.long.from },
      target: { value: 15, date: t.long.to },
      owner: PEOPLE.sales,
    },
    {
      id: 'loyal-readers',
      title: `Returning customers place 45% of online orders by ${monthYear(t.long.to)}`,
      horizon: 'long',
      department: 'sales',
      business_link: 'customer',
      kpi: 'returning-share',
      baseline: { value: longReturningBaseline, date: t.long.from },
      target: { value: 45, date: t.long.to },
      owner: PEOPLE.crm,
    },
    {
      id: 'sell-books',
      parent: 'market-leader',
      title: `Sell ${formatCount(BOOKS_TARGET)} books online in the 12 months to ${monthYear(t.year.to)}`,
      horizon: 'year',
      description:
        'The Norwegian seed’s example. Visits, reading time on articles and enquiries are its sub-goals; every order and every enquiry counts as a conversion.',
      department: 'marketing',
      business_link: 'revenue',
      kpi: 'books-sold',
      baseline: { value: booksBaseline, date: t.year.from },
      target: { value: BOOKS_TARGET, date: t.year.to },
      owner: PEOPLE.lead,
    },
    {
      id: 'cheaper-orders',
      parent: 'market-leader',
      title: `Cut marketing cost per order from 68 NOK to 50 NOK by ${longDate(t.year.to)}`,
      horizon: 'year',
      department: 'marketing',
      business_link: 'cost',
      kpi: 'cost-per-order',
      baseline: { value: 68, date: t.year.from },
      target: { value: 50, date: t.year.to },
      owner: PEOPLE.paid,
    },
    {
      id: 'repeat-buyers',
      parent: 'loyal-readers',
      title: `Raise the share of orders from returning customers from 36% to 40% by ${longDate(t.year.to)}`,
      horizon: 'year',
      department: 'sales',
      business_link: 'customer',
      kpi: 'returning-share',
      baseline: { value: 36, date: t.year.from },
      target: { value: 40, date: t.year.to },
      owner: PEOPLE.crm,
    },
    {
      // No owner: the health check has something real to say, and the review noticed it too.
      id: 'fast-answers',
      parent: 'loyal-readers',
      title: `Answer customer enquiries within 2 hours on average by ${longDate(t.year.to)}`,
      horizon: 'year',
      department: 'support',
      business_link: 'customer',
      kpi: 'response-time',
      baseline: { value: 5 * 3600, date: t.year.from },
      target: { value: 2 * 3600, date: t.year.to },
    },
    {
      id: 'more-visits',
      parent: 'sell-books',
      title: `Reach 60 000 webshop visits a month by ${longDate(t.quarter.to)}`,
      horizon: 'quarter',
      department: 'marketing',
      business_link: 'revenue',
      kpi: 'visits',
      baseline: { value: 50_000, date: t.quarter.from },
      target: { value: 60_000, date: t.quarter.to },
      owner: PEOPLE.web,
    },
    {
      id: 'better-conversion',
      parent: 'sell-books',
      title: `Raise webshop conversion from 1.6% to 2.2% by ${longDate(t.quarter.to)}`,
      horizon: 'quarter',
      description: 'Two of three visits are on a phone, but only two of five orders: the new mobile checkout is the lever.',
      department: 'sales',
      business_link: 'revenue',
      kpi: 'conversion-rate',
      baseline: { value: 1.6, date: t.quarter.from },
      target: { value: 2.2, date: t.quarter.to },
      owner: PEOPLE.web,
    },
    {
      id: 'reading-depth',
      parent: 'sell-books',
      title: `Keep readers on our articles for 110 seconds on average by ${longDate(t.quarter.to)}`,
      horizon: 'quarter',
      department: 'marketing',
      business_link: 'customer',
      kpi: 'reading-time',
      baseline: { value: 80, date: t.quarter.from },
      target: { value: 110, date: t.quarter.to },
      owner: PEOPLE.content,
    },
    {
      id: 'book-advice',
      parent: 'sell-books',
      title: `Answer 1 200 book-advice enquiries a month by ${longDate(t.quarter.to)}`,
      horizon: 'quarter',
      department: 'support',
      business_link: 'revenue',
      kpi: 'enquiries',
      baseline: { value: 950, date: t.quarter.from },
      target: { value: 1_200, date: t.quarter.to },
      owner: PEOPLE.service,
    },
  ];

  return { goals, kpis: bookshopKpis(), measurements: series.flatMap(measurementsOf) };
}

function bookshopKpis(): Kpi[] {
  return [
    {
      id: 'books-sold',
      name: 'Books sold online',
      definition: 'Printed and e-books in completed webshop and app orders, returns subtracted',
      unit: 'count',
      direction: 'up',
      aggregation: 'sum',
      frequency: 'monthly',
      owner: PEOPLE.lead,
      funnel_stage: 'convert',
      conversion: true,
      source: 'csv',
    },
    {
      id: 'visits',
      name: 'Webshop visits',
      definition: 'Sessions on the webshop and in the app',
      unit: 'count',
      direction: 'up',
      aggregation: 'sum',
      frequency: 'weekly',
      owner: PEOPLE.web,
      funnel_stage: 'reach',
      source: 'ga4',
    },
    {
      id: 'conversion-rate',
      name: 'Webshop conversion rate',
      definition: 'Orders divided by sessions, in percent',
      unit: 'percent',
      direction: 'up',
      aggregation: 'average',
      frequency: 'weekly',
      owner: PEOPLE.web,
      funnel_stage: 'convert',
      source: 'ga4',
    },
    {
      id: 'cart-abandonment',
      name: 'Cart abandonment',
      definition: 'Share of carts with at least one book that never become an order',
      unit: 'percent',
      direction: 'down',
      aggregation: 'average',
      frequency: 'weekly',
      owner: PEOPLE.web,
      funnel_stage: 'convert',
      source: 'ga4',
    },
    {
      id: 'cost-per-order',
      name: 'Marketing cost per order',
      definition: 'Paid media and campaign costs of the month divided by the online orders of the month, in NOK',
      unit: 'currency',
      direction: 'down',
      aggregation: 'average',
      frequency: 'monthly',
      owner: PEOPLE.paid,
      funnel_stage: 'convert',
      source: 'csv',
    },
    {
      id: 'market-share',
      name: 'Online market share',
      definition: 'Our share of Norwegian online sales of new books, from the book trade’s quarterly statistics',
      unit: 'percent',
      direction: 'up',
      aggregation: 'last',
      frequency: 'quarterly',
      owner: PEOPLE.sales,
      source: 'manual',
    },
    {
      id: 'returning-share',
      name: 'Orders from returning customers',
      definition: 'Share of online orders placed by customers who have ordered before',
      unit: 'percent',
      direction: 'up',
      aggregation: 'average',
      frequency: 'monthly',
      owner: PEOPLE.crm,
      funnel_stage: 'retain',
      source: 'csv',
    },
    {
      id: 'newsletter-ctr',
      name: 'Newsletter click rate',
      definition: 'Unique clicks divided by delivered newsletters, in percent',
      unit: 'percent',
      direction: 'up',
      aggregation: 'average',
      frequency: 'monthly',
      owner: PEOPLE.crm,
      funnel_stage: 'engage',
      source: 'csv',
    },
    {
      id: 'reading-time',
      name: 'Reading time on articles',
      definition: 'Average engaged time on reviews, author interviews and reading tips',
      unit: 'duration_s',
      direction: 'up',
      aggregation: 'average',
      frequency: 'weekly',
      owner: PEOPLE.content,
      funnel_stage: 'engage',
      source: 'ga4',
    },
    {
      id: 'enquiries',
      name: 'Book-advice enquiries',
      definition: 'Questions to our booksellers by chat, e-mail and the advice form; each one counts as a conversion',
      unit: 'count',
      direction: 'up',
      aggregation: 'sum',
      frequency: 'weekly',
      owner: PEOPLE.service,
      funnel_stage: 'engage',
      conversion: true,
      source: 'csv',
    },
    {
      id: 'response-time',
      name: 'First response time',
      definition: 'Average time from an enquiry to the first answer from a person, counted in opening hours',
      unit: 'duration_s',
      direction: 'down',
      aggregation: 'average',
      frequency: 'weekly',
      owner: PEOPLE.service,
      funnel_stage: 'retain',
      source: 'csv',
    },
    {
      // A vanity metric: it grows nicely and leads to no order (the review's experiment showed it).
      id: 'instagram-followers',
      name: 'Instagram followers',
      definition: 'Followers of @nordbok at the end of the month',
      unit: 'count',
      direction: 'up',
      aggregation: 'last',
      frequency: 'monthly',
      owner: PEOPLE.content,
      funnel_stage: 'reach',
      conversion: false,
      source: 'manual',
    },
  ];
}
