import { formatIsoDate } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import type { MessageFormatElement } from 'react-intl';
import { createIntl } from 'react-intl/server';
import { APP_LOCALES, initialLocale, pickLocale } from './i18n.locale';
import { formatDate, formatKpiValue, formatMoney, formatPeriod } from './i18n.format';
import { loadCatalogues, loadMessages } from './i18n.messages';

describe('message catalogues', () => {
  it('keep every key in one catalogue only, with each feature catalogue in all four languages', async () => {
    const english = await loadCatalogues('en');
    const owner = new Map<string, string>();
    for (const [file, messages] of Object.entries(english)) {
      for (const key of Object.keys(messages)) {
        expect({ key, also: owner.get(key) }).toEqual({ key, also: undefined });
        owner.set(key, file);
      }
    }
    for (const locale of APP_LOCALES) {
      const files = Object.keys(await loadCatalogues(locale)).map((f) => f.replace(`.${locale}.json`, ''));
      expect(files.sort()).toEqual(Object.keys(english).map((f) => f.replace('.en.json', '')).sort());
    }
  });

  it('have exactly the same keys in every language', async () => {
    const english = Object.keys(await loadMessages('en')).sort();
    for (const locale of APP_LOCALES) {
      const keys = Object.keys(await loadMessages(locale)).sort();
      expect({ locale, missing: english.filter((k) => !keys.includes(k)) }).toEqual({ locale, missing: [] });
      expect({ locale, extra: keys.filter((k) => !english.includes(k)) }).toEqual({ locale, extra: [] });
    }
  });

  it('have no empty message and every message is valid ICU with the same arguments as English', async () => {
    const english = await loadMessages('en');
    for (const locale of APP_LOCALES) {
      const messages = await loadMessages(locale);
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        const args = argumentsOf(text, locale);
        expect(args, `${locale} ${key}`).toEqual(argumentsOf(english[key as keyof typeof english], 'en'));
      }
    }
  });
});

function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(createIntl({ locale }).formatters.getMessageFormat(message, locale).getAst());
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

  it('write dates as core writes them in health messages', () => {
    for (const locale of APP_LOCALES) {
      for (const date of ['2027-01-01', '2027-03-01', '2027-09-30', '2028-02-29']) {
        expect(formatDate(locale, date)).toBe(formatIsoDate(locale, date));
      }
    }
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
