import { Avatar, Button, Text } from '@mantine/core';
import { IconChevronDown, IconUser } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useSignedIn } from './access.session';
import { useT } from './access.words';

/** The signed-in person's name as the header shows it, and the button of their menu (access.account-menu.tsx). */
export function AccountButton(props: Omit<ComponentPropsWithRef<'button'>, 'color' | 'style'>) {
  const t = useT();
  const session = useSignedIn();
  if (!session) return null;
  const name = session.user.name || session.user.email;
  return (
    <Button variant="default" px={6} rightSection={<IconChevronDown size={14} aria-hidden />} aria-label={t('access.menu.label', { name })} {...props}>
      {/* An icon, not initials: the button's name must hold every letter it shows. */}
      <Avatar size={26} radius="xl" color="initials" name={name} aria-hidden>
        <IconUser size={16} />
      </Avatar>
      <Text span size="sm" fw={500} ml={8} visibleFrom="md" maw={160} truncate aria-hidden>
        {name}
      </Text>
    </Button>
  );
}
