import { bookshopPlan, type Activity } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import {
  cleanJourney,
  funnelBoard,
  journeyFromFunnel,
  moveStage,
  stageNameProblem,
  strategyFocus,
  toggleTouchpoint,
} from './strategy.model';

describe('funnelBoard', () => {
  const kpis = [
    { id: 'visits', funnel_stage: 'reach' as const },
    { id: 'orders', funnel_stage: 'convert' as const },
    { id: 'nps' },
  ];

  it('puts channels at their stages, KPIs at theirs, and activities at their own stage or their KPIs’', () => {
    const activities: Pick<Activity, 'funnel_stage' | 'kpis' | 'status'>[] = [
      { funnel_stage: 'engage' },
      { kpis: ['visits', 'orders'] },
      { funnel_stage: 'retain', kpis: ['orders'] },
      { kpis: ['nps'] },
    ];
    const board = funnelBoard([{ funnel: ['reach', 'convert'] }, { funnel: ['retain'] }], kpis, activities);
    expect(board.reach.channels).toHaveLength(1);
    expect(board.engage.channels).toHaveLength(0);
    expect(board.retain.channels).toHaveLength(1);
    expect(board.reach.kpis.map((k) => k.id)).toEqual(['visits']);
    expect(board.engage.activities).toEqual([activities[0]]);
    expect(board.reach.activities).toEqual([activities[1]]);
    expect(board.convert.activities).toEqual([activities[1], activities[2]]);
    expect(board.retain.activities).toEqual([activities[2]]);
  });

  it('leaves out dropped activities', () => {
    const board = funnelBoard([], kpis, [{ funnel_stage: 'engage', status: 'dropped' }]);
    expect(board.engage.activities).toEqual([]);
  });

  it('covers every stage of the demo plan', () => {
    const plan = bookshopPlan({ today: '2026-11-25' });
    const board = funnelBoard(plan.situation?.channels ?? [], plan.kpis ?? [], plan.activities ?? []);
    for (const column of Object.values(board)) {
      expect(column.channels.length + column.kpis.length + column.activities.length).toBeGreaterThan(0);
    }
  });
});

describe('the journey', () => {
  it('starts from the funnel with the present channels of each stage', () => {
    const journey = journeyFromFunnel([
      { id: 'web', funnel: ['reach', 'convert'] },
      { id: 'tiktok', present: false, funnel: ['reach'] },
      { id: 'mail', present: true, funnel: ['retain'] },
    ]);
    expect(journey).toEqual([
      { stage: 'reach', touchpoints: ['web'] },
      { stage: 'engage', touchpoints: [] },
      { stage: 'convert', touchpoints: ['web'] },
      { stage: 'retain', touchpoints: ['mail'] },
    ]);
  });

  it('picks and unpicks touchpoints, moves stages, and stores no empty lists', () => {
    let journey = [{ stage: ' Discover ' }, { stage: 'Buy', touchpoints: ['web'] }];
    journey = toggleTouchpoint(journey, 0, 'insta', true);
    journey = toggleTouchpoint(journey, 1, 'web', false);
    expect(journey[0]!.touchpoints).toEqual(['insta']);
    journey = moveStage(journey, 1, -1);
    expect(journey.map((s) => s.stage)).toEqual(['Buy', ' Discover ']);
    expect(moveStage(journey, 0, -1)).toEqual(journey);
    expect(cleanJourney(journey)).toEqual([{ stage: 'Buy' }, { stage: 'Discover', touchpoints: ['insta'] }]);
  });

  it('refuses an empty stage name and one used twice', () => {
    const journey = [{ stage: 'Buy' }, { stage: ' buy' }, { stage: '  ' }, { stage: 'Use' }];
    expect(stageNameProblem(journey, 0)).toBe('duplicate');
    expect(stageNameProblem(journey, 2)).toBe('empty');
    expect(stageNameProblem(journey, 3)).toBeUndefined();
  });
});

describe('strategyFocus', () => {
  it('points a fix link at a funnel stage, the journey, or the choices', () => {
    expect(strategyFocus('strategy.funnel.convert')).toEqual({ kind: 'stage', stage: 'convert' });
    expect(strategyFocus('strategy.journey[1].touchpoints')).toEqual({ kind: 'journey' });
    expect(strategyFocus('strategy')).toEqual({ kind: 'choices' });
    expect(strategyFocus('strategy.traffic')).toEqual({ kind: 'choices' });
  });

  it('ignores paths elsewhere and stages that do not exist', () => {
    expect(strategyFocus('situation.channels[0]')).toBeNull();
    expect(strategyFocus('strategyx')).toBeNull();
    expect(strategyFocus('strategy.funnel.loyalty')).toEqual({ kind: 'choices' });
    expect(strategyFocus(null)).toBeNull();
  });
});
