import type { Step } from '@kurs/core';
import { STEPS } from '@kurs/core/browser';

/*
 * A step page asks only for the findings it shows (`GET …/health?step=`), not the whole report,
 * which runs to hundreds of kB on a large plan. Mostly those are its own step's; a few rules of
 * another step point at a page's entities or are fixed there, and their steps are added here.
 */
export const FINDING_STEPS: Record<Step, readonly Step[]> = {
  situation: ['situation'],
  goals: ['goals'],
  // funnel-stage-unmeasured (strategy) is fixed with a KPI for the stage, on the KPI step.
  kpis: ['kpis', 'strategy'],
  strategy: ['strategy'],
  // activity-no-theme (themes) and activity-undated (roadmap) are about an activity's row.
  activities: ['activities', 'themes', 'roadmap'],
  themes: ['themes'],
  roadmap: ['roadmap'],
  reviews: ['reviews'],
};

/**
 * The steps whose findings the page at `pathname` shows: a step page's (and its subpages', such
 * as one KPI's), or undefined for any other page of a plan, which gets every finding.
 */
export function findingStepsAt(pathname: string): readonly Step[] | undefined {
  const segment = /^\/workspaces\/[^/]+\/plans\/[^/]+\/([^/]+)/.exec(pathname)?.[1];
  const step = STEPS.find((s) => s === segment);
  return step ? FINDING_STEPS[step] : undefined;
}
