import type { Locale } from '../shared/plan-values.js';
import { compactName, GA4_METRIC_WORDS, readGa4RangeComment, type Ga4Range } from './measurements.ga4.js';
import type { DateOrder } from './measurements.schema.js';

/*
 * The exports marketing tools write, told by their header (and GA4's comment lines), and what
 * each knows of its columns: which one dates the rows, which metrics add up over the rows of a
 * day (counts, money) and which do not (rates, averages, positions, distinct people), how the
 * tool writes numbers, and which KPI a metric most likely feeds. The header names come from the
 * tools' downloads in English and, where the tool translates them, Norwegian, Swedish and Danish.
 * Only knowledge: measurements.proposal.ts reads a file's header with it, and the importer's
 * rules (measurements.days.ts) still decide what is summed.
 */

/** A column's names as the tool writes them, per language it is offered in. */
export type ColumnNames = Partial<Record<Locale, readonly string[]>>;

/** additive: the rows of a day add up (counts, money); ratio: a rate, average, position or count of distinct people, never summed. */
export type MetricKind = 'additive' | 'ratio';

export interface PresetMetric {
  names: ColumnNames;
  kind: MetricKind;
  /** What a KPI fed by this column is likely called (en, nb, sv, da), best first. */
  words: readonly string[];
}

/**
 * plain: a decimal point and no grouping in every language (GA4, Meta, Shopify, HubSpot, Mailchimp);
 * language: as the tool's display language writes numbers (Google Ads, Search Console, LinkedIn);
 * sheet: as the spreadsheet's locale does (a Nordic Excel sheet: decimal commas).
 */
export type NumberStyle = 'plain' | 'language' | 'sheet';

export interface MeasurementPreset {
  id: string;
  name: string;
  format: 'wide' | 'ga4';
  /** Header cells the export always has (each in one of its names): how it is told. */
  has: readonly ColumnNames[];
  /** Header cells it never has (a campaign report is not the daily one). */
  lacks?: readonly ColumnNames[];
  /** Whether a comment line above the header must name the report (GA4's `# Start date: …`, a snapshot's title). */
  above?: (lines: readonly string[]) => boolean;
  /** Columns that date its rows, the first found taken; a header with none is one period (from the lines above it, or given). */
  dates: readonly ColumnNames[];
  /** Columns that split a date into several rows (a campaign, a channel): a ratio metric cannot be imported beside them. */
  breakdowns: readonly ColumnNames[];
  metrics: readonly PresetMetric[];
  numbers: NumberStyle;
  /** How its dates are written when they read two ways ("01/02/2025"). */
  dateOrder?: DateOrder;
  /** Rows the proposal keeps by default (HubSpot: the won deals), changeable by the person. */
  filter?: { column: ColumnNames; value: string };
  /** The tool's names in a KPI's name ("Meta ad spend"): such a KPI is preferred, one naming another tool is not proposed. */
  brands: readonly string[];
  /** Words for the channel it measures ("ad", "organic", "newsletter"): likewise, after the brands. */
  channels?: readonly string[];
  /** What the person should know before importing it. */
  note?: string;
  /** A sheet whose columns are its maker's own: its mapping is remembered by its header, not by the preset. */
  ownColumns?: true;
}

const names = (en: string | readonly string[], nb?: string | readonly string[], sv?: string | readonly string[], da?: string | readonly string[]): ColumnNames => {
  const list = (v: string | readonly string[] | undefined) => (v === undefined ? undefined : typeof v === 'string' ? [v] : v);
  const result: ColumnNames = { en: list(en) as readonly string[] };
  if (nb !== undefined) result.nb = list(nb) as readonly string[];
  if (sv !== undefined) result.sv = list(sv) as readonly string[];
  if (da !== undefined) result.da = list(da) as readonly string[];
  return result;
};
const additive = (columnNames: ColumnNames, words: readonly string[] = []): PresetMetric => ({ names: columnNames, kind: 'additive', words });
const ratio = (columnNames: ColumnNames, words: readonly string[] = []): PresetMetric => ({ names: columnNames, kind: 'ratio', words });

