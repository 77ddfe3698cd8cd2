import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './measurements.decode.js';
import { parseMeasurementCsv } from './measurements.importer.js';
import { headerFingerprint, proposeMapping, readSource, recognisePreset, sourceKey, type ProposalKpi } from './measurements.proposal.js';

/*
 * Headers as the tools write them (their download documentation and published examples of the
 * files): the English ones, and the Norwegian, Swedish and Danish ones where the tool translates.
 */

const kpis: ProposalKpi[] = [
  { id: 'ads-clicks', name: 'Google Ads clicks', unit: 'count' },
  { id: 'ads-cost', name: 'Annonsekostnad Google Ads', unit: 'currency' },
  { id: 'meta-spend', name: 'Meta ad spend', unit: 'currency' },
  { id: 'meta-clicks', name: 'Facebook link clicks', unit: 'count' },
  { id: 'organic-clicks', name: 'Organic clicks (Search Console)', unit: 'count' },
  { id: 'avg-position', name: 'Average position', unit: 'ratio', aggregation: 'average' },
  { id: 'visits', name: 'Webshop visits', unit: 'count', aggregation: 'sum' },
  { id: 'revenue', name: 'Omsetning nettbutikk', unit: 'currency' },
  { id: 'orders', name: 'Orders', unit: 'count' },
  { id: 'newsletter-opens', name: 'Newsletter opens', unit: 'count' },
  { id: 'open-rate', name: 'Open rate', unit: 'percent' },
  { id: 'linkedin-followers', name: 'LinkedIn followers', unit: 'count', aggregation: 'last' },
  { id: 'linkedin-new', name: 'New LinkedIn followers', unit: 'count', aggregation: 'sum' },
  { id: 'won-deals', name: 'Won deals value', unit: 'currency' },
];

/** The preset a file's first lines are recognised as, and the mapping it proposes. */
function recognise(text: string, planKpis: ProposalKpi[] = kpis) {
  const source = readSource(text);
  if (!source) throw new Error('no header');
  const recognised = recognisePreset(source);
  return { source, recognised, mapping: recognised ? proposeMapping(recognised, source, planKpis) : null };
}

describe('GA4', () => {
  const REPORT = [
    '# ----------------------------------------',
    '# Traffic acquisition: Session primary channel group (Default Channel Group)',
    '# Account: Nordbok AS',
    '# Property: nordbok.no - GA4',
    '# ----------------------------------------',
    '#',
    '# Start date: 20250101',
    '# End date: 20250131',
    'Date,Sessions,Engaged sessions,Engagement rate,Total revenue',
    '20250101,1200,800,0.6666,15000.5',
    '20250102,1300,850,0.6538,14000',
  ].join('\n');

  it('tells a report by its comment lines and maps its metrics by what KPIs are called', () => {
    const { recognised, mapping, source } = recognise(REPORT);
    expect(recognised?.preset.id).toBe('ga4-report');
    expect(source.line).toBe(9);
    expect(mapping).toEqual({ format: 'ga4', columns: { Sessions: 'visits', 'Total revenue': 'revenue' } });
  });

  it('reads a report without a time dimension as the period of its comment lines', () => {
    const text = REPORT.replace(/Date,Sessions.*[\s\S]*$/, 'Session primary channel group (Default Channel Group),Sessions\nOrganic Search,5400\nDirect,2100\n');
    const { recognised, mapping } = recognise(text);
    expect(recognised?.preset.id).toBe('ga4-report');
    expect(mapping).toEqual({ format: 'ga4', columns: { Sessions: 'visits' }, period: 'file' });
  });

  it('tells a reports snapshot by its title, and an exploration by comments without account lines', () => {
    const snapshot = REPORT.replace('Traffic acquisition: Session primary channel group (Default Channel Group)', 'Reports snapshot').replace('Date,Sessions', 'Nth day,Sessions');
    expect(recognise(snapshot).recognised?.preset.name).toBe('GA4 reports snapshot');
    const exploration = ['# ----------------------------------------', '# Free form 1', '# ----------------------------------------', '#', '# Start date: 20250201', '# End date: 20250228', 'Nth day,Active users,Sessions', '0000,120,140'].join('\n');
    const { recognised, mapping } = recognise(exploration);
    expect(recognised?.preset.id).toBe('ga4-exploration');
    // Active users are distinct people: never proposed for a KPI that adds up.
    expect(mapping).toEqual({ format: 'ga4', columns: { Sessions: 'visits' } });
  });

  it('names the date column of a GA4 interface in Norwegian, which GA4 names otherwise', () => {
    const text = ['# Startdato: 20250101', '# Sluttdato: 20250131', 'Dato,Økter,Total inntekt', '20250101,1200,15000.5', '20250102,1300,14000'].join('\n');
    const { recognised, mapping } = recognise(text);
    expect(recognised).toMatchObject({ preset: { id: 'ga4-report' }, language: 'nb', dateColumn: 'Dato' });
    expect(mapping).toEqual({ format: 'ga4', date_column: 'Dato', columns: { Økter: 'visits', 'Total inntekt': 'revenue' } });
    const { summary } = parseMeasurementCsv(text, { mapping: mapping!, kpis });
    expect(summary.error_count).toBe(0);
    expect(summary.kpis.map((k) => [k.kpi, k.days])).toEqual([
      ['revenue', 2],
      ['visits', 2],
    ]);
  });
});

