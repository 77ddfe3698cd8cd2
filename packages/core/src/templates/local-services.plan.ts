import type { PlanDocument } from '../plan/plan.schema.js';
import type { LocalServicesWords } from './local-services.en.js';
import { BASELINE_DATE, REFERENCE_PERIOD, TARGET } from './templates.reference.js';

/** The starting plan for local services with several locations, in the reference period. */
export function localServicesPlan(w: LocalServicesWords, name: string): PlanDocument {
  return {
    kurs: 1,
    plan: { name, period: REFERENCE_PERIOD, business_objective: w.objective },
    situation: {
      audiences: [
        { id: 'regulars', kind: 'current', ...w.audiences.regulars },
        { id: 'neighbours', kind: 'non_buyer', ...w.audiences.neighbours },
        { id: 'new-groups', kind: 'desired', ...w.audiences['new-groups'] },
      ],
      competitors: [
        { id: 'independents', ...w.competitors.independents },
        { id: 'chains', ...w.competitors.chains },
      ],
      channels: [
        { id: 'website', type: 'website', present: true, funnel: ['reach', 'engage', 'convert'], ...w.channels.website },
        { id: 'maps', type: 'search', present: true, funnel: ['reach', 'engage'], ...w.channels.maps },
        { id: 'ads', type: 'paid', present: false, funnel: ['reach', 'convert'], ...w.channels.ads },
        { id: 'social', type: 'social', present: true, funnel: ['reach', 'engage'], ...w.channels.social },
        { id: 'reminders', type: 'email', present: true, funnel: ['engage', 'retain'], ...w.channels.reminders },
      ],
      findings: w.findings,
    },
    goals: [
      { id: 'first-choice', horizon: 'long', business_link: 'market_share', kpi: 'online-share', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['first-choice'] },
      { id: 'regular-customers', horizon: 'long', business_link: 'customer', kpi: 'returning', baseline: { date: BASELINE_DATE }, target: { date: TARGET.long }, ...w.goals['regular-customers'] },
      { id: 'bookings', horizon: 'year', parent: 'first-choice', business_link: 'revenue', kpi: 'online-bookings', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals.bookings },
      { id: 'come-back', horizon: 'year', parent: 'regular-customers', business_link: 'customer', kpi: 'returning', baseline: { date: BASELINE_DATE }, target: { date: TARGET.year }, ...w.goals['come-back'] },
      { id: 'local-visibility', horizon: 'quarter', parent: 'bookings', business_link: 'market_share', kpi: 'profile-actions', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q1 }, ...w.goals['local-visibility'] },
      { id: 'reviews', horizon: 'quarter', parent: 'bookings', business_link: 'customer', kpi: 'new-reviews', baseline: { date: BASELINE_DATE }, target: { date: TARGET.q2 }, ...w.goals.reviews },
    ],
    kpis: [
      { id: 'online-share', unit: 'percent', direction: 'up', aggregation: 'last', frequency: 'quarterly', funnel_stage: 'convert', source: 'manual', ...w.kpis['online-share'] },
      { id: 'online-bookings', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'weekly', funnel_stage: 'convert', conversion: true, source: 'manual', ...w.kpis['online-bookings'] },
      { id: 'profile-actions', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'reach', source: 'manual', ...w.kpis['profile-actions'] },
      { id: 'new-reviews', unit: 'count', direction: 'up', aggregation: 'sum', frequency: 'monthly', funnel_stage: 'engage', source: 'manual', ...w.kpis['new-reviews'] },
      { id: 'returning', unit: 'percent', direction: 'up', aggregation: 'last', frequency: 'quarterly', funnel_stage: 'retain', source: 'manual', ...w.kpis.returning },
    ],
    strategy: {
      funnel: w.funnel,
      positioning: w.positioning,
      content: w.content,
      journey: [
        { stage: 'reach', touchpoints: ['maps', 'ads', 'social'] },
        { stage: 'engage', touchpoints: ['website', 'maps', 'social'] },
        { stage: 'convert', touchpoints: ['website'] },
        { stage: 'retain', touchpoints: ['reminders'] },
      ],
    },
    themes: [
      { id: 'local', budget_hours: 300, color: '#2f6fdf', ...w.themes.local },
      { id: 'booking', budget_hours: 300, color: '#d9822b', ...w.themes.booking },
      { id: 'relationship', budget_hours: 200, color: '#2e9e6b', ...w.themes.relationship },
      { id: 'upkeep', budget_hours: 100, color: '#7a7f87', maintenance: true, ...w.themes.upkeep },
    ],
    activities: [
      { id: 'profiles', type: 'task', theme: 'local', goals: ['local-visibility'], kpis: ['profile-actions'], funnel_stage: 'reach', start: '2027-01-11', end: '2027-02-12', estimate_hours: 40, value: 8, effort: 2, status: 'planned', ...w.activities.profiles },
      { id: 'review-requests', type: 'task', theme: 'local', goals: ['reviews'], kpis: ['new-reviews'], funnel_stage: 'engage', start: '2027-02-15', end: '2027-03-15', estimate_hours: 20, value: 7, effort: 2, status: 'planned', ...w.activities['review-requests'] },
      { id: 'location-pages', type: 'project', theme: 'local', goals: ['local-visibility', 'bookings'], kpis: ['profile-actions', 'online-bookings'], funnel_stage: 'reach', start: '2027-02-01', end: '2027-04-30', estimate_hours: 120, value: 8, effort: 5, status: 'planned', ...w.activities['location-pages'] },
      { id: 'online-booking', type: 'project', theme: 'booking', goals: ['bookings'], kpis: ['online-bookings'], funnel_stage: 'convert', start: '2027-03-01', end: '2027-06-30', estimate_hours: 200, value: 9, effort: 7, status: 'planned', ...w.activities['online-booking'] },
      { id: 'local-posts', type: 'task', theme: 'relationship', goals: ['come-back'], kpis: ['returning'], funnel_stage: 'engage', start: '2027-04-01', end: '2027-12-31', estimate_hours: 60, value: 5, effort: 3, status: 'idea', ...w.activities['local-posts'] },
      { id: 'reminders', type: 'project', theme: 'relationship', goals: ['come-back'], kpis: ['returning'], funnel_stage: 'retain', start: '2027-07-01', end: '2027-09-30', estimate_hours: 80, value: 7, effort: 4, status: 'idea', depends_on: ['online-booking'], ...w.activities.reminders },
      { id: 'local-ads', type: 'campaign', theme: 'local', goals: ['bookings'], kpis: ['online-bookings'], funnel_stage: 'reach', start: '2027-08-16', end: '2027-10-31', estimate_hours: 60, value: 6, effort: 3, status: 'idea', ...w.activities['local-ads'] },
      { id: 'upkeep', type: 'maintenance', theme: 'upkeep', start: '2027-01-01', end: '2027-12-31', estimate_hours: 100, value: 5, effort: 3, status: 'planned', ...w.activities.upkeep },
    ],
    milestones: [
      { id: 'pages-live', date: '2027-04-30', theme: 'local', activity: 'location-pages', ...w.milestones['pages-live'] },
      { id: 'booking-live', date: '2027-06-30', theme: 'booking', activity: 'online-booking', ...w.milestones['booking-live'] },
    ],
  };
}
