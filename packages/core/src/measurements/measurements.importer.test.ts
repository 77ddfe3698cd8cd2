import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../plan/plan.schema.js';
import { fromDayNumber, toDayNumber } from '../shared/dates.js';
import { createCsvReader } from './measurements.csv.js';
import { createMeasurementImporter, parseMeasurementCsv } from './measurements.importer.js';
import { measurementMappingSchema, type MeasurementImportOptions, type MeasurementMapping } from './measurements.schema.js';

const kpis = [{ id: 'books-sold' }, { id: 'visits' }, { id: 'enquiries' }];

function parse(text: string, mapping: MeasurementMapping, options: Partial<MeasurementImportOptions> = {}) {
  return parseMeasurementCsv(text, { mapping, kpis, ...options });
}

/** The rows and the errors as "line:column path: message", for short assertions. */
function errorsOf(text: string, mapping: MeasurementMapping): string[] {
  return parse(text, mapping).summary.errors.map((e) => `${e.line ?? '-'}:${e.column ?? '-'} ${e.path}: ${e.message}`);
}

describe('numbers too large to store', () => {
  const huge = '9'.repeat(310);

  it('are refused at their line and column in long, wide and GA4 files, never read as Infinity', () => {
    const refusal = 'the number is too large to be stored';
    expect(errorsOf(`kpi,date,value\nvisits,2027-01-31,${huge}\nvisits,2027-02-28,1e999`, { format: 'long' })).toEqual([
      `2:3 value: ${refusal}`,
      `3:3 value: ${refusal}`,
    ]);
    expect(errorsOf(`date,Visits\n2027-01-31,12\n2027-02-28,${huge}`, { format: 'wide', columns: { Visits: 'visits' } })).toEqual([`3:2 Visits: ${refusal}`]);
    const ga4 = `# Start date: 20270101\n# End date: 20270131\nDate,Sessions\n20270101,${huge}\n`;
    expect(errorsOf(ga4, { format: 'ga4', columns: { Sessions: 'visits' } })).toEqual([`4:2 Sessions: ${refusal}`]);
    expect(parse(ga4, { format: 'ga4', columns: { Sessions: 'visits' } }).summary.errors[0]?.code).toBe('number_too_large');
  });
});

