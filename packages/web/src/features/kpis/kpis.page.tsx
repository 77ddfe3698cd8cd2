import type { Frequency } from '@kurs/core';
import { DEFAULT_FREQUENCY, FREQUENCIES, frequencyOf, TEXT_LIMITS } from '@kurs/core/browser';
import { Button, Group, Paper, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useCollection, useCreateEntity } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { useEntitySaves } from '../../shared/entity-saves';
import { withMember } from '../../shared/sets';
import { QuickAdd } from '../../shared/ui/quick-add';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { StepFindings, useFocusPath } from '../health/health.findings';
import { stageOfPath } from '../health/health.focus';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { ownersOf } from '../goals/goals.inline';
import { KpisBulkBar } from './kpis.bulk';
import { DeleteKpiModal } from './kpis.delete';
import { KpiFormModal } from './kpis.form';
import { draftOf, kpiOf, type KpiDraft } from './kpis.form.model';
import { MeasurementGrid } from './kpis.grid';
import { ImportMeasurementsButton } from './kpis.import';
import { kpiPath } from './kpis.paths';
import { useProgress } from './kpis.queries';
import { KpiTable, type KpiColumns, type KpiRow } from './kpis.table';

/**
 * `kpis[3].owner` → the KPI's place and the field a fix link points at; `kpis` alone asks for a
 * first KPI, and a funnel stage without a KPI (`strategy.funnel.retain`) for a KPI of that stage.
 */
function focusOf(path: string | null): { index: number | null; field?: keyof KpiDraft; preset?: Partial<KpiDraft> } | null {
  if (path === 'kpis') return { index: null };
  const stage = stageOfPath(path);
  if (stage) return { index: null, preset: { funnel_stage: stage } };
  const match = path?.match(/^kpis\[(\d+)\](?:\.(\w+))?/);
  return match ? { index: Number(match[1]), field: match[2] as keyof KpiDraft | undefined } : null;
}

