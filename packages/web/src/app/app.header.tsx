import { Anchor, Burger, Group, Text } from '@mantine/core';
import { IconNavigation } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
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
          <Group gap={8} wrap="nowrap">
            <IconNavigation size={24} stroke={2} color="var(--mantine-primary-color-filled)" aria-hidden />
            <Text fw={700} size="lg">
              Kurs
            </Text>
          </Group>
        </Anchor>
        <Group gap="xs" visibleFrom="sm" wrap="nowrap" ml="md">
          <WorkspaceSwitcher ws={props.ws} />
          {props.ws && <PlanSwitcher ws={props.ws} plan={props.plan} />}
        </Group>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageMenu />
        <ColorSchemeMenu />
      </Group>
    </Group>
  );
}
