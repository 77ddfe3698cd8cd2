import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-ext-500.css';
import '@fontsource/inter/latin-ext-600.css';
import '@fontsource/inter/latin-ext-700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/app.providers';
import { AppRouter } from './app/app.router';
import { initialLocale } from './i18n/i18n.locale';
import { loadMessages } from './i18n/i18n.messages';

const locale = initialLocale(window.localStorage, navigator.languages ?? [navigator.language]);

// The first paint waits for the one message catalogue it needs (a few kB), never for the others.
void loadMessages(locale).then((messages) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders locale={locale} messages={messages}>
        <AppRouter />
      </AppProviders>
    </StrictMode>,
  ),
);
