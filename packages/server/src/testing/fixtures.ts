/** A small plan with one item in every collection, for access and property tests. */
export const SMALL_PLAN = `kurs: 1
plan:
  name: Digital strategi 2027
  organisation: Nordbok AS
  locale: nb
  currency: NOK
  period: { start: 2027-01-01, end: 2027-12-31 }
situation:
  usp: Curated Nordic crime fiction
  audiences:
    - { id: readers, name: Crime readers }
  competitors:
    - { id: bigshop, name: Big Shop }
  channels:
    - { id: web, name: Webshop, type: website, present: true, funnel: [reach, convert] }
  campaigns:
    - { id: xmas, name: Christmas 2026, channel: web, start: 2026-11-15, end: 2026-12-20, spend: 120000 }
  findings: [ "Most traffic is organic search" ]
goals:
  - id: sell-books
    title: Sell 120 000 books online in 2027
    horizon: year
    kpi: books-sold
    baseline: { value: 80000, date: 2026-12-31 }
    target: { value: 120000, date: 2027-12-31 }
kpis:
  - { id: books-sold, name: Books sold online, unit: count, direction: up, aggregation: sum, frequency: monthly }
  - { id: visits, name: Webshop visits, unit: count, frequency: weekly }
measurements:
  - { kpi: books-sold, date: 2027-01-31, value: 8900 }
  - { kpi: books-sold, date: 2027-02-28, value: 9100 }
strategy:
  funnel: { reach: SEO on author pages }
  traffic: mixed
themes:
  - { id: webperf, name: Website performance, budget_hours: 400 }
activities:
  - { id: checkout, title: Rebuild mobile checkout, theme: webperf, goals: [sell-books], start: 2027-02-01, end: 2027-04-15 }
milestones:
  - { id: new-checkout, title: New checkout live, date: 2027-04-15, activity: checkout }
reviews:
  - id: q1
    date: 2027-03-31
    period: 2027-Q1
    goals:
      - { goal: sell-books, status: at_risk, decision: Move budget }
`;
