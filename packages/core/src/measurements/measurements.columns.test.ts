import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale, Measurement } from '../plan/plan.schema.js';
import { addDays } from '../shared/dates.js';
import { LIMIT } from './measurements.columns.js';
import type { CsvDelimiter } from './measurements.csv.js';
import { createMeasurementImporter, parseMeasurementCsv } from './measurements.importer.js';
import type { MeasurementImportOptions, MeasurementMapping } from './measurements.schema.js';

const kpis = [{ id: 'visits' }, { id: 'revenue' }];

function parse(text: string, mapping: MeasurementMapping, options: Partial<MeasurementImportOptions> = {}) {
  return parseMeasurementCsv(text, { mapping, kpis, ...options });
}

/** The errors as "line:column path code", for short assertions. */
function errorsOf(text: string, mapping: MeasurementMapping, options: Partial<MeasurementImportOptions> = {}): string[] {
  return parse(text, mapping, options).summary.errors.map((e) => `${e.line ?? '-'}:${e.column ?? '-'} ${e.path} ${e.code}`);
}

const values = (rows: readonly Measurement[], kpi = 'visits'): number[] => rows.filter((r) => r.kpi === kpi).map((r) => r.value);

describe('a Danish file with "21.467" (twenty-one thousand)', () => {
  const danish = 'Dato;Besøg;Omsætning\r\n07.01.2025;21.467;1.292,50\r\n08.01.2025;19.902;998,00\r\n';
  const mapping = { format: 'wide', date_column: 'Dato', columns: { Besøg: 'visits', Omsætning: 'revenue' } } as const;

  it('is read as twenty-one thousand with the locale en, none or da: the other column shows the decimal comma', () => {
    for (const locale of ['en', 'da', undefined] as const) {
      const { rows, summary } = parse(danish, { ...mapping, ...(locale ? { locale } : {}) });
      expect(summary.errors, String(locale)).toEqual([]);
      expect(values(rows), String(locale)).toEqual([21467, 19902]);
      expect(values(rows, 'revenue')).toEqual([1292.5, 998]);
      expect(summary.readings).toEqual([
        { column: 'Omsætning', reading: 'decimal_comma', by: 'value', line: 2, value: '1.292,50' },
        { column: 'Besøg', reading: 'decimal_comma', by: 'other_columns' },
      ]);
    }
  });

  it('is read as twenty-one thousand when the same column shows the decimal comma, before or after', () => {
    for (const text of ['kpi;date;value\nvisits;2025-01-07;21.467\nrevenue;2025-01-07;1.292,50\n', 'kpi;date;value\nrevenue;2025-01-07;1.292,50\nvisits;2025-01-07;21.467\n']) {
      const { rows, summary } = parse(text, { format: 'long', locale: 'en' });
      expect(summary.errors).toEqual([]);
      expect(values(rows)).toEqual([21467]);
    }
  });

  it('is read by the delimiter and the locale when they agree, and refused with both readings when they do not', () => {
    const only = 'Dato;Besøg\n07.01.2025;21.467\n08.01.2025;19.902\n';
    const wide = { format: 'wide', date_column: 'Dato', columns: { Besøg: 'visits' } } as const;
    expect(values(parse(only, { ...wide, locale: 'da' }).rows)).toEqual([21467, 19902]);
    // The plan's locale, when the mapping gives none.
    expect(values(parse(only, wide, { locale: 'nb' }).rows)).toEqual([21467, 19902]);
    for (const [mapping, options] of [
      [{ ...wide, locale: 'en' }, {}],
      [wide, {}],
      [wide, { locale: 'en' }],
    ] as const) {
      const { rows, summary } = parse(only, mapping, options);
      expect(rows).toEqual([]);
      expect(summary.errors).toEqual([
        {
          path: 'Besøg',
          line: 2,
          column: 2,
          code: 'ambiguous_decimal_mark',
          params: { value: '21.467', point: 21.467, comma: 21467 },
          message: expect.stringMatching(/^"21\.467" can be read two ways: 21\.467 with a decimal point or 21467 with a decimal comma.*choose the decimal mark in the mapping$/),
        },
      ]);
    }
    expect(parse(only, { ...wide, locale: 'en' }).summary.errors[0]?.message).toContain(`the file's delimiter ";" suggests a decimal comma and the locale en a decimal point`);
    expect(values(parse(only, { ...wide, decimal_mark: ',' }).rows)).toEqual([21467, 19902]);
    expect(values(parse(only, { ...wide, decimal_mark: '.' }).rows)).toEqual([21.467, 19.902]);
  });
});

