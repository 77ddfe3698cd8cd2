import { bookshopPlan, type Locale } from '@kurs/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGuidance } from '../features/guidance/guidance.load';
import { STEPS } from '../features/steps/steps.list';
import { APP_LOCALES } from './i18n.locale';
import { loadMessages } from './i18n.messages';

/*
 * Placeholders and hints are read by every business, a dental clinic as much as a shop: their
 * examples must fit any business (sales, bookings, enquiries, sign-ups), not the demo book shop
 * as if it were the reader's own.
 */

// The book shop's products in the four languages (not "bookings", which fits any business).
const BOOK_SHOP = /\bbooks?\b|\bbook ?(?:shop|seller|store)|\bbøker\b|\bböcker\b|\bbøger\b|\b(?:bok|bog)hand|\bcrime\b|\bkrim|\bdeckar/i;

// Texts that name the demo plan itself, where the book shop is the right word.
const NAMES_THE_DEMO = new Set(['access.setup.lead']);

describe('examples in the catalogues', () => {
  const messages = new Map<Locale, Record<string, string>>();
  beforeAll(async () => {
    for (const locale of APP_LOCALES) messages.set(locale, await loadMessages(locale));
  });

  it('mention no books or book shop products, in any of the four languages', () => {
    for (const locale of APP_LOCALES) {
      const bookish = Object.entries(messages.get(locale)!)
        .filter(([key, text]) => !NAMES_THE_DEMO.has(key) && BOOK_SHOP.test(text))
        .map(([key, text]) => `${key}: ${text}`);
      expect({ locale, bookish }).toEqual({ locale, bookish: [] });
    }
  });

  it('quote none of the demo plan’s own texts as an example', () => {
    const demo = textsOf(bookshopPlan({ today: '2026-12-07' })).filter((text) => text.length >= 12);
    const copied = Object.entries(messages.get('en')!)
      .map(([key, text]) => [key, text.replace(/^e\.g\. /, '')] as const)
      .filter(([, text]) => text.length >= 12 && demo.some((own) => own.includes(text) || text.includes(own)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(copied).toEqual([]);
  });

  it('leave the book shop to the guidance’s one labelled example from the method', async () => {
    for (const locale of APP_LOCALES) {
      const guidance = await loadGuidance(locale);
      const texts = STEPS.flatMap((step) => [
        ...guidance[step].sections.flatMap((section) => [section.title, ...section.questions]),
        ...guidance[step].checklist,
        guidance[step].quote?.text ?? '',
      ]);
      const examples = STEPS.flatMap((step) => guidance[step].sections.flatMap((section) => section.example ?? []));
      expect({ locale, bookish: texts.filter((text) => BOOK_SHOP.test(text)) }).toEqual({ locale, bookish: [] });
      // The Norwegian seed's worked example, quoted as such.
      expect(examples.filter((text) => BOOK_SHOP.test(text)), locale).toHaveLength(1);
    }
  });
});

/** Every string in a plan document, however deep. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}