// Words KPIs are called by, shared by tools that measure the same thing.
const CLICKS = ['clicks', 'klikk', 'klick', 'klik'];
const IMPRESSIONS = ['impressions', 'visninger', 'visningar', 'exponeringar', 'eksponeringer'];
const SPEND = ['ad spend', 'spend', 'cost', 'annonsekostnad', 'annonskostnad', 'annonceforbrug', 'kostnad', 'kostnader', 'omkostninger'];
const CONVERSIONS = ['conversions', 'konverteringer', 'konverteringar'];
const REVENUE = ['revenue', 'sales', 'turnover', 'omsetning', 'inntekter', 'salg', 'intäkter', 'omsättning', 'försäljning', 'omsætning'];
const ORDERS = ['orders', 'purchases', 'ordrer', 'bestillinger', 'ordrar', 'beställningar', 'køb', 'köp'];
const CTR = names('CTR');

/** A daily report's date column. */
export const DAY_NAMES = names(['Day', 'Date'], ['Dag', 'Dato'], ['Dag', 'Datum'], ['Dag', 'Dato']);
const WEEK_MONTH = names(['Week', 'Month'], ['Uke', 'Måned'], ['Vecka', 'Månad'], ['Uge', 'Måned']);
const CAMPAIGN = names(['Campaign', 'Campaign name'], ['Kampanje', 'Kampanjenavn'], ['Kampanj', 'Kampanjnamn'], ['Kampagne', 'Kampagnenavn']);

const GA4_COMMENT_TITLE = (pattern: RegExp) => (lines: readonly string[]) => isGa4(lines) && lines.some((l) => pattern.test(l));
function isGa4(lines: readonly string[]): boolean {
  const range: Ga4Range = {};
  for (const line of lines) readGa4RangeComment(line, range);
  return range.start !== undefined || range.end !== undefined;
}

/** GA4's metrics as its interface names them in each language; the KPI words are GA4_METRIC_WORDS'. */
const GA4_METRICS: readonly PresetMetric[] = (
  [
    ['additive', names('Sessions', 'Økter', 'Sessioner', 'Sessioner')],
    ['additive', names('Engaged sessions', 'Engasjerte økter', 'Engagerade sessioner', 'Engagerede sessioner')],
    ['ratio', names('Active users', 'Aktive brukere', 'Aktiva användare', 'Aktive brugere')],
    ['ratio', names('Total users', 'Totalt antall brukere', 'Totalt antal användare', 'Brugere i alt')],
    // New users add up over days and channels (a user is new once); Users and Active users are people counted once a period.
    ['additive', names('New users', 'Nye brukere', 'Nya användare', 'Nye brugere')],
    ['ratio', names('Users', 'Brukere', 'Användare', 'Brugere')],
    ['additive', names(['Key events', 'Conversions'], ['Nøkkelhendelser', 'Konverteringer'], ['Nyckelhändelser', 'Konverteringar'], ['Nøglehændelser', 'Konverteringer'])],
    ['additive', names('Total revenue', 'Total inntekt', 'Totala intäkter', 'Samlet omsætning')],
    ['additive', names('Purchase revenue', 'Kjøpsinntekter', 'Köpintäkter', 'Købsomsætning')],
    ['additive', names(['Transactions', 'Ecommerce purchases'], ['Transaksjoner', 'E-handelskjøp'], ['Transaktioner', 'E-handelsköp'], ['Transaktioner', 'E-handelskøb'])],
    ['additive', names(['Views', 'Screen page views'], 'Visninger', 'Visningar', 'Visninger')],
    ['additive', names('Event count', 'Antall hendelser', 'Antal händelser', 'Antal hændelser')],
    ['ratio', names('Engagement rate', 'Engasjementsrate', 'Engagemangsgrad', 'Engagementsrate')],
    ['ratio', names('Bounce rate', 'Fluktfrekvens', 'Avvisningsfrekvens', 'Afvisningsprocent')],
    ['ratio', names(['Average engagement time', 'Average engagement time per active user', 'Average session duration'], 'Gjennomsnittlig engasjementstid', 'Genomsnittlig engagemangstid', 'Gennemsnitlig engagementstid')],
  ] as const
).map(([kind, columnNames]) => ({ kind, names: columnNames, words: GA4_METRIC_WORDS.get(compactName(columnNames.en?.[0] ?? '')) ?? [] }));
const GA4_BREAKDOWNS = [
  names(
    ['Session primary channel group (Default Channel Group)', 'Session primary channel group', 'Session source / medium', 'First user primary channel group (Default Channel Group)', 'Country', 'Device category', 'Page path and screen class', 'Landing page'],
    ['Primær kanalgruppe for økten (standard kanalgruppering)', 'Land', 'Enhetskategori'],
    ['Primär kanalgrupp för session (standardkanalgrupp)', 'Land', 'Enhetskategori'],
    ['Primær kanalgruppe for session (standardkanalgruppe)', 'Land', 'Enhedskategori'],
  ),
];

