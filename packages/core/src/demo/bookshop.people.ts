/** The people of Nordbok AS who own goals, KPIs and activities in the demo plan. */
export const PEOPLE = {
  /** Head of marketing, who runs the plan. */
  lead: 'Kari Nordmann',
  /** E-commerce manager: webshop, checkout, app. */
  web: 'Ola Hansen',
  /** Performance marketing: Google Ads, paid social, campaigns. */
  paid: 'Ingrid Berg',
  /** CRM and the book club. */
  crm: 'Silje Larsen',
  /** Content editor: articles, newsletter, Instagram. */
  content: 'Jonas Bakke',
  /** Customer service lead. */
  service: 'Anders Lie',
  /** Sales director. */
  sales: 'Per Dahl',
} as const;
