import { Anchor, Badge, Breadcrumbs, Button, Card, EmptyState, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import { LOCALE_NAMES } from '../../i18n/i18n.locale';
import { usePlans, useWorkspaces } from '../../shared/api/api.queries';
import type { PlanSummary } from '../../shared/api/api.types';
import { AppModal } from '../../shared/ui/app-modal';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { planPath } from '../steps/steps.list';
import { NewPlanForm } from './plans.new-plan';

export default function PlansPage() {
  const ws = useParams().ws!;
  const intl = useIntl();
  const plans = usePlans(ws);
  const workspaces = useWorkspaces();
  const [creating, { open, close }] = useDisclosure(false);
  // Starting or importing a plan is plan.write; a viewer only opens the plans.
  const canEdit = useCan('plan.write', ws);
  const workspaceName = workspaces.data?.find((w) => w.id === ws)?.name ?? ws;
  useDocumentTitle(`${workspaceName} · Kurs`);

  const newPlanButton = canEdit && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      <FormattedMessage id="plans.new" />
    </Button>
  );

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/" size="sm">
          <FormattedMessage id="workspaces.title" />
        </Anchor>
        <Text size="sm" aria-current="page">
          {workspaceName}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{workspaceName}</Title>
          <Text c="dimmed" mt="xs">
            <FormattedMessage id="plans.lead" />
          </Text>
        </div>
        {plans.data && plans.data.length > 0 && newPlanButton}
      </Group>

      {plans.isPending && <PageLoader />}
      {plans.isError && <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data?.length === 0 && (
        <Paper withBorder p="md">
          <EmptyState
            variant="light"
            size="lg"
            icon={<IconFileText size={32} stroke={1.6} aria-hidden />}
            title={<FormattedMessage id="plans.emptyTitle" />}
            description={<FormattedMessage id={canEdit ? 'plans.emptyBody' : 'plans.emptyBodyReader'} />}
          >
            {newPlanButton && <EmptyState.Actions>{newPlanButton}</EmptyState.Actions>}
          </EmptyState>
        </Paper>
      )}
      {plans.data && plans.data.length > 0 && (
        <section aria-label={intl.formatMessage({ id: 'plans.title' })}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {plans.data.map((plan) => (
              <li key={plan.id}>
                <PlanCard ws={ws} plan={plan} />
              </li>
            ))}
          </SimpleGrid>
        </section>
      )}

      <AppModal opened={creating} onClose={close} title={intl.formatMessage({ id: 'newPlan.title' })} size="lg">
        <NewPlanForm ws={ws} />
      </AppModal>
    </Stack>
  );
}

function PlanCard(props: { ws: string; plan: PlanSummary }) {
  const { plan } = props;
  const format = useFormat(plan.currency);
  return (
    <Card component={Link} to={planPath(props.ws, plan.id)} withBorder padding="lg" h="100%">
      <Stack gap={6}>
        <Text fw={600} size="lg">
          {plan.name}
        </Text>
        {plan.organisation && (
          <Text size="sm" c="dimmed">
            {plan.organisation}
          </Text>
        )}
        <Text size="sm">{format.period(plan.period)}</Text>
        <Group gap={6}>
          {plan.currency && (
            <Badge variant="default" tt="none">
              {plan.currency}
            </Badge>
          )}
          {plan.locale && (
            <Badge variant="default" tt="none">
              {LOCALE_NAMES[plan.locale]}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