const GOOGLE_ADS_METRICS: readonly PresetMetric[] = [
  additive(names('Clicks', 'Klikk', 'Klick', 'Klik'), CLICKS),
  additive(names(['Impr.', 'Impressions'], ['Visn.', 'Visninger'], ['Exp.', 'Exponeringar', 'Visningar'], ['Eksp.', 'Eksponeringer', 'Visninger']), IMPRESSIONS),
  additive(names('Cost', 'Kostnad', 'Kostnad', ['Omkostninger', 'Omk.']), SPEND),
  additive(names(['Conversions', 'Conv.'], ['Konverteringer', 'Konv.'], ['Konverteringar', 'Konv.'], ['Konverteringer', 'Konv.']), CONVERSIONS),
  additive(names(['Conv. value', 'Conversion value'], ['Konv.verdi', 'Konverteringsverdi'], ['Konv.värde', 'Konverteringsvärde'], ['Konv.værdi', 'Konverteringsværdi']), REVENUE),
  additive(names(['All conv.', 'Interactions', 'Views'], ['Alle konv.', 'Interaksjoner'], ['Alla konv.', 'Interaktioner'], ['Alle konv.', 'Interaktioner'])),
  ratio(CTR),
  ratio(names(['Avg. CPC', 'Avg. CPM', 'Avg. cost'], ['Gj.sn. CPC', 'Gj.sn. CPM', 'Gj.sn. kostnad'], ['Gen. CPC', 'Genomsn. CPC', 'Gen. CPM', 'Gen. kostnad'], ['Gns. CPC', 'Gns. CPM', 'Gns. omkostning'])),
  ratio(names(['Cost / conv.', 'Conv. rate', 'Conv. value / cost', 'Interaction rate', 'Search impr. share'], ['Kostnad/konv.', 'Konv.frekvens', 'Konverteringsfrekvens'], ['Kostnad/konv.', 'Konv.frekvens', 'Konverteringsfrekvens'], ['Omk./konv.', 'Konv.frekvens', 'Konverteringsfrekvens'])),
];
const GOOGLE_ADS_HAS = [GOOGLE_ADS_METRICS[0]!.names, GOOGLE_ADS_METRICS[1]!.names, GOOGLE_ADS_METRICS[2]!.names];
const GOOGLE_ADS_BREAKDOWNS = [CAMPAIGN, names(['Ad group', 'Keyword', 'Search term', 'Network'], ['Annonsegruppe', 'Søkeord'], ['Annonsgrupp', 'Sökord'], ['Annoncegruppe', 'Søgeord'])];

const SEARCH_CONSOLE_METRICS: readonly PresetMetric[] = [
  additive(names('Clicks', 'Klikk', 'Klick', 'Klik'), CLICKS),
  additive(names('Impressions', 'Visninger', 'Visningar', 'Visninger'), IMPRESSIONS),
  ratio(CTR, ['ctr', 'click-through rate', 'klikkfrekvens', 'klickfrekvens', 'klikrate']),
  ratio(names('Position', ['Plassering', 'Posisjon'], 'Position', 'Placering'), ['average position', 'position', 'plassering', 'posisjon', 'placering']),
];
const SEARCH_CONSOLE_HAS = SEARCH_CONSOLE_METRICS.map((m) => m.names);

