import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArrowRight, IconTemplate } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { planPath } from '../steps/steps.list';

/** The drafts page's address under a plan. */
export function draftsPath(ws: string, plan: string): string {
  return `${planPath(ws, plan)}/drafts`;
}

/** On the dashboard while the plan holds drafts from a starting plan (`count`, as the health check counts them): how many, and a way to review them. */
export function DraftsCard(props: { ws: string; plan: string; count: number }) {
  const intl = useIntl();
  const { count } = props;
  if (count === 0) return null;
  return (
    <Alert color="grape" variant="light" icon={<IconTemplate aria-hidden />} title={intl.formatMessage({ id: 'drafts.card.title' })} data-drafts-card>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{intl.formatMessage({ id: 'drafts.card.body' }, { count })}</Text>
        <Button component={Link} to={draftsPath(props.ws, props.plan)} size="xs" variant="light" color="grape" rightSection={<IconArrowRight size={16} aria-hidden />}>
          {intl.formatMessage({ id: 'drafts.card.review' })}
        </Button>
      </Group>
    </Alert>
  );
}
