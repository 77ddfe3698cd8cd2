import { describe, expect, it } from 'vitest';
import type { KpiImportCount } from '@kurs/core';
import {
  changeFormat,
  delimiterName,
  droppedToShow,
  filterOf,
  headerAt,
  keepUnsent,
  kpiToStore,
  mapColumn,
  mappingToSend,
  sampleText,
  setField,
  setFilter,
  setPeriod,
  skippedToShow,
  periodOf,
  presetKey,
  unsentChoices,
} from './kpis.import.model';

describe('the header as the server found it', () => {
  it('names the columns of the header line below a title, in the file’s encoding', () => {
    const bytes = new Uint8Array([...latin1('Besøk per måned\r\nDato;Besøk nettbutikk;"Omsetning; kr"\r\n31.01.2025;1200;3,5\r\n')]);
    const text = sampleText(bytes.buffer, 'windows-1252');
    expect(headerAt(text, 2, ';')).toEqual(['Dato', 'Besøk nettbutikk', 'Omsetning; kr']);
    expect(headerAt(text, null, ';')).toEqual([]);
  });

  it('reads UTF-16 and drops UTF-8’s byte order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'date\tvisits\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(headerAt(sampleText(utf16.buffer, 'utf-16le'), 1, '\t')).toEqual(['date', 'visits']);
    const bom = new TextEncoder().encode('\uFEFF# GA4\nDate,Sessions\n');
    expect(headerAt(sampleText(bom.buffer as ArrayBuffer, 'utf-8-bom'), 2, ',')).toEqual(['Date', 'Sessions']);
  });
});

