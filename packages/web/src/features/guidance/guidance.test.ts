import { describe, expect, it } from 'vitest';
import { APP_LOCALES } from '../../i18n/i18n.locale';
import { STEPS } from '../steps/steps.list';
import { loadGuidance } from './guidance.load';
import type { StepGuidance } from './guidance.types';

/** The shape of a step's guidance without its words: what every translation must keep. */
function shapeOf(step: StepGuidance) {
  return {
    sections: step.sections.map((section) => [section.questions.length, Boolean(section.example)]),
    checklist: step.checklist.length,
    quote: Boolean(step.quote),
  };
}

describe('guidance', () => {
  it('gives every step questions and a checklist', async () => {
    const english = await loadGuidance('en');
    for (const step of STEPS) {
      expect(english[step].sections.length, step).toBeGreaterThan(0);
      expect(english[step].checklist.length, step).toBeGreaterThan(0);
    }
  });

  it('has the same sections, questions and checklist in every language', async () => {
    const english = await loadGuidance('en');
    for (const locale of APP_LOCALES) {
      const translated = await loadGuidance(locale);
      expect(Object.keys(translated).sort(), locale).toEqual([...STEPS].sort());
      for (const step of STEPS) {
        expect(shapeOf(translated[step]), `${locale} ${step}`).toEqual(shapeOf(english[step]));
      }
    }
  });

  it('has no empty or repeated text within a step', async () => {
    for (const locale of APP_LOCALES) {
      const guidance = await loadGuidance(locale);
      for (const step of STEPS) {
        const texts = [
          ...guidance[step].sections.flatMap((section) => [section.title, ...section.questions]),
          ...guidance[step].checklist,
        ];
        expect(texts.every((text) => text.trim().length > 0), `${locale} ${step}`).toBe(true);
        expect(new Set(texts).size, `${locale} ${step}`).toBe(texts.length);
      }
    }
  });

  it('is really translated: no question is left in English', async () => {
    const english = await loadGuidance('en');
    const englishQuestions = new Set(
      STEPS.flatMap((step) => english[step].sections.flatMap((section) => section.questions)),
    );
    for (const locale of APP_LOCALES.filter((l) => l !== 'en')) {
      const guidance = await loadGuidance(locale);
      const leftOver = STEPS.flatMap((step) => guidance[step].sections.flatMap((s) => s.questions)).filter((q) =>
        englishQuestions.has(q),
      );
      expect(leftOver, locale).toEqual([]);
    }
  });
});
