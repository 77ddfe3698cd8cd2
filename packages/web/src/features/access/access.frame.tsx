import { Anchor, Badge, Breadcrumbs, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { planPath } from '../steps/steps.list';
import type { Role } from './access.types';
import { useT } from './access.words';

/** The frame of the account and workspace pages: where one is, the title, what the page is for. */
export function AccessFrame(props: {
  title: string;
  lead: ReactNode;
  /** The workspace the page belongs to, for the breadcrumbs. */
  workspace?: { id: string; name: string };
  /** The plan a plan's page belongs to, for the breadcrumbs. */
  plan?: { id: string; name: string };
  action?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  useDocumentTitle(`${props.workspace ? `${props.title} · ${props.workspace.name}` : props.title} · Kurs`);
  return (
    <Stack gap="lg" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/" size="sm">
          {t('workspaces.title')}
        </Anchor>
        {props.workspace && (
          <Anchor component={Link} to={`/workspaces/${encodeURIComponent(props.workspace.id)}`} size="sm">
            {props.workspace.name}
          </Anchor>
        )}
        {props.workspace && props.plan && (
          <Anchor component={Link} to={planPath(props.workspace.id, props.plan.id)} size="sm">
            {props.plan.name}
          </Anchor>
        )}
        <Text size="sm" aria-current="page">
          {props.title}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{props.title}</Title>
          <Text c="dimmed" mt="xs" maw={720}>
            {props.lead}
          </Text>
        </div>
        {props.action}
      </Group>
      {props.children}
    </Stack>
  );
}

const ROLE_COLOR: Record<Role, string> = { owner: 'grape', editor: 'blue', viewer: 'gray' };

/** A badge's word is short: in a narrow table column it keeps its width rather than being cut to "…". */
const WHOLE_WORD = { label: { overflow: 'visible' } } as const;

export function RoleBadge(props: { role: Role }) {
  const t = useT();
  return (
    <Badge variant="light" color={ROLE_COLOR[props.role]} styles={WHOLE_WORD}>
      {t(`access.role.${props.role}`)}
    </Badge>
  );
}

const STATUS_COLOR: Record<string, string> = { open: 'blue', active: 'teal', accepted: 'gray', revoked: 'red', expired: 'orange' };

/** The state of an invitation, share link or token. */
export function StatusBadge(props: { status: 'open' | 'active' | 'accepted' | 'revoked' | 'expired' }) {
  const t = useT();
  return (
    <Badge variant="light" color={STATUS_COLOR[props.status]} styles={WHOLE_WORD}>
      {t(`access.status.${props.status}`)}
    </Badge>
  );
}

/**
 * A table that scrolls sideways on a narrow screen. The scroller is a named region in the tab
 * order, so that a keyboard can scroll it even when the table holds no control.
 */
export function TableScroller(props: { minWidth: number; label: string; children: ReactNode }) {
  return (
    // Positioned, so that the visually hidden headers inside scroll with it instead of widening the page.
    <Table.ScrollContainer type="native" minWidth={props.minWidth} tabIndex={0} role="region" aria-label={props.label} pos="relative">
      {props.children}
    </Table.ScrollContainer>
  );
}
