import type { StepId } from '../steps/steps.list';

/*
 * The method's own questions, per process step. Every locale file has the same shape (the
 * same sections with the same number of questions, in the same order), so a translation
 * cannot silently drop a question; guidance.test.ts checks this.
 *
 * Sources, cited in the locale files by tag:
 *   [no]     seed 000, Norwegian: "Digital strategi" (goals, KPIs, mapping the current situation)
 *   [sv]     seed 001, Swedish: "Digital marknadsstrategi" (goals, strategy, tactics, activities, experiments)
 *   [sv-wsi] seed 002, Swedish, WSI: the digital ecosystem, omnichannel, the customer journey
 *   [da]     seed 003, Danish, Vaimo: the five steps of a Digital Strategy Roadmap
 *   [en]     seed 004, English: "Digital marketing strategy. How to design a productive plan"
 */

export interface GuidanceSection {
  title: string;
  questions: string[];
  /** A seed's own worked example, shown apart from the questions and labelled as the method's. */
  example?: string;
}

export interface StepGuidance {
  sections: GuidanceSection[];
  /** What a good result of the step looks like. */
  checklist: string[];
  quote?: { text: string; author: string };
}

export type Guidance = Record<StepId, StepGuidance>;
