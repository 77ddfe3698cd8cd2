import type { Locale } from '@kurs/core';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../shared/api/api.client';
import { LocaleProvider } from '../i18n/i18n.provider';
import type { Messages } from '../i18n/i18n.messages';
import { AppNotifications } from './app.notifications';
import { cssVariablesResolver, theme } from './app.theme';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change by asking again; a dropped connection might.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

export function AppProviders(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider locale={props.locale} messages={props.messages}>
          <AppNotifications />
          {props.children}
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
