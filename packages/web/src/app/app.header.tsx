import { Anchor, Burger, Group } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Brand } from './app.public-layout';
import { AccountControl, ColorSchemeControl, LanguageControl, PlanControl, WorkspaceControl } from './header.controls';

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
          <WorkspaceControl ws={props.ws} />
          {props.ws && <PlanControl ws={props.ws} plan={props.plan} />}
        </Group>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageControl />
        <ColorSchemeControl />
        <AccountControl ws={props.ws} />
      </Group>
    </Group>
  );
}
