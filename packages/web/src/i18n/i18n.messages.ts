import type { Locale } from '@kurs/core';
import type en from './en.json';

export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

// One chunk per language: the browser loads only the catalogue it shows.
const catalogues: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./en.json'),
  nb: () => import('./nb.json'),
  sv: () => import('./sv.json'),
  da: () => import('./da.json'),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await catalogues[locale]()).default;
}

declare global {
  // Makes react-intl check every message id against the English catalogue at compile time.
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
