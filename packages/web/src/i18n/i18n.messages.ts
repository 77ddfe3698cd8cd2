import type { Locale } from '@kurs/core';
import type en from './en.json';
import type { FeatureMessages } from './i18n.features';

/*
 * The app's words: the shell's catalogue (./<locale>.json) plus one catalogue per feature,
 * kept beside the feature (src/features/<f>/<f>.messages.<locale>.json) so that features can
 * grow their words independently, and put together per language in i18n.<locale>.ts. Feature
 * catalogues register their type in i18n.features.ts.
 */

export type MessageId = keyof typeof en | keyof FeatureMessages;
export type Messages = Record<MessageId, string>;

type Catalogues = Record<string, Record<string, string>>;

// One chunk per language with all its catalogues: the browser loads only the language it shows.
const languages: Record<Locale, () => Promise<{ catalogues: Catalogues }>> = {
  en: () => import('./i18n.en'),
  nb: () => import('./i18n.nb'),
  sv: () => import('./i18n.sv'),
  da: () => import('./i18n.da'),
};

/** Every catalogue of a language, by file, for the tests that keep them complete and apart. */
export async function loadCatalogues(locale: Locale): Promise<Catalogues> {
  return (await languages[locale]()).catalogues;
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
