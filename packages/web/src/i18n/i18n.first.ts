/*
 * The features whose words come first, with the shell's: what the shell and the dashboard (the
 * first page of a plan) show. The other features' words load with any other page (app.pages.ts),
 * or once the first page is in. vite.config.ts puts each group of a language in one chunk.
 */
export const FIRST_WORDS: readonly string[] = ['access', 'dashboard', 'drafts', 'goals', 'guidance', 'health', 'plans', 'roadmap'];

/** Whether a catalogue (by its path) comes first: the shell's (`i18n/<locale>.json`) and the features above. */
export function isFirstWords(path: string): boolean {
  const feature = /features[\\/]([^\\/]+)[\\/]/.exec(path)?.[1];
  return feature === undefined || FIRST_WORDS.includes(feature);
}