describe('a column that decides late', () => {
  it('holds its two-way values until a value decides, then hands them back with the value that decided', () => {
    const importer = createMeasurementImporter({ mapping: { format: 'long' }, kpis, csv: { delimiter: '\t' } });
    importer.accept(['kpi', 'date', 'value'], 1);
    for (let i = 0; i < 10_000; i++) {
      expect(importer.accept(['visits', addDays('2000-01-01', i), `${1 + (i % 999)}.${String(i % 1000).padStart(3, '0')}`], i + 2)).toEqual({ rows: [], errors: [] });
    }
    const { rows, errors } = importer.accept(['revenue', '2030-01-01', '1.234,56'], 10_002);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(10_001);
    expect(rows[0]).toEqual({ kpi: 'visits', date: '2000-01-01', value: 1000 });
    expect(rows[1234]).toEqual({ kpi: 'visits', date: addDays('2000-01-01', 1234), value: 236234 });
    expect(rows[10_000]).toEqual({ kpi: 'revenue', date: '2030-01-01', value: 1234.56 });
    expect(importer.end()).toEqual({ rows: [], errors: [] });
    expect(importer.finish()).toMatchObject({ rows: 10_001, error_count: 0, readings: [{ column: 'value', reading: 'decimal_comma', by: 'value', line: 10_002, value: '1.234,56' }] });
  });

  it(`holds at most ${LIMIT} values: then what the file says decides, or the column is refused`, () => {
    const feed = (delimiter: CsvDelimiter, mapping: MeasurementMapping) => {
      const importer = createMeasurementImporter({ mapping, kpis, csv: { delimiter } });
      importer.accept(['kpi', 'date', 'value'], 1);
      let handedBack = 0;
      for (let i = 0; i < LIMIT - 1; i++) handedBack += importer.accept(['visits', addDays('1900-01-01', i), '1.500'], i + 2).rows.length;
      expect(handedBack).toBe(0);
      return { importer, last: importer.accept(['visits', addDays('1900-01-01', LIMIT), '2.500'], LIMIT + 1) };
    };
    const agreed = feed(',', { format: 'long', locale: 'en' });
    expect(agreed.last.rows).toHaveLength(LIMIT);
    expect(agreed.last.rows[0]).toEqual({ kpi: 'visits', date: '1900-01-01', value: 1.5 });
    expect(agreed.importer.accept(['visits', '2199-01-01', '3.500'], LIMIT + 2).rows).toEqual([{ kpi: 'visits', date: '2199-01-01', value: 3.5 }]);
    const unknown = feed('\t', { format: 'long' });
    expect(unknown.last).toMatchObject({ rows: [], errors: [{ code: 'ambiguous_decimal_mark', line: 2, column: 3 }] });
  });

  it('lets its held rows go checked for a repeated record like any row: never added up, said once per record', () => {
    const summed = [
      { id: 'visits', aggregation: 'sum' as const },
      { id: 'revenue', aggregation: 'sum' as const },
    ];
    const read = (text: string) => parseMeasurementCsv(text, { mapping: { format: 'wide', columns: { visits: 'visits', revenue: 'revenue' } }, kpis: summed });
    const repeats = (text: string) => read(text).summary.errors.map((e) => ({ line: e.line, params: e.params, message: e.message.slice(0, 24) }));
    const line3 = { line: 3, params: { first_line: 2 }, message: 'this line repeats line 2' };
    // Lines 2 and 3 alike but for values that read two ways until line 5 shows the decimal comma; line 4 is another campaign.
    const held = 'date;campaign;visits;revenue\n2025-01-01;a;1.234;\n2025-01-01;a;1.234;\n2025-01-01;b;1.000;\n2025-01-02;b;2,5;\n';
    expect(repeats(held)).toEqual([line3]);
    expect(read(held).rows.find((r) => r.date === '2025-01-01')).toEqual({ kpi: 'visits', date: '2025-01-01', value: 2234 });
    // Both values of each record held, or one held and one read at once: one error for the record.
    expect(repeats(held.replace(/1\.234;/g, '1.234;1.234'))).toEqual([line3]);
    const mixed = held.replace('1.234;\n', '1.234;5\n').replace('1.234;\n', '1.234;6\n');
    expect(repeats(mixed)).toEqual([line3]);
    expect(read(mixed).rows.filter((r) => r.kpi === 'visits' && r.date === '2025-01-01').at(-1)?.value).toBe(2234);
  });
});

