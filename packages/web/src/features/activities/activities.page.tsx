import type { RankMethod } from '@kurs/core';
import { UNASSIGNED_TEAM } from '@kurs/core/browser';
import { Button, Group, Paper, Stack, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useSetSearchParams } from '../../shared/search-params';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import { useCollection } from '../../shared/api/api.queries';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { StepFindings, useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { ActivityEditor } from './activities.form';
import { PriorityMatrix } from './activities.matrix';
import { PriorityList } from './activities.priorities';
import { QuarterPlanner, useQuarterPlanner } from './activities.quarter';
import type { ReasonContext } from './activities.reasons';
import { BacklogTable } from './activities.table';
import { ValueEffortChart } from './activities.value-effort';

const VIEWS = ['backlog', 'priorities', 'matrix', 'value-effort', 'quarter'] as const;
type View = (typeof VIEWS)[number];

const VIEW_MESSAGES: Record<View, MessageId> = {
  backlog: 'activities.view.backlog',
  priorities: 'activities.view.priorities',
  matrix: 'activities.view.matrix',
  'value-effort': 'activities.view.valueEffort',
  quarter: 'activities.view.quarter',
};

const METHODS: RankMethod[] = ['ice', 'rice', 'value_effort'];

/** The activity a fix link names: "activities[3].owner" → 3. */
function focusedIndex(path: string | null): number | null {
  const m = path ? /^activities\[(\d+)\]/.exec(path) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Step 6: the backlog of activities, ranked by cost and benefit, placed on the urgency ×
 * importance matrix and the value/effort chart, and fitted to the next 90 days' capacity.
 */
export default function ActivitiesPage() {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const activities = useCollection(ws, plan.id, 'activities');
  const themes = useCollection(ws, plan.id, 'themes');
  const goals = useCollection(ws, plan.id, 'goals');
  const kpis = useCollection(ws, plan.id, 'kpis');
  const [params] = useSearchParams();
  const setParams = useSetSearchParams();
  const focus = useFocusPath();
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const handledFocus = useRef<string | null>(null);
  const canEdit = useCan('plan.write');
  // Held here, so that the 90-day plan's input and proposal outlive a switch to another view.
  const planner = useQuarterPlanner(ws, plan.id);

  const requested = params.get('view') as View | null;
  const view: View = requested && VIEWS.includes(requested) ? requested : 'backlog';
  const method: RankMethod = METHODS.find((m) => m === params.get('method')) ?? 'ice';
  const setParam = (key: string, value: string | null) => setParams({ [key]: value });


  const list = useMemo(() => activities.data ?? [], [activities.data]);
  const focusIndex = focusedIndex(focus);
  const focusId = focusIndex === null ? null : (list[focusIndex]?.id ?? null);

  // A fix link (?focus=activities[3].owner) shows the backlog and opens that activity.
  useEffect(() => {
    if (!focus || !activities.data || handledFocus.current === focus) return;
    handledFocus.current = focus;
    if (view !== 'backlog') setParam('view', null);
    if (focusId) setEditing({ id: focusId });
  });

  const themeColors = useMemo(() => new Map((themes.data ?? []).map((t) => [t.id, t.color])), [themes.data]);
  const titles = useMemo(() => new Map(list.map((a) => [a.id, a.title])), [list]);
  const reasonContext: ReasonContext = {
    intl,
    number: (n) => format.number(n, { maximumFractionDigits: 2 }),
    date: (iso) => format.date(iso),
    titleOf: (id) => titles.get(id) ?? id,
    teamName: (team) => (team === UNASSIGNED_TEAM ? intl.formatMessage({ id: 'activities.quarter.noTeam' }) : team),
  };

  const open = (id: string) => setEditing({ id });
  const editingActivity = editing?.id ? (list.find((a) => a.id === editing.id) ?? null) : null;
  const editingIndex = editingActivity ? list.indexOf(editingActivity) : null;
  const closeEditor = () => {
    setEditing(null);
    if (focus) setParam('focus', null);
  };

  const addButton = canEdit && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ id: null })}>
      {intl.formatMessage({ id: 'activities.add' })}
    </Button>
  );

  let content: ReactNode;
  if (activities.isPending) content = <PageLoader />;
  else if (activities.isError) content = <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />;
  else if (list.length === 0) {
    content = (
      <Paper withBorder radius="md" p="md">
        <StepEmptyState step="activities" action={addButton || undefined} />
      </Paper>
    );
  } else {
    content = (
      <Stack gap="md">
        <StepFindings step="activities" />
        {addButton && <Group justify="flex-end">{addButton}</Group>}
        <Tabs value={view} onChange={(value) => setParam('view', value === 'backlog' ? null : value)} keepMounted={false}>
          <Tabs.List style={{ flexWrap: 'wrap' }}>
            {VIEWS.map((v) => (
              <Tabs.Tab key={v} value={v}>
                {intl.formatMessage({ id: VIEW_MESSAGES[v] })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="backlog" pt="md">
            <BacklogTable
              activities={list}
              themes={themes.data ?? []}
              goals={goals.data ?? []}
              themeColor={(id) => themeColors.get(id)}
              highlightId={focusId}
              canEdit={canEdit}
              onOpen={open}
            />
          </Tabs.Panel>
          <Tabs.Panel value="priorities" pt="md">
            <PriorityList method={method} onMethod={(m) => setParam('method', m === 'ice' ? null : m)} reasonContext={reasonContext} onOpen={open} />
          </Tabs.Panel>
          <Tabs.Panel value="matrix" pt="md">
            <PriorityMatrix activities={list} onOpen={open} />
          </Tabs.Panel>
          <Tabs.Panel value="value-effort" pt="md">
            <ValueEffortChart activities={list} onOpen={open} />
          </Tabs.Panel>
          <Tabs.Panel value="quarter" pt="md">
            <QuarterPlanner planner={planner} activities={list} reasonContext={reasonContext} canAccept={canEdit} onOpen={open} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );
  }

  return (
    <StepFrame step="activities">
      <UnsavedGuard when={canEdit && planner.unsaved} />
      {content}
      <ActivityEditor
        canEdit={canEdit}
        opened={editing !== null}
        activity={editingActivity}
        index={editingIndex}
        onClose={closeEditor}
        activities={list}
        themes={themes.data ?? []}
        goals={goals.data ?? []}
        kpis={kpis.data ?? []}
      />
    </StepFrame>
  );
}
