import type { Locale } from '@kurs/core';
import type { Guidance } from './guidance.types';

// One chunk per language, loaded when a step page first needs it.
const loaders: Record<Locale, () => Promise<{ guidance: Guidance }>> = {
  en: () => import('./guidance.en'),
  nb: () => import('./guidance.nb'),
  sv: () => import('./guidance.sv'),
  da: () => import('./guidance.da'),
};

export async function loadGuidance(locale: Locale): Promise<Guidance> {
  return (await loaders[locale]()).guidance;
}
