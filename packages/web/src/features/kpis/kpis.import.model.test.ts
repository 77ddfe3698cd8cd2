import { describe, expect, it } from 'vitest';
import { changeFormat, mapColumn, readHeader, setField, withPlanLocale } from './kpis.import.model';

describe('readHeader', () => {
  it('finds the header after GA4 comment lines and a byte order mark', () => {
    const ga4 = '\uFEFF# ------\n# Start date: 20270101\n\nDate,Sessions,"Total revenue, NOK"\n20270101,120,"1,5"\n';
    expect(readHeader(ga4)).toEqual({ cells: ['Date', 'Sessions', 'Total revenue, NOK'], delimiter: ',' });
  });

  it('picks the delimiter the header uses most', () => {
    expect(readHeader('Dato;Besøk nettbutikk;Konvertering, %\r\n31.01.2027;12 500;1,6')?.cells).toEqual([
      'Dato',
      'Besøk nettbutikk',
      'Konvertering, %',
    ]);
    expect(readHeader('date\tvisits\n')?.delimiter).toBe('\t');
  });

  it('is null for a file of only comments and blank lines', () => {
    expect(readHeader('# only a comment\n\n;;\n')).toBeNull();
  });
});

describe('mapping edits', () => {
  it('reads a Nordic plan’s files with its decimal comma, but leaves GA4 and chosen locales alone', () => {
    expect(withPlanLocale({ format: 'wide', columns: {} }, 'nb')).toEqual({ format: 'wide', columns: {}, locale: 'nb' });
    expect(withPlanLocale({ format: 'wide', columns: {}, locale: 'en' }, 'nb')).toEqual({ format: 'wide', columns: {}, locale: 'en' });
    expect(withPlanLocale({ format: 'ga4', columns: {} }, 'sv')).toEqual({ format: 'ga4', columns: {} });
    expect(withPlanLocale({ format: 'long' }, 'en')).toEqual({ format: 'long' });
  });

  it('keeps the date column, columns and locale that carry over when the format changes', () => {
    const wide = { format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' }, locale: 'nb' } as const;
    expect(changeFormat(wide, 'long')).toEqual({ format: 'long', date_column: 'Dato', locale: 'nb' });
    expect(changeFormat(wide, 'ga4')).toEqual({ format: 'ga4', date_column: 'Dato', columns: { Besøk: 'visits' } });
    expect(changeFormat(changeFormat(wide, 'ga4'), 'wide')).toEqual({ format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' } });
  });

  it('maps and unmaps a column, and removes a field set to nothing', () => {
    const mapped = mapColumn({ format: 'wide', columns: {} }, 'Besøk', 'visits');
    expect(mapped).toEqual({ format: 'wide', columns: { Besøk: 'visits' } });
    expect(mapColumn(mapped, 'Besøk', null)).toEqual({ format: 'wide', columns: {} });
    expect(setField({ format: 'long', kpi_column: 'KPI' }, 'kpi_column', undefined)).toEqual({ format: 'long' });
    expect(setField({ format: 'long' }, 'date_order', 'dmy')).toEqual({ format: 'long', date_order: 'dmy' });
  });
});