describe('Search Console', () => {
  it('reads Dates.csv by date and leaves CTR and position to KPIs that are not added up', () => {
    const { recognised, mapping } = recognise('Date,Clicks,Impressions,CTR,Position\n2025-01-28,397,17468,2.27%,11.8\n2025-01-27,284,12780,2.22%,6.6\n');
    expect(recognised?.preset.id).toBe('search-console-dates');
    expect(mapping).toEqual({ format: 'wide', date_column: 'Date', columns: { Clicks: 'organic-clicks', Position: 'avg-position' }, locale: 'en' });
  });

  it('reads the Swedish Dates.csv and hints at its decimal commas by its language', () => {
    const { recognised, mapping } = recognise('Datum;Klick;Visningar;CTR;Position\n2025-01-28;397;17468;2,27 %;11,8\n2025-01-27;284;12780;2,22 %;6,6\n');
    expect(recognised).toMatchObject({ preset: { id: 'search-console-dates' }, language: 'sv' });
    expect(mapping).toMatchObject({ date_column: 'Datum', columns: { Klick: 'organic-clicks', Position: 'avg-position' }, locale: 'sv' });
  });

  it('asks for the period of Queries.csv, and proposes no rate beside its rows of queries', () => {
    const { recognised, mapping } = recognise('Top queries,Clicks,Impressions,CTR,Position\nnordic crime books,282,1958,14.40%,19.9\nkrim bøker,289,3238,8.93%,6.3\n');
    expect(recognised?.preset.id).toBe('search-console-table');
    expect(recognised?.preset.note).toMatch(/anonymised/);
    expect(mapping).toEqual({ format: 'wide', period: 'file', columns: { Clicks: 'organic-clicks' }, locale: 'en' });
  });
});