function latin1(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

describe('mapping edits', () => {
  it('keeps the date column, columns, filter, decimal mark and locale that carry over when the format changes', () => {
    const wide = { format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' }, locale: 'nb', filter: { Kampanje: 'Vårsalg' }, decimal_mark: ',' } as const;
    expect(changeFormat(wide, 'long')).toEqual({ format: 'long', date_column: 'Dato', locale: 'nb', filter: { Kampanje: 'Vårsalg' }, decimal_mark: ',' });
    expect(changeFormat(wide, 'ga4')).toEqual({ format: 'ga4', date_column: 'Dato', columns: { Besøk: 'visits' }, filter: { Kampanje: 'Vårsalg' }, decimal_mark: ',' });
    expect(changeFormat(changeFormat(wide, 'ga4'), 'wide')).toEqual({ format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' }, filter: { Kampanje: 'Vårsalg' }, decimal_mark: ',' });
    expect(changeFormat({ format: 'wide', columns: {}, period: 'file' }, 'ga4')).toEqual({ format: 'ga4', columns: {}, period: 'file' });
  });

  it('maps and unmaps a column, and removes a field set to nothing', () => {
    const mapped = mapColumn({ format: 'wide', columns: {} }, 'Besøk', 'visits');
    expect(mapped).toEqual({ format: 'wide', columns: { Besøk: 'visits' } });
    expect(mapColumn(mapped, 'Besøk', null)).toEqual({ format: 'wide', columns: {} });
    expect(setField({ format: 'long', kpi_column: 'KPI' }, 'kpi_column', undefined)).toEqual({ format: 'long' });
    expect(setField({ format: 'long' }, 'date_order', 'dmy')).toEqual({ format: 'long', date_order: 'dmy' });
  });
});

describe('the filter', () => {
  it('keeps one column and cell text, and is taken away with its column', () => {
    const campaign = setFilter({ format: 'wide', columns: { Clicks: 'clicks' } }, 'Campaign name', 'Spring sale');
    expect(campaign).toEqual({ format: 'wide', columns: { Clicks: 'clicks' }, filter: { 'Campaign name': 'Spring sale' } });
    expect(filterOf(campaign)).toEqual({ column: 'Campaign name', value: 'Spring sale' });
    expect(setFilter(campaign, null, 'Spring sale')).toEqual({ format: 'wide', columns: { Clicks: 'clicks' } });
    expect(filterOf({ format: 'long' })).toBeNull();
  });

  it('is sent only once its text is typed, trimmed as the server reads it', () => {
    const chosen = setFilter({ format: 'long' }, 'Campaign name', '');
    expect(filterOf(chosen)).toEqual({ column: 'Campaign name', value: '' });
    expect(mappingToSend(chosen)).toEqual({ format: 'long' });
    expect(mappingToSend(setFilter(chosen, 'Campaign name', ' Spring sale '))).toEqual({ format: 'long', filter: { 'Campaign name': 'Spring sale' } });
  });
});

describe('choices not complete yet', () => {
  it('are named, left out of what is sent, and kept in the form when the server answers without them', () => {
    const answered = { format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks' }, decimal_mark: ',' } as const;
    const form = setFilter(setPeriod(answered, 'given', { start: '2025-01-01', end: '' }), 'Campaign name', ' ');
    expect(unsentChoices(form)).toEqual({ filter: true, period: true });
    expect(mappingToSend(form)).toEqual(answered);
    const kept = keepUnsent(answered, form);
    expect(filterOf(kept)).toEqual({ column: 'Campaign name', value: ' ' });
    expect(periodOf(kept)).toEqual({ choice: 'given', start: '2025-01-01', end: '' });
    expect(mappingToSend(kept)).toEqual(answered);
    expect(periodOf(keepUnsent(answered, setPeriod(answered, 'given'))).choice).toBe('given');
    expect(filterOf(keepUnsent({ format: 'long' }, setFilter({ format: 'long' }, 'Campaign name', '')))).toEqual({ column: 'Campaign name', value: '' });
  });

  it('give way to what the server answered, and complete ones are not put back', () => {
    const complete = setFilter(setPeriod({ format: 'wide', columns: {} }, 'given', { start: '', end: '2025-01-31' }), 'Campaign name', 'Spring sale');
    expect(unsentChoices(complete)).toEqual({ filter: false, period: false });
    expect(keepUnsent({ format: 'wide', columns: {} }, complete)).toEqual({ format: 'wide', columns: {} });
    const half = setFilter({ format: 'wide', columns: {} }, 'Campaign name', '');
    expect(keepUnsent({ format: 'wide', columns: {}, filter: { Country: 'NO' } }, half)).toEqual({ format: 'wide', columns: {}, filter: { Country: 'NO' } });
    expect(keepUnsent({ format: 'long' }, half)).toEqual({ format: 'long' });
  });
});

describe('the period of a file without dates', () => {
  it('comes from the file or is given, and is sent once its end is typed', () => {
    const wide = { format: 'wide', columns: { Clicks: 'clicks' } } as const;
    expect(periodOf(wide)).toEqual({ choice: 'column', start: '', end: '' });
    expect(setPeriod(wide, 'file')).toEqual({ ...wide, period: 'file' });
    expect(periodOf(setPeriod(wide, 'file')).choice).toBe('file');
    const started = setPeriod(wide, 'given', { start: '2025-01-01', end: '' });
    expect(periodOf(started)).toEqual({ choice: 'given', start: '2025-01-01', end: '' });
    expect(mappingToSend(started)).toEqual(wide);
    const given = setPeriod(started, 'given', { start: '', end: '2025-01-31' });
    expect(mappingToSend(given)).toEqual({ ...wide, period: { end: '2025-01-31' } });
    expect(setPeriod(given, 'column')).toEqual(wide);
    expect(setPeriod({ format: 'long' }, 'file')).toEqual({ format: 'long' });
  });
});

describe('the preview', () => {
  it('names a recognised export by a key the catalogue can select on', () => {
    expect(presetKey('google-ads-daily')).toBe('google_ads_daily');
    expect(presetKey('nordic-sheet')).toBe('nordic_sheet');
  });

  it('says which of a remembered mapping’s ways of writing were left out, and the delimiter it was remembered from', () => {
    expect(droppedToShow({ fields: ['decimal_mark'], delimiter: ';' })).toEqual({ fields: 'decimal_mark', before: 'semicolon' });
    expect(droppedToShow({ fields: ['date_order'], delimiter: '\t' })).toEqual({ fields: 'date_order', before: 'tab' });
    expect(droppedToShow({ fields: ['decimal_mark', 'date_order'], delimiter: null })).toEqual({ fields: 'both', before: 'unknown' });
  });

  it('names the delimiter', () => {
    expect([',', ';', '\t'].map((d) => delimiterName(d as ',' | ';' | '\t'))).toEqual(['comma', 'semicolon', 'tab']);
  });

  it('lists the first lines passed over and counts the rest, saying when some are not listed', () => {
    const lines = Array.from({ length: 8 }, (_, i) => ({ line: i + 1, reason: 'comment' as const, text: `# ${i}` }));
    const shown = skippedToShow({ skipped: 10, skipped_lines: lines }, 5);
    expect(shown.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
    expect(shown.more).toBe(5);
    expect(shown.unlisted).toBe(true);
    expect(skippedToShow({ skipped: 2, skipped_lines: lines.slice(0, 2) }, 5)).toEqual({ lines: lines.slice(0, 2), more: 0, unlisted: false });
  });

  it('gives a KPI whose rows add up its sum, any other its last value', () => {
    const count: KpiImportCount = { kpi: 'visits', rows: 5, days: 3, replaced: 2, summed: true, from: '2025-01-31', to: '2025-03-31', sum: 3900, last: 1400 };
    expect(kpiToStore(count)).toEqual({ values: 3, from: '2025-01-31', to: '2025-03-31', total: { kind: 'sum', value: 3900 } });
    expect(kpiToStore({ ...count, kpi: 'conversion', summed: false, rows: 3, replaced: 0 }).total).toEqual({ kind: 'last', value: 1400 });
  });
});
