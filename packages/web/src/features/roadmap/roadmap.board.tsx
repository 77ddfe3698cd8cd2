import type { RoadmapItem, RoadmapModel } from '@kurs/core';
import { Button, Grid, Paper, Stack, Text, VisuallyHidden, useComputedColorScheme } from '@mantine/core';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useSetSearchParams } from '../../shared/search-params';
import { useCollection } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { DeleteDialog } from '../../shared/ui/delete-dialog';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { RoadmapChart } from './roadmap.chart';
import type { DetailsTarget } from './roadmap.details';
import { useRoadmapEditing, type EditEvent } from './roadmap.editing';
import { download, svgToPng } from './roadmap.export';
import { ownersOf, shownRoadmap, VIEWS, type RoadmapFilters, type RoadmapView } from './roadmap.filter';
import { layoutRoadmap } from './roadmap.layout';
import { RoadmapLegend } from './roadmap.legend';
import { MilestoneList, UndatedBuckets, type MilestoneRow } from './roadmap.lists';
import { LazyMilestoneEditor, LazyRoadmapDetails } from './roadmap.lazy';
import type { MilestoneTarget } from './roadmap.milestone-form';
import { paletteFor } from './roadmap.palette';
import { drawnDomain, timeScale, ZOOMS, type Zoom } from './roadmap.scale';
import { roadmapKey, useCollectionWhen, useGoalTitles, useIdleAfterDraw, useOnceTrue } from './roadmap.queries';
import { RoadmapToolbar, type ExportFormat } from './roadmap.toolbar';
import { useRoadmapWords } from './roadmap.words';

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** The index in a fix link's path, e.g. 3 in "activities[3].start". */
function activityIndex(path: string | null): number | null {
  const match = path === null ? null : /^activities\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The roadmap step with a model to show: view, zoom and filters (kept in the address, so a
 * stakeholder view can be shared as a link), the timeline, the undated work and milestones.
 * Without `canEdit` (a viewer) the bars do not move and there is nothing to undo.
 */
export function RoadmapBoard(props: { model: RoadmapModel; canEdit: boolean }) {
  const { model, canEdit } = props;
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const queryClient = useQueryClient();
  const helpId = useId();
  const [params] = useSearchParams();
  const view = oneOf(VIEWS, params.get('view'), 'team');
  const owner = params.get('owner');
  const goal = params.get('goal');
  const filters = useMemo((): RoadmapFilters => ({ view, owner, goal }), [view, owner, goal]);
  // A phone shows a quarter at a time, a wider screen a year.
  const zoom = oneOf(ZOOMS, params.get('zoom'), window.innerWidth < 600 ? 'quarter' : 'year');
  const setParams = useSetSearchParams();
  const setParam = (name: string, value: string | null) => setParams({ focus: null, [name]: value });


  const [detailsId, setDetailsId] = useState<string | null>(null);
  const [editor, setEditor] = useState<MilestoneTarget | null>(null);
  const focusPath = useFocusPath();
  const focusIndex = activityIndex(focusPath);
  // The activities and themes as stored are for the goal filter, a fix link, the details and the
  // milestone form: read when one of those asks, or once the timeline is drawn and all is quiet.
  const later = useIdleAfterDraw();
  const activities = useCollectionWhen(ws, plan.id, 'activities', later || filters.goal !== null || focusIndex !== null || detailsId !== null || editor !== null);
  const themes = useCollectionWhen(ws, plan.id, 'themes', later || editor !== null);
  const goals = useCollection(ws, plan.id, 'goals');
  const milestones = useCollection(ws, plan.id, 'milestones');
  const goalsOf = useMemo(() => {
    const byId = new Map((activities.data ?? []).map((a) => [a.id, a.goals ?? []]));
    return (id: string) => byId.get(id);
  }, [activities.data]);
  const goalTitles = useGoalTitles(ws, plan.id);

  // The activities' goals matter only to the goal filter: their arrival redraws nothing else.
  const goalsNeeded = filters.goal === null ? null : goalsOf;
  const shown = useMemo(() => shownRoadmap(model, filters, goalsNeeded ?? (() => undefined)), [model, filters, goalsNeeded]);
  const layout = useMemo(() => layoutRoadmap(shown.lanes), [shown.lanes]);
  const owners = useMemo(() => ownersOf(model), [model]);
  const palette = paletteFor(useComputedColorScheme('light'));
  const words = useRoadmapWords(model.today);
  const laneName = useCallback(
    (theme: string | null) => model.lanes.find((l) => l.theme === theme)?.name ?? intl.formatMessage({ id: 'roadmap.lane.none' }),
    [model, intl],
  );

  const [announcement, setAnnouncement] = useState('');
  const onEvent = useCallback(
    (event: EditEvent) =>
      setAnnouncement(
        event.kind === 'moved'
          ? intl.formatMessage({ id: 'roadmap.announce.moved' }, { title: event.title, range: words.range(event.dates) })
          : intl.formatMessage({ id: `roadmap.announce.${event.kind}` }, { title: event.title }),
      ),
    [intl, words],
  );
  const editing = useRoadmapEditing(ws, plan.id, model, onEvent);
  const { undo } = editing;

  // Ctrl/Cmd+Z anywhere on the page, except where it undoes typing.
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (isEditable(event.target) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, canEdit]);

  const details = useMemo((): DetailsTarget | null => {
    if (detailsId === null) return null;
    const box = layout.byId.get(detailsId);
    const item: RoadmapItem | undefined = box?.bar ?? [...model.undated.now, ...model.undated.next, ...model.undated.later].find((a) => a.id === detailsId);
    if (!item) return null;
    return { item, dates: box ? (editing.overrides.get(detailsId) ?? box.bar) : null, laneName: laneName(item.theme) };
  }, [detailsId, layout, model, editing.overrides, laneName]);

  const [deleting, setDeleting] = useState<Entity<'milestones'> | null>(null);

  // A fix link (?focus=activities[3].start) shows that activity: its bar, or its place in the
  // lists. One about milestones shows the list and, for an editor, opens the form: a new
  // milestone for "milestones", that milestone at the field named for "milestones[2].date".
  const handledFocus = useRef<string | null>(null);
  const [focusMilestone, setFocusMilestone] = useState<string | null>(null);
  useEffect(() => {
    // Closing the form takes the focus out of the address: the same fix link then opens it again.
    if (focusPath === null) handledFocus.current = null;
    if (!focusPath?.startsWith('milestones') || handledFocus.current === focusPath || !milestones.data) return;
    handledFocus.current = focusPath;
    document.getElementById('roadmap-milestone-list')?.scrollIntoView({ block: 'center' });
    const match = /^milestones\[(\d+)\](?:\.(.+))?$/.exec(focusPath);
    const milestone = match ? milestones.data[Number(match[1])] : undefined;
    if (milestone) {
      setFocusMilestone(milestone.id);
      if (canEdit) setEditor({ kind: 'edit', id: milestone.id, focusField: match?.[2] });
    } else if (focusPath === 'milestones' && canEdit) setEditor({ kind: 'new' });
  }, [focusPath, milestones.data, canEdit]);
  // Once the form a fix link opened is closed, the address no longer asks for it.
  const closeEditor = () => {
    setEditor(null);
    if (focusPath?.startsWith('milestones')) setParams({ focus: null });
  };
  const focusId = focusIndex === null ? null : (activities.data?.[focusIndex]?.id ?? null);
  const focusBar = focusId !== null && layout.byId.has(focusId) ? focusId : null;
  useEffect(() => {
    if (focusId === null || focusBar !== null) return;
    const item = document.querySelector<HTMLElement>(`[data-undated="${CSS.escape(focusId)}"]`);
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  }, [focusId, focusBar]);

  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const onExport = async (format: ExportFormat) => {
    setExporting(format);
    setExportError(null);
    try {
      const { pictureSvg } = await import('./roadmap.picture');
      const scale = timeScale(drawnDomain(model), zoom, 1200);
      const viewName = intl.formatMessage({ id: `roadmap.view.${filters.view}` });
      const picture = await pictureSvg({
        drawing: {
          layout,
          scale,
          zoom,
          view: filters.view,
          palette,
          today: model.today,
          quarters: model.quarters,
          words,
          datesOf: (box) => editing.overrides.get(box.bar.id) ?? box.bar,
          dateOf: (m) => (m.id === null ? undefined : editing.milestoneOverrides.get(m.id)?.start) ?? m.date,
        },
        links: shown.links,
        caption: intl.formatMessage({ id: 'roadmap.export.caption' }, { plan: plan.name, view: viewName }),
      });
      const name = `roadmap-${plan.id}-${filters.view}`;
      if (format === 'svg') download(new Blob([picture.svg], { type: 'image/svg+xml' }), `${name}.svg`);
      else download(await svgToPng(picture.svg, picture.width, picture.height), `${name}.png`);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(null);
    }
  };

  // The list shows every stored milestone, also one outside the timeline's span, in the colour
  // and lane the engine gave it (or its theme's).
  const editorWanted = useOnceTrue(editor !== null);
  const detailsWanted = useOnceTrue(details !== null);

  const milestoneRows = useMemo((): MilestoneRow[] => {
    const drawn = new Map(model.lanes.flatMap((lane) => lane.milestones.map((m) => [m.id, { color: m.color, theme: m.theme }] as const)));
    const lane = (theme: string | null) => model.lanes.find((l) => l.theme === theme);
    return [...(milestones.data ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((milestone) => {
        const found = drawn.get(milestone.id) ?? { color: lane(milestone.theme ?? null)?.color ?? palette.dimmed, theme: milestone.theme ?? null };
        const goalNames = (milestone.goals ?? []).map((g) => goalTitles.get(g) ?? g);
        return { milestone, color: found.color, laneName: laneName(found.theme), goalNames };
      });
  }, [milestones.data, model, laneName, palette.dimmed, goalTitles]);
  const openMilestone = useCallback((id: string) => setEditor({ kind: 'edit', id }), []);
  const addMilestone = useCallback((date?: string, theme?: string | null) => setEditor({ kind: 'new', date, theme }), []);
  const filtered = filters.owner !== null || filters.goal !== null;

  return (
    <Stack gap="md">
      <RoadmapToolbar
        filters={filters}
        zoom={zoom}
        owners={owners}
        goals={(goals.data ?? []).map((g) => ({ id: g.id, title: g.title }))}
        undo={canEdit ? { can: editing.canUndo, run: undo } : null}
        onAddMilestone={canEdit ? () => addMilestone() : null}
        saving={editing.saving}
        exporting={exporting}
        onView={(value: RoadmapView) => setParam('view', value)}
        onZoom={(value: Zoom) => setParam('zoom', value)}
        onOwner={(value) => setParam('owner', value)}
        onGoal={(value) => setParam('goal', value)}
        onExport={(format) => void onExport(format)}
      />
      {editing.conflict && <ConflictAlert onReload={() => void editing.reload()} />}
      {editing.failure !== null && <ErrorAlert error={editing.failure} onRetry={editing.dismissFailure} />}
      {exportError !== null && <ErrorAlert error={exportError} />}
      <RoadmapLegend view={filters.view} palette={palette} accent={model.lanes[0]?.color ?? palette.status.planned} />
      {shown.lanes.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Stack align="flex-start" gap="xs">
            <Text>{intl.formatMessage({ id: 'roadmap.filter.nothing' })}</Text>
            {filtered && (
              <Button variant="default" size="xs" onClick={() => setParams({ owner: null, goal: null, focus: null })}>
                {intl.formatMessage({ id: 'roadmap.filter.clearAll' })}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <RoadmapChart
          model={model}
          layout={layout}
          links={shown.links}
          zoom={zoom}
          view={filters.view}
          palette={palette}
          words={words}
          overrides={editing.overrides}
          milestoneOverrides={editing.milestoneOverrides}
          editable={canEdit}
          focusId={focusBar}
          label={intl.formatMessage({ id: 'roadmap.chart.label' }, { count: shown.bars, lanes: shown.lanes.length })}
          describedBy={helpId}
          formatRange={words.range}
          addTip={words.addMilestoneAt}
          onChange={editing.change}
          onOpen={setDetailsId}
          onOpenMilestone={openMilestone}
          onAdd={addMilestone}
          onLeave={editing.flush}
        />
      )}
      <Text id={helpId} size="xs" c="dimmed" maw={900}>
        {intl.formatMessage({ id: canEdit ? 'roadmap.chart.help' : 'roadmap.chart.helpReadOnly' })}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <UndatedBuckets undated={shown.undated} view={filters.view} words={words} highlight={focusBar === null ? focusId : null} onOpen={setDetailsId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <MilestoneList
            rows={milestoneRows}
            words={words}
            today={model.today}
            canEdit={canEdit}
            highlight={focusMilestone}
            onOpen={openMilestone}
            onAdd={() => addMilestone()}
            onDelete={setDeleting}
          />
        </Grid.Col>
      </Grid>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {editorWanted && (
        <Suspense fallback={null}>
          <LazyMilestoneEditor
            // Opened once what it offers to choose from is there.
            target={milestones.data && themes.data && activities.data ? editor : null}
            milestones={milestones.data ?? []}
            themes={themes.data ?? []}
            activities={activities.data ?? []}
            goalTitles={goalTitles}
            canEdit={canEdit}
            onClose={closeEditor}
            onDelete={(milestone) => {
              closeEditor();
              setDeleting(milestone);
            }}
          />
        </Suspense>
      )}
      <DeleteDialog
        ws={ws}
        plan={plan.id}
        collection="milestones"
        entity={deleting}
        title={intl.formatMessage({ id: 'roadmap.milestone.deleteTitle' })}
        body={intl.formatMessage({ id: 'roadmap.milestone.deleteBody' }, { title: deleting?.title ?? '' })}
        confirm={intl.formatMessage({ id: 'roadmap.milestone.delete' })}
        cancel={intl.formatMessage({ id: 'roadmap.milestone.keep' })}
        onClose={() => {
          setDeleting(null);
          // The timeline shows a deleted milestone until it is read again.
          void queryClient.invalidateQueries({ queryKey: roadmapKey(ws, plan.id) });
        }}
      />
      {detailsWanted && (
        <Suspense fallback={null}>
          <LazyRoadmapDetails
            // Opened once the activity as stored (its goals, estimate, dependencies) is there.
            target={activities.data ? details : null}
            activities={activities.data}
            goalTitles={goalTitles}
            ws={ws}
            plan={plan.id}
            today={model.today}
            words={words}
            onClose={() => setDetailsId(null)}
          />
        </Suspense>
      )}
    </Stack>
  );
}