describe('long files', () => {
  const good = [
    'kpi,date,value',
    'books-sold,2027-01-31,8900',
    'books-sold,2027-02-28,9100.5',
    'visits,2027-01-31,41000',
    'visits,2027-02-28,-12',
  ].join('\n');

  it('reads a good file into rows and sums it up per KPI', () => {
    const { rows, summary } = parse(good, { format: 'long' });
    expect(rows).toEqual([
      { kpi: 'books-sold', date: '2027-01-31', value: 8900 },
      { kpi: 'books-sold', date: '2027-02-28', value: 9100.5 },
      { kpi: 'visits', date: '2027-01-31', value: 41000 },
      { kpi: 'visits', date: '2027-02-28', value: -12 },
    ]);
    expect(summary).toMatchObject({ format: 'long', rows: 4, replaced: 0, from: '2027-01-31', to: '2027-02-28', error_count: 0, errors: [] });
    expect(summary.kpis).toEqual([
      { kpi: 'books-sold', rows: 2, days: 2, replaced: 0, summed: false, from: '2027-01-31', to: '2027-02-28', sum: 18000.5, last: 9100.5 },
      { kpi: 'visits', rows: 2, days: 2, replaced: 0, summed: false, from: '2027-01-31', to: '2027-02-28', sum: 40988, last: -12 },
    ]);
  });

  it('names the line, the column and the reason of each error in a bad file', () => {
    const bad = [
      '# exported by hand',
      'kpi,date,value',
      'books-sold,2027-01-31,8900',
      'sales,2027-01-31,12',
      'visits,31.02.2027,"12,5x"',
      'visits,2027-03-31,',
      'visits,2027-04-30,1,234',
      ',2027-05-31,5',
    ].join('\n');
    expect(errorsOf(bad, { format: 'long' })).toEqual([
      '4:1 kpi: no kpi with id "sales" (known: books-sold, visits, enquiries)',
      '5:2 date: "31.02.2027" is not a date',
      '5:3 value: "12,5x" is not a number',
      '6:3 value: the number is empty',
      '7:4 column 4: this line has 4 cells but the header has 3: a cell with the delimiter in it, such as "1,5", must be in quotes',
      '8:1 kpi: the kpi is empty',
    ]);
    const { rows, summary } = parse(bad, { format: 'long' });
    expect(rows).toEqual([{ kpi: 'books-sold', date: '2027-01-31', value: 8900 }]);
    expect(summary.error_count).toBe(6);
  });

  it('reads a Nordic spreadsheet: byte order mark, CRLF, ";", decimal commas, day-first dates, own column names', () => {
    const text = '\uFEFFNøkkeltall;Dato;Verdi\r\nbooks-sold;31.01.2027;8\u00a0900\r\nvisits;28.02.2027;"1 234,5"\r\nvisits;31.03.2027;−3,25\r\n';
    const { rows, delimiter, summary } = parse(text, {
      format: 'long',
      kpi_column: 'nøkkeltall',
      date_column: 'Dato',
      value_column: 'Verdi',
      locale: 'nb',
    });
    expect(delimiter).toBe(';');
    expect(summary.errors).toEqual([]);
    expect(rows).toEqual([
      { kpi: 'books-sold', date: '2027-01-31', value: 8900 },
      { kpi: 'visits', date: '2027-02-28', value: 1234.5 },
      { kpi: 'visits', date: '2027-03-31', value: -3.25 },
    ]);
  });

  it('refuses a header without the mapped columns and reads nothing after it', () => {
    const text = 'kpi,day,amount\nvisits,2027-01-31,5\n';
    expect(errorsOf(text, { format: 'long' })).toEqual([
      '1:- date: no column "date" in the header (the columns are: kpi, day, amount)',
      '1:- value: no column "value" in the header (the columns are: kpi, day, amount)',
    ]);
    expect(parse(text, { format: 'long' }).rows).toEqual([]);
  });

  it('passes over comments, blank lines and a totals row', () => {
    const text = '# a comment\n\nkpi;date;value\nvisits;2027-01-31;1\n\n# another\nTotal;;1\n';
    const { rows, summary } = parse(text, { format: 'long' });
    expect(rows).toHaveLength(1);
    expect(summary.skipped).toBe(5);
    expect(summary.error_count).toBe(0);
  });

  it('keeps only the first errors but counts them all', () => {
    const lines = ['kpi,date,value', ...Array.from({ length: 30 }, (_, i) => `nope,2027-01-${String(i + 1).padStart(2, '0')},1`)];
    const { summary } = parse(lines.join('\n'), { format: 'long' }, { maxErrors: 5 });
    expect(summary.error_count).toBe(30);
    expect(summary.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('says when a file has no header at all', () => {
    expect(errorsOf('# only a comment\n\n', { format: 'long' })).toEqual(['-:- : the file has no header row']);
  });

  it('refuses a file with no rows of values under its header, naming the header’s line', () => {
    const wide: MeasurementMapping = { format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' } };
    for (const [text, line] of [
      ['Dato;Besøk\n', 1],
      ['Besøkstall januar\nDato;Besøk\n\n', 2],
      ['Besøkstall januar\nDato;Besøk\nTotalt;0\n', 2],
    ] as const) {
      expect(parse(text, wide, { headerLine: line }).summary.errors, text).toEqual([
        expect.objectContaining({ code: 'no_rows', line, params: { header_line: line }, message: `the file has no rows with values under its header (line ${line}): nothing to import` }),
      ]);
    }
    expect(errorsOf('kpi,date,value\n# nothing yet\n', { format: 'long' })).toEqual(['1:- : the file has no rows with values under its header (line 1): nothing to import']);
    // Rows the filter leaves out were read: the summary counts them instead.
    expect(parse('Dato;Kanal;Besøk\n01.01.2025;A;5\n', { ...wide, filter: { Kanal: 'B' } }).summary.errors).toEqual([]);
  });
});

describe('wide files', () => {
  const mapping: MeasurementMapping = {
    format: 'wide',
    date_column: 'Måned',
    columns: { Besøk: 'visits', 'Bøker solgt': 'books-sold' },
    locale: 'nb',
  };

  it('reads one row per date with a column per KPI, skipping empty cells and listing unmapped columns', () => {
    const text = ['Måned;Besøk;Bøker solgt;Kommentar', '2027-01;41 000;8 900;god start', '2027-02;38 500,5;;', 'Sum;79 500,5;8 900;'].join('\r\n');
    const { rows, summary } = parse(text, mapping);
    expect(rows).toEqual([
      { kpi: 'visits', date: '2027-01-31', value: 41000 },
      { kpi: 'books-sold', date: '2027-01-31', value: 8900 },
      { kpi: 'visits', date: '2027-02-28', value: 38500.5 },
    ]);
    expect(summary).toMatchObject({ format: 'wide', rows: 3, ignored_columns: ['Kommentar'], skipped: 1, error_count: 0 });
  });

  it('names the line and column of each bad cell, and a bad date once for its row', () => {
    const text = ['Måned;Besøk;Bøker solgt', '2027-01;41 000;1.234', '2027-13;1;2', '2027-03;12,5x;3', '2027-04;1;2;9'].join('\n');
    expect(errorsOf(text, mapping)).toEqual([
      '3:1 Måned: "2027-13" is not a date',
      '4:2 Besøk: "12,5x" is not a number',
      '5:4 column 4: this line has 4 cells but the header has 3: a cell with the delimiter in it, such as "1,5", must be in quotes',
    ]);
    // "1.234" reads two ways; the ';' file and the locale nb agree on a decimal comma, known at the end.
    expect(parse(text, mapping).rows).toEqual([
      { kpi: 'visits', date: '2027-01-31', value: 41000 },
      { kpi: 'books-sold', date: '2027-03-31', value: 3 },
      { kpi: 'books-sold', date: '2027-01-31', value: 1234 },
    ]);
  });

  it('reports the header problems of a mapping: missing columns, unknown KPIs, unmapped columns', () => {
    const text = 'date,Visits,Sales,Notes\n2027-01-31,5,6,x\n';
    const errors = errorsOf(text, {
      format: 'wide',
      columns: { visits: 'visits', Sales: 'sales', Orders: 'books-sold' },
      unmapped: 'report',
    });
    expect(errors).toEqual([
      '1:- Sales: the column maps to no kpi with id "sales" (known: books-sold, visits, enquiries)',
      '1:- Orders: no column "Orders" in the header (the columns are: date, Visits, Sales, Notes)',
      '1:4 Notes: the column "Notes" is not mapped to a KPI',
    ]);
  });

  it('refuses a header without the date column', () => {
    const text = 'Dag,Visits\n2027-01-31,5\n';
    expect(errorsOf(text, { format: 'wide', columns: { Visits: 'visits' } })).toEqual([
      '1:- date: no column "date" in the header (the columns are: Dag, Visits)',
    ]);
  });
});

describe('measurementMappingSchema', () => {
  it('takes a mapping as the web app sends it, and names what is wrong with a bad one', () => {
    expect(measurementMappingSchema.parse({ format: 'wide', columns: { ' Besøk ': 'visits' }, locale: 'nb', date_order: 'dmy' })).toEqual({
      format: 'wide',
      columns: { Besøk: 'visits' },
      locale: 'nb',
      date_order: 'dmy',
    });
    const bad = measurementMappingSchema.safeParse({ format: 'ga4', columns: { Sessions: 'no such id!' }, locale: 'nb' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['columns.Sessions', 'must start with a letter or digit and contain only letters, digits, "-", "_" and "."'],
      ['', 'Unrecognized key: "locale"'],
    ]);
    expect(measurementMappingSchema.safeParse({ format: 'csv' }).error?.issues[0]?.message).toBe('format must be one of: long, wide, ga4');
  });
});

describe('createMeasurementImporter', () => {
  it('hands back the rows and errors of each record as it is read', () => {
    const importer = createMeasurementImporter({ mapping: { format: 'long' }, kpis });
    expect(importer.accept(['kpi', 'date', 'value'], 1)).toEqual({ rows: [], errors: [] });
    expect(importer.accept(['visits', '2027-01-31', '7'], 2)).toEqual({ rows: [{ kpi: 'visits', date: '2027-01-31', value: 7 }], errors: [] });
    expect(importer.accept(['visits', '2027-01-31', 'x'], 17)).toEqual({
      rows: [],
      errors: [{ path: 'value', code: 'not_a_number', params: { value: 'x' }, line: 17, column: 3, message: '"x" is not a number' }],
    });
    expect(importer.finish()).toMatchObject({ rows: 1, error_count: 1 });
    expect(() => importer.accept(['visits', '2027-01-31', '7'], 18)).toThrow(/finished/);
  });
});

/** A set of measurements with distinct KPI and date, values in cents. */
const measurements = fc
  .uniqueArray(
    fc.record({
      kpi: fc.constantFrom(...kpis.map((k) => k.id)),
      day: fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-12-31') }),
      cents: fc.integer({ min: -1e11, max: 1e11 }),
    }),
    { selector: (m) => `${m.kpi} ${m.day}`, minLength: 1, maxLength: 60 },
  )
  .map((list) => list.map((m): Measurement => ({ kpi: m.kpi, date: fromDayNumber(m.day), value: m.cents / 100 })));

const nbNumber = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
const nbDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function sorted(rows: readonly Measurement[]): Measurement[] {
  return [...rows].sort((a, b) => (a.kpi + a.date < b.kpi + b.date ? -1 : 1));
}

describe('a generated set of measurements written as a Nordic CSV and read back', () => {
  it('gives the same numbers in a long file', () => {
    fc.assert(
      fc.property(measurements, (set) => {
        const text = ['kpi;dato;verdi', ...set.map((m) => `${m.kpi};${nbDate(m.date)};${nbNumber.format(m.value)}`)].join('\r\n');
        const { rows, summary } = parse(text, { format: 'long', date_column: 'dato', value_column: 'verdi', locale: 'nb' });
        expect(summary.errors).toEqual([]);
        expect(sorted(rows)).toEqual(sorted(set));
      }),
    );
  });

  it('gives the same numbers in a wide file', () => {
    fc.assert(
      fc.property(measurements, (set) => {
        const ids = kpis.map((k) => k.id);
        const dates = [...new Set(set.map((m) => m.date))];
        const cell = (kpi: string, date: string): string => {
          const m = set.find((x) => x.kpi === kpi && x.date === date);
          return m ? `"${nbNumber.format(m.value)}"` : '';
        };
        const text = ['Dato,' + ids.join(','), ...dates.map((d) => [nbDate(d), ...ids.map((id) => cell(id, d))].join(','))].join('\n');
        const columns = Object.fromEntries(ids.map((id) => [id, id]));
        const { rows, summary } = parse(text, { format: 'wide', date_column: 'Dato', columns, locale: 'nb' });
        expect(summary.errors).toEqual([]);
        expect(sorted(rows)).toEqual(sorted(set));
      }),
    );
  });

  it('gives the same rows when streamed through the reader in any pieces', () => {
    fc.assert(
      fc.property(measurements, fc.integer({ min: 1, max: 40 }), (set, size) => {
        const text = ['kpi;date;value', ...set.map((m) => `${m.kpi};${m.date};${nbNumber.format(m.value)}`)].join('\n');
        const options = { mapping: { format: 'long', locale: 'nb' } as const, kpis };
        const reader = createCsvReader();
        const importer = createMeasurementImporter({ ...options, csv: reader });
        const rows: Measurement[] = [];
        const feed = (records: { cells: string[]; line: number }[]): void => {
          for (const r of records) rows.push(...importer.accept(r.cells, r.line).rows);
        };
        for (let i = 0; i < text.length; i += size) feed(reader.push(text.slice(i, i + size)));
        feed(reader.end());
        rows.push(...importer.end().rows);
        expect(importer.finish()).toEqual(parseMeasurementCsv(text, options).summary);
        expect(rows).toEqual(parseMeasurementCsv(text, options).rows);
      }),
    );
  });
});
