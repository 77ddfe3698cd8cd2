import { DOMAIN_ERROR_CODES, FIELD_ERROR_CODES, PROBLEM_REASONS, type ErrorParams, type FieldError, type FieldErrorCode, type Locale } from '@kurs/core';
import { createIntl } from 'react-intl/server';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../i18n/i18n.format';
import { APP_LOCALES } from '../../i18n/i18n.locale';
import { loadMessages } from '../../i18n/i18n.messages';
import { ApiError } from '../api/api.client';
import { problemWords } from './problem-words';

async function wordsIn(locale: Locale) {
  const errors: unknown[] = [];
  const intl = createIntl({ locale, messages: await loadMessages(locale), onError: (error) => errors.push(error) });
  return { words: problemWords(intl, (iso) => formatDate(locale, iso)), errors };
}

const field = (code: FieldErrorCode, params: ErrorParams | undefined, message: string, path = 'end'): FieldError =>
  params ? { path, code, params, message } : { path, code, message };

/** Facts of every code as the server sends them, to word each one in every language. */
const SAMPLES: Record<Exclude<FieldErrorCode, 'invalid'>, ErrorParams | undefined> = {
  required: undefined,
  unknown_field: { field: 'colour' },
  invalid_type: { expected: 'number' },
  too_small: { minimum: 1, origin: 'string', inclusive: true },
  too_big: { maximum: 10, origin: 'number', inclusive: true },
  not_in_list: { options: ['low', 'medium', 'high'] },
  invalid_format: { format: 'quarter' },
  invalid_date: { value: '2027-02-30' },
  number_too_large: undefined,
  invalid_character: { character: 'U+0000' },
  syntax: undefined,
  empty_document: undefined,
  unsupported_version: { version: '2' },
  duplicate: { value: 'books', first: 'goals[0]' },
  unknown_reference: { kind: 'kpi', id: 'books' },
  end_before_start: { start: '2027-05-01', end: '2027-03-01' },
  target_before_baseline: { baseline: '2027-01-01', target: '2026-12-31' },
  own_parent: { id: 'g' },
  parent_cycle: { cycle: ['a', 'b', 'a'] },
  own_dependency: { id: 'a' },
  dependency_cycle: { cycle: ['a', 'b', 'a'] },
  outside_period: { value: '2028-Q1', start: '2027-01-01', end: '2027-12-31' },
  sum_mismatch: { total: 400, sum: 380.5 },
  id_taken: { value: 'books' },
  uses: { kind: 'kpi', id: 'books' },
  read_only: undefined,
  one_required: { fields: ['kpi', 'from', 'to'] },
  wrong_password: undefined,
  account_exists: undefined,
  not_invited_address: undefined,
  last_owner: undefined,
  role_above_own: { role: 'editor' },
  not_open: { status: 'done' },
  empty_file: undefined,
  no_header: undefined,
  not_a_number: { value: 'n/a' },
  ambiguous_number: { value: '1.234', whole: '1234', decimal: '1,234' },
  ambiguous_date: { value: '03/04/2027', day_first: '2027-04-03', month_first: '2027-03-04' },
  short_year: { value: '31.01.27' },
  ambiguous_decimal_mark: { value: '21.467', point: 21.467, comma: 21467 },
  decimal_mark_conflict: { value: '12.5', mark: 'comma', by: 'value', first: '1.292,50', first_line: 3 },
  date_order_conflict: { value: '01/14/2025', order: 'dmy', by: 'value', first: '13/01/2025', first_line: 2 },
  missing_column: { column: 'Orders', columns: ['date', 'Visits'] },
  unmapped_column: { column: 'Notes' },
  too_many_cells: { cells: 4, header: 3 },
  empty_mapping: undefined,
  mixed_encoding: { byte: '0xF8' },
  broken_utf16: { encoding: 'LE' },
  rows_not_summed: { kpi: 'ctr', date: '2025-01-01', first_line: 2, reason: 'unit', unit: 'percent' },
  repeated_record: { first_line: 2 },
  no_period: undefined,
  kpi_in_two_tables: { kpi: 'clicks', first_line: 3 },
  tables_disagree: { kpi: 'clicks', date: '2025-01-01', first_line: 4, first: 1200, value: 1300.5 },
  overlapping_periods: { start: '2025-01-01', end: '2025-01-01', first_line: 2, first_start: '2025-01-01', first_end: '2025-01-31' },
  no_rows: { header_line: 1 },
  hourly_rows: { column: 'Date + hour (YYYYMMDDHH)' },
  no_start_date: { value: '0000' },
  incomplete_date: { value: '12', unit: 'year' },
  repeated_date: { date: '2027-02-01', first_line: 7 },
};