describe('a value that contradicts its column', () => {
  it('is an error with its line and column, naming what decided the column', () => {
    const text = 'kpi,date,value\nvisits,2025-01-01,"1,234.5"\nvisits,2025-01-02,"12,5"\nvisits,2025-01-03,"1,234"\n';
    const { rows, summary } = parse(text, { format: 'long' });
    expect(values(rows)).toEqual([1234.5, 1234]);
    expect(summary.errors).toEqual([
      {
        path: 'value',
        line: 3,
        column: 3,
        code: 'decimal_mark_conflict',
        params: { value: '12,5', mark: 'point', by: 'value', first: '1,234.5', first_line: 2 },
        message: `"12,5" is written with a decimal comma, but the column's numbers have a decimal point (line 2: "1,234.5")`,
      },
    ]);
    expect(errorsOf('kpi;date;value\nvisits;2025-01-01;1.234,5\n', { format: 'long', decimal_mark: '.' })).toEqual(['2:3 value decimal_mark_conflict']);
  });

  it('keeps what is no number refused, and such a value decides nothing', () => {
    const text = 'kpi\tdate\tvalue\nvisits\t2025-01-01\t12,5x\nvisits\t2025-01-02\t1 23\nvisits\t2025-01-03\t(12\nvisits\t2025-01-04\t1.234\n';
    expect(errorsOf(text, { format: 'long' })).toEqual(['2:3 value not_a_number', '3:3 value not_a_number', '4:3 value not_a_number', '5:3 value ambiguous_decimal_mark']);
  });
});

describe('GA4 exports', () => {
  const ga4 = (delimiter: string, value: string) => `# Start date: 20250101\n# End date: 20250102\nDate${delimiter}Sessions\n20250101${delimiter}${value}\n`;
  const mapping = { format: 'ga4', columns: { Sessions: 'visits' } } as const;

  it('read plain numbers as GA4 writes them, and refuse one that a Nordic spreadsheet saved again unless its numbers show their mark', () => {
    expect(values(parse(ga4(',', '1.234'), mapping).rows)).toEqual([1.234]);
    expect(errorsOf(ga4(';', '21.467'), mapping)).toEqual(['4:2 Sessions ambiguous_decimal_mark']);
    expect(values(parse(ga4(';', '21.467') + '20250102;1.292,5\n', mapping).rows)).toEqual([21467, 1292.5]);
    expect(values(parse(ga4(';', '21.467'), { ...mapping, decimal_mark: ',' }).rows)).toEqual([21467]);
  });
});

