import { Anchor, Badge, Breadcrumbs, Button, Card, EmptyState, Group, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconArchiveOff, IconFileText, IconPlus, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import { LOCALE_NAMES } from '../../i18n/i18n.locale';
import { useArchivedPlans, usePlans, useUpdatePlan, useWorkspaces } from '../../shared/api/api.queries';
import type { PlanSummary } from '../../shared/api/api.types';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useNotifySaved } from '../../shared/ui/notify';
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
  const [showArchived, setShowArchived] = useState(false);
  const archived = useArchivedPlans(showArchived ? ws : undefined);
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
        <Group gap="xs">
          <Button component={Link} to={`/workspaces/${encodeURIComponent(ws)}/settings`} variant="default" leftSection={<IconSettings size={16} aria-hidden />}>
            <FormattedMessage id="plans.settingsLink" />
          </Button>
          {plans.data && plans.data.length > 0 && newPlanButton}
        </Group>
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

      <Switch
        label={intl.formatMessage({ id: 'plans.showArchived' })}
        checked={showArchived}
        onChange={(event) => setShowArchived(event.currentTarget.checked)}
      />
      {showArchived && (
        <section aria-labelledby="archived-plans">
          <Title order={2} size="h3" id="archived-plans" mb="sm">
            <FormattedMessage id="plans.archivedTitle" />
          </Title>
          {archived.isPending && <PageLoader />}
          {archived.isError && <ErrorAlert error={archived.error} onRetry={() => void archived.refetch()} />}
          {archived.data?.length === 0 && (
            <Text c="dimmed" size="sm">
              <FormattedMessage id="plans.archivedNone" />
            </Text>
          )}
          {archived.data && archived.data.length > 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {archived.data.map((plan) => (
                <li key={plan.id}>
                  <ArchivedPlanCard ws={ws} plan={plan} canEdit={canEdit} />
                </li>
              ))}
            </SimpleGrid>
          )}
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

/** An archived plan: it still opens, and an editor takes it back into the list of plans in use. */
function ArchivedPlanCard(props: { ws: string; plan: PlanSummary; canEdit: boolean }) {
  const { plan } = props;
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const update = useUpdatePlan(props.ws, plan.id);
  const notifySaved = useNotifySaved();
  const unarchive = () =>
    update.mutate(
      { version: plan.version, patch: { archived: false } },
      { onSuccess: () => notifySaved(intl.formatMessage({ id: 'planSettings.unarchived' }, { name: plan.name })) },
    );
  return (
    <Card withBorder padding="lg" h="100%">
      <Stack gap={6} align="flex-start">
        <Anchor component={Link} to={planPath(props.ws, plan.id)} fw={600} size="lg">
          {plan.name}
        </Anchor>
        <Text size="sm">{format.period(plan.period)}</Text>
        <Badge variant="default" tt="none">
          <FormattedMessage id="plans.archivedBadge" />
        </Badge>
        {update.conflict && <ConflictAlert onReload={() => void update.reload()} />}
        {update.isError && !update.conflict && <ErrorAlert error={update.error} />}
        {props.canEdit && (
          <Button size="xs" variant="default" leftSection={<IconArchiveOff size={14} aria-hidden />} onClick={unarchive} loading={update.isPending}>
            <FormattedMessage id="planSettings.unarchive" />
          </Button>
        )}
      </Stack>
    </Card>
  );
}
