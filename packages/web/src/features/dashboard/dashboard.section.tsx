import { Anchor, Group, Paper, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';

/** One panel of the dashboard: a titled card, with a link to the step where its things are edited. */
export function DashboardSection(props: { title: string; link?: { to: string; label: string }; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md" h="100%">
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {props.title}
        </Title>
        {props.link && (
          <Anchor component={Link} to={props.link.to} size="sm">
            {props.link.label}
          </Anchor>
        )}
      </Group>
      {props.children}
    </Paper>
  );
}
