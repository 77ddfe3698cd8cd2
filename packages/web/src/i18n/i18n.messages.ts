import type { Locale } from '@kurs/core';
import type en from './en.json';
import type { FeatureMessages } from './i18n.features';

/*
 * The app's words: the shell's catalogue (./<locale>.json) plus one catalogue per feature,
 * kept beside the feature (src/features/<f>/<f>.messages.<locale>.json) so that features can
 * grow their words independently. Feature catalogues register their type in i18n.features.ts.
 */

export type MessageId = keyof typeof en | keyof FeatureMessages;
export type Messages = Record<MessageId, string>;

type Catalogue = () => Promise<{ default: Record<string, string> }>;

// One chunk per language and feature: the browser loads only the language it shows.
const shell: Record<Locale, Catalogue> = {
  en: () => import('./en.json'),
  nb: () => import('./nb.json'),
  sv: () => import('./sv.json'),
  da: () => import('./da.json'),
};

const features: Record<Locale, Record<string, Catalogue>> = {
  en: import.meta.glob<{ default: Record<string, string> }>('../features/*/*.messages.en.json'),
  nb: import.meta.glob<{ default: Record<string, string> }>('../features/*/*.messages.nb.json'),
  sv: import.meta.glob<{ default: Record<string, string> }>('../features/*/*.messages.sv.json'),
  da: import.meta.glob<{ default: Record<string, string> }>('../features/*/*.messages.da.json'),
};

/** Every catalogue of a language, by file, for the tests that keep them complete and apart. */
export async function loadCatalogues(locale: Locale): Promise<Record<string, Record<string, string>>> {
  const entries = await Promise.all(
    Object.entries({ [`shell.${locale}.json`]: shell[locale], ...features[locale] }).map(async ([file, load]) => [file, (await load()).default] as const),
  );
  return Object.fromEntries(entries);
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  return Object.assign({}, ...Object.values(await loadCatalogues(locale))) as Messages;
}

declare global {
  // Makes react-intl check every message id against the English catalogues at compile time.
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
