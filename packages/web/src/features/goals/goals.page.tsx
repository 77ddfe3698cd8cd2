import type { GoalProgress, Horizon } from '@kurs/core';
import { TEXT_LIMITS } from '@kurs/core/browser';
import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useCollection, useCreateEntity, useProgress } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { useEntitySaves } from '../../shared/entity-saves';
import { withMember } from '../../shared/sets';
import { AppModal } from '../../shared/ui/app-modal';
import { QuickAdd } from '../../shared/ui/quick-add';
import { DeleteDialog } from '../../shared/ui/delete-dialog';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { StepFindings, useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { GoalsBulkBar } from './goals.bulk';
import { GoalCard } from './goals.card';
import { GoalForm, type GoalFormMode } from './goals.form';
import { ownersOf } from './goals.inline';
import { byHorizon, goalTree, type GoalNode } from './goals.tree';
import { HORIZONS_LONG_FIRST } from './goals.types';

type Filter = 'all' | Horizon;

export default function GoalsPage() {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const goals = useCollection(ws, plan.id, 'goals');
  const kpis = useCollection(ws, plan.id, 'kpis');
  const progress = useProgress(ws, plan.id);
  const [filter, setFilter] = useState<Filter>('all');
  const [form, setForm] = useState<(GoalFormMode & { focusField?: string }) | null>(null);
  const [deleting, setDeleting] = useState<Entity<'goals'> | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const focus = useFocusPath();
  const handledFocus = useRef<string | null>(null);
  const canEdit = useCan('plan.write');
  const saves = useEntitySaves(ws, plan.id, 'goals');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  const list = useMemo(() => goals.data ?? [], [goals.data]);
  const chosenGoals = list.filter((g) => chosen.has(g.id));
  const owners = ownersOf(list, kpis.data ?? []);
  const createGoal = useCreateEntity(ws, plan.id, 'goals');
  // A line typed at the top of the page, or at the end of a horizon's section, is a goal of that horizon.
  const quickAdd = (horizon: Horizon) => (
    <QuickAdd
      label={intl.formatMessage({ id: `goals.quickAdd.${horizon}` })}
      takenIds={list.map((g) => g.id)}
      fallbackId="goal"
      maxLength={TEXT_LIMITS.name}
      readOnly={!canEdit}
      onCreate={async (title, id) => void (await createGoal.mutateAsync({ id, title, horizon }))}
    />
  );
  const topHorizon: Horizon = filter === 'all' ? 'year' : filter;
  const indexOf = useMemo(() => new Map(list.map((g, i) => [g.id, i])), [list]);

  // A fix link (?focus=goals[2].owner) shows the goal and, for a field, opens it at that field
  // for those who may change it; the card shows what the health check says either way.
  useEffect(() => {
    if (!focus || handledFocus.current === focus || !goals.data) return;
    handledFocus.current = focus;
    const match = /^goals\[(\d+)\](?:\.(.+))?$/.exec(focus);
    const goal = match ? goals.data[Number(match[1])] : undefined;
    if (!match || !goal) return;
    setFilter('all');
    setHighlight(goal.id);
    if (match[2] && canEdit) setForm({ kind: 'edit', goal, index: Number(match[1]), focusField: match[2] });
  }, [focus, goals.data, canEdit]);

  useEffect(() => {
    if (!highlight) return;
    const frame = requestAnimationFrame(() => document.getElementById(`goal-${highlight}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
    return () => cancelAnimationFrame(frame);
  }, [highlight]);

  const newGoalButton = canEdit && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({ kind: 'new' })}>
      {intl.formatMessage({ id: list.length ? 'goals.new' : 'goals.first' })}
    </Button>
  );

  let content: ReactNode;
  if (goals.isPending || kpis.isPending) content = <PageLoader />;
  else if (goals.isError || kpis.isError) {
    content = <ErrorAlert error={goals.error ?? kpis.error} onRetry={() => void Promise.all([goals.refetch(), kpis.refetch()])} />;
  } else if (list.length === 0) {
    content = (
      <Paper withBorder radius="md" p="md">
        <StepEmptyState step="goals" action={newGoalButton || undefined} />
      </Paper>
    );
  } else {
    const tree = goalTree(list, filter === 'all' ? undefined : (g) => g.horizon === filter);
    const byId = new Map(list.map((g) => [g.id, g]));
    const kpiById = new Map((kpis.data ?? []).map((k) => [k.id, k]));
    const progressById = new Map(progress.data?.goals.map((p) => [p.goal, p]));
    const progressOf = (id: string): GoalProgress | null | undefined => (progress.isError ? null : progressById.get(id));

    const branch = (node: GoalNode<Entity<'goals'>>, top: boolean) => {
      const goal = node.goal;
      const parent = top && goal.parent ? byId.get(goal.parent) : undefined;
      return (
        <li key={goal.id}>
          <GoalCard
            goal={goal}
            index={indexOf.get(goal.id)!}
            kpi={goal.kpi ? kpiById.get(goal.kpi) : undefined}
            kpis={kpis.data ?? []}
            saves={saves}
            selected={chosen.has(goal.id)}
            onSelect={canEdit ? (on) => setChosen((current) => withMember(current, goal.id, on)) : undefined}
            progress={progressOf(goal.id)}
            parentTitle={parent?.title}
            highlighted={highlight === goal.id}
            canEdit={canEdit}
            onOpen={() => setForm({ kind: 'edit', goal, index: indexOf.get(goal.id)! })}
            onAddSubGoal={() => setForm({ kind: 'new', parent: goal.id })}
            onDelete={() => setDeleting(goal)}
          />
          {node.children.length > 0 && (
            <ul
              aria-label={intl.formatMessage({ id: 'goals.subGoalsOf' }, { goal: goal.title })}
              style={{ listStyle: 'none', margin: '8px 0 0 8px', padding: '0 0 0 12px', borderLeft: '2px solid var(--mantine-color-default-border)', display: 'grid', gap: 8 }}
            >
              {node.children.map((child) => branch(child, false))}
            </ul>
          )}
        </li>
      );
    };

    content = (
      <Stack gap="lg">
        {progress.isError && <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />}
        {byHorizon(tree).map((group) => (
          <section key={group.horizon} aria-labelledby={`goals-${group.horizon}`}>
            <Title order={2} size="h4" id={`goals-${group.horizon}`} mb={4}>
              {intl.formatMessage({ id: `goals.group.${group.horizon}` })}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {intl.formatMessage({ id: `goals.group.${group.horizon}.lead` })}
            </Text>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>{group.roots.map((root) => branch(root, true))}</ul>
            {/* The line at the top of the page adds to its own horizon; the other sections have their own. */}
            {canEdit && group.horizon !== topHorizon && <div style={{ marginTop: 12 }}>{quickAdd(group.horizon)}</div>}
          </section>
        ))}
      </Stack>
    );
  }

  const counts = Object.fromEntries(HORIZONS_LONG_FIRST.map((h) => [h, list.filter((g) => g.horizon === h).length]));
  const editingGoal = form?.kind === 'edit' ? (list.find((g) => g.id === form.goal.id) ?? form.goal) : undefined;

  return (
    <StepFrame step="goals">
      <Stack gap="md">
        {list.length > 0 && (
          <Group justify="space-between" gap="sm">
            <SegmentedControl
              aria-label={intl.formatMessage({ id: 'goals.filter.label' })}
              value={filter}
              onChange={(v) => setFilter(v as Filter)}
              data={[
                { value: 'all', label: intl.formatMessage({ id: 'goals.filter.all' }, { count: list.length }) },
                ...HORIZONS_LONG_FIRST.map((h) => ({
                  value: h,
                  label: intl.formatMessage({ id: `goals.filter.${h}` }, { count: counts[h] ?? 0 }),
                })),
              ]}
              style={{ maxWidth: '100%', overflowX: 'auto' }}
            />
            {newGoalButton}
          </Group>
        )}
        {canEdit && quickAdd(topHorizon)}
        <StepFindings step="goals" />
        {canEdit && chosenGoals.length > 0 && <GoalsBulkBar chosen={chosenGoals} owners={owners} saves={saves} onClear={() => setChosen(new Set())} />}
        {content}
      </Stack>

      <AppModal
        opened={form !== null}
        onClose={() => setForm(null)}
        size="xl"
        title={intl.formatMessage(
          !canEdit
            ? { id: 'goals.form.viewTitle' }
            : form?.kind === 'edit'
              ? { id: 'goals.form.editTitle' }
              : form?.parent
                ? { id: 'goals.form.newSubTitle' }
                : { id: 'goals.form.newTitle' },
          { parent: form?.kind === 'new' && form.parent ? (list.find((g) => g.id === form.parent)?.title ?? '') : '' },
        )}
      >
        {form && (
          <GoalForm
            // A reload after a conflict brings a new version: the form starts again from it.
            key={editingGoal ? `${editingGoal.id}@${editingGoal.version}` : 'new'}
            mode={editingGoal && form.kind === 'edit' ? { ...form, goal: editingGoal } : form}
            focusField={form.focusField}
            goals={list}
            kpis={kpis.data ?? []}
            canEdit={canEdit}
            onDone={(id) => {
              setForm(null);
              if (id) setHighlight(id);
            }}
          />
        )}
      </AppModal>
      <DeleteDialog
        ws={ws}
        plan={plan.id}
        collection="goals"
        entity={deleting}
        title={intl.formatMessage({ id: 'goals.deleteDialog.title' })}
        body={intl.formatMessage({ id: 'goals.deleteDialog.body' }, { goal: deleting?.title ?? '' })}
        confirm={intl.formatMessage({ id: 'goals.deleteDialog.confirm' })}
        cancel={intl.formatMessage({ id: 'goals.form.cancel' })}
        onClose={() => setDeleting(null)}
      />
    </StepFrame>
  );
}