describe('Google Ads', () => {
  it('tells the daily report under its title lines, a row per campaign: the rates are not proposed', () => {
    const text = ['Campaign performance', 'January 1, 2025 - January 14, 2025', 'Day\tCampaign\tClicks\tImpr.\tCTR\tAvg. CPC\tCost', '2025-01-01\tBrand - NO\t44\t1,384\t3.18%\t2.92\t128.48'].join('\n');
    const { recognised, mapping, source } = recognise(text);
    expect(source).toMatchObject({ line: 3, delimiter: '\t' });
    expect(recognised).toMatchObject({ preset: { id: 'google-ads-daily', name: 'Google Ads daily report' }, language: 'en', dateColumn: 'Day' });
    expect(mapping).toEqual({ format: 'wide', date_column: 'Day', columns: { Clicks: 'ads-clicks', Cost: 'ads-cost' }, locale: 'en' });
  });

  it('tells the Norwegian daily report and maps it to the Norwegian KPI names', () => {
    const text = ['Kampanjeresultater', '1. januar 2025 - 14. januar 2025', 'Dag\tKampanje\tKlikk\tVisn.\tCTR\tGj.sn. CPC\tKostnad', '2025-01-01\tMerkevare\t44\t1 384\t3,18 %\t2,92\t128,48'].join('\n');
    const { recognised, mapping } = recognise(text);
    expect(recognised).toMatchObject({ preset: { id: 'google-ads-daily' }, language: 'nb', dateColumn: 'Dag' });
    expect(mapping).toEqual({ format: 'wide', date_column: 'Dag', columns: { Klikk: 'ads-clicks', Kostnad: 'ads-cost' }, locale: 'nb' });
  });

  it('reads the campaign report (no day column) as the period of its title line', () => {
    const text = ['Campaign report', '"January 1, 2025 - January 31, 2025"', 'Campaign status,Campaign,Budget,Clicks,Impr.,CTR,Avg. CPC,Cost,Conversions', 'Enabled,Brand - NO,500.00,"631","69,801",0.90%,6.39,"4,030.15",30.00'].join('\n');
    const { recognised, mapping } = recognise(text);
    expect(recognised?.preset.id).toBe('google-ads-campaign');
    expect(mapping).toEqual({ format: 'wide', period: 'file', columns: { Clicks: 'ads-clicks', Cost: 'ads-cost' }, locale: 'en' });
    const { summary, rows } = parseMeasurementCsv(text, { mapping: mapping!, kpis });
    expect(summary.error_count).toBe(0);
    expect(rows).toEqual([
      { kpi: 'ads-clicks', date: '2025-01-31', value: 631 },
      { kpi: 'ads-cost', date: '2025-01-31', value: 4030.15 },
    ]);
  });
});

describe('Meta Ads Manager', () => {
  const HEADER =
    'Reporting starts,Reporting ends,Campaign name,Campaign delivery,Results,Result indicator,Reach,Impressions,Cost per result,Amount spent (NOK),Link clicks,CTR (link click-through rate)';

  it('dates a row at the end of its reporting range, proposes spend and link clicks with plain numbers', () => {
    const text = `\uFEFF${HEADER}\n2025-01-10,2025-01-10,Vårsalg 2025,active,252,actions:link_click,7798,9748,0.560437,141.23,252,2.585146\n2025-01-10,2025-01-10,Krimklubben,active,300,actions:link_click,14759,18449,1.843233,552.97,300,1.626104\n`;
    const { recognised, mapping } = recognise(text);
    expect(recognised?.preset.id).toBe('meta-ads');
    expect(mapping).toEqual({
      format: 'wide',
      date_column: 'Reporting ends',
      columns: { 'Amount spent (NOK)': 'meta-spend', 'Link clicks': 'meta-clicks' },
      decimal_mark: '.',
    });
    // The campaigns of a day add up (measurements.days.ts), "21.467"-like values read as written.
    const { rows, summary } = parseMeasurementCsv(text, { mapping: mapping!, kpis, locale: 'da' });
    expect(summary.error_count).toBe(0);
    expect(rows).toEqual([
      { kpi: 'meta-spend', date: '2025-01-10', value: 694.2 },
      { kpi: 'meta-clicks', date: '2025-01-10', value: 552 },
    ]);
  });

  it('passes over a KPI that names another tool, and tells the Norwegian export', () => {
    const onlyGoogle: ProposalKpi[] = [{ id: 'ads-clicks', name: 'Google Ads clicks', unit: 'count' }];
    expect(recognise(`${HEADER}\n2025-01-10,2025-01-10,A,active,1,x,1,1,1,1,1,1\n`, onlyGoogle).mapping).toMatchObject({ columns: {} });
    const norwegian = 'Rapportering starter,Rapportering slutter,Kampanjenavn,Rekkevidde,Eksponeringer,Beløp brukt (NOK),Klikk på lenke\n2025-01-10,2025-01-10,Vårsalg,7798,9748,141.23,252\n';
    const { recognised, mapping } = recognise(norwegian);
    expect(recognised).toMatchObject({ preset: { id: 'meta-ads' }, language: 'nb' });
    expect(mapping).toMatchObject({ date_column: 'Rapportering slutter', columns: { 'Beløp brukt (NOK)': 'meta-spend', 'Klikk på lenke': 'meta-clicks' } });
  });

  it('takes the day column of a report broken down by day', () => {
    const text = 'Day,Campaign name,Reporting starts,Reporting ends,Amount spent (EUR),Link clicks\n2025-01-10,A,2025-01-01,2025-01-31,10.5,4\n';
    expect(recognise(text).mapping).toMatchObject({ date_column: 'Day' });
  });
});