const META_METRICS: readonly PresetMetric[] = [
  additive(names('Amount spent', 'Beløp brukt', 'Spenderat belopp', 'Forbrugt beløb'), SPEND),
  additive(names('Impressions', 'Eksponeringer', 'Visningar', 'Visninger'), IMPRESSIONS),
  additive(names(['Link clicks', 'Clicks (all)'], ['Klikk på lenke', 'Klikk (alle)'], ['Länkklick', 'Klick (alla)'], ['Linkklik', 'Klik (alle)']), CLICKS),
  additive(names('Results', 'Resultater', 'Resultat', 'Resultater'), CONVERSIONS),
  additive(names(['Purchases', 'Website purchases'], 'Kjøp', 'Köp', 'Køb'), ORDERS),
  additive(names(['Purchases conversion value', 'Website purchases conversion value'], 'Konverteringsverdi for kjøp', 'Konverteringsvärde för köp', 'Konverteringsværdi for køb'), REVENUE),
  additive(names(['Leads', 'Landing page views', 'Adds to cart'], ['Potensielle kunder', 'Visninger av landingsside'], ['Leads', 'Visningar av landningssida'], ['Leads', 'Visninger af landingsside'])),
  ratio(names('Reach', 'Rekkevidde', 'Räckvidd', 'Rækkevidde')),
  ratio(names('Frequency', 'Frekvens', 'Frekvens', 'Frekvens')),
  ratio(names(['CTR (link click-through rate)', 'CTR (all)'], ['CTR (klikkfrekvens for lenke)', 'CTR (alle)'], ['CTR (klickfrekvens för länk)', 'CTR (alla)'], ['CTR (klikrate for link)', 'CTR (alle)'])),
  ratio(names(['Cost per result', 'CPC (cost per link click)', 'CPM (cost per 1,000 impressions)', 'Purchase ROAS (return on ad spend)'], ['Kostnad per resultat'], ['Kostnad per resultat'], ['Pris pr. resultat'])),
];
const META_BREAKDOWNS = [
  names(['Campaign name', 'Ad set name', 'Ad name', 'Age', 'Gender', 'Platform', 'Placement'], ['Kampanjenavn', 'Navn på annonsesett', 'Annonsenavn', 'Alder', 'Kjønn'], ['Kampanjnamn', 'Annonsuppsättningens namn', 'Annonsnamn', 'Ålder', 'Kön'], ['Kampagnenavn', 'Navn på annoncesæt', 'Annoncenavn', 'Alder', 'Køn']),
];

const MAILCHIMP_METRICS: readonly PresetMetric[] = [
  additive(names('Total Recipients'), ['recipients', 'emails sent', 'mottakere', 'mottagare', 'modtagere']),
  additive(names('Successful Deliveries'), ['deliveries', 'delivered']),
  additive(names('Total Opens'), ['opens', 'åpninger', 'öppningar', 'åbninger']),
  additive(names('Total Clicks'), ['email clicks', 'newsletter clicks', 'clicks', 'klikk', 'klick', 'klik']),
  additive(names('Unsubscribes'), ['unsubscribes', 'avmeldinger', 'avregistreringar', 'afmeldinger']),
  additive(names(['Soft Bounces', 'Hard Bounces', 'Total Bounces', 'Abuse Complaints', 'Times Forwarded', 'Forwarded Opens'])),
  ratio(names(['Unique Opens', 'Unique Clicks'])),
  ratio(names(['Open Rate', 'Click Rate'])),
];

const LINKEDIN_BRAND = ['linkedin'];
const ADS_CHANNEL = ['ad', 'ads', 'paid search', 'sem', 'ppc', 'annonse', 'annonser', 'annons', 'annonce', 'annoncer'];
const SEARCH_CHANNEL = ['search', 'organic', 'seo', 'søk', 'sök', 'søg', 'organisk', 'organiske', 'organiska'];
const SOCIAL_CHANNEL = ['social', 'paid social', 'some', 'sosiale medier', 'sociala medier', 'sociale medier'];
const EMAIL_CHANNEL = ['email', 'e-mail', 'newsletter', 'nyhetsbrev', 'e-post', 'epost', 'nyhedsbrev'];
const DEALS_CHANNEL = ['deal', 'deals', 'crm', 'pipeline'];
const GA4_BRAND = ['ga4', 'google analytics'];

