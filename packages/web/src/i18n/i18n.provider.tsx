import type { Locale } from '@kurs/core';
import { createContext, use, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { rememberLocale } from './i18n.locale';
import { allMessagesOf, loadMessages, type Messages, onMessagesLoaded } from './i18n.messages';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleState | null>(null);

/** The reader's language and its words: those it starts with (the first page's), and every word once they are in. */
export function LocaleProvider(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  const [current, setCurrent] = useState({ locale: props.locale, messages: props.messages });
  const all = useSyncExternalStore(onMessagesLoaded, () => allMessagesOf(current.locale));

  const setLocale = useCallback(async (locale: Locale) => {
    const messages = await loadMessages(locale);
    rememberLocale(window.localStorage, locale);
    setCurrent({ locale, messages });
  }, []);

  useEffect(() => {
    document.documentElement.lang = current.locale;
  }, [current.locale]);

  const value = useMemo(() => ({ locale: current.locale, setLocale }), [current.locale, setLocale]);
  return (
    <LocaleContext value={value}>
      <IntlProvider locale={current.locale} messages={all ?? current.messages} defaultLocale="en">
        {props.children}
      </IntlProvider>
    </LocaleContext>
  );
}

export function useLocale(): LocaleState {
  const state = use(LocaleContext);
  if (!state) throw new Error('useLocale needs a LocaleProvider');
  return state;
}
