import type { PlanDocument } from '../plan/plan.schema.js';
import type { OnlineShopWords } from './online-shop.en.js';
import { BASELINE_DATE, REFERENCE_PERIOD, TARGET } from './templates.reference.js';

/** The online shop's starting plan in the reference period, worded in one language. */
export function onlineShopPlan(w: OnlineShopWords, name: string): PlanDocument {
  return {
    kurs: 1,
    plan: { name, period: REFERENCE_PERIOD, business_objective: w.objective },
    situation: {
      audiences: [
        { id: 'regulars', kind: 'current', ...w.audiences.regulars },
        { id: 'browsers', kind: 'non_buyer', ...w.audiences.browsers },
        { id: 'new-customers', kind: 'desired', ...w.audiences['new-customers'] },
      ],
      competitors: [
        { id: 'marketplaces', ...w.competitors.marketplaces },
        { id: 'specialists', ...w.competitors.specialists },
      ],
      channels: [
        { id: 'webshop', type: 'website', present: true, funnel: ['reach', 'engage', 'convert'], ...w.channels.webshop },
        { id: 'search', type: 'search', present: true, funnel: ['reach', 'convert'], ...w.channels.search },
        { id: 'ads', type: 'paid', present: true, funnel: ['reach', 'convert'], ...w.channels.ads },
        { id: 'social', type: 'social', present: true, funnel: ['reach', 'engage'], ...w.channels.social },
        { id: 'newsletter', type: 'email', present: true, funnel: ['engage', 'retain'], ...w.channels.newsletter },
      ],
      findings: w.findings,
    },
    goals: [
      { id: 'main-channel', horizon: 'long', business_link: 'revenue', kpi: 'online-share', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['main-channel'] },
      { id: 'loyal-customers', horizon: 'long', business_link: 'customer', kpi: 'repeat-rate', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['loyal-customers'] },
      { id: 'revenue', horizon: 'year', parent: 'main-channel', business_link: 'revenue', kpi: 'online-revenue', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals.revenue },
      { id: 'repeat', horizon: 'year', parent: 'loyal-customers', business_link: 'customer', kpi: 'repeat-rate', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals.repeat },
      { id: 'visits', horizon: 'quarter', parent: 'revenue', business_link: 'revenue', kpi: 'visits', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q1 }, ...w.goals.visits },
      { id: 'conversion', horizon: 'quarter', parent: 'revenue', business_link: 'revenue', kpi: 'conversion-rate', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q2 }, ...w.goals.conversion },
    ],
    kpis: [
      { id: 'online-share', unit: 'percent', direction: 'up', aggregation: 'last', frequency: 'quarterly', funnel_stage: 'convert', source: 'manual', ...w.kpis['online-share'] },
      { id: 'online-revenue', unit: 'currency', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'convert', conversion: true, source: 'manual', ...w.kpis['online-revenue'] },
      { id: 'visits', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'weekly', funnel_stage: 'reach', source: 'ga4', ...w.kpis.visits },
      { id: 'conversion-rate', unit: 'percent', direction: 'up', aggregation: 'average', frequency: 'weekly', funnel_stage: 'convert', conversion: true, source: 'ga4', ...w.kpis['conversion-rate'] },
      { id: 'newsletter-signups', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'engage', source: 'manual', ...w.kpis['newsletter-signups'] },
      { id: 'repeat-rate', unit: 'percent', direction: 'up', aggregation: 'last', frequency: 'quarterly', funnel_stage: 'retain', source: 'manual', ...w.kpis['repeat-rate'] },
    ],
    strategy: {
      funnel: w.funnel,
      positioning: w.positioning,
      content: w.content,
      journey: [
        { stage: 'reach', touchpoints: ['search', 'ads', 'social'] },
        { stage: 'engage', touchpoints: ['webshop', 'social', 'newsletter'] },
        { stage: 'convert', touchpoints: ['webshop', 'ads'] },
        { stage: 'retain', touchpoints: ['newsletter'] },
      ],
    },
    themes: [
      { id: 'shop', budget_hours: 400, color: '#2f6fdf', ...w.themes.shop },
      { id: 'traffic', budget_hours: 300, color: '#d9822b', ...w.themes.traffic },
      { id: 'loyalty', budget_hours: 200, color: '#2e9e6b', ...w.themes.loyalty },
      { id: 'upkeep', budget_hours: 120, color: '#7a7f87', maintenance: true, ...w.themes.upkeep },
    ],
    activities: [
      { id: 'tracking', type: 'task', theme: 'shop', goals: ['conversion'], kpis: ['conversion-rate', 'online-revenue'], funnel_stage: 'convert', start: '2027-01-04', end: '2027-01-29', estimate_hours: 30, value: 7, effort: 2, status: 'planned', ...w.activities.tracking },
      { id: 'checkout', type: 'project', theme: 'shop', goals: ['conversion'], kpis: ['conversion-rate'], funnel_stage: 'convert', start: '2027-02-01', end: '2027-04-30', estimate_hours: 160, value: 8, effort: 6, status: 'planned', depends_on: ['tracking'], ...w.activities.checkout },
      { id: 'category-seo', type: 'project', theme: 'traffic', goals: ['visits'], kpis: ['visits'], funnel_stage: 'reach', start: '2027-02-01', end: '2027-05-31', estimate_hours: 80, value: 7, effort: 4, status: 'planned', ...w.activities['category-seo'] },
      { id: 'signup', type: 'task', theme: 'loyalty', goals: ['repeat'], kpis: ['newsletter-signups'], funnel_stage: 'engage', start: '2027-03-01', end: '2027-03-31', estimate_hours: 30, value: 6, effort: 2, status: 'planned', ...w.activities.signup },
      { id: 'product-reviews', type: 'task', theme: 'shop', goals: ['conversion'], kpis: ['conversion-rate'], funnel_stage: 'engage', start: '2027-04-01', end: '2027-04-30', estimate_hours: 20, value: 5, effort: 2, status: 'idea', ...w.activities['product-reviews'] },
      { id: 'after-purchase', type: 'project', theme: 'loyalty', goals: ['repeat'], kpis: ['repeat-rate'], funnel_stage: 'retain', start: '2027-06-01', end: '2027-08-31', estimate_hours: 60, value: 7, effort: 3, status: 'idea', ...w.activities['after-purchase'] },
      { id: 'season-campaign', type: 'campaign', theme: 'traffic', goals: ['revenue'], kpis: ['online-revenue'], funnel_stage: 'convert', start: '2027-10-15', end: '2027-12-20', estimate_hours: 80, value: 8, effort: 4, status: 'idea', ...w.activities['season-campaign'] },
      { id: 'upkeep', type: 'maintenance', theme: 'upkeep', start: '2027-01-01', end: '2027-12-31', estimate_hours: 120, value: 5, effort: 3, status: 'planned', ...w.activities.upkeep },
    ],
    milestones: [
      { id: 'checkout-live', date: '2027-04-30', theme: 'shop', activity: 'checkout', ...w.milestones['checkout-live'] },
      { id: 'season-start', date: '2027-10-15', theme: 'traffic', activity: 'season-campaign', ...w.milestones['season-start'] },
    ],
  };
}
