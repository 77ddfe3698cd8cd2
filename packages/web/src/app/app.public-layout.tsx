import { Box, Group, Text } from '@mantine/core';
import { IconNavigation } from '@tabler/icons-react';
import { Suspense } from 'react';
import { FormattedMessage } from 'react-intl';
import { Outlet } from 'react-router';
import { PageLoader } from '../shared/ui/page-loader';
import { ColorSchemeControl, LanguageControl } from './header.controls';

/** The name and mark of the app, as the header shows it. */
export function Brand() {
  return (
    <Group gap={8} wrap="nowrap">
      <IconNavigation size={24} stroke={2} color="var(--mantine-primary-color-filled)" aria-hidden />
      <Text fw={700} size="lg">
        Kurs
      </Text>
    </Group>
  );
}

/**
 * The frame of the pages one reaches without a session (sign-in, first account, invitation,
 * a shared plan): the name, language and colour scheme, and no way into the app.
 */
export function PublicLayout() {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-default-hover)">
      <a className="skip-link" href="#main">
        <FormattedMessage id="a11y.skipToContent" />
      </a>
      <Box component="header" h={60} px="md" bg="var(--mantine-color-body)" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Brand />
          <Group gap="xs" wrap="nowrap">
            <LanguageControl />
            <ColorSchemeControl />
          </Group>
        </Group>
      </Box>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </main>
    </Box>
  );
}
