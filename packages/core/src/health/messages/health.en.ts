import type { HealthMessages } from '../health.messages.js';

export const en: HealthMessages = {
  terms: {
    horizon: {
      quarter: 'the short term (a quarter)',
      year: 'the medium term (a year)',
      long: 'the long term (2–5 years)',
    },
    stage: { reach: 'reach', engage: 'engage', convert: 'convert', retain: 'retain' },
    frequency: {
      live: 'live',
      daily: 'daily',
      weekly: 'weekly',
      monthly: 'monthly',
      quarterly: 'quarterly',
      semiannual: 'twice a year',
    },
    experiment: { learning: 'learning', next: 'next step' },
    outcome: { missed: 'the goal was not reached', unjudged: 'neither a result nor a review shows that it was reached' },
    target: { value: 'target value', both: 'target value or target date' },
    draft: { audience: 'The audience', competitor: 'The competitor', channel: 'The channel', goal: 'The goal', kpi: 'The KPI', theme: 'The theme', activity: 'The activity', milestone: 'The milestone' },
  },
  rules: {
    'situation-no-audiences': {
      title: 'No audiences mapped',
      message: 'The current situation names no audience.',
      hint: 'Describe who buys from you today, who does not, and who you want as customers. Every goal and channel choice starts from them.',
    },
    'situation-no-competitors': {
      title: 'No competitors mapped',
      message: 'The current situation names no competitor.',
      hint: 'List your main competitors, what they do better than you, and how you differ from them.',
    },
    'situation-no-usp': {
      title: 'No unique selling proposition',
      message: 'The plan does not state your unique selling proposition (USP).',
      hint: 'Write in one sentence why customers should choose you rather than a competitor. Positioning and content build on it.',
    },
    'situation-no-channels': {
      title: 'No channels mapped',
      message: 'The current situation lists no digital channels.',
      hint: 'Map your digital ecosystem: website, social media, email, search, CRM and so on, including channels where your audience is but you are not.',
    },
    'situation-no-website': {
      title: 'Website not mapped',
      message: 'None of the mapped channels is your website.',
      hint: 'Add the website as a channel: who visits it, which channels bring traffic, and where conversions come from.',
    },
    'situation-no-social': {
      title: 'Social media not mapped',
      message: 'None of the mapped channels is a social media channel.',
      hint: 'Add the social channels you use, and those where your audience is active but you are not (mark them "not present").',
    },
    'situation-no-search': {
      title: 'Search not mapped',
      message: 'None of the mapped channels is search.',
      hint: 'Add search as a channel: how visible you are on Google and what your customers search for.',
    },
    'situation-no-campaigns': {
      title: 'No past campaigns',
      message: 'The current situation records no past campaigns.',
      hint: 'Add the campaigns you have run and what you learnt from them, so the new plan builds on what worked.',
    },
    'channel-no-goal': {
      title: 'Channel without a goal',
      message: 'The channel “{channel}” has no goal.',
      hint: 'Write what this channel should achieve for the business, and its key challenge. If it has no job, consider leaving it.',
    },
    'channel-no-funnel': {
      title: 'Channel without a funnel stage',
      message: 'The channel “{channel}” is not placed in the funnel.',
      hint: 'Choose the stages it serves: reach, engage, convert or retain. That shows which stages the plan covers.',
    },
    'channel-silo': {
      title: 'Channel in a silo',
      message: 'The channel “{channel}” only serves the “{stage}” stage.',
      hint: 'Say how it hands customers on to the next stage, for example from a post to a newsletter sign-up, so the channels work as one journey and not as silos.',
    },
    'template-drafts': {
      title: 'Draft from a template',
      message: '{item} “{name}” is still a draft from the template (drafts in the plan: {count}).',
      hint: 'Read it, adapt it to your business and confirm it, or delete it: a template is a starting point, not your plan.',
    },
    'goals-missing': {
      title: 'No goals',
      message: 'The plan has no goals.',
      hint: 'Start with the business objective and set SMART goals for the short, medium and long term.',
    },
    'goal-no-kpi': {
      title: 'Goal without a KPI',
      message: 'The goal “{goal}” has no KPI to measure it.',
      hint: 'Choose the KPI that shows whether the goal is reached, for example sales, new customers or enquiries. A goal you cannot measure is not SMART.',
    },
    'goal-no-baseline': {
      title: 'Goal without a baseline',
      message: 'The goal “{goal}” has no baseline.',
      hint: 'Enter today’s value and its date, so progress can be measured from where you start.',
    },
    'goal-no-target': {
      title: 'Goal without a target value',
      message: 'The goal “{goal}” has no {missing}.',
      hint: 'Set the number to reach and the date to reach it by, such as a number of sales, bookings or enquiries, or a conversion rate of 3 %. Without them the goal is not SMART.',
    },
    'goal-no-target-date': {
      title: 'Goal without a target date',
      message: 'The goal “{goal}” has no target date.',
      hint: 'Set the date by which the target should be reached. A goal without a deadline is not time-bound.',
    },
    'goal-target-outside-period': {
      title: 'Target date outside the horizon',
      message: 'The target date of “{goal}” ({date}) lies outside {from} – {to}, the window for a goal for {horizon}.',
      hint: 'Goals for the short and medium term should be reached within the plan period, long-term goals within five years. Move the date or change the horizon.',
    },
    'goal-target-passed': {
      title: 'Target date has passed',
      message: 'The target date of “{goal}” ({date}) has passed, and {outcome}.',
      hint: 'Record the outcome in a review, marked achieved or not, and set a new target date or a follow-up goal.',
    },
    'goal-vague': {
      title: 'Vague goal',
      message: 'The goal “{goal}” says “{word}” but not how much.',
      hint: 'Put the number and the date in the title: how much, from what to what, and by when. Then everyone works towards the same goal.',
    },
    'goal-no-business-link': {
      title: 'Goal not tied to a business result',
      message: 'The goal “{goal}” is not tied to a business result.',
      hint: 'Say which business result it supports: revenue, market share, cost or customers. If it supports none, it may not belong in the plan.',
    },
    'goal-no-owner': {
      title: 'Goal without an owner',
      message: 'The goal “{goal}” has no owner.',
      hint: 'Name the person who answers for reaching it and reports on it at the quarterly review.',
    },
    'goals-horizon-missing': {
      title: 'No goals for a horizon',
      message: 'No goal is set for {horizon}.',
      hint: 'Set goals for the short, medium and long term, so this quarter’s work adds up to the long-term ambition.',
    },
    'goals-too-few': {
      title: 'Only one goal for a horizon',
      message: 'Only one goal is set for {horizon}.',
      hint: 'Consider breaking it into two or three goals, for example by funnel stage or department. With too few goals the strategy gets vague.',
    },
    'goals-too-many': {
      title: 'Too many goals for a horizon',
      message: '{count} goals are set for {horizon}; more than {max} blurs the focus.',
      hint: 'Keep the goals that matter most for the business result, and turn the others into sub-goals or KPIs.',
    },
    'goal-subgoal-after-parent': {
      title: 'Sub-goal ends after its goal',
      message: 'The sub-goal “{goal}” has its target date {date}, after that of its parent goal “{parent}” ({parentDate}).',
      hint: 'A sub-goal is a step towards its parent goal, so it should be reached first. Bring its date forward or attach it to another goal.',
    },
    'goal-long-no-subgoal': {
      title: 'Long-term goal without sub-goals',
      message: 'The long-term goal “{goal}” has no shorter-term sub-goal.',
      hint: 'Break it into year and quarter goals, so it is clear what must happen this year and this quarter.',
    },
    'kpis-missing': {
      title: 'No KPIs',
      message: 'The plan has no KPIs.',
      hint: 'Define the KPIs that measure your goals. Start with the long-term goals, then the short-term ones.',
    },
    'kpi-no-owner': {
      title: 'KPI without an owner',
      message: 'The KPI “{kpi}” has no owner.',
      hint: 'Name the person who answers for following it up and for reaching its targets.',
    },
    'kpi-no-frequency': {
      title: 'KPI without a frequency',
      message: 'The KPI “{kpi}” has no measurement frequency.',
      hint: 'Choose how often it is measured, to match the pace of the business: live, daily, weekly, monthly, quarterly or twice a year.',
    },
    'kpi-no-definition': {
      title: 'KPI without a definition',
      message: 'The KPI “{kpi}” has no definition.',
      hint: 'Write exactly what is counted and what is left out, so everyone reads the number the same way.',
    },
    'kpi-no-unit': {
      title: 'KPI without a unit',
      message: 'The KPI “{kpi}” has no unit.',
      hint: 'Choose the unit: count, percent, currency, duration or ratio.',
    },
    'kpi-vanity': {
      title: 'Vanity metric',
      message: 'The KPI “{kpi}” is a vanity metric and leads to no conversion goal.',
      hint: 'Tie it to a goal that converts, as a sub-goal of a sales or lead goal, or measure what the audience does next, such as visits to your website, sign-ups or enquiries.',
    },
    'kpi-unused': {
      title: 'KPI measures no goal',
      message: 'The KPI “{kpi}” measures no goal.',
      hint: 'Link it to the goal it measures, or to an activity that serves a goal. If it measures nothing you steer by, remove it.',
    },
    'kpi-no-measurements': {
      title: 'KPI never measured',
      message: 'The KPI “{kpi}” has no measurements since the plan started on {start}.',
      hint: 'Enter the results so far, starting with the baseline. Without numbers the plan cannot be followed up.',
    },
    'kpi-measurement-overdue': {
      title: 'Measurement overdue',
      message: 'The KPI “{kpi}” is measured {frequency}, but the latest value is from {date}, {days} days ago.',
      hint: 'Enter the missing results, or change the frequency if it does not match how often you actually follow up.',
    },
    'strategy-missing': {
      title: 'No strategy',
      message: 'The plan has no strategy.',
      hint: 'Describe in broad strokes how you will reach the goals: the funnel from reach to loyal customers, positioning, paid or organic traffic, content, and who does the work.',
    },
    'funnel-stage-uncovered': {
      title: 'Funnel stage not addressed',
      message: 'Nothing in the plan addresses the “{stage}” stage of the funnel.',
      hint: 'Add a channel, a KPI or an activity for this stage, or state in the strategy why you leave it out.',
    },
    'funnel-stage-unmeasured': {
      title: 'Funnel stage not measured',
      message: 'The “{stage}” stage has channels or activities, but no KPI.',
      hint: 'Add a KPI for this stage so you can see whether the work on it pays off.',
    },
    'strategy-no-journey': {
      title: 'No customer journey',
      message: 'The strategy has no customer journey.',
      hint: 'Describe the stages a customer goes through, from discovering you to buying again, and the digital touchpoints at each stage.',
    },
    'activities-missing': {
      title: 'No activities',
      message: 'The plan has no activities.',
      hint: 'List the campaigns, projects and tasks that will deliver the strategy, each tied to a goal.',
    },
    'activity-no-goal': {
      title: 'Activity serves no goal',
      message: 'The activity “{activity}” serves no goal.',
      hint: 'Link it to the goal it moves. If it serves none, drop it, or mark it as maintenance if it keeps things running.',
    },
    'activity-no-owner': {
      title: 'Activity without an owner',
      message: 'The activity “{activity}” has no owner.',
      hint: 'Name the person responsible and, if it helps, the team that does the work.',
    },
    'activity-no-estimate': {
      title: 'Activity without an estimate',
      message: 'The activity “{activity}” has no estimate in hours.',
      hint: 'Give a rough estimate. It is needed to see whether the work fits the theme budgets and the next 90 days.',
    },
    'activity-no-value-effort': {
      title: 'Activity not scored',
      message: 'The activity “{activity}” lacks a value or an effort score.',
      hint: 'Score its value and effort from 1 to 10, so the backlog can be ranked by cost and benefit.',
    },
    'activities-far-ahead': {
      title: 'Detailed plans too far ahead',
      message: 'Nothing is planned between {from} and {until}, yet activities are dated from {first} onwards.',
      hint: 'Plan the next 90 days in detail and keep later work at theme level; detailed plans rarely hold beyond 90 days.',
    },
    'activity-dependency-order': {
      title: 'Activity starts before its dependency ends',
      message: 'The activity “{activity}” starts on {start}, but depends on “{dependency}”, which ends on {end}.',
      hint: 'Move the start after the dependency ends, or remove the dependency if the work can overlap.',
    },
    'themes-missing': {
      title: 'No themes',
      message: 'The plan has no themes.',
      hint: 'Group the activities into themes such as “Website performance” or “Customer experience”, each with a budget in hours. The roadmap is built on them.',
    },
    'theme-no-budget': {
      title: 'Theme without a budget',
      message: 'The theme “{theme}” has no budget in hours.',
      hint: 'Set a high-level budget in hours; it shows the total investment and when the work outgrows it.',
    },
    'maintenance-reserve-missing': {
      title: 'No maintenance reserve',
      message: 'Maintenance has {share} of the budgeted hours ({hours} of {total} h); keep at least {required}.',
      hint: 'Add a maintenance theme, or enlarge it, for upgrades, bug fixes and security updates, so they do not starve the roadmap.',
    },
    'theme-over-budget': {
      title: 'Theme over budget',
      message: 'The theme “{theme}” has {planned} h of activities planned against a budget of {budget} h.',
      hint: 'Raise the budget, move activities to a later period or another theme, or drop the ones with the least value.',
    },
    'activity-no-theme': {
      title: 'Activity without a theme',
      message: 'The activity “{activity}” belongs to no theme.',
      hint: 'Put it in a theme, so its hours count against a budget and it appears on the roadmap.',
    },
    'roadmap-empty': {
      title: 'Empty roadmap',
      message: 'The roadmap is empty: no milestones and no dated activities.',
      hint: 'Give the near-term activities dates and add the important milestones, so stakeholders can see where you are going and when.',
    },
    'roadmap-no-milestones': {
      title: 'No milestones',
      message: 'The roadmap has no milestones.',
      hint: 'Add the milestones that matter to stakeholders, such as a launch or a campaign start, so progress can be seen on the timeline.',
    },
    'activity-undated': {
      title: 'Planned activity without dates',
      message: 'The planned activity “{activity}” has no start or end date.',
      hint: 'Give it a start and an end so it shows on the roadmap, or set it back to an idea if it is not yet decided.',
    },
    'reviews-missing': {
      title: 'Never reviewed',
      message: 'The plan has not been reviewed since it started on {start} ({days} days ago).',
      hint: 'Hold the first quarterly review: go through every goal against its target, decide what to change, and record what you learnt.',
    },
    'review-overdue': {
      title: 'Quarterly review overdue',
      message: 'The plan has not been reviewed since {since} ({days} days ago).',
      hint: 'Hold a review: go through every goal against its target, decide what to change, and record the experiments and what you learnt.',
    },
    'review-quarter-repeated': {
      title: 'Several reviews of one quarter',
      message: 'Q{q} {year} has {count} reviews, dated {dates}. A plan keeps one review per quarter.',
      hint: 'Keep one: copy what is worth keeping from the other into it, then delete the other, or move it to the quarter it looks back on.',
    },
    'experiment-incomplete': {
      title: 'Experiment without a learning',
      message: 'The experiment “{hypothesis}” has no {missing}.',
      hint: 'Write what you learnt and what you will do next, whether it worked or not. Experiment, fail, learn, repeat.',
    },
  },
};
