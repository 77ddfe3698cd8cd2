import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconCheck, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../i18n/i18n.messages';
import { useCollection } from '../../shared/api/api.queries';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { usePlanContext } from '../plans/plan.context';
import { planPath, stepPath } from '../steps/steps.list';
import { useDraftActions } from './drafts.actions';
import { useDraftFacts } from './drafts.facts';
import { draftGroups, draftKey, type DraftGroup, type DraftItem, type PlanLists } from './drafts.model';
import classes from './drafts.module.css';
import { BatchResult } from './drafts.result';

/**
 * Everything a starting plan brought that is still a draft, grouped by the step that edits it:
 * each with its main facts, a link to it on its step, and a badge that confirms it; chosen ones
 * (or a whole group) confirmed at once, with one undo, or deleted after asking.
 */
export default function DraftsPage() {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  useDocumentTitle(`${intl.formatMessage({ id: 'drafts.title' })} · ${plan.name} · Kurs`);
  const queries = {
    audiences: useCollection(ws, plan.id, 'audiences'),
    competitors: useCollection(ws, plan.id, 'competitors'),
    channels: useCollection(ws, plan.id, 'channels'),
    campaigns: useCollection(ws, plan.id, 'campaigns'),
    goals: useCollection(ws, plan.id, 'goals'),
    kpis: useCollection(ws, plan.id, 'kpis'),
    themes: useCollection(ws, plan.id, 'themes'),
    activities: useCollection(ws, plan.id, 'activities'),
    milestones: useCollection(ws, plan.id, 'milestones'),
  };
  const all = Object.values(queries);
  const lists: PlanLists = Object.fromEntries(Object.entries(queries).map(([name, query]) => [name, query.data]));
  const failed = all.find((q) => q.isError);

  return (
    <Stack gap="lg" maw={1000}>
      <header>
        <Text size="sm" c="dimmed" fw={500}>
          {plan.name}
        </Text>
        <Title order={1} mt={4}>
          {intl.formatMessage({ id: 'drafts.title' })}
        </Title>
        <Text c="dimmed" mt="xs" maw={760}>
          {intl.formatMessage({ id: 'drafts.lead' })}
        </Text>
      </header>
      {failed ? (
        <ErrorAlert error={failed.error} onRetry={() => all.filter((q) => q.isError).forEach((q) => void q.refetch())} />
      ) : all.some((q) => !q.data) ? (
        <PageLoader />
      ) : (
        <Drafts ws={ws} plan={plan.id} currency={plan.currency} lists={lists} />
      )}
    </Stack>
  );
}

function Drafts(props: { ws: string; plan: string; currency?: string; lists: PlanLists }) {
  const intl = useIntl();
  const canEdit = useCan('plan.write', props.ws);
  const actions = useDraftActions(props.ws, props.plan, props.lists);
  const facts = useDraftFacts(props.lists, props.currency);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState(false);
  const groups = draftGroups(props.lists)
    .map((group) => ({ ...group, items: group.items.filter((item) => !actions.isGone(item)) }))
    .filter((group) => group.items.length > 0);
  const chosen = groups.flatMap((g) => g.items).filter((item) => selected.has(draftKey(item)));

  const toggle = (item: DraftItem, on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(draftKey(item));
      else next.delete(draftKey(item));
      return next;
    });
  const run = (batch: (items: readonly DraftItem[]) => Promise<void>, items: readonly DraftItem[]) => {
    setSelected(new Set());
    void batch(items);
  };

  return (
    <Stack gap="md">
      {(actions.summary || actions.canUndo) && (
        <BatchResult summary={actions.summary} canUndo={actions.canUndo} busy={actions.busy} onUndo={() => void actions.undo()} onDismiss={actions.dismiss} />
      )}
      {groups.length === 0 && actions.busy ? (
        // The last items were sent: what is left is known once the batch is done.
        <PageLoader />
      ) : groups.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack gap="sm" align="center" ta="center">
            <Title order={2} size="h3">
              {intl.formatMessage({ id: 'drafts.empty.title' })}
            </Title>
            <Text c="dimmed" maw={520}>
              {intl.formatMessage({ id: 'drafts.empty.body' })}
            </Text>
            <Button component={Link} to={planPath(props.ws, props.plan)} variant="light" leftSection={<IconArrowLeft size={16} aria-hidden />}>
              {intl.formatMessage({ id: 'drafts.empty.back' })}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <>
          {canEdit && (
            // Stays in sight under the header while the list is scrolled, so that what was chosen far down is acted on there.
            <Paper
              withBorder
              radius="md"
              p="sm"
              role="region"
              aria-label={intl.formatMessage({ id: 'drafts.toolbar' })}
              pos="sticky"
              top="calc(var(--app-shell-header-height, 0px) + 8px)"
              style={{ zIndex: 2 }}
            >
              <Group gap="sm" wrap="wrap">
                <Text size="sm" fw={600} role="status" miw={110}>
                  {intl.formatMessage({ id: 'drafts.selected' }, { count: chosen.length })}
                </Text>
                <Button
                  size="sm"
                  leftSection={<IconCheck size={16} aria-hidden />}
                  disabled={chosen.length === 0}
                  loading={actions.busy}
                  onClick={() => run(actions.confirm, chosen)}
                >
                  {intl.formatMessage({ id: 'drafts.confirmSelected' })}
                </Button>
                <Button size="sm" color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} disabled={chosen.length === 0 || actions.busy} onClick={() => setDeleting(true)}>
                  {intl.formatMessage({ id: 'drafts.deleteSelected' })}
                </Button>
                <Button size="sm" variant="default" disabled={chosen.length === 0} onClick={() => setSelected(new Set())}>
                  {intl.formatMessage({ id: 'drafts.clearSelection' })}
                </Button>
              </Group>
            </Paper>
          )}
          {groups.map((group) => (
            <GroupSection
              key={group.step}
              ws={props.ws}
              plan={props.plan}
              group={group}
              canEdit={canEdit}
              busy={actions.busy}
              facts={facts}
              selected={selected}
              onToggle={toggle}
              onConfirmAll={() => run(actions.confirm, group.items)}
            />
          ))}
        </>
      )}
      <ConfirmDialog
        opened={deleting}
        title={intl.formatMessage({ id: 'drafts.delete.title' }, { count: chosen.length })}
        body={intl.formatMessage({ id: 'drafts.delete.body' })}
        confirm={intl.formatMessage({ id: 'drafts.delete.confirm' })}
        cancel={intl.formatMessage({ id: 'drafts.delete.cancel' })}
        pending={actions.busy}
        onConfirm={() => {
          setDeleting(false);
          run(actions.remove, chosen);
        }}
        onClose={() => setDeleting(false)}
      >
        <Text component="ul" size="sm" m={0} pl="lg">
          {chosen.map((item) => (
            <li key={draftKey(item)}>{item.name}</li>
          ))}
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}