const SHOPIFY_METRICS: readonly PresetMetric[] = [
  additive(names('Orders', 'Ordrer', 'Beställningar', 'Ordrer'), ORDERS),
  additive(names('Total sales', 'Totalt salg', 'Total försäljning', 'Samlet salg'), REVENUE),
  additive(names('Net sales', 'Nettosalg', 'Nettoförsäljning', 'Nettosalg'), ['net sales', 'nettosalg', 'nettoförsäljning', 'netto']),
  additive(names('Gross sales', 'Bruttosalg', 'Bruttoförsäljning', 'Bruttosalg'), ['gross sales', 'bruttosalg', 'bruttoförsäljning']),
  additive(names(['Discounts', 'Returns', 'Shipping', 'Shipping charges', 'Taxes', 'Duties'], ['Rabatter', 'Returer', 'Frakt', 'Avgifter'], ['Rabatter', 'Returer', 'Frakt', 'Skatter'], ['Rabatter', 'Returneringer', 'Forsendelse', 'Afgifter'])),
  ratio(names('Average order value', 'Gjennomsnittlig ordreverdi', 'Genomsnittligt ordervärde', 'Gennemsnitlig ordreværdi')),
];

/** Date words of a sheet kept by hand, per language. */
const NORDIC_DATES = names([], ['Dato', 'Dag', 'Uke', 'Måned', 'Periode', 'År'], ['Datum', 'Dag', 'Vecka', 'Månad', 'Period', 'År'], ['Dato', 'Dag', 'Uge', 'Måned', 'Periode', 'År']);