describe('dates decided per column', () => {
  it('read day or month first as a date that reads one way only says, however late it comes', () => {
    const dayFirst = parse('kpi,date,value\nvisits,03/04/2025,1\nvisits,05/06/2025,2\nvisits,13/06/2025,3\n', { format: 'long' });
    expect(dayFirst.summary.errors).toEqual([]);
    expect(dayFirst.rows.map((r) => r.date).sort()).toEqual(['2025-04-03', '2025-06-05', '2025-06-13']);
    expect(dayFirst.summary.readings).toEqual([{ column: 'date', reading: 'day_first', by: 'value', line: 4, value: '13/06/2025' }]);
    const monthFirst = parse('date,Visits\n03/04/2025,1\n12/31/2025,2\n', { format: 'wide', columns: { Visits: 'visits' } });
    expect(monthFirst.rows).toEqual([
      { kpi: 'visits', date: '2025-03-04', value: 1 },
      { kpi: 'visits', date: '2025-12-31', value: 2 },
    ]);
  });

  it('refuse a column whose dates all read two ways, showing both readings, unless the mapping gives the date order', () => {
    const text = 'kpi,date,value\nvisits,03-04-2025,1\nvisits,04-05-2025,2\n';
    for (const locale of ['en', 'nb', undefined] as const) {
      const { rows, summary } = parse(text, { format: 'long', ...(locale ? { locale } : {}) });
      expect(rows).toEqual([]);
      expect(summary.errors).toMatchObject([{ line: 2, column: 2, code: 'ambiguous_date', params: { value: '03-04-2025', day_first: '2025-04-03', month_first: '2025-03-04' } }]);
    }
    expect(parse(text, { format: 'long', date_order: 'dmy' }).rows.map((r) => r.date)).toEqual(['2025-04-03', '2025-05-04']);
    expect(parse(text, { format: 'long', date_order: 'mdy' }).rows.map((r) => r.date)).toEqual(['2025-03-04', '2025-04-05']);
  });

  it('read a Nordic spreadsheet\'s ";" file day first: no locale that writes ";" files writes the month first', () => {
    const text = 'Dato;Besøg\n01-03-2025;1.651\n02-03-2025;19.010\n';
    const mapping = { format: 'wide', date_column: 'Dato', columns: { Besøg: 'visits' } } as const;
    const { rows, summary } = parse(text, { ...mapping, locale: 'da' });
    expect(rows).toEqual([
      { kpi: 'visits', date: '2025-03-01', value: 1651 },
      { kpi: 'visits', date: '2025-03-02', value: 19010 },
    ]);
    expect(summary.readings).toEqual([
      { column: 'Besøg', reading: 'decimal_comma', by: 'delimiter' },
      { column: 'Dato', reading: 'day_first', by: 'delimiter' },
    ]);
    expect(errorsOf(text, { ...mapping, locale: 'en' })).toEqual(['2:2 Besøg ambiguous_decimal_mark', '2:1 Dato ambiguous_date']);
  });

  it('refuse a date that reads only the other way than its column, at its line and column', () => {
    const text = 'kpi,date,value\nvisits,13/01/2025,1\nvisits,01/14/2025,2\n';
    expect(parse(text, { format: 'long' }).summary.errors).toEqual([
      {
        path: 'date',
        line: 3,
        column: 2,
        code: 'date_order_conflict',
        params: { value: '01/14/2025', order: 'dmy', by: 'value', first: '13/01/2025', first_line: 2 },
        message: `"01/14/2025" can only be read month first, but the column's dates are day first (line 2: "13/01/2025")`,
      },
    ]);
  });

  it('read the month names and times of Google Ads, Meta and Nordic spreadsheets', () => {
    const text = 'Day\tClicks\nJan 07, 2025 09:00 am\t5\n8. jan. 2025\t6\n9 januar 2025\t7\n';
    expect(parse(text, { format: 'wide', date_column: 'Day', columns: { Clicks: 'visits' } }).rows.map((r) => r.date)).toEqual(['2025-01-07', '2025-01-08', '2025-01-09']);
  });

  it('read Excel serial numbers only in a column whose header says date and that holds nothing else, and say so', () => {
    const { rows, summary } = parse('Date,Visits\n45664,5\n45665.5,6\n', { format: 'wide', date_column: 'Date', columns: { Visits: 'visits' } });
    expect(rows.map((r) => r.date)).toEqual(['2025-01-07', '2025-01-08']);
    expect(summary.readings).toEqual([{ column: 'Date', reading: 'excel_serial', by: 'value', line: 2, value: '45664' }]);
    expect(errorsOf('Date,Visits\n45664,5\n2025-01-08,6\n', { format: 'wide', date_column: 'Date', columns: { Visits: 'visits' } })).toEqual(['3:1 Date invalid_date']);
    expect(errorsOf('Period,Visits\n45664,5\n', { format: 'wide', date_column: 'Period', columns: { Visits: 'visits' } })).toEqual(['2:1 Period invalid_date']);
    expect(errorsOf('Date,Visits\n12345,5\n', { format: 'wide', date_column: 'Date', columns: { Visits: 'visits' } })).toEqual(['2:1 Date invalid_date']);
  });
});

