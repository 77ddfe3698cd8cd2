import { Avatar, Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconHistory, IconKey, IconLock, IconLogout, IconUser, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useCan } from './access.can';
import { useSignedIn, useSignOut } from './access.session';
import { useT } from './access.words';

/** The header's menu of the signed-in person: their account, the open workspace's people and log, sign out. */
export function AccountMenu(props: { ws?: string }) {
  const t = useT();
  const session = useSignedIn();
  const signOut = useSignOut();
  const canAudit = useCan('audit.read', props.ws);
  if (!session) return null;
  const name = session.user.name || session.user.email;
  const workspace = props.ws ? session.workspaces.find((w) => w.id === props.ws) : undefined;
  const wsPath = workspace && `/workspaces/${encodeURIComponent(workspace.id)}`;

  return (
    <Menu position="bottom-end" withinPortal width={260}>
      <Menu.Target>
        <Button variant="default" px={6} rightSection={<IconChevronDown size={14} aria-hidden />} aria-label={t('access.menu.label', { name })}>
          {/* An icon, not initials: the button's name must hold every letter it shows. */}
          <Avatar size={26} radius="xl" color="initials" name={name} aria-hidden>
            <IconUser size={16} />
          </Avatar>
          <Text span size="sm" fw={500} ml={8} visibleFrom="md" maw={160} truncate aria-hidden>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {name}
          </Text>
          {session.user.name && (
            <Text size="xs" c="dimmed" truncate>
              {session.user.email}
            </Text>
          )}
        </Menu.Label>
        <Menu.Item component={Link} to="/account/password" leftSection={<IconLock size={16} aria-hidden />}>
          {t('access.menu.password')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/tokens" leftSection={<IconKey size={16} aria-hidden />}>
          {t('access.menu.tokens')}
        </Menu.Item>
        {workspace && wsPath && (
          <>
            <Menu.Divider />
            <Menu.Label>{workspace.name}</Menu.Label>
            <Menu.Item component={Link} to={`${wsPath}/members`} leftSection={<IconUsers size={16} aria-hidden />}>
              {t('access.menu.members')}
            </Menu.Item>
            {canAudit && (
              <Menu.Item component={Link} to={`${wsPath}/audit`} leftSection={<IconHistory size={16} aria-hidden />}>
                {t('access.menu.audit')}
              </Menu.Item>
            )}
          </>
        )}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onError: () => notifications.show({ color: 'red', message: t('access.menu.signOutFailed') }) })}
        >
          {t('access.menu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