describe('Mailchimp, LinkedIn, Shopify, HubSpot', () => {
  it('dates Mailchimp campaigns at their send date and keeps rates and unique counts for KPIs that are not added up', () => {
    const text =
      'Title,Subject,List,Send Date,Send Weekday,Total Recipients,Successful Deliveries,Soft Bounces,Hard Bounces,Total Bounces,Times Forwarded,Forwarded Opens,Unique Opens,Open Rate,Total Opens,Unique Clicks,Click Rate,Total Clicks,Unsubscribes,Abuse Complaints,Times Liked on Facebook,Folder Id,Unique Id\n' +
      '"Januar-nytt","Januar-nytt","Kunder","Jan 07, 2025 09:00 am",Tuesday,5829,5808,6,21,21,0,0,527,9.07%,551,56,0.96%,100,7,0,0,0,a1b2c3d0\n';
    const { recognised, mapping } = recognise(text);
    expect(recognised?.preset.id).toBe('mailchimp-campaigns');
    expect(mapping).toEqual({ format: 'wide', date_column: 'Send Date', columns: { 'Total Opens': 'newsletter-opens' }, decimal_mark: '.' });
  });

  it('maps LinkedIn’s new followers a day to a KPI that adds them up, never to the follower count', () => {
    const text = 'Date,Sponsored followers,Organic followers,Auto-invited followers,Total followers\n01/01/2025,2,14,0,16\n01/02/2025,4,22,0,26\n';
    const { recognised, mapping } = recognise(text);
    expect(recognised?.preset.id).toBe('linkedin-followers');
    expect(mapping).toEqual({ format: 'wide', date_column: 'Date', columns: { 'Total followers': 'linkedin-new' }, locale: 'en', date_order: 'mdy' });
    const { rows } = parseMeasurementCsv(text, { mapping: mapping!, kpis });
    expect(rows.map((r) => r.date)).toEqual(['2025-01-01', '2025-01-02']);
  });

  it('tells LinkedIn’s updates and visitors exports', () => {
    expect(recognise('Date,Impressions (organic),Impressions (sponsored),Impressions (total),Unique impressions (organic),Clicks (organic)\n01/01/2025,1,2,3,1,0\n').recognised?.preset.id).toBe('linkedin-updates');
    expect(recognise('Date,Overview page views (desktop),Overview page views (mobile),Overview page views (total),Overview unique visitors (total)\n01/01/2025,1,2,3,1\n').recognised?.preset.id).toBe('linkedin-visitors');
  });

  it('reads Shopify’s sales over time, a row per sales channel, with plain numbers', () => {
    const text = '"Day","Sales channel","Orders","Gross sales","Discounts","Returns","Net sales","Shipping","Taxes","Total sales"\n"2025-01-01","Online Store","18","3534.30","-49.92","-47.25","3437.13","882.00","859.28","5178.41"\n';
    const { recognised, mapping } = recognise(text);
    expect(recognised?.preset.id).toBe('shopify-sales');
    expect(mapping).toEqual({ format: 'wide', date_column: 'Day', columns: { Orders: 'orders', 'Total sales': 'revenue' }, decimal_mark: '.' });
  });

  it('adds up HubSpot’s won deals by close date', () => {
    const text = '"Record ID","Deal Name","Deal Stage","Close Date","Amount","Pipeline","Deal owner"\n"9000","Avtale 1","Closed won","2025-01-06 12:04","3550.00","Sales Pipeline","Kari Nordmann"\n"9001","Avtale 2","Closed lost","2025-01-06 16:00","4310.00","Sales Pipeline","Kari Nordmann"\n';
    const { recognised, mapping } = recognise(text);
    expect(recognised?.preset.id).toBe('hubspot-deals');
    expect(mapping).toEqual({ format: 'wide', date_column: 'Close Date', columns: { Amount: 'won-deals' }, filter: { 'Deal Stage': 'Closed won' }, decimal_mark: '.' });
    const { rows, summary } = parseMeasurementCsv(text, { mapping: mapping!, kpis });
    expect(summary.filtered).toBe(1);
    expect(rows).toEqual([{ kpi: 'won-deals', date: '2025-01-06', value: 3550 }]);
  });
});