/** How a locale writes a number: its grouping mark, its decimal mark, and the locale that says so. */
const STYLES = [
  { group: ',', decimal: '.', locale: 'en' },
  { group: "'", decimal: '.', locale: 'en' },
  { group: '.', decimal: ',', locale: 'da' },
  { group: '\u00a0', decimal: ',', locale: 'nb' },
  { group: '\u202f', decimal: ',', locale: 'sv' },
  { group: ' ', decimal: ',', locale: 'sv' },
] as const;

function written(units: number, digits: number, style: (typeof STYLES)[number], grouped: boolean): string {
  const text = String(Math.abs(units)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, style.group) : whole;
  return `${units < 0 ? '-' : ''}${wholeText}${digits > 0 ? style.decimal + text.slice(-digits) : ''}`;
}

describe('a generated column written in each locale style, with and without grouping', () => {
  it('reads back the same numbers, or is refused as reading two ways: never as other numbers', () => {
    const column = fc.array(fc.record({ units: fc.integer({ min: -1e9, max: 1e9 }), digits: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(
        column,
        fc.constantFrom(...STYLES),
        fc.boolean(),
        fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
        fc.boolean(),
        fc.boolean(),
        (numbers, style, grouped, delimiter, mappingLocale, planLocale) => {
          const quote = (cell: string): string => (cell.includes(delimiter) ? `"${cell}"` : cell);
          const lines = numbers.map(({ units, digits }, i) => ['visits', addDays('2020-01-01', i), quote(written(units, digits, style, grouped))].join(delimiter));
          const text = [['kpi', 'date', 'value'].join(delimiter), ...lines].join('\n');
          const mapping: MeasurementMapping = { format: 'long', ...(mappingLocale ? { locale: style.locale as Locale } : {}) };
          const { rows, summary } = parse(text, mapping, planLocale ? { locale: style.locale } : {});
          const expected = new Map(numbers.map(({ units, digits }, i) => [addDays('2020-01-01', i), units / 10 ** digits]));
          for (const row of rows) expect(row.value).toBe(expected.get(row.date));
          if (summary.error_count > 0) expect(summary.errors.map((e) => e.code)).toEqual(['ambiguous_decimal_mark']);
          else expect(rows).toHaveLength(numbers.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the columns a mapping leaves out', () => {
  const ads = { format: 'wide', date_column: 'Day', columns: { Clicks: 'visits' } } as const;

  it('settle the file’s decimal mark for a mapped column that cannot tell (a Google Ads daily report, tab-separated)', () => {
    const { rows, summary } = parse('Day\tCampaign\tClicks\tCost\n2025-01-01\tBrand\t1,110\t1,341.62\n', ads);
    expect(summary.errors).toEqual([]);
    expect(values(rows)).toEqual([1110]);
    expect(summary.readings).toEqual([{ column: 'Clicks', reading: 'decimal_point', by: 'other_columns' }]);
  });

  it('never outweigh a mapped column’s own values, nor another mapped column’s', () => {
    const own = parse('Day\tClicks\tCost\n2025-01-01\t1.234\t1,341.62\n2025-01-02\t1,5\t2.5\n', ads);
    expect(own.summary.errors).toEqual([]);
    expect(values(own.rows)).toEqual([1234, 1.5]);
    expect(own.summary.readings).toEqual([{ column: 'Clicks', reading: 'decimal_comma', by: 'value', line: 3, value: '1,5' }]);
    const other = parse('Day\tClicks\tRevenue\tCost\n2025-01-01\t1.234\t12,5\t1,341.62\n', { ...ads, columns: { Clicks: 'visits', Revenue: 'revenue' } });
    expect(other.summary.errors).toEqual([]);
    expect(values(other.rows)).toEqual([1234]);
  });
});