function GroupSection(props: {
  ws: string;
  plan: string;
  group: DraftGroup;
  canEdit: boolean;
  busy: boolean;
  facts: (item: DraftItem) => string[];
  selected: ReadonlySet<string>;
  onToggle: (item: DraftItem, on: boolean) => void;
  onConfirmAll: () => void;
}) {
  const intl = useIntl();
  const headingId = useId();
  const { group } = props;
  const title = intl.formatMessage({ id: group.step === 'roadmap' ? 'drafts.group.roadmap' : (`step.${group.step}.title` as MessageId) });
  const count = group.items.length;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md" data-drafts-group={group.step}>
      <Group justify="space-between" align="center" mb="sm" gap="xs">
        <Group gap="xs" align="baseline">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'drafts.group.count' }, { count })}
          </Text>
        </Group>
        {props.canEdit && (
          <Button
            size="xs"
            variant="light"
            color="teal"
            disabled={props.busy}
            aria-label={intl.formatMessage({ id: 'drafts.group.confirmAllLabel' }, { count, group: title })}
            onClick={props.onConfirmAll}
          >
            {intl.formatMessage({ id: 'drafts.group.confirmAll' }, { count })}
          </Button>
        )}
      </Group>
      <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
        {group.items.map((item) => (
          <DraftRow
            key={draftKey(item)}
            ws={props.ws}
            plan={props.plan}
            step={group.step}
            item={item}
            facts={props.facts(item)}
            showKind={group.step === 'situation'}
            canEdit={props.canEdit}
            checked={props.selected.has(draftKey(item))}
            onToggle={(on) => props.onToggle(item, on)}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function DraftRow(props: {
  ws: string;
  plan: string;
  step: DraftGroup['step'];
  item: DraftItem;
  facts: string[];
  showKind: boolean;
  canEdit: boolean;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  const intl = useIntl();
  const { item } = props;
  const open = `${stepPath(props.ws, props.plan, props.step)}?focus=${encodeURIComponent(item.path)}`;
  return (
    <li data-draft={draftKey(item)} className={classes.row}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        {props.canEdit && (
          <Checkbox
            mt={2}
            checked={props.checked}
            onChange={(event) => props.onToggle(event.currentTarget.checked)}
            aria-label={intl.formatMessage({ id: 'drafts.select' }, { name: item.name })}
          />
        )}
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
          <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Text size="sm" fw={600}>
              {props.showKind && (
                <Text span size="xs" c="dimmed" fw={600} tt="uppercase" mr={6}>
                  {intl.formatMessage({ id: `drafts.kind.${item.collection}` })}
                </Text>
              )}
              {item.name}
            </Text>
            {props.facts.length > 0 && (
              <Text size="xs" c="dimmed">
                {props.facts.join(' · ')}
              </Text>
            )}
          </Stack>
          <Group gap="sm" wrap="nowrap">
            <DraftBadge collection={item.collection} entity={item.entity} />
            <Anchor component={Link} to={open} size="sm" aria-label={intl.formatMessage({ id: 'drafts.openName' }, { name: item.name })}>
              {intl.formatMessage({ id: 'drafts.open' })}
            </Anchor>
          </Group>
        </Group>
      </Group>
    </li>
  );
}
