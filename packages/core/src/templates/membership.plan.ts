import type { PlanDocument } from '../plan/plan.schema.js';
import type { MembershipWords } from './membership.en.js';
import { BASELINE_DATE, REFERENCE_PERIOD, TARGET } from './templates.reference.js';

/** The starting plan for a membership organisation or non-profit, in the reference period. */
export function membershipPlan(w: MembershipWords, name: string): PlanDocument {
  return {
    kurs: 1,
    plan: { name, period: REFERENCE_PERIOD, business_objective: w.objective },
    situation: {
      audiences: [
        { id: 'members', kind: 'current', ...w.audiences.members },
        { id: 'lapsed', kind: 'non_buyer', ...w.audiences.lapsed },
        { id: 'new-members', kind: 'desired', ...w.audiences['new-members'] },
      ],
      competitors: [
        { id: 'other-organisations', ...w.competitors['other-organisations'] },
        { id: 'informal', ...w.competitors.informal },
      ],
      channels: [
        { id: 'website', type: 'website', present: true, funnel: ['reach', 'engage', 'convert'], ...w.channels.website },
        { id: 'search', type: 'search', present: true, funnel: ['reach', 'engage'], ...w.channels.search },
        { id: 'social', type: 'social', present: true, funnel: ['reach', 'engage'], ...w.channels.social },
        { id: 'newsletter', type: 'email', present: true, funnel: ['engage', 'retain'], ...w.channels.newsletter },
        { id: 'register', type: 'crm', present: true, funnel: ['convert', 'retain'], ...w.channels.register },
      ],
      findings: w.findings,
    },
    goals: [
      { id: 'strong-voice', horizon: 'long', business_link: 'market_share', kpi: 'members', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['strong-voice'] },
      { id: 'members-stay', horizon: 'long', business_link: 'customer', kpi: 'renewal-rate', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['members-stay'] },
      { id: 'recruit', horizon: 'year', parent: 'strong-voice', business_link: 'revenue', kpi: 'new-members', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals.recruit },
      { id: 'renew', horizon: 'year', parent: 'members-stay', business_link: 'customer', kpi: 'renewal-rate', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals.renew },
      { id: 'visitors', horizon: 'quarter', parent: 'recruit', business_link: 'market_share', kpi: 'website-visits', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q1 }, ...w.goals.visitors },
      { id: 'readers', horizon: 'quarter', parent: 'renew', business_link: 'customer', kpi: 'newsletter-opens', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q2 }, ...w.goals.readers },
    ],
    kpis: [
      { id: 'members', unit: 'count', direction: 'up', aggregation: 'last', frequency: 'monthly', funnel_stage: 'retain', source: 'manual', ...w.kpis.members },
      { id: 'new-members', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'convert', conversion: true, source: 'manual', ...w.kpis['new-members'] },
      { id: 'renewal-rate', unit: 'percent', direction: 'up', aggregation: 'last', frequency: 'quarterly', funnel_stage: 'retain', source: 'manual', ...w.kpis['renewal-rate'] },
      { id: 'website-visits', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'reach', source: 'ga4', ...w.kpis['website-visits'] },
      { id: 'newsletter-opens', unit: 'percent', direction: 'up', aggregation: 'average', frequency: 'monthly', funnel_stage: 'engage', source: 'manual', ...w.kpis['newsletter-opens'] },
    ],
    strategy: {
      funnel: w.funnel,
      positioning: w.positioning,
      content: w.content,
      journey: [
        { stage: 'reach', touchpoints: ['search', 'social'] },
        { stage: 'engage', touchpoints: ['website', 'social', 'newsletter'] },
        { stage: 'convert', touchpoints: ['website', 'register'] },
        { stage: 'retain', touchpoints: ['newsletter', 'register'] },
      ],
    },
    themes: [
      { id: 'recruitment', budget_hours: 300, color: '#2f6fdf', ...w.themes.recruitment },
      { id: 'membership', budget_hours: 300, color: '#2e9e6b', ...w.themes.membership },
      { id: 'visibility', budget_hours: 200, color: '#d9822b', ...w.themes.visibility },
      { id: 'upkeep', budget_hours: 100, color: '#7a7f87', maintenance: true, ...w.themes.upkeep },
    ],
    activities: [
      { id: 'join-page', type: 'project', theme: 'recruitment', goals: ['recruit'], kpis: ['new-members'], funnel_stage: 'convert', start: '2027-01-11', end: '2027-03-31', estimate_hours: 100, value: 9, effort: 5, status: 'planned', ...w.activities['join-page'] },
      { id: 'welcome', type: 'task', theme: 'membership', goals: ['renew'], kpis: ['renewal-rate'], funnel_stage: 'retain', start: '2027-02-01', end: '2027-02-26', estimate_hours: 24, value: 7, effort: 2, status: 'planned', ...w.activities.welcome },
      { id: 'newsletter', type: 'task', theme: 'membership', goals: ['readers'], kpis: ['newsletter-opens'], funnel_stage: 'engage', start: '2027-01-01', end: '2027-12-31', estimate_hours: 100, value: 6, effort: 3, status: 'planned', ...w.activities.newsletter },
      { id: 'member-stories', type: 'task', theme: 'visibility', goals: ['visitors'], kpis: ['website-visits'], funnel_stage: 'reach', start: '2027-03-01', end: '2027-12-31', estimate_hours: 80, value: 6, effort: 3, status: 'idea', ...w.activities['member-stories'] },
      { id: 'bring-a-friend', type: 'campaign', theme: 'recruitment', goals: ['recruit'], kpis: ['new-members'], funnel_stage: 'convert', start: '2027-04-12', end: '2027-05-31', estimate_hours: 60, value: 7, effort: 4, status: 'idea', depends_on: ['join-page'], ...w.activities['bring-a-friend'] },
      { id: 'cause-pages', type: 'project', theme: 'visibility', goals: ['visitors'], kpis: ['website-visits'], funnel_stage: 'reach', start: '2027-05-03', end: '2027-07-30', estimate_hours: 60, value: 6, effort: 4, status: 'idea', ...w.activities['cause-pages'] },
      { id: 'renewal-reminders', type: 'task', theme: 'membership', goals: ['renew'], kpis: ['renewal-rate'], funnel_stage: 'retain', start: '2027-09-01', end: '2027-10-29', estimate_hours: 30, value: 8, effort: 2, status: 'idea', ...w.activities['renewal-reminders'] },
      { id: 'upkeep', type: 'maintenance', theme: 'upkeep', start: '2027-01-01', end: '2027-12-31', estimate_hours: 100, value: 5, effort: 3, status: 'planned', ...w.activities.upkeep },
    ],
    milestones: [
      { id: 'join-live', date: '2027-03-31', theme: 'recruitment', activity: 'join-page', ...w.milestones['join-live'] },
      { id: 'renewal-season', date: '2027-09-01', theme: 'membership', activity: 'renewal-reminders', ...w.milestones['renewal-season'] },
    ],
  };
}
