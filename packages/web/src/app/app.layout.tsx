import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Outlet, useLocation, useParams } from 'react-router';
import { loadMessages } from '../i18n/i18n.messages';
import { PageLoader } from '../shared/ui/page-loader';
import { useWhenSettled } from './app.settled';
import { AppHeader } from './app.header';
import { AppNavbar } from './app.navbar';

const loadAllWords = () => void loadMessages();

/** The shell around every page: header always, the plan's step navigation inside a plan. */
export function AppLayout() {
  const { ws, plan } = useParams();
  const intl = useIntl();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const inPlan = Boolean(ws && plan);

  // On a phone the navigation covers the page; it closes once the user has gone somewhere.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is what sets it off: each move to another page closes the navigation.
  useEffect(close, [pathname, close]);
  // The dashboard came with the first words only: the others follow once it is in.
  useWhenSettled(loadAllWords);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: !inPlan } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        <FormattedMessage id="a11y.skipToContent" />
      </a>
      <AppShell.Header>
        <AppHeader ws={ws} plan={plan} navbarOpened={opened} onToggleNavbar={inPlan ? toggle : undefined} />
      </AppShell.Header>
      {inPlan && (
        <AppShell.Navbar id="plan-navigation" aria-label={intl.formatMessage({ id: 'nav.label' })}>
          <AppNavbar ws={ws!} plan={plan!} onNavigate={close} />
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