describe('a Nordic spreadsheet', () => {
  it('reads a Danish sheet’s "21.467" as twenty-one thousand, by the language its header is in', () => {
    const text = 'Dato;Besøg;Omsætning\n01-03-2025;21.467;41.220,84\n02-03-2025;19.010;17.676,60\n';
    const daKpis: ProposalKpi[] = [
      { id: 'besog', name: 'Besøg', unit: 'count' },
      { id: 'omsaetning', name: 'Omsætning', unit: 'currency' },
    ];
    const { recognised, mapping } = recognise(text, daKpis);
    expect(recognised).toMatchObject({ preset: { id: 'nordic-sheet' }, language: 'da' });
    expect(mapping).toEqual({ format: 'wide', date_column: 'Dato', columns: { Besøg: 'besog', Omsætning: 'omsaetning' }, locale: 'da' });
    // The plan's locale is English: without the sheet's language its thousands points could not be told.
    const { rows, summary } = parseMeasurementCsv(text, { mapping: mapping!, kpis: daKpis, locale: 'en' });
    expect(summary.error_count).toBe(0);
    expect(rows).toContainEqual({ kpi: 'besog', date: '2025-03-01', value: 21467 });
  });

  it('tells Swedish by its letters, and leaves a sheet with an English header to the general guess', () => {
    expect(recognise('Datum;Besök;Försäljning\n2025-02-01;990;36 786,13 kr\n').recognised).toMatchObject({ preset: { id: 'nordic-sheet' }, language: 'sv' });
    expect(recognise('Date,Visits\n2025-02-01,990\n').recognised).toBeNull();
  });
});

describe('sourceKey', () => {
  it('remembers a tool’s export by its preset, and a sheet of its own columns by its header', () => {
    const ads = readSource('Day,Campaign,Clicks,Impr.,Cost\n2025-01-01,A,1,2,3\n')!;
    expect(sourceKey(recognisePreset(ads), ads.header)).toBe('google-ads-daily');
    const visits = readSource('Dato;Besøk\n01.01.2025;3\n')!;
    const sales = readSource('Dato;Salg\n01.01.2025;3\n')!;
    expect(sourceKey(recognisePreset(visits), visits.header)).toBe(`header:${headerFingerprint(['Dato', 'Besøk'])}`);
    expect(sourceKey(recognisePreset(sales), sales.header)).not.toBe(sourceKey(recognisePreset(visits), visits.header));
    expect(sourceKey(null, ['When', 'Visits'])).toMatch(/^header:/);
  });
});

