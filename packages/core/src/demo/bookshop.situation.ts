import type { Situation } from '../plan/plan.schema.js';
import { addDays, addMonths } from '../shared/dates.js';
import { yearOf } from './demo.calendar.js';
import { christmasDates, paskekrimDates } from './bookshop.seasons.js';
import type { BookshopTimeline } from './bookshop.timeline.js';

/** Step 1: where Nordbok stood when the plan was made, with the campaigns of the year before. */
export function bookshopSituation(t: BookshopTimeline): Situation {
  const start = t.period.start;
  const christmas = christmasDates(yearOf(start) - 1);
  const easterThisYear = paskekrimDates(yearOf(start));
  const easter = easterThisYear.end < start ? easterThisYear : paskekrimDates(yearOf(start) - 1);
  const giveaway = addMonths(start, -5);
  return {
    usp: 'Curated Nordic crime fiction, advice from booksellers who read what they sell, and next-day delivery',
    audiences: [
      {
        id: 'crime-readers',
        name: 'Crime readers 35–65',
        kind: 'current',
        notes: 'Buy six or more books a year, mostly Nordic crime; half of them are in the book club',
      },
      {
        id: 'students',
        name: 'Students and young adults 18–25',
        kind: 'non_buyer',
        notes: 'Find books on BookTok and buy course books elsewhere; they never meet us',
      },
      {
        id: 'gift-buyers',
        name: 'Gift buyers',
        kind: 'desired',
        notes: 'Buy two to four books a year, before Christmas, Mother’s Day and Easter, and want help to choose',
      },
    ],
    competitors: [
      {
        id: 'big-online',
        name: 'Big Online Bookshop',
        better_at: ['price', 'range', 'free shipping'],
        our_difference: 'Personal recommendations and a Nordic crime focus; signed editions',
      },
      {
        id: 'chain-stores',
        name: 'The bookshop chains’ webshops',
        better_at: ['click and collect in every town', 'brand awareness'],
        our_difference: 'Specialist advice online, not only in the shop',
      },
      {
        id: 'audiobooks',
        name: 'Audiobook streaming services',
        better_at: ['convenience', 'a monthly subscription'],
        our_difference: 'Books to own and to give; e-books and audiobooks as a bundle for club members',
      },
    ],
    channels: [
      {
        id: 'webshop',
        name: 'Webshop',
        type: 'website',
        present: true,
        funnel: ['reach', 'engage', 'convert'],
        goal: 'The main sales channel: four of five online orders',
        challenges: 'Product pages are slow on mobile and the checkout has five steps',
      },
      {
        id: 'instagram',
        name: 'Instagram',
        type: 'social',
        present: true,
        funnel: ['reach', 'engage'],
        goal: 'Reading tips that bring readers to the webshop',
        challenges: 'Many followers, few clicks to the shop',
      },
      {
        id: 'facebook',
        name: 'Facebook',
        type: 'social',
        present: true,
        funnel: ['reach', 'retain'],
        goal: 'Reach readers over 45 and keep the book club talking',
        challenges: 'Organic reach falls every year',
      },
      {
        id: 'newsletter',
        name: 'Newsletter',
        type: 'email',
        present: true,
        funnel: ['engage', 'convert', 'retain'],
        goal: 'Weekly picks to 62 000 subscribers',
        challenges: 'The same letter goes to everyone, and the click rate is falling',
      },
      {
        id: 'google',
        name: 'Google search',
        type: 'search',
        present: true,
        funnel: ['reach', 'convert'],
        goal: 'Be found on every author, series and title search',
        challenges: 'Price comparison sites and the big shops win the title searches',
      },
      {
        id: 'google-ads',
        name: 'Google Ads',
        type: 'paid',
        present: true,
        funnel: ['reach', 'convert'],
        goal: 'Profitable traffic on title searches',
        challenges: 'Cost per click rises every autumn',
      },
      {
        id: 'marketplaces',
        name: 'Online marketplaces',
        type: 'marketplace',
        present: false,
        funnel: ['reach', 'convert'],
        goal: 'Sell the backlist where price shoppers look',
        challenges: 'Thin margins, and the risk of competing with our own shop',
      },
      {
        id: 'crm',
        name: 'CRM and book club',
        type: 'crm',
        present: true,
        funnel: ['engage', 'retain'],
        goal: 'One view of each customer for the book club and the newsletter',
        challenges: 'Customer data is split between the webshop and the newsletter tool',
      },
      {
        id: 'app',
        name: 'Nordbok app',
        type: 'app',
        present: true,
        funnel: ['convert', 'retain'],
        goal: 'Reorders and wish lists for loyal readers',
        challenges: 'Few active users, and it is built on an old framework',
      },
    ],
    campaigns: [
      {
        id: 'past-christmas',
        name: `Christmas ${yearOf(christmas.start)}`,
        channel: 'webshop',
        start: christmas.start,
        end: christmas.end,
        spend: 120_000,
        result: '9 800 orders, 1.9% conversion at the peak',
        learning: 'Gift guides converted best; paid social brought visits but few orders',
      },
      {
        id: 'past-paskekrim',
        name: `Påskekrim ${yearOf(easter.start)}`,
        channel: 'newsletter',
        start: easter.start,
        end: easter.end,
        spend: 35_000,
        result: '2 400 orders, 38% open rate',
        learning: 'Newsletter readers buy the whole series; the top three titles sold out in a week',
      },
      {
        id: 'past-giveaway',
        name: 'Instagram giveaway',
        channel: 'instagram',
        start: giveaway,
        end: addDays(giveaway, 20),
        spend: 20_000,
        result: '4 100 new followers, 60 orders',
        learning: 'Giveaways bring prize hunters, not readers',
      },
    ],
    findings: [
      'Organic search brings 45% of visits and 55% of orders; paid social brings 12% of visits and 3% of orders',
      'Two of three visits are on a phone, but only two of five orders: the checkout loses mobile buyers',
      'Book club members buy three times as often as other customers, but the webshop cannot tell who they are',
      'Author pages are the most visited pages; campaign landing pages the least',
      'Students discover books on TikTok, where we are not',
    ],
  };
}
