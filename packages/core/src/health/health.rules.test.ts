import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPlan, healthRules, planDocumentSchema, type Locale, type PlanDocument } from '../index.js';

const TODAY = '2027-05-10';
const healthyPlan = planDocumentSchema.parse(
  parse(readFileSync(new URL('./fixtures/healthy-plan.yaml', import.meta.url), 'utf8')),
);

/** The healthy plan, as a fresh copy to break one thing in. */
function healthy(): PlanDocument {
  return structuredClone(healthyPlan);
}

interface Setup {
  plan: PlanDocument;
  today?: string;
  maintenanceShare?: number;
}

function variant(change: (plan: PlanDocument) => void, options: Omit<Setup, 'plan'> = {}): Setup {
  const plan = healthy();
  change(plan);
  return { plan: planDocumentSchema.parse(plan), ...options };
}

const emptyPlan = (): Setup => ({ plan: { kurs: 1, plan: healthy().plan } });

interface Case {
  trigger: Setup;
  /** Where the finding points. */
  path: string;
  /** Plans that come close but must not trigger the rule; the healthy plan is always one. */
  passes?: Setup[];
  /** Text the message must show in every language, such as the name of the thing. */
  mentions?: string[];
}

/** Dates of every activity moved to start after the next 90 days. */
function allWorkLater(plan: PlanDocument): void {
  for (const activity of plan.activities ?? []) {
    activity.status = 'planned';
    activity.start = '2027-09-01';
    activity.end = '2027-10-31';
  }
  plan.activities![2].start = '2027-11-01';
  plan.activities![2].end = '2027-11-30';
}

