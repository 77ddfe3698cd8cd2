import { describe, expect, it } from 'vitest';
import { draftsPath } from '../drafts/drafts.card';
import { stepPath } from '../steps/steps.list';
import { findingKeysAt, fixHref, fixTarget, focusFixed, isAt, stageOfPath } from './health.focus';

describe('fixTarget', () => {
  it('sends a funnel stage without a KPI to the KPI step, with the stage path', () => {
    expect(fixTarget({ rule: 'funnel-stage-unmeasured', step: 'strategy', path: 'strategy.funnel.retain' })).toEqual({
      step: 'kpis',
      path: 'strategy.funnel.retain',
    });
  });
  it("keeps any other finding on its own step", () => {
    expect(fixTarget({ rule: 'funnel-stage-uncovered', step: 'strategy', path: 'strategy.funnel.reach' })).toEqual({
      step: 'strategy',
      path: 'strategy.funnel.reach',
    });
    expect(fixTarget({ rule: 'goal-no-owner', step: 'goals', path: 'goals[2].owner' })).toEqual({ step: 'goals', path: 'goals[2].owner' });
  });
});

describe('fixHref', () => {
  it('sends a draft from a starting plan to the drafts page, whatever step it lies in', () => {
    for (const [step, path] of [['goals', 'goals[0]'], ['situation', 'situation.channels[2]'], ['roadmap', 'milestones[1]']] as const) {
      expect(fixHref('demo', 'shop-2026', { rule: 'template-drafts', step, path })).toBe(draftsPath('demo', 'shop-2026'));
    }
  });
  it('opens any other finding on its fix target\'s step, focused on its path', () => {
    expect(fixHref('demo', 'shop-2026', { rule: 'goal-no-owner', step: 'goals', path: 'goals[2].owner' })).toBe(
      `${stepPath('demo', 'shop-2026', 'goals')}?focus=${encodeURIComponent('goals[2].owner')}`,
    );
    expect(fixHref('demo', 'shop-2026', { rule: 'funnel-stage-unmeasured', step: 'strategy', path: 'strategy.funnel.retain' })).toBe(
      `${stepPath('demo', 'shop-2026', 'kpis')}?focus=${encodeURIComponent('strategy.funnel.retain')}`,
    );
  });
});

describe('stageOfPath', () => {
  it('reads the stage of a funnel path', () => {
    expect(stageOfPath('strategy.funnel.engage')).toBe('engage');
  });
  it('refuses other paths and unknown stages', () => {
    expect(stageOfPath('strategy.funnel.sleep')).toBeUndefined();
    expect(stageOfPath('strategy.funnel.reach.text')).toBeUndefined();
    expect(stageOfPath('kpis[0]')).toBeUndefined();
    expect(stageOfPath(null)).toBeUndefined();
  });
});

describe('isAt', () => {
  it('matches the path itself and what lies inside it, not a longer index', () => {
    expect(isAt({ path: 'goals[2].owner' }, 'goals[2]')).toBe(true);
    expect(isAt({ path: 'goals[2]' }, 'goals[2]')).toBe(true);
    expect(isAt({ path: 'goals[21]' }, 'goals[2]')).toBe(false);
    expect(isAt({ path: 'kpis[0].owner' }, 'kpis')).toBe(true);
  });
});

describe('focusFixed', () => {
  const findings = [
    { rule: 'goal-no-owner', path: 'goals[2].owner' },
    { rule: 'goal-no-target', path: 'goals[2].target' },
    { rule: 'goal-no-owner', path: 'goals[3].owner' },
  ];

  it('is done once the findings seen at the path are gone', () => {
    const seen = new Set(findingKeysAt(findings, 'goals[2].owner'));
    expect(focusFixed(seen, findingKeysAt(findings, 'goals[2].owner'))).toBe(false);
    expect(focusFixed(seen, findingKeysAt(findings.slice(1), 'goals[2].owner'))).toBe(true);
  });

  it('waits for every finding seen at an entity', () => {
    const seen = new Set(findingKeysAt(findings, 'goals[2]'));
    expect(focusFixed(seen, findingKeysAt(findings.slice(1), 'goals[2]'))).toBe(false);
    expect(focusFixed(seen, findingKeysAt(findings.slice(2), 'goals[2]'))).toBe(true);
  });

  it('is not held by a new finding that appears with the fix', () => {
    const seen = new Set(findingKeysAt([{ rule: 'kpis-missing', path: 'kpis' }], 'kpis'));
    expect(focusFixed(seen, findingKeysAt([{ rule: 'kpi-no-owner', path: 'kpis[0].owner' }], 'kpis'))).toBe(true);
  });

  it('keeps a focus that never had a finding', () => {
    expect(focusFixed(new Set(), [])).toBe(false);
  });
});
