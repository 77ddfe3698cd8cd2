import type { Locale } from '@kurs/core';
import type en from './en.json';
import { isFirstWords } from './i18n.first';
import type { FeatureMessages } from './i18n.features';

/*
 * The app's words: the shell's catalogue (./<locale>.json) plus one catalogue per feature,
 * kept beside the feature (src/features/<f>/<f>.messages.<locale>.json) so that features can
 * grow their words independently. Feature catalogues register their type in i18n.features.ts.
 * The browser loads only the language it shows, in two chunks: the words the shell and the
 * dashboard show first (i18n.first.ts), and the others.
 */

export type MessageId = keyof typeof en | keyof FeatureMessages;
export type Messages = Record<MessageId, string>;

type Catalogue = Record<string, string>;
type Catalogues = Record<string, Catalogue>;

const languages: Record<Locale, Record<string, () => Promise<Catalogue>>> = {
  en: import.meta.glob<Catalogue>(['./en.json', '../features/*/*.messages.en.json'], { import: 'default' }),
  nb: import.meta.glob<Catalogue>(['./nb.json', '../features/*/*.messages.nb.json'], { import: 'default' }),
  sv: import.meta.glob<Catalogue>(['./sv.json', '../features/*/*.messages.sv.json'], { import: 'default' }),
  da: import.meta.glob<Catalogue>(['./da.json', '../features/*/*.messages.da.json'], { import: 'default' }),
};

async function catalogues(locale: Locale, first: boolean): Promise<Catalogues> {
  const wanted = Object.entries(languages[locale]).filter(([path]) => !first || isFirstWords(path));
  // By file: the shell's as shell.<locale>.json, a feature's by its path.
  const name = (path: string) => (path.startsWith('./') ? `shell.${locale}.json` : path);
  return Object.fromEntries(await Promise.all(wanted.map(async ([path, load]) => [name(path), await load()] as const)));
}

/** Every catalogue of a language, by file, for the tests that keep them complete and apart. */
export function loadCatalogues(locale: Locale): Promise<Catalogues> {
  return catalogues(locale, false);
}

let shown: Locale | undefined;

/** The words the shell and the dashboard show: the app starts with them. */
export async function loadFirstMessages(locale: Locale): Promise<Messages> {
  shown = locale;
  return Object.assign({}, ...Object.values(await catalogues(locale, true))) as Messages;
}

const loading = new Map<Locale, Promise<Messages>>();
const loaded = new Map<Locale, Messages>();
const listeners = new Set<() => void>();

/** Every word of a language (by default the one shown), loaded once; the provider shows them when they are in. */
export function loadMessages(locale: Locale | undefined = shown): Promise<Messages> {
  if (!locale) return Promise.reject(new Error('no language chosen yet'));
  shown = locale;
  let messages = loading.get(locale);
  if (!messages) {
    messages = catalogues(locale, false).then((all) => {
      const merged = Object.assign({}, ...Object.values(all)) as Messages;
      loaded.set(locale, merged);
      for (const listener of listeners) listener();
      return merged;
    });
    loading.set(locale, messages);
  }
  return messages;
}

/** Every word of a language, once loaded. */
export function allMessagesOf(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

declare global {
  // Makes react-intl check every message id against the English catalogues at compile time.
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
