import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeasurementCsv } from './measurements.importer.js';
import { readCsvHeader, suggestMapping } from './measurements.suggest.js';

const kpis = [
  { id: 'books-sold', name: 'Books sold online' },
  { id: 'visits', name: 'Webshop visits' },
  { id: 'omsetning', name: 'Omsetning nettbutikk' },
  { id: 'followers', name: 'Instagram followers' },
];

describe('suggestMapping', () => {
  it('sees a long file by its kpi, date and value columns, in English or Norwegian', () => {
    expect(suggestMapping(['KPI', 'Date', 'Value'], kpis)).toEqual({ format: 'long', kpi_column: 'KPI', date_column: 'Date', value_column: 'Value' });
    expect(suggestMapping(['\uFEFFnøkkeltall', 'dato', 'verdi'], kpis)).toEqual({
      format: 'long',
      kpi_column: 'nøkkeltall',
      date_column: 'dato',
      value_column: 'verdi',
    });
  });

  it('maps the columns of a wide file by exact id, then by id or name in any case and punctuation', () => {
    expect(suggestMapping(['Dato', 'Books sold online', 'VISITS', 'followers', 'Kommentar'], kpis)).toEqual({
      format: 'wide',
      date_column: 'Dato',
      columns: { 'Books sold online': 'books-sold', VISITS: 'visits', followers: 'followers' },
    });
  });

  it('does not let a looser match take a KPI another column names exactly', () => {
    const mapping = suggestMapping(['date', 'Visits', 'visits'], kpis);
    expect(mapping).toEqual({ format: 'wide', date_column: 'date', columns: { visits: 'visits' } });
  });

  it('sees a GA4 export by its time dimension and metric names and maps metrics to KPIs by meaning', () => {
    expect(suggestMapping(['Date', 'Sessions', 'Key events', 'Total revenue'], kpis)).toEqual({
      format: 'ga4',
      columns: { Sessions: 'visits', 'Total revenue': 'omsetning' },
    });
    expect(suggestMapping(['Nth day', 'Active users'], kpis)).toEqual({ format: 'ga4', columns: {} });
  });

  it('leaves the date column out of a wide mapping when there is none to guess', () => {
    expect(suggestMapping(['When', 'visits'], kpis)).toEqual({ format: 'wide', columns: { visits: 'visits' } });
  });

  it('guesses a mapping that imports the GA4 fixture without errors', () => {
    const text = readFileSync(new URL('./fixtures/ga4-daily.csv', import.meta.url), 'utf8');
    const header = readCsvHeader(text.slice(0, 1000));
    expect(header?.line).toBe(9);
    const mapping = suggestMapping(header?.header ?? [], kpis);
    const { summary } = parseMeasurementCsv(text, { mapping, kpis });
    expect(summary.error_count).toBe(0);
    expect(summary.kpis.map((k) => k.kpi)).toEqual(['omsetning', 'visits']);
  });
});

describe('readCsvHeader', () => {
  it('finds the first record that is neither comment nor blank, with its delimiter, in a sample cut anywhere', () => {
    expect(readCsvHeader('# report\n\nDato;Besøk;Salg\n31.01.2027;1,5;2')).toEqual({ header: ['Dato', 'Besøk', 'Salg'], line: 3, delimiter: ';' });
    expect(readCsvHeader('kpi,"a ""quoted"" name",value\nvisits,"cut in the mid')).toEqual({
      header: ['kpi', 'a "quoted" name', 'value'],
      line: 1,
      delimiter: ',',
    });
    expect(readCsvHeader('# only comments\n')).toBeNull();
  });
});
