import type { Strategy } from '../plan/plan.schema.js';

/** Step 4: how, in broad strokes. */
export function bookshopStrategy(): Strategy {
  return {
    funnel: {
      reach: 'SEO on author and series pages, reading tips on Instagram and Facebook, Google Ads on titles only',
      engage: 'Weekly newsletter picks, author interviews, book advice from our booksellers',
      convert: 'A fast mobile checkout with Vipps, and a gift guide for every season',
      retain: 'The book club with points, personal picks in the newsletter, reorders in the app',
    },
    positioning: 'The Nordic crime specialist: booksellers who read what they sell',
    traffic: 'mixed',
    content:
      'Norwegian Bokmål; a weekly newsletter, two articles a week, a monthly author interview, and gift guides before Christmas, Mother’s Day and Easter',
    resourcing: 'mixed',
    journey: [
      { stage: 'reach', touchpoints: ['google', 'google-ads', 'instagram', 'facebook'] },
      { stage: 'engage', touchpoints: ['webshop', 'newsletter', 'instagram'] },
      { stage: 'convert', touchpoints: ['webshop', 'app', 'google-ads'] },
      { stage: 'retain', touchpoints: ['newsletter', 'crm', 'app', 'facebook'] },
    ],
  };
}
