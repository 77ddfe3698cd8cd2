import { Anchor, Burger, Group } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { AccountMenu } from '../features/access/access.account-menu';
import { Brand } from './app.public-layout';
import { ColorSchemeMenu } from './header.color-scheme-menu';
import { LanguageMenu } from './header.language-menu';
import { PlanSwitcher, WorkspaceSwitcher } from './header.switchers';

export function AppHeader(props: { ws?: string; plan?: string; navbarOpened: boolean; onToggleNavbar?: () => void }) {
  const intl = useIntl();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        {props.onToggleNavbar && (
          <Burger
            opened={props.navbarOpened}
            onClick={props.onToggleNavbar}
            hiddenFrom="sm"
            size="sm"
            aria-label={intl.formatMessage({ id: props.navbarOpened ? 'header.closeNavigation' : 'header.openNavigation' })}
            aria-expanded={props.navbarOpened}
            aria-controls="plan-navigation"
          />
        )}
        <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={intl.formatMessage({ id: 'app.home' })}>
          <Brand />
        </Anchor>
        <Group gap="xs" visibleFrom="sm" wrap="nowrap" ml="md">
          <WorkspaceSwitcher ws={props.ws} />
          {props.ws && <PlanSwitcher ws={props.ws} plan={props.plan} />}
        </Group>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageMenu />
        <ColorSchemeMenu />
        <AccountMenu ws={props.ws} />
      </Group>
    </Group>
  );
}
