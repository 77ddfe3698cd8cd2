import type { Finding, FunnelStage, Step } from '@kurs/core';
import { FUNNEL_STAGES } from '@kurs/core/browser';
import { draftsPath } from '../drafts/drafts.card';
import { stepPath } from '../steps/steps.list';

/*
 * Where a fix link leads, and when its `?focus=` has done its work. Pure, so that the rules
 * are tested apart from the router.
 */

/**
 * The step page a finding's fix link opens, and the path it focuses there. Mostly the finding's
 * own step and path; a funnel stage that no KPI measures is fixed by a KPI for that stage, so its
 * link opens the KPI step with the stage's path, and that page offers a new KPI for the stage.
 */
export function fixTarget(finding: Pick<Finding, 'rule' | 'step' | 'path'>): { step: Step; path: string } {
  if (finding.rule === 'funnel-stage-unmeasured') return { step: 'kpis', path: finding.path };
  return { step: finding.step, path: finding.path };
}

/**
 * The address a finding's fix link opens. A draft a starting plan brought is confirmed (or
 * removed) on the drafts page, which lists every draft of every step, so its link leads there;
 * any other finding opens its fix target's step page focused on its path.
 */
export function fixHref(ws: string, plan: string, finding: Pick<Finding, 'rule' | 'step' | 'path'>): string {
  if (finding.rule === 'template-drafts') return draftsPath(ws, plan);
  const target = fixTarget(finding);
  return `${stepPath(ws, plan, target.step)}?focus=${encodeURIComponent(target.path)}`;
}

/** The funnel stage a `strategy.funnel.<stage>` path names, if it names one. */
export function stageOfPath(path: string | null): FunnelStage | undefined {
  const stage = path?.match(/^strategy\.funnel\.(\w+)$/)?.[1];
  return FUNNEL_STAGES.find((s) => s === stage);
}

/** True when a finding's path is `path` or inside it ("goals[2].owner" is inside "goals[2]"). */
export function isAt(finding: Pick<Finding, 'path'>, path: string): boolean {
  return finding.path === path || finding.path.startsWith(`${path}.`) || finding.path.startsWith(`${path}[`);
}

/** The findings at a focused path, each named by its rule and path. */
export function findingKeysAt(findings: readonly Pick<Finding, 'rule' | 'path'>[], path: string): string[] {
  return findings.filter((f) => isAt(f, path)).map((f) => `${f.rule}@${f.path}`);
}

/**
 * Whether a fix link's focus is done with: some finding was seen at the path, and none of those
 * seen is left. A finding that appears only after the fix (a first KPI without an owner, where
 * the link asked for a first KPI) does not hold the focus; a path that never had a finding (a
 * link that only shows an entity) keeps it.
 */
export function focusFixed(seen: ReadonlySet<string>, now: readonly string[]): boolean {
  return seen.size > 0 && !now.some((key) => seen.has(key));
}