const cases: Record<string, Case> = {
  'situation-no-audiences': { trigger: variant((p) => delete p.situation!.audiences), path: 'situation.audiences' },
  'situation-no-competitors': {
    trigger: variant((p) => (p.situation!.competitors = [])),
    path: 'situation.competitors',
  },
  'situation-no-usp': { trigger: variant((p) => (p.situation!.usp = '  ')), path: 'situation.usp' },
  'situation-no-channels': { trigger: variant((p) => (p.situation!.channels = [])), path: 'situation.channels' },
  'situation-no-website': {
    trigger: variant((p) => p.situation!.channels!.splice(0, 1)),
    path: 'situation.channels',
    passes: [variant((p) => (p.situation!.channels = []))],
  },
  'situation-no-social': {
    trigger: variant((p) => p.situation!.channels!.splice(1, 1)),
    path: 'situation.channels',
    passes: [variant((p) => (p.situation!.channels![1].present = false))],
  },
  'situation-no-search': { trigger: variant((p) => p.situation!.channels!.splice(2, 1)), path: 'situation.channels' },
  'situation-no-campaigns': { trigger: variant((p) => delete p.situation!.campaigns), path: 'situation.campaigns' },
  'channel-no-goal': {
    trigger: variant((p) => delete p.situation!.channels![1].goal),
    path: 'situation.channels[1].goal',
    mentions: ['Instagram'],
    passes: [
      variant((p) => {
        p.situation!.channels![1].present = false;
        delete p.situation!.channels![1].goal;
      }),
    ],
  },
  'channel-no-funnel': {
    trigger: variant((p) => (p.situation!.channels![1].funnel = [])),
    path: 'situation.channels[1].funnel',
    mentions: ['Instagram'],
  },
  'channel-silo': {
    trigger: variant((p) => (p.situation!.channels![3].funnel = ['retain'])),
    path: 'situation.channels[3].funnel',
    mentions: ['Email'],
  },
  'template-drafts': {
    trigger: variant((p) => (p.situation!.audiences![1].draft = true)),
    path: 'situation.audiences[1]',
    mentions: ['Gift buyers'],
    passes: [variant((p) => (p.situation!.audiences![1].draft = false))],
  },
  'goals-missing': { trigger: variant((p) => (p.goals = [])), path: 'goals' },
  'goal-no-kpi': {
    trigger: variant((p) => delete p.goals![2].kpi),
    path: 'goals[2].kpi',
    mentions: ['Sell 120 000 books online in 2027'],
  },
  'goal-no-baseline': {
    trigger: variant((p) => (p.goals![2].baseline = { date: '2026-12-31' })),
    path: 'goals[2].baseline.value',
    mentions: ['Sell 120 000 books online in 2027'],
  },
  'goal-no-target': {
    trigger: variant((p) => delete p.goals![2].target),
    path: 'goals[2].target',
    mentions: ['Sell 120 000 books online in 2027'],
  },
  'goal-no-target-date': {
    trigger: variant((p) => delete p.goals![2].target!.date),
    path: 'goals[2].target.date',
    mentions: ['Sell 120 000 books online in 2027'],
  },
  'goal-target-outside-period': {
    trigger: variant((p) => (p.goals![2].target!.date = '2028-03-31')),
    path: 'goals[2].target.date',
    mentions: ['Sell 120 000 books online in 2027', '2028'],
    // A long-term goal may end after the plan period, within five years of its start.
    passes: [variant((p) => (p.goals![0].target!.date = '2031-06-30'))],
  },
  'goal-target-passed': {
    trigger: variant((p) => (p.goals![4].target!.date = '2027-04-30')),
    path: 'goals[4].target.date',
    mentions: ['Reach 60 000 monthly webshop visits by June 2027'],
    passes: [
      // 47 000 visits in April of 60 000: missed, and a review records it.
      variant((p) => {
        p.goals![4].target!.date = '2027-04-30';
        p.reviews!.push({ date: '2027-05-05', goals: [{ goal: 'visits-june', status: 'missed' }] });
      }),
      // Reached by the target date.
      variant((p) => {
        p.goals![4].target = { value: 45_000, date: '2027-04-30' };
      }),
    ],
  },
  'goal-vague': {
    trigger: variant((p) => (p.goals![2].title = 'Sell more books online')),
    path: 'goals[2].title',
    mentions: ['Sell more books online', 'more'],
    passes: [variant((p) => (p.goals![2].title = 'Sell more books online: 120 000 in 2027'))],
  },
  'goal-no-business-link': {
    trigger: variant((p) => delete p.goals![0].business_link),
    path: 'goals[0].business_link',
    mentions: ['Reach 60 MNOK online revenue by 2030'],
  },
  'goal-no-owner': {
    trigger: variant((p) => (p.goals![1].owner = '')),
    path: 'goals[1].owner',
    mentions: ['Win 15 % of the Nordic online crime fiction market by 2031'],
  },
  'goals-horizon-missing': {
    trigger: variant((p) => p.goals!.splice(4, 2)),
    path: 'goals',
    passes: [variant((p) => (p.goals = []))],
  },
  'goals-too-few': { trigger: variant((p) => p.goals!.splice(5, 1)), path: 'goals' },
  'goals-too-many': {
    trigger: variant((p) => {
      for (let n = 1; n <= 7; n += 1) p.goals!.push({ ...p.goals![4], id: `extra-${n}`, title: `Extra goal ${n}` });
    }),
    path: 'goals',
    mentions: ['9'],
  },
  'goal-subgoal-after-parent': {
    trigger: variant((p) => (p.goals![2].target!.date = '2027-06-15')),
    path: 'goals[4].target.date',
    mentions: ['Reach 60 000 monthly webshop visits by June 2027', 'Sell 120 000 books online in 2027'],
  },
  'goal-long-no-subgoal': {
    trigger: variant((p) => delete p.goals![2].parent),
    path: 'goals[0]',
    mentions: ['Reach 60 MNOK online revenue by 2030'],
    // A long-term sub-goal in between still leads down to a year goal.
    passes: [
      variant((p) => {
        p.goals!.push({ id: 'revenue-2029', parent: 'revenue-2030', title: 'Reach 45 MNOK by 2029', horizon: 'long' });
        p.goals![2].parent = 'revenue-2029';
      }),
    ],
  },
  'kpis-missing': { trigger: variant((p) => (p.kpis = [])), path: 'kpis' },
  'kpi-no-owner': {
    trigger: variant((p) => delete p.kpis![1].owner),
    path: 'kpis[1].owner',
    mentions: ['Books sold online'],
  },
  'kpi-no-frequency': {
    trigger: variant((p) => delete p.kpis![1].frequency),
    path: 'kpis[1].frequency',
    mentions: ['Books sold online'],
  },
  'kpi-no-definition': {
    trigger: variant((p) => (p.kpis![1].definition = '')),
    path: 'kpis[1].definition',
    mentions: ['Books sold online'],
  },
  'kpi-no-unit': {
    trigger: variant((p) => delete p.kpis![1].unit),
    path: 'kpis[1].unit',
    mentions: ['Books sold online'],
  },
  'kpi-vanity': {
    trigger: variant((p) => {
      p.kpis!.push({ id: 'followers', name: 'Instagram followers', owner: 'Ola Hansen' });
      p.goals!.push({ id: 'fans', title: 'Reach 10 000 followers in 2027', horizon: 'year', kpi: 'followers', business_link: 'customer' });
    }),
    path: 'kpis[6]',
    mentions: ['Instagram followers'],
    // Followers as a sub-goal of selling books lead to a conversion.
    passes: [
      variant((p) => {
        p.kpis!.push({ id: 'followers', name: 'Instagram followers', owner: 'Ola Hansen' });
        p.goals!.push({ id: 'fans', parent: 'visits-june', title: 'Reach 10 000 followers in 2027', horizon: 'quarter', kpi: 'followers' });
      }),
    ],
  },
  'kpi-unused': {
    trigger: variant((p) => p.kpis!.push({ id: 'bounce', name: 'Bounce rate' })),
    path: 'kpis[6]',
    mentions: ['Bounce rate'],
    // The KPI of an activity that serves a goal is tied to that goal.
    passes: [
      variant((p) => {
        p.kpis!.push({ id: 'bounce', name: 'Bounce rate' });
        p.activities![0].kpis!.push('bounce');
      }),
    ],
  },
  'kpi-no-measurements': {
    trigger: variant((p) => (p.measurements = p.measurements!.filter((m) => m.kpi !== 'visits'))),
    path: 'kpis[2]',
    mentions: ['Webshop visits'],
    passes: [variant((p) => (p.measurements = []), { today: '2027-01-20' })],
  },
  'kpi-measurement-overdue': {
    trigger: variant((p) => (p.measurements!.find((m) => m.kpi === 'visits')!.date = '2027-02-28')),
    path: 'kpis[2]',
    mentions: ['Webshop visits', '71'],
    passes: [
      variant((p) => {
        p.measurements!.find((m) => m.kpi === 'visits')!.date = '2027-02-28';
        p.kpis![2].frequency = 'quarterly';
      }),
    ],
  },
  'strategy-missing': { trigger: variant((p) => delete p.strategy), path: 'strategy' },
  'funnel-stage-uncovered': {
    trigger: variant((p) => {
      p.situation!.channels![3].funnel = ['engage'];
      delete p.kpis![5].funnel_stage;
    }),
    path: 'strategy.funnel.retain',
    passes: [emptyPlan()],
  },
  'funnel-stage-unmeasured': {
    trigger: variant((p) => delete p.kpis![5].funnel_stage),
    path: 'strategy.funnel.retain',
  },
  'strategy-no-journey': {
    trigger: variant((p) => (p.strategy!.journey = [])),
    path: 'strategy.journey',
    passes: [variant((p) => delete p.strategy)],
  },
  'activities-missing': { trigger: variant((p) => (p.activities = [])), path: 'activities' },
  'activity-no-goal': {
    trigger: variant((p) => (p.activities![1].goals = [])),
    path: 'activities[1].goals',
    mentions: ['Summer reading newsletter'],
    // Work in a maintenance theme keeps things running and needs no goal.
    passes: [
      variant((p) => {
        p.activities![1].goals = [];
        p.activities![1].theme = 'upkeep';
      }),
    ],
  },
  'activity-no-owner': {
    trigger: variant((p) => delete p.activities![1].owner),
    path: 'activities[1].owner',
    mentions: ['Summer reading newsletter'],
    passes: [
      variant((p) => {
        delete p.activities![1].owner;
        p.activities![1].status = 'idea';
      }),
    ],
  },
  'activity-no-estimate': {
    trigger: variant((p) => delete p.activities![1].estimate_hours),
    path: 'activities[1].estimate_hours',
    mentions: ['Summer reading newsletter'],
  },
  'activity-no-value-effort': {
    trigger: variant((p) => delete p.activities![1].effort),
    path: 'activities[1].effort',
    mentions: ['Summer reading newsletter'],
  },
  'activities-far-ahead': {
    trigger: variant(allWorkLater),
    path: 'activities',
    mentions: ['2027'],
    passes: [
      variant((p) => {
        allWorkLater(p);
        p.activities![3].start = '2027-06-01';
        p.activities![3].end = '2027-06-15';
      }),
    ],
  },
  'activity-dependency-order': {
    trigger: variant((p) => (p.activities![2].start = '2027-06-15')),
    path: 'activities[2].depends_on[0]',
    mentions: ['Launch the loyalty club', 'Rebuild mobile checkout'],
  },
  'themes-missing': { trigger: variant((p) => (p.themes = [])), path: 'themes' },
  'theme-no-budget': {
    trigger: variant((p) => delete p.themes![1].budget_hours),
    path: 'themes[1].budget_hours',
    mentions: ['Customer experience'],
    // A budget given per quarter only is a budget.
    passes: [
      variant((p) => {
        delete p.themes![1].budget_hours;
        p.themes![1].quarters = [{ quarter: '2027-Q2', hours: 300 }, { quarter: '2027-Q3', hours: 300 }];
      }),
    ],
  },
  'maintenance-reserve-missing': {
    trigger: variant((p) => (p.themes![2].budget_hours = 50)),
    path: 'themes',
    mentions: ['50'],
    passes: [variant((p) => (p.themes![2].budget_hours = 50), { maintenanceShare: 0.04 })],
  },
  'theme-over-budget': {
    trigger: variant((p) => (p.themes![0].budget_hours = 200)),
    path: 'themes[0].budget_hours',
    mentions: ['Website performance', '240', '200'],
    passes: [
      variant((p) => {
        p.themes![0].budget_hours = 200;
        p.activities![0].status = 'dropped';
      }),
    ],
  },
  'activity-no-theme': {
    trigger: variant((p) => delete p.activities![1].theme),
    path: 'activities[1].theme',
    mentions: ['Summer reading newsletter'],
  },
  'roadmap-empty': {
    trigger: variant((p) => {
      p.milestones = [];
      for (const activity of p.activities!) {
        delete activity.start;
        delete activity.end;
      }
    }),
    path: 'milestones',
  },
  'roadmap-no-milestones': { trigger: variant((p) => (p.milestones = [])), path: 'milestones' },
  'activity-undated': {
    trigger: variant((p) => delete p.activities![1].end),
    path: 'activities[1].end',
    mentions: ['Summer reading newsletter'],
    passes: [
      variant((p) => {
        delete p.activities![1].end;
        p.activities![1].status = 'idea';
      }),
    ],
  },
  'reviews-missing': {
    trigger: variant((p) => (p.reviews = [])),
    path: 'reviews',
    passes: [variant((p) => (p.reviews = []), { today: '2027-04-10' })],
  },
  'review-overdue': {
    trigger: { ...variant(() => {}), today: '2027-08-01' },
    path: 'reviews',
    mentions: ['123'],
    passes: [variant((p) => (p.reviews = []), { today: '2027-08-01' })],
  },
  'review-quarter-repeated': {
    trigger: variant((p) => p.reviews!.push({ id: 'q1-again', date: '2027-03-20', period: '2027-Q1' })),
    path: 'reviews[1]',
    mentions: ['2027'],
    passes: [variant((p) => p.reviews!.push({ id: 'q2', date: '2027-04-20', period: '2027-Q2' }))],
  },
  'experiment-incomplete': {
    trigger: variant((p) => delete p.reviews![0].experiments![0].learning),
    path: 'reviews[0].experiments[0].learning',
    mentions: ['Gift guides on the front page lift conversion in March'],
    // Still running: no result yet and the end date ahead.
    passes: [
      variant((p) => {
        const experiment = p.reviews![0].experiments![0];
        delete experiment.learning;
        delete experiment.result;
        experiment.end = '2027-06-30';
      }),
    ],
  },
};

