import type { Locale } from '@kurs/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sessionKey } from '../features/access/access.session';
import type { Session } from '../features/access/access.types';
import type { Messages } from '../i18n/i18n.messages';
import { setCsrfToken } from '../shared/api/api.client';
import { AppProviders, queryClient } from './app.providers';
import { AppRouter } from './app.router';

/**
 * Renders the app once the page's body is there (the first script runs before the page is
 * read to its end); a session that came with the page (or its absence) is known without asking.
 */
export async function start(props: { locale: Locale; messages: Messages; session: Session | null | undefined }): Promise<void> {
  if (props.session !== undefined) {
    setCsrfToken(props.session?.csrf_token ?? null);
    queryClient.setQueryData(sessionKey, props.session);
  }
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders locale={props.locale} messages={props.messages}>
        <AppRouter />
      </AppProviders>
    </StrictMode>,
  );
}