export default function KpisPage() {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const navigate = useNavigate();
  const kpis = useCollection(ws, plan.id, 'kpis');
  const progress = useProgress(ws, plan.id);
  const focusPath = useFocusPath();
  const focus = focusOf(focusPath);
  const [form, setForm] = useState<{ row?: KpiRow; field?: keyof KpiDraft; preset?: Partial<KpiDraft> } | null>(null);
  const [deleting, setDeleting] = useState<Entity<'kpis'> | null>(null);
  // Once opened, the results tab stays mounted (hidden) so that switching tabs keeps what was typed.
  const [resultsOpened, setResultsOpened] = useState(false);
  const canEdit = useCan('plan.write');
  const goals = useCollection(ws, plan.id, 'goals');
  const saves = useEntitySaves(ws, plan.id, 'kpis');
  const createKpi = useCreateEntity(ws, plan.id, 'kpis');
  const [columns, setColumns] = useState<KpiColumns>('results');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const choose = useCallback(
    (ids: readonly string[], on: boolean) => setChosen((current) => ids.reduce((set, id) => withMember(set, id, on), current)),
    [],
  );
  const chosenKpis = (kpis.data ?? []).filter((k) => chosen.has(k.id));

  const overviews = useMemo(() => new Map((progress.data?.kpis ?? []).map((o) => [o.kpi, o])), [progress.data]);
  const rows: KpiRow[] = useMemo(
    () => (kpis.data ?? []).map((kpi, index) => ({ kpi, index, overview: overviews.get(kpi.id) })),
    [kpis.data, overviews],
  );
  // A fix link that names a field opens the form on it; one that names the list asks for a new KPI.
  // Once per link: a refetch of the KPIs must not open the form again after the user closed it.
  const [handledFocus, setHandledFocus] = useState<string | null>(null);
  if (kpis.data && canEdit && focusPath !== handledFocus) {
    setHandledFocus(focusPath);
    if (focus?.index === null) setForm({ preset: focus.preset });
    else if (focus?.field && rows[focus.index]) setForm({ row: rows[focus.index], field: focus.field });
  }

  // A name typed at the top creates a KPI with the new form's defaults; the rest is set in the table.
  const quickAdd = canEdit && (
    <QuickAdd
      label={intl.formatMessage({ id: 'kpis.quickAdd' })}
      takenIds={(kpis.data ?? []).map((k) => k.id)}
      fallbackId="kpi"
      maxLength={TEXT_LIMITS.name}
      onCreate={async (name, id) => void (await createKpi.mutateAsync(kpiOf({ ...draftOf(), id, name })))}
    />
  );

  const newButton = canEdit && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({})}>
      <FormattedMessage id="kpis.action.new" />
    </Button>
  );

  let content: ReactNode;
  if (kpis.isLoading) content = <PageLoader />;
  else if (kpis.error) content = <ErrorAlert error={kpis.error} onRetry={() => void kpis.refetch()} />;
  else if (rows.length === 0) {
    content = (
      <Stack gap="lg">
        {quickAdd}
        <StepFindings step="kpis" />
        <Paper withBorder radius="md" p="md">
          <StepEmptyState step="kpis" action={newButton || undefined} />
        </Paper>
      </Stack>
    );
  } else {
    content = (
      <Stack gap="lg">
        {quickAdd}
        <StepFindings step="kpis" />
        {canEdit && (
          <Group justify="space-between" gap="sm">
            {newButton}
            <ImportMeasurementsButton />
          </Group>
        )}
        {canEdit && chosenKpis.length > 0 && (
          <KpisBulkBar chosen={chosenKpis} owners={ownersOf(kpis.data ?? [], goals.data ?? [])} saves={saves} onClear={() => setChosen(new Set())} />
        )}
        {progress.error && <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />}
        <Tabs defaultValue="kpis" keepMounted={false} keepMountedMode="display-none" onChange={(tab) => tab === 'results' && setResultsOpened(true)}>
          <Tabs.List>
            <Tabs.Tab value="kpis">
              <FormattedMessage id="kpis.tabs.table" values={{ count: rows.length }} />
            </Tabs.Tab>
            {canEdit && (
              <Tabs.Tab value="results">
                <FormattedMessage id="kpis.tabs.results" />
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="kpis" pt="md">
            <Stack gap="sm">
              <SegmentedControl
                aria-label={intl.formatMessage({ id: 'kpis.table.columns' })}
                value={columns}
                onChange={(v) => setColumns(v as KpiColumns)}
                data={[
                  { value: 'results', label: intl.formatMessage({ id: 'kpis.table.columns.results' }) },
                  { value: 'details', label: intl.formatMessage({ id: 'kpis.table.columns.details' }) },
                ]}
                style={{ alignSelf: 'flex-start' }}
              />
              <KpiTable
                rows={rows}
                columns={columns}
                today={progress.data?.today}
                focusIndex={focus?.index ?? null}
                editing={
                  canEdit ? { saves, chosen, onChoose: choose, onEdit: (row) => setForm({ row }), onDelete: (row) => setDeleting(row.kpi) } : undefined
                }
              />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="results" pt="md" keepMounted={resultsOpened}>
            {progress.data ? <ResultsByFrequency kpis={kpis.data!} today={progress.data.today} /> : <PageLoader />}
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );
  }

  return (
    <StepFrame step="kpis">
      {content}
      <KpiFormModal
        opened={form !== null}
        onClose={() => setForm(null)}
        kpi={form?.row?.kpi}
        index={form?.row?.index}
        focus={form?.field}
        preset={form?.preset}
        // A KPI asked for by a fix link stays in the list, where the link's finding is seen to go.
        onCreated={form?.preset ? undefined : (kpi) => navigate(kpiPath(ws, plan.id, kpi.id))}
      />
      <DeleteKpiModal kpi={deleting} onClose={() => setDeleting(null)} />
    </StepFrame>
  );
}

/**
 * One grid per measuring rhythm: the KPIs measured monthly are entered together, and so on.
 * A rhythm's grid stays mounted once shown, so switching keeps unsaved cells, and one guard
 * asks before leaving while any grid holds some (the router honours one blocker at a time).
 */
function ResultsByFrequency(props: { kpis: Entity<'kpis'>[]; today: string }) {
  const intl = useIntl();
  const present = FREQUENCIES.filter((f) => props.kpis.some((k) => frequencyOf(k) === f));
  const [chosen, setChosen] = useState<Frequency>(present.includes(DEFAULT_FREQUENCY) ? DEFAULT_FREQUENCY : present[0]);
  const frequency = present.includes(chosen) ? chosen : present[0];
  const [shown, setShown] = useState<ReadonlySet<Frequency>>(() => new Set([frequency]));
  const [dirty, setDirty] = useState<ReadonlySet<Frequency>>(new Set());
  const onDirtyChange = useCallback((f: Frequency, isDirty: boolean) => setDirty((current) => withMember(current, f, isDirty)), []);
  const choose = (f: Frequency) => {
    setChosen(f);
    setShown((current) => new Set(current).add(f));
  };
  const label = (f: Frequency) => intl.formatMessage({ id: `kpis.frequency.${f}` });
  return (
    <Stack gap="md">
      <UnsavedGuard when={present.some((f) => dirty.has(f))} />
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id="results-frequency">
          <FormattedMessage id="kpis.results.measured" />
        </Text>
        {present.length > 1 ? (
          <SegmentedControl
            aria-labelledby="results-frequency"
            data={present.map((f) => ({ value: f, label: label(f) }))}
            value={frequency}
            onChange={(v) => choose(v as Frequency)}
          />
        ) : (
          <Text size="sm">{label(frequency)}</Text>
        )}
      </Group>
      {present
        .filter((f) => f === frequency || shown.has(f))
        .map((f) => (
          <div key={f} hidden={f !== frequency}>
            <FrequencyGrid kpis={props.kpis.filter((k) => frequencyOf(k) === f)} frequency={f} today={props.today} onDirtyChange={onDirtyChange} />
          </div>
        ))}
    </Stack>
  );
}

function FrequencyGrid(props: {
  kpis: Entity<'kpis'>[];
  frequency: Frequency;
  today: string;
  onDirtyChange: (frequency: Frequency, dirty: boolean) => void;
}) {
  const intl = useIntl();
  const { frequency, onDirtyChange } = props;
  const reportDirty = useCallback((dirty: boolean) => onDirtyChange(frequency, dirty), [frequency, onDirtyChange]);
  return (
    <MeasurementGrid
      kpis={props.kpis}
      frequency={frequency}
      today={props.today}
      onDirtyChange={reportDirty}
      caption={intl.formatMessage({ id: 'kpis.results.caption' }, { frequency: intl.formatMessage({ id: `kpis.frequency.${frequency}` }).toLowerCase() })}
    />
  );
}