const NORDIC: Locale[] = ['nb', 'sv', 'da'];

function findingsOf(rule: string, setup: Setup, locale: Locale = 'en') {
  const { plan, today = TODAY, maintenanceShare } = setup;
  return checkPlan(plan, { today, locale, maintenanceShare }).findings.filter((f) => f.rule === rule);
}

describe('health rules', () => {
  it('has a case for every rule in the catalogue, and no case for a rule that does not exist', () => {
    expect(Object.keys(cases).sort()).toEqual(healthRules.map((rule) => rule.id).sort());
  });

  it('finds nothing in the healthy plan', () => {
    expect(checkPlan(healthy(), { today: TODAY }).findings).toEqual([]);
  });

  healthRules.forEach((rule, index) => {
    const nordic = NORDIC[index % NORDIC.length];
    describe(rule.id, () => {
      const { trigger, path, passes = [], mentions = [] } = cases[rule.id] ?? { trigger: emptyPlan(), path: '?' };

      it(`triggers at ${path}, in English and in ${nordic}`, () => {
        const english = findingsOf(rule.id, trigger, 'en');
        const translated = findingsOf(rule.id, trigger, nordic);
        expect(english.map((f) => f.path)).toContain(path);
        expect(translated.map((f) => f.path)).toEqual(english.map((f) => f.path));
        const en = english.find((f) => f.path === path)!;
        const other = translated.find((f) => f.path === path)!;
        expect(en).toMatchObject({ step: rule.step, severity: rule.severity });
        for (const finding of [en, other]) {
          expect(`${finding.message} ${finding.hint}`).not.toMatch(/[{}]/);
          for (const text of mentions) expect(finding.message).toContain(text);
        }
        expect(other.message).not.toBe(en.message);
        expect(other.hint).not.toBe(en.hint);
      });

      it('does not trigger on a plan that meets it', () => {
        for (const setup of [{ plan: healthy() }, ...passes]) expect(findingsOf(rule.id, setup)).toEqual([]);
      });
    });
  });
});