describe('headerFingerprint', () => {
  it('is the same for the same header in another case or spacing, and differs for other columns', () => {
    expect(headerFingerprint(['Dato', 'Besøk', 'Omsetning (kr)'])).toBe(headerFingerprint(['dato', 'BESØK', 'Omsetning kr']));
    expect(headerFingerprint(['Dato', 'Besøk'])).not.toBe(headerFingerprint(['Dato', 'Salg']));
    expect(headerFingerprint(['Dato', 'Besøk'])).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('the export corpus (packages/core/test/fixtures/exports)', () => {
  const CORPUS = new URL('../../test/fixtures/exports/', import.meta.url);
  const PRESETS: Record<string, string> = {
    'ga4/ga4-exploration-nth-day.csv': 'ga4-exploration',
    'ga4/ga4-report-by-channel.csv': 'ga4-report',
    'ga4/ga4-report-by-date.csv': 'ga4-report',
    'ga4/ga4-reports-snapshot.csv': 'ga4-snapshot',
    'google-ads/campaign-report.csv': 'google-ads-campaign',
    'google-ads/daily-campaign-report-utf16.csv': 'google-ads-daily',
    'hubspot/deals.csv': 'hubspot-deals',
    'linkedin/followers.csv': 'linkedin-followers',
    'mailchimp/campaigns.csv': 'mailchimp-campaigns',
    'meta/ads-manager-campaigns-by-day.csv': 'meta-ads',
    'meta/ads-manager-campaigns-by-day-summary-row.csv': 'meta-ads',
    'nordic/da-excel-windows-1252.csv': 'nordic-sheet',
    'nordic/nb-excel-besok.csv': 'nordic-sheet',
    'nordic/sv-excel-windows-1252.csv': 'nordic-sheet',
    'search-console/Dates.csv': 'search-console-dates',
    'search-console/Queries.csv': 'search-console-table',
    'shopify/sales-over-time.csv': 'shopify-sales',
  };
  // The corpus's KPIs as a plan would name them.
  const corpusKpis: ProposalKpi[] = [
    { id: 'sessions', name: 'Sessions', unit: 'count', aggregation: 'sum' },
    { id: 'users', name: 'Active users', unit: 'count', aggregation: 'average' },
    { id: 'new-users', name: 'New users', unit: 'count', aggregation: 'sum' },
    { id: 'revenue', name: 'Revenue', unit: 'currency', aggregation: 'sum' },
    { id: 'sc-clicks', name: 'Search clicks', unit: 'count', aggregation: 'sum' },
    { id: 'sc-impressions', name: 'Search impressions', unit: 'count', aggregation: 'sum' },
    { id: 'ads-clicks', name: 'Ad clicks', unit: 'count', aggregation: 'sum' },
    { id: 'ads-impressions', name: 'Ad impressions', unit: 'count', aggregation: 'sum' },
    { id: 'ads-cost', name: 'Ad cost', unit: 'currency', aggregation: 'sum' },
    { id: 'meta-spend', name: 'Meta spend', unit: 'currency', aggregation: 'sum' },
    { id: 'meta-clicks', name: 'Meta link clicks', unit: 'count', aggregation: 'sum' },
    { id: 'email-delivered', name: 'Emails delivered', unit: 'count', aggregation: 'sum' },
    { id: 'email-clicks', name: 'Email clicks', unit: 'count', aggregation: 'sum' },
    { id: 'new-followers', name: 'New followers', unit: 'count', aggregation: 'sum' },
    { id: 'orders', name: 'Orders', unit: 'count', aggregation: 'sum' },
    { id: 'deals-won', name: 'Deals won', unit: 'currency', aggregation: 'sum' },
  ];
  const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .map((f) => f.replaceAll('\\', '/'))
    .sort();

  it('holds the files this test knows', () => {
    expect(files).toEqual(Object.keys(PRESETS).sort());
  });

  it.each(Object.keys(PRESETS))('%s is recognised, and its proposal stores the values expected beside it', (file) => {
    const { text } = decodeBytes(readFileSync(new URL(file, CORPUS)));
    const expected = JSON.parse(readFileSync(new URL(`${file}.expected.json`, CORPUS), 'utf8')) as {
      cases: { mapping: { filter?: object }; expect?: Record<string, { count: number; sum: number }> }[];
    };
    const source = readSource(text.slice(0, 64 * 1024))!;
    const recognised = recognisePreset(source);
    expect(recognised?.preset.id).toBe(PRESETS[file]);
    const mapping = proposeMapping(recognised!, source, corpusKpis);
    const { rows, summary } = parseMeasurementCsv(text, { mapping, kpis: corpusKpis, locale: 'nb' });
    if (file.endsWith('Queries.csv')) {
      // No dates and no range line: the period must be given.
      expect(summary.errors[0]?.message).toMatch(/period/);
      return;
    }
    expect(summary.errors).toEqual([]);
    // The case read with the same filter as the proposal (none, or HubSpot's won deals).
    const whole = expected.cases.find((c) => c.expect && JSON.stringify(c.mapping.filter) === JSON.stringify('filter' in mapping ? mapping.filter : undefined))!.expect!;
    const compared = Object.keys(whole).filter((kpi) => rows.some((r) => r.kpi === kpi));
    expect(compared.length).toBeGreaterThan(0);
    for (const kpi of compared) {
      const values = rows.filter((r) => r.kpi === kpi).map((r) => r.value);
      expect({ kpi, count: values.length, sum: Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100 }).toEqual({ kpi, count: whole[kpi]!.count, sum: whole[kpi]!.sum });
    }
  });
});
