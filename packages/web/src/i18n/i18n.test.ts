import type { Locale } from '@kurs/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntlShape, MessageFormatElement } from 'react-intl';
import { createIntl } from 'react-intl/server';
import { APP_LOCALES, initialLocale, pickLocale } from './i18n.locale';
import { formatDate, formatKpiValue, formatMoney, formatPeriod } from './i18n.format';
import { loadCatalogues } from './i18n.messages';

describe('message catalogues', () => {
  // Every catalogue of every language, loaded once: the tests below only read them.
  const catalogues = new Map<Locale, Record<string, Record<string, string>>>();
  const messagesOf = (locale: Locale): Record<string, string> => Object.assign({}, ...Object.values(catalogues.get(locale)!));
  beforeAll(async () => {
    for (const locale of APP_LOCALES) catalogues.set(locale, await loadCatalogues(locale));
  });

  it('keep every key in one catalogue only, with each feature catalogue in all four languages', () => {
    const english = catalogues.get('en')!;
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, messages] of Object.entries(english)) {
      for (const key of Object.keys(messages)) {
        if (owner.has(key)) twice.push(`${key} in ${owner.get(key)} and ${file}`);
        owner.set(key, file);
      }
    }
    expect(twice).toEqual([]);
    for (const locale of APP_LOCALES) {
      const files = Object.keys(catalogues.get(locale)!).map((f) => f.replace(`.${locale}.json`, ''));
      expect(files.sort()).toEqual(Object.keys(english).map((f) => f.replace('.en.json', '')).sort());
    }
  });

  it('have exactly the same keys in every language', () => {
    const english = new Set(Object.keys(messagesOf('en')));
    for (const locale of APP_LOCALES) {
      const keys = new Set(Object.keys(messagesOf(locale)));
      expect({ locale, missing: [...english].filter((k) => !keys.has(k)) }).toEqual({ locale, missing: [] });
      expect({ locale, extra: [...keys].filter((k) => !english.has(k)) }).toEqual({ locale, extra: [] });
    }
  });

  it('have no empty message and every message is valid ICU with the same arguments as English', () => {
    const english = new Map(Object.entries(messagesOf('en')).map(([key, text]) => [key, argumentsOf(text, 'en')]));
    for (const locale of APP_LOCALES) {
      const wrong: string[] = [];
      for (const [key, text] of Object.entries(messagesOf(locale))) {
        if (text.trim() === '') wrong.push(`${key} is empty`);
        const args = argumentsOf(text, locale).join(', ');
        if (args !== english.get(key)?.join(', ')) wrong.push(`${key} has arguments (${args}), English (${english.get(key)?.join(', ')})`);
      }
      expect({ locale, wrong }).toEqual({ locale, wrong: [] });
    }
  });
});

// One parser per language: creating one per message made this test take seconds.
const parsers = new Map<Locale, IntlShape>();
const parserOf = (locale: Locale) => parsers.get(locale) ?? parsers.set(locale, createIntl({ locale })).get(locale)!;

/** The names of a message's arguments; parsing throws on a message that is not valid ICU. */
function argumentsOf(message: string, locale: Locale): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parserOf(locale).formatters.getMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe('pickLocale', () => {
  it('takes the first language Kurs speaks and reads Norwegian variants as bokmål', () => {
    expect(pickLocale(['de-DE', 'sv-SE', 'en'])).toBe('sv');
    expect(pickLocale(['no'])).toBe('nb');
    expect(pickLocale(['nn-NO'])).toBe('nb');
    expect(pickLocale(['da'])).toBe('da');
    expect(pickLocale(['fr', 'de'])).toBe('en');
  });

  it('prefers a remembered choice over the browser, and ignores a stored value it does not know', () => {
    expect(initialLocale({ getItem: () => 'da' }, ['sv'])).toBe('da');
    expect(initialLocale({ getItem: () => 'xx' }, ['sv'])).toBe('sv');
    expect(
      initialLocale(
        {
          getItem: () => {
            throw new Error('blocked');
          },
        },
        ['nb'],
      ),
    ).toBe('nb');
  });
});

describe('formatters', () => {
  it('write a plan date as the same calendar day in every language, in one style per language', () => {
    expect(formatDate('en', '2027-03-31')).toBe('31 March 2027');
    expect(formatDate('nb', '2027-01-31')).toBe('31. januar 2027');
    expect(formatDate('sv', '2027-01-01')).toBe('1 januari 2027');
    expect(formatDate('da', '2027-03-01')).toBe('1. marts 2027');
  });

  it('write money in the plan currency with the reader’s separators', () => {
    expect(formatMoney('nb', 1234567, 'NOK').replace(/\s/g, ' ')).toBe('1 234 567 kr');
    expect(formatMoney('en', 1234567, 'EUR')).toBe('€1,234,567');
  });

  it('write a period as one range', () => {
    expect(formatPeriod('en', { start: '2027-01-01', end: '2027-12-31' }).replace(/\s/g, ' ')).toBe('1 January – 31 December 2027');
    expect(formatPeriod('da', { start: '2027-03-01', end: '2027-05-31' }).replace(/\s/g, ' ')).toBe('1. marts–31. maj 2027');
  });
});

describe('formatKpiValue', () => {
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('writes a value in its KPI unit', () => {
    expect(plain(formatKpiValue('nb', 120000, 'count'))).toBe('120 000');
    expect(plain(formatKpiValue('nb', 1.6, 'percent'))).toBe('1,6 %');
    expect(formatKpiValue('en', 9, 'percent')).toBe('9%');
    expect(plain(formatKpiValue('nb', 68, 'currency', 'NOK'))).toBe('68 kr');
  });

  it('writes a duration in seconds as people say it', () => {
    expect(formatKpiValue('en', 7200, 'duration_s')).toBe('2 hr');
    expect(formatKpiValue('en', 900, 'duration_s')).toBe('15 min');
    expect(formatKpiValue('en', 110, 'duration_s')).toBe('110 sec');
  });
});