/** In the order they are tried: a narrower preset before a wider one. */
export const MEASUREMENT_PRESETS: readonly MeasurementPreset[] = [
  {
    id: 'ga4-snapshot',
    name: 'GA4 reports snapshot',
    format: 'ga4',
    has: [],
    above: GA4_COMMENT_TITLE(/^#\s*(reports snapshot|øyeblikksbilde av rapporter|ögonblicksbild av rapporter|øjebliksbillede af rapporter)\s*$/i),
    dates: [],
    breakdowns: GA4_BREAKDOWNS,
    metrics: GA4_METRICS,
    numbers: 'plain',
    brands: GA4_BRAND,
    note: 'Each card is a table of its own: the tables by day are read, the tables by channel or country passed over.',
  },
  {
    id: 'ga4-exploration',
    name: 'GA4 exploration',
    format: 'ga4',
    has: [],
    // An exploration's title is its tab's name, "Free form 1" unless renamed.
    above: GA4_COMMENT_TITLE(/^#\s*(free[\s-]?form|fritt format|fri form|frit format|funnel|path|cohort|trakt|tratt|sti|kohort)\b/i),
    dates: [],
    breakdowns: GA4_BREAKDOWNS,
    metrics: GA4_METRICS,
    numbers: 'plain',
    brands: GA4_BRAND,
  },
  {
    id: 'ga4-report',
    name: 'GA4 report',
    format: 'ga4',
    has: [],
    above: isGa4,
    dates: [],
    breakdowns: GA4_BREAKDOWNS,
    metrics: GA4_METRICS,
    numbers: 'plain',
    brands: GA4_BRAND,
  },
  {
    id: 'meta-ads',
    name: 'Meta Ads Manager export',
    format: 'wide',
    has: [
      names('Reporting starts', 'Rapportering starter', 'Rapporteringen startar', 'Rapportering starter'),
      names('Reporting ends', 'Rapportering slutter', 'Rapporteringen slutar', 'Rapportering slutter'),
    ],
    // A day's row when broken down by day, else the end of the range: a value is dated at the end of the period it covers.
    dates: [DAY_NAMES, names('Reporting ends', 'Rapportering slutter', 'Rapporteringen slutar', 'Rapportering slutter')],
    breakdowns: META_BREAKDOWNS,
    metrics: META_METRICS,
    numbers: 'plain',
    brands: ['meta', 'facebook', 'instagram'],
    channels: SOCIAL_CHANNEL,
    note: 'Results count what each campaign optimises for (link clicks, leads, purchases): add up Results only over campaigns with the same result indicator (a filter).',
  },
  {
    id: 'google-ads-daily',
    name: 'Google Ads daily report',
    format: 'wide',
    has: GOOGLE_ADS_HAS,
    dates: [DAY_NAMES, WEEK_MONTH],
    breakdowns: GOOGLE_ADS_BREAKDOWNS,
    metrics: GOOGLE_ADS_METRICS,
    numbers: 'language',
    brands: ['google ads', 'adwords'],
    channels: ADS_CHANNEL,
  },
  {
    id: 'google-ads-campaign',
    name: 'Google Ads campaign report',
    format: 'wide',
    has: [...GOOGLE_ADS_HAS, CAMPAIGN],
    dates: [],
    breakdowns: GOOGLE_ADS_BREAKDOWNS,
    metrics: GOOGLE_ADS_METRICS,
    numbers: 'language',
    brands: ['google ads', 'adwords'],
    channels: ADS_CHANNEL,
    note: 'One value per KPI for the report’s date range (its title line), dated at the range’s end.',
  },
  {
    id: 'search-console-dates',
    name: 'Search Console performance by date',
    format: 'wide',
    has: SEARCH_CONSOLE_HAS,
    dates: [names('Date', 'Dato', 'Datum', 'Dato')],
    breakdowns: [],
    metrics: SEARCH_CONSOLE_METRICS,
    numbers: 'language',
    brands: ['search console', 'gsc'],
    channels: SEARCH_CHANNEL,
  },
  {
    id: 'search-console-table',
    name: 'Search Console performance by query, page, country or device',
    format: 'wide',
    has: SEARCH_CONSOLE_HAS,
    lacks: [names('Date', 'Dato', 'Datum', 'Dato')],
    dates: [],
    breakdowns: [
      names(['Top queries', 'Top pages', 'Queries', 'Pages', 'Country', 'Device', 'Search appearance'], ['Populære søk', 'Mest populære sider', 'Søk', 'Sider', 'Land', 'Enhet'], ['Populära sökfrågor', 'Populära sidor', 'Sökfråga', 'Sidor', 'Land', 'Enhet'], ['Top-forespørgsler', 'Topsider', 'Forespørgsler', 'Sider', 'Land', 'Enhed']),
    ],
    metrics: SEARCH_CONSOLE_METRICS,
    numbers: 'language',
    brands: ['search console', 'gsc'],
    channels: SEARCH_CHANNEL,
    note: 'The file has no dates: give its period. Its rows leave out anonymised queries and stop at 1 000, so their clicks add up to less than the site’s: import Dates.csv for the totals.',
  },
  {
    id: 'mailchimp-campaigns',
    name: 'Mailchimp campaign export',
    format: 'wide',
    has: [names('Send Date'), names('Total Recipients'), names(['Unique Opens', 'Total Opens'])],
    dates: [names('Send Date')],
    breakdowns: [names(['Title', 'Subject', 'List'])],
    metrics: MAILCHIMP_METRICS,
    numbers: 'plain',
    brands: ['mailchimp'],
    channels: EMAIL_CHANNEL,
    note: 'Each campaign is dated at its send date; campaigns sent on one day add up.',
  },
  {
    id: 'linkedin-updates',
    name: 'LinkedIn page analytics: updates',
    format: 'wide',
    has: [names('Date'), names('Impressions (organic)')],
    dates: [names('Date')],
    breakdowns: [],
    metrics: [
      additive(names('Impressions (total)'), IMPRESSIONS),
      additive(names('Clicks (total)'), CLICKS),
      additive(names('Reactions (total)'), ['reactions', 'reaksjoner', 'reaktioner']),
      additive(names(['Impressions (organic)', 'Impressions (sponsored)', 'Clicks (organic)', 'Clicks (sponsored)', 'Reactions (organic)', 'Reactions (sponsored)'])),
      additive(names(['Comments (total)', 'Comments (organic)', 'Comments (sponsored)', 'Reposts (total)', 'Reposts (organic)', 'Reposts (sponsored)'])),
      ratio(names(['Unique impressions (organic)', 'Engagement rate (total)', 'Engagement rate (organic)', 'Engagement rate (sponsored)'])),
    ],
    numbers: 'language',
    dateOrder: 'mdy',
    brands: LINKEDIN_BRAND,
  },
  {
    id: 'linkedin-followers',
    name: 'LinkedIn page analytics: followers',
    format: 'wide',
    has: [names('Date'), names('Organic followers'), names('Sponsored followers')],
    dates: [names('Date')],
    breakdowns: [],
    metrics: [
      additive(names('Total followers'), ['new followers', 'nye følgere', 'nya följare', 'followers', 'følgere', 'följare']),
      additive(names(['Organic followers', 'Sponsored followers', 'Auto-invited followers'])),
    ],
    numbers: 'language',
    dateOrder: 'mdy',
    brands: LINKEDIN_BRAND,
    note: 'The followers gained each day, not the number of followers: map them to a KPI that adds up new followers.',
  },
  {
    id: 'linkedin-visitors',
    name: 'LinkedIn page analytics: visitors',
    format: 'wide',
    has: [names('Date'), names(['Overview page views (total)', 'Total page views (total)'])],
    dates: [names('Date')],
    breakdowns: [],
    metrics: [
      additive(names(['Total page views (total)', 'Overview page views (total)']), ['page views', 'sidevisninger', 'sidvisningar', 'sidevisninger']),
      additive(names(['Total page views (desktop)', 'Total page views (mobile)', 'Overview page views (desktop)', 'Overview page views (mobile)'])),
      ratio(names(['Total unique visitors (total)', 'Overview unique visitors (total)', 'Total unique visitors (desktop)', 'Total unique visitors (mobile)'])),
    ],
    numbers: 'language',
    dateOrder: 'mdy',
    brands: LINKEDIN_BRAND,
  },
  {
    id: 'shopify-sales',
    name: 'Shopify sales over time',
    format: 'wide',
    has: [SHOPIFY_METRICS[2]!.names, SHOPIFY_METRICS[3]!.names],
    dates: [DAY_NAMES, WEEK_MONTH],
    breakdowns: [names(['Sales channel', 'Product title', 'Product type', 'Vendor', 'Billing country'], ['Salgskanal', 'Produkttittel'], ['Försäljningskanal', 'Produkttitel'], ['Salgskanal', 'Produkttitel'])],
    metrics: SHOPIFY_METRICS,
    numbers: 'plain',
    brands: ['shopify'],
  },
  {
    id: 'hubspot-deals',
    name: 'HubSpot deals export',
    format: 'wide',
    has: [names('Record ID'), names(['Deal Stage', 'Deal Name']), names('Amount')],
    dates: [names('Close Date')],
    breakdowns: [names(['Deal Name', 'Pipeline', 'Deal owner', 'Deal Stage'])],
    metrics: [additive(names(['Amount', 'Amount in company currency']), ['deals won', 'won deals', 'deal value', 'closed deals', ...REVENUE])],
    numbers: 'plain',
    filter: { column: names('Deal Stage'), value: 'Closed won' },
    brands: ['hubspot'],
    channels: DEALS_CHANNEL,
    note: 'Only the deals in the stage "Closed won" are added up, by close date: change the filter if your won stage is called otherwise.',
  },
  {
    id: 'nordic-sheet',
    name: 'Spreadsheet in Norwegian, Swedish or Danish',
    format: 'wide',
    has: [],
    dates: [NORDIC_DATES],
    breakdowns: [],
    metrics: [],
    numbers: 'sheet',
    brands: [],
    ownColumns: true,
  },
];

/** Groups of words one KPI may be called in en, nb, sv and da, for a column no preset names ("Omsetning (kr)"). */
export const KPI_WORD_GROUPS: readonly (readonly string[])[] = [CLICKS, IMPRESSIONS, SPEND, CONVERSIONS, REVENUE, ORDERS, ...GA4_METRIC_WORDS.values()];

/** True for a column a preset knows as a rate, an average, a position or a count of distinct people: never summed. */
export function isRatioColumn(cell: string): boolean {
  return MEASUREMENT_PRESETS.some((preset) => preset.metrics.some((metric) => metric.kind === 'ratio' && hasName(metric.names, cell)));
}

/** True for a column a preset of a table (not GA4's) knows as splitting a date into rows: a campaign, an ad set, a channel. */
export function isBreakdownColumn(cell: string): boolean {
  return MEASUREMENT_PRESETS.some((preset) => preset.format === 'wide' && preset.breakdowns.some((columnNames) => hasName(columnNames, cell)));
}

/** A header cell in one of these names, whatever its case, punctuation or currency suffix ("Amount spent (NOK)"). */
export function hasName(columnNames: ColumnNames, cell: string): boolean {
  for (const list of Object.values(columnNames)) if (list?.some((name) => sameName(name, cell))) return true;
  return false;
}

const CURRENCY_SUFFIX = /\s*\([A-Z]{3}\)\s*$/;
export function sameName(name: string, cell: string): boolean {
  return compactName(name) === compactName(cell.replace(CURRENCY_SUFFIX, ''));
}