describe('problem words', () => {
  it('say in Danish that an end date is before its start, with both dates in the Danish style', async () => {
    const { words } = await wordsIn('da');
    const error = field('end_before_start', { start: '2027-05-01', end: '2027-03-01' }, 'end 2027-03-01 is before start 2027-05-01');
    expect(words.field(error)).toBe('Slutdatoen, 1. marts 2027, ligger før startdatoen, 1. maj 2027.');
  });

  it('word limits and choices with the reader’s numbers and lists', async () => {
    const { words } = await wordsIn('nb');
    expect(words.field(field('too_big', { maximum: 1000, origin: 'number', inclusive: true }, 'x', 'limit')).replace(/\s/g, ' ')).toBe('Må være 1 000 eller mindre.');
    expect(words.field(field('too_small', { minimum: 1, origin: 'string', inclusive: true }, 'must not be empty', 'title'))).toBe('Kan ikke være tomt.');
    expect(words.field(field('not_in_list', { options: ['low', 'medium', 'high'] }, 'x', 'urgency'))).toBe('Må være low, medium eller high.');
    const sv = (await wordsIn('sv')).words;
    expect(sv.field(field('unknown_reference', { kind: 'kpi', id: 'books' }, 'no kpi with id "books"', 'kpi'))).toBe('Det finns ingen KPI med id ”books”.');
    expect(sv.field(field('dependency_cycle', { cycle: ['a', 'b', 'a'] }, 'x', 'depends_on[0]'))).toBe('Beroendena går runt i en cirkel: a → b → a.');
  });

  it('word a text over the plan’s limit and a theme’s budget per quarter in the reader’s language', async () => {
    const nb = (await wordsIn('nb')).words;
    expect(nb.field(field('too_big', { maximum: 5000, origin: 'string', inclusive: true }, 'must be at most 5000 characters', 'description')).replace(/\s/g, ' ')).toBe(
      'Kan ha høyst 5 000 tegn.',
    );
    expect(nb.field(field('outside_period', { value: '2028-Q1', start: '2027-01-01', end: '2027-12-31' }, 'english', 'quarters[1].quarter'))).toBe(
      '2028-Q1 er utenfor planperioden (1. januar 2027 til 31. desember 2027).',
    );
    const en = (await wordsIn('en')).words;
    expect(en.field(field('sum_mismatch', { total: 1200, sum: 380.5 }, 'english', 'budget_hours'))).toBe('The quarters add up to 380.5 hours, not 1,200.');
  });

  it('keep the server’s English for a code they have no words for, never a blank', async () => {
    const { words } = await wordsIn('da');
    expect(words.field({ path: 'x', code: 'invalid', message: 'something only English says' })).toBe('something only English says');
    expect(words.field({ path: 'x', code: 'from_a_newer_server' as FieldErrorCode, message: 'something new' })).toBe('something new');
    expect(words.problem(new ApiError(418, 'Teapot', 'I am a teapot', [], { code: 'teapot' }))).toBe('I am a teapot');
  });

  it('word the refusals of a Google Analytics 4 export and of a maintenance share in the reader’s language', async () => {
    const { words } = await wordsIn('da');
    const ga4 = (code: FieldErrorCode, params: ErrorParams) => words.field(field(code, params, 'english', 'Date'));
    expect(ga4('repeated_date', { date: '2027-02-01', first_line: 7 })).toBe(
      '1. februar 2027 står også på linje 7: tabellen ser ud til at være delt op efter en anden dimension. Download den med datoen som eneste dimension.',
    );
    expect(ga4('incomplete_date', { value: '12', unit: 'year' })).toBe(
      '“12” siger ikke, hvilket år, og rapporten dækker mere end ét år: download den pr. dato eller pr. måned i stedet.',
    );
    expect(ga4('no_start_date', { value: '0000' })).toBe('“0000” tæller fra rapportens start, men filen har ingen linje med “# Startdato”: download rapporten igen med dens første linjer.');
    expect(ga4('hourly_rows', { column: 'Dato + time' })).toBe('“Dato + time” har én række pr. time: download rapporten pr. dato i stedet.');
    expect(words.field(field('too_big', { maximum: 1, origin: 'number', inclusive: true }, 'must be a share between 0 and 1', 'maintenanceShare'))).toBe(
      'Skal være 1 eller mindre.',
    );
  });

  it('word the refusals of a number column in the reader’s language, both readings in the reader’s numbers', async () => {
    const da = (await wordsIn('da')).words;
    expect(da.field(field('ambiguous_decimal_mark', { value: '21.467', point: 21.467, comma: 21467 }, 'english', 'Besøg'))).toBe(
      '“21.467” kan læses på to måder: 21,467 med decimalpunktum eller 21.467 med decimalkomma, og det kan kolonnens andre tal af samme slags også. Intet i filen siger hvilken: vælg decimaltegn under “Sådan læses filen”.',
    );
    const en = (await wordsIn('en')).words;
    expect(en.field(field('decimal_mark_conflict', { value: '12.5', mark: 'comma', by: 'value', first: '1.292,50', first_line: 3 }, 'english', 'Besøg'))).toBe(
      '“12.5” is written with a decimal point, but the column’s numbers have a decimal comma (line 3: “1.292,50”): correct the number in the file, so that the column writes its numbers one way.',
    );
    expect(en.field(field('decimal_mark_conflict', { value: '12.5', mark: 'comma', by: 'mapping' }, 'english', 'Besøg'))).toBe(
      '“12.5” is written with a decimal point, but the column’s numbers have a decimal comma (the decimal mark chosen for the file): choose the other decimal mark under “How to read the file”, or correct the number in the file.',
    );
    const nb = (await wordsIn('nb')).words;
    expect(nb.field(field('date_order_conflict', { value: '13/01/2025', order: 'mdy', by: 'mapping' }, 'english', 'Dato'))).toBe(
      '«13/01/2025» kan bare leses med dagen først, men datoene i kolonnen har måneden først (rekkefølgen som er valgt for filen): velg den andre rekkefølgen under «Slik leses filen», eller rett datoen i filen.',
    );
    expect(nb.field(field('date_order_conflict', { value: '01/14/2025', order: 'dmy', by: 'value', first: '13/01/2025', first_line: 2 }, 'english', 'Dato'))).toBe(
      '«01/14/2025» kan bare leses med måneden først, men datoene i kolonnen har dagen først (linje 2: «13/01/2025»): rett datoen i filen, slik at kolonnen skriver alle datoene på samme måte.',
    );
  });

  it('word why the rows of a date are not added up, the mixed encoding of a file and tables that disagree, in the reader’s language', async () => {
    const da = (await wordsIn('da')).words;
    const notSummed = (params: ErrorParams) => da.field(field('rows_not_summed', { kpi: 'ctr', date: '2025-01-01', first_line: 2, ...params }, 'english', 'ctr'));
    expect(notSummed({ reason: 'unit', unit: 'percent' })).toBe(
      'KPI’en ctr har allerede en række for 1. januar 2025 (linje 2), og rækkerne for én dato lægges ikke sammen, fordi enheden er procent. Behold én række pr. dato (et filter under “Sådan læses filen”), eller eksportér filen uden den ekstra opdeling.',
    );
    expect(notSummed({ reason: 'column', column: 'CTR' })).toContain('fordi kolonnen “CTR” indeholder en rate, et gennemsnit eller et antal unikke personer.');
    expect(notSummed({ reason: 'aggregation', aggregation: 'last' })).toContain('fordi kun den seneste værdi gælder.');
    const sv = (await wordsIn('sv')).words;
    expect(sv.field(field('mixed_encoding', { byte: '0xF8' }, 'english', 'file'))).toBe(
      'Filen blandar teckenkodningar: den är UTF-8 fram till hit, sedan kommer en byte (0xF8) som inte är det. Öppna den i ett kalkylprogram eller en textredigerare, spara den som ”CSV UTF-8” och importera den igen.',
    );
    const en = (await wordsIn('en')).words;
    expect(en.field(field('tables_disagree', { kpi: 'clicks', date: '2025-01-01', first_line: 4, first: 1200, value: 1300.5 }, 'english', 'clicks'))).toBe(
      'The tables of the file disagree: clicks on 1 January 2025 is 1,200 on line 4 and 1,300.5 here. Kurs cannot tell which is right: check the two tables in GA4, and import a file that holds only the one you want.',
    );
  });

  it('word a row whose period overlaps another’s, and a file with no rows, in the reader’s language with the reader’s dates', async () => {
    const nb = (await wordsIn('nb')).words;
    expect(nb.field(field('overlapping_periods', { start: '2025-01-10', end: '2025-01-10', first_line: 2, first_start: '2025-01-10', first_end: '2025-01-19' }, 'english', 'Reporting starts'))).toBe(
      'Denne raden gjelder 10. januar 2025 til 10. januar 2025, som overlapper perioden på linje 2 (10. januar 2025 til 19. januar 2025) uten å være den samme: en summerad, eller rader for ulike perioder, kan ikke legges sammen. Eksporter filen med én periode per rad og uten summerad, eller slett linjen som summerer de andre.',
    );
    const sv = (await wordsIn('sv')).words;
    expect(sv.field(field('no_rows', { header_line: 3 }, 'english', ''))).toBe('Filen har inga rader med värden under rubrikraden (rad 3): det finns inget att importera.');
  });

  it('say what went wrong as a whole, with its facts', async () => {
    const { words } = await wordsIn('da');
    expect(words.problem(new ApiError(409, 'Conflict', 'The KPI "books" is still used…', [], { code: 'in_use', params: { id: 'books' } }))).toBe(
      '“books” kan ikke slettes, så længe andre dele af planen bruger det. Fjern de henvisninger først:',
    );
    expect(words.problem(new ApiError(412, 'Precondition failed', 'The goal "g" was changed…', [], { code: 'precondition_failed' }))).toBe(
      'En anden har ændret dette i mellemtiden. Genindlæs det, og lav din ændring igen.',
    );
    expect(words.problem(new ApiError(0, 'Network error'))).toBeUndefined();
  });

  it('have words for every code of the server in every language, and word each without an error', async () => {
    for (const locale of APP_LOCALES) {
      const { words, errors } = await wordsIn(locale);
      for (const code of FIELD_ERROR_CODES) {
        if (code === 'invalid') continue;
        const english = `english ${code}`;
        const text = words.field(field(code, SAMPLES[code], english));
        expect({ locale, code, english: text === english }).toEqual({ locale, code, english: false });
      }
      for (const code of [...DOMAIN_ERROR_CODES, ...PROBLEM_REASONS]) {
        const params = { limit_mb: 10, id: 'books', quarter: '2027-Q1', request_id: 'r-1' };
        const text = words.problem(new ApiError(400, 'x', `english ${code}`, [], { code, params }));
        expect({ locale, code, english: text === `english ${code}` }).toEqual({ locale, code, english: false });
      }
      expect({ locale, errors }).toEqual({ locale, errors: [] });
    }
  });
});
