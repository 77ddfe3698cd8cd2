import { Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconKey, IconLock, IconLogout, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Handover, useHandoverFocus } from '../../app/header.deferred';
import { AccountButton } from './access.account-button';
import { useCan } from './access.can';
import { useSignedIn, useSignOut } from './access.session';
import { useT } from './access.words';

/** The header's menu of the signed-in person: their account, the open workspace's people and log, sign out. */
export function AccountMenu(props: { ws?: string; handover?: Handover }) {
  const t = useT();
  const session = useSignedIn();
  const signOut = useSignOut();
  const canAudit = useCan('audit.read', props.ws);
  const ref = useHandoverFocus<HTMLButtonElement>(props.handover);
  if (!session) return null;
  const name = session.user.name || session.user.email;
  const workspace = props.ws ? session.workspaces.find((w) => w.id === props.ws) : undefined;
  const wsPath = workspace && `/workspaces/${encodeURIComponent(workspace.id)}`;

  return (
    <Menu position="bottom-end" withinPortal width={260} defaultOpened={props.handover?.opened}>
      <Menu.Target>
        <AccountButton ref={ref} />
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
