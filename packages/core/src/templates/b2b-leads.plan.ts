import type { PlanDocument } from '../plan/plan.schema.js';
import type { B2bLeadsWords } from './b2b-leads.en.js';
import { BASELINE_DATE, REFERENCE_PERIOD, TARGET } from './templates.reference.js';

/** The B2B lead generation starting plan in the reference period, worded in one language. */
export function b2bLeadsPlan(w: B2bLeadsWords, name: string): PlanDocument {
  return {
    kurs: 1,
    plan: { name, period: REFERENCE_PERIOD, business_objective: w.objective },
    situation: {
      audiences: [
        { id: 'customers', kind: 'current', ...w.audiences.customers },
        { id: 'lost-prospects', kind: 'non_buyer', ...w.audiences['lost-prospects'] },
        { id: 'target-accounts', kind: 'desired', ...w.audiences['target-accounts'] },
      ],
      competitors: [
        { id: 'established', ...w.competitors.established },
        { id: 'status-quo', ...w.competitors['status-quo'] },
      ],
      channels: [
        { id: 'website', type: 'website', present: true, funnel: ['reach', 'engage', 'convert'], ...w.channels.website },
        { id: 'linkedin', type: 'social', present: true, funnel: ['reach', 'engage'], ...w.channels.linkedin },
        { id: 'search', type: 'search', present: true, funnel: ['reach', 'engage'], ...w.channels.search },
        { id: 'email', type: 'email', present: true, funnel: ['engage', 'retain'], ...w.channels.email },
        { id: 'crm', type: 'crm', present: true, funnel: ['convert', 'retain'], ...w.channels.crm },
      ],
      findings: w.findings,
    },
    goals: [
      { id: 'digital-deals', horizon: 'long', business_link: 'revenue', kpi: 'digital-deal-share', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['digital-deals'] },
      { id: 'keep-customers', horizon: 'long', business_link: 'customer', kpi: 'retention', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['keep-customers'] },
      { id: 'qualified-leads', horizon: 'year', parent: 'digital-deals', business_link: 'revenue', kpi: 'sql', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals['qualified-leads'] },
      { id: 'retention', horizon: 'year', parent: 'keep-customers', business_link: 'customer', kpi: 'retention', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals.retention },
      { id: 'service-visits', horizon: 'quarter', parent: 'qualified-leads', business_link: 'revenue', kpi: 'service-visits', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q1 }, ...w.goals['service-visits'] },
      { id: 'website-leads', horizon: 'quarter', parent: 'qualified-leads', business_link: 'revenue', kpi: 'website-leads', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q2 }, ...w.goals['website-leads'] },
    ],
    kpis: [
      { id: 'digital-deal-share', unit: 'percent', direction: 'up', aggregation: 'last', frequency: 'quarterly', funnel_stage: 'convert', source: 'manual', ...w.kpis['digital-deal-share'] },
      { id: 'sql', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'convert', conversion: true, source: 'manual', ...w.kpis.sql },
      { id: 'website-leads', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'weekly', funnel_stage: 'convert', conversion: true, source: 'ga4', ...w.kpis['website-leads'] },
      { id: 'service-visits', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'weekly', funnel_stage: 'reach', source: 'ga4', ...w.kpis['service-visits'] },
      { id: 'downloads', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'engage', source: 'manual', ...w.kpis.downloads },
      { id: 'retention', unit: 'percent', direction: 'up', aggregation: 'last', frequency: 'quarterly', funnel_stage: 'retain', source: 'manual', ...w.kpis.retention },
    ],
    strategy: {
      funnel: w.funnel,
      positioning: w.positioning,
      content: w.content,
      journey: [
        { stage: 'reach', touchpoints: ['search', 'linkedin'] },
        { stage: 'engage', touchpoints: ['website', 'linkedin', 'email'] },
        { stage: 'convert', touchpoints: ['website', 'crm'] },
        { stage: 'retain', touchpoints: ['email', 'crm'] },
      ],
    },
    themes: [
      { id: 'content', budget_hours: 300, color: '#2f6fdf', ...w.themes.content },
      { id: 'capture', budget_hours: 250, color: '#d9822b', ...w.themes.capture },
      { id: 'nurture', budget_hours: 250, color: '#2e9e6b', ...w.themes.nurture },
      { id: 'upkeep', budget_hours: 100, color: '#7a7f87', maintenance: true, ...w.themes.upkeep },
    ],
    activities: [
      { id: 'lead-definition', type: 'task', theme: 'nurture', goals: ['qualified-leads'], kpis: ['sql'], funnel_stage: 'convert', start: '2027-01-11', end: '2027-01-29', estimate_hours: 16, value: 9, effort: 1, status: 'planned', ...w.activities['lead-definition'] },
      { id: 'crm-forms', type: 'project', theme: 'capture', goals: ['website-leads'], kpis: ['website-leads'], funnel_stage: 'convert', start: '2027-02-01', end: '2027-03-15', estimate_hours: 60, value: 8, effort: 4, status: 'planned', depends_on: ['lead-definition'], ...w.activities['crm-forms'] },
      { id: 'service-pages', type: 'project', theme: 'content', goals: ['service-visits'], kpis: ['service-visits'], funnel_stage: 'reach', start: '2027-02-15', end: '2027-04-30', estimate_hours: 100, value: 7, effort: 5, status: 'planned', ...w.activities['service-pages'] },
      { id: 'linkedin-posts', type: 'task', theme: 'content', goals: ['service-visits'], kpis: ['service-visits'], funnel_stage: 'reach', start: '2027-03-01', end: '2027-12-31', estimate_hours: 100, value: 6, effort: 3, status: 'idea', ...w.activities['linkedin-posts'] },
      { id: 'guide', type: 'project', theme: 'content', goals: ['website-leads'], kpis: ['downloads'], funnel_stage: 'engage', start: '2027-04-01', end: '2027-05-31', estimate_hours: 80, value: 7, effort: 4, status: 'idea', ...w.activities.guide },
      { id: 'case-studies', type: 'project', theme: 'capture', goals: ['qualified-leads'], kpis: ['sql'], funnel_stage: 'convert', start: '2027-05-01', end: '2027-06-15', estimate_hours: 40, value: 7, effort: 3, status: 'idea', ...w.activities['case-studies'] },
      { id: 'nurture-flow', type: 'project', theme: 'nurture', goals: ['qualified-leads'], kpis: ['sql'], funnel_stage: 'engage', start: '2027-06-01', end: '2027-08-31', estimate_hours: 80, value: 7, effort: 5, status: 'idea', depends_on: ['crm-forms'], ...w.activities['nurture-flow'] },
      { id: 'customer-newsletter', type: 'task', theme: 'nurture', goals: ['retention'], kpis: ['retention'], funnel_stage: 'retain', start: '2027-03-01', end: '2027-12-31', estimate_hours: 40, value: 5, effort: 2, status: 'idea', ...w.activities['customer-newsletter'] },
      { id: 'webinar', type: 'campaign', theme: 'capture', goals: ['website-leads'], kpis: ['website-leads'], funnel_stage: 'engage', start: '2027-09-13', end: '2027-10-29', estimate_hours: 60, value: 6, effort: 4, status: 'idea', ...w.activities.webinar },
      { id: 'upkeep', type: 'maintenance', theme: 'upkeep', start: '2027-01-01', end: '2027-12-31', estimate_hours: 100, value: 5, effort: 3, status: 'planned', ...w.activities.upkeep },
    ],
    milestones: [
      { id: 'forms-live', date: '2027-03-15', theme: 'capture', activity: 'crm-forms', ...w.milestones['forms-live'] },
      { id: 'guide-launch', date: '2027-05-31', theme: 'content', activity: 'guide', ...w.milestones['guide-launch'] },
    ],
  };
}
