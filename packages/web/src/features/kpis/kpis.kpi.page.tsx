import type { Goal, GoalProgress, Grain, IsoDate, KpiOverview } from '@kurs/core';
import { FREQUENCY_GRAIN, frequencyOf, fromDayNumber, GRAINS, periodOf, toDayNumber } from '@kurs/core/browser';
import { Anchor, Badge, Box, Breadcrumbs, Button, Card, ColorSwatch, Group, List, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPencil, IconTable, IconZoomOut } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import { ApiError } from '../../shared/api/api.client';
import { useCollection } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { stepPath } from '../steps/steps.list';
import { UPlotChart, useChartTheme, type XRange } from './kpis.chart';
import { kpiChartModel, type GoalOverlay, type KpiChartModel } from './kpis.chart.model';
import { kpiChartConfig } from './kpis.chart.options';
import { chartWords } from './kpis.chart.words';
import { DAY_SECONDS, epochSeconds } from './kpis.dates';
import { KpiFormModal } from './kpis.form';
import { chartDateFormat, kpiValueFormat, type KpiValueFormat } from './kpis.format';
import { MeasurementGrid } from './kpis.grid';
import { ImportMeasurementsButton } from './kpis.import';
import { useKpiSeries, useProgress } from './kpis.queries';
import { chartSeries, type ChartSeries, seriesWidth } from './kpis.series';
import { KpiStatusBadge, OverdueBadge } from './kpis.status';

const NO_ACTIVITIES: readonly Entity<'activities'>[] = [];

/** One KPI: what it is, its results in a chart against the goals it measures, and a grid to enter new ones. */
export default function KpiPage() {
  const { ws, plan } = usePlanContext();
  const { kpi: kpiId } = useParams();
  const kpis = useCollection(ws, plan.id, 'kpis');
  const goals = useCollection(ws, plan.id, 'goals');
  const activities = useCollection(ws, plan.id, 'activities');
  const progress = useProgress(ws, plan.id);
  // Asked at once, beside the others (the navigation asked for the same from the address already).
  const [width] = useState(() => seriesWidth(window.innerWidth));
  useKpiSeries(ws, plan.id, kpiId!, { grain: null, width });
  const canEdit = useCan('plan.write');
  const [gridDirty, setGridDirty] = useState(false);
  const index = kpis.data?.findIndex((k) => k.id === kpiId) ?? -1;
  const kpi = index >= 0 ? kpis.data![index] : undefined;
  useDocumentTitle(`${kpi?.name ?? kpiId} · ${plan.name} · Kurs`);

  if (kpis.isLoading) return <PageLoader />;
  if (kpis.error) return <ErrorAlert error={kpis.error} onRetry={() => void kpis.refetch()} />;
  if (!kpi) return <KpiNotFound />;
  const overview = progress.data?.kpis.find((o) => o.kpi === kpi.id);

  return (
    <Stack gap="lg">
      <UnsavedGuard when={gridDirty} />
      <KpiHeader kpi={kpi} index={index} overview={overview} />
      {progress.error && <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />}
      {activities.error && <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />}
      {/* The plan's activities (a page of 1 000 after another) only add their bars: the chart is drawn without waiting for them. */}
      {progress.data && goals.data ? (
        <ResultsCard kpi={kpi} goals={goals.data} goalProgress={progress.data.goals} activities={activities.data ?? NO_ACTIVITIES} width={width} />
      ) : (
        !progress.error && <PageLoader />
      )}
      {canEdit && progress.data && (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb={4}>
            <FormattedMessage id="kpis.page.enterTitle" />
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            <FormattedMessage id="kpis.page.enterLead" />
          </Text>
          <Box maw={560}>
          <MeasurementGrid
            key={kpi.frequency}
            kpis={[kpi]}
            frequency={frequencyOf(kpi)}
            today={progress.data.today}
            caption={kpi.name}
            onDirtyChange={setGridDirty}
          />
          </Box>
        </Card>
      )}
    </Stack>
  );
}

function KpiNotFound() {
  const { ws, plan } = usePlanContext();
  return (
    <Stack gap="md" align="flex-start">
      <ErrorAlert error={new ApiError(404, 'Not found')} />
      <Anchor component={Link} to={stepPath(ws, plan.id, 'kpis')}>
        <FormattedMessage id="kpis.page.back" />
      </Anchor>
    </Stack>
  );
}

function KpiHeader(props: { kpi: Entity<'kpis'>; index: number; overview: KpiOverview | undefined }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { kpi, overview } = props;
  const [editing, setEditing] = useState(false);
  const canEdit = useCan('plan.write');
  const facts: [string, string | undefined][] = [
    ['kpis.field.owner', kpi.owner ?? intl.formatMessage({ id: 'kpis.table.noOwner' })],
    ['kpis.field.frequency', kpi.frequency && intl.formatMessage({ id: `kpis.frequency.${kpi.frequency}` })],
    ['kpis.field.unit', kpi.unit && intl.formatMessage({ id: `kpis.unit.${kpi.unit}` })],
    ['kpis.field.direction', kpi.direction && intl.formatMessage({ id: `kpis.direction.${kpi.direction}` })],
    ['kpis.field.aggregation', kpi.aggregation && intl.formatMessage({ id: `kpis.aggregation.${kpi.aggregation}` })],
    ['kpis.field.funnelStage', kpi.funnel_stage && intl.formatMessage({ id: `kpis.funnel.${kpi.funnel_stage}` })],
    ['kpis.field.source', kpi.source && intl.formatMessage({ id: `kpis.source.${kpi.source}` })],
  ];
  return (
    <Stack gap="sm">
      <Breadcrumbs aria-label={intl.formatMessage({ id: 'kpis.page.breadcrumbs' })}>
        <Anchor component={Link} to={stepPath(ws, plan.id, 'kpis')} size="sm">
          <FormattedMessage id="step.kpis.title" />
        </Anchor>
        <Text size="sm" c="dimmed" aria-current="page">
          {kpi.name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} maw={760}>
          <Group gap="sm" align="center">
            <Title order={1}>{kpi.name}</Title>
            <KpiStatusBadge status={overview?.status ?? null} />
            {overview?.overdue && <OverdueBadge />}
            {kpi.conversion && (
              <Badge variant="outline" color="indigo">
                <FormattedMessage id="kpis.field.conversion" />
              </Badge>
            )}
          </Group>
          {kpi.definition && <Text c="dimmed">{kpi.definition}</Text>}
        </Stack>
        {canEdit && (
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              <FormattedMessage id="kpis.action.edit" />
            </Button>
            <ImportMeasurementsButton />
          </Group>
        )}
      </Group>
      <Group gap="xl" wrap="wrap" component="dl" m={0}>
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="xs" c="dimmed">
                {intl.formatMessage({ id: label as 'kpis.field.owner' })}
              </Text>
              <Text component="dd" size="sm" fw={500} m={0}>
                {value}
              </Text>
            </div>
          ))}
      </Group>
      <FindingsInline path={`kpis[${props.index}]`} />
      <KpiFormModal
        opened={editing}
        onClose={() => setEditing(false)}
        kpi={kpi}
        index={props.index}
      />
    </Stack>
  );
}

/** A range the reader zoomed in to: the chart's x range (seconds) and the days it spans. */
interface ZoomView {
  range: readonly [number, number];
  from: IsoDate;
  to: IsoDate;
}

function ResultsCard(props: { kpi: Entity<'kpis'>; goals: readonly Entity<'goals'>[]; goalProgress: readonly GoalProgress[]; activities: readonly Entity<'activities'>[]; width: number }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { kpi, width } = props;
  // Null: the KPI's own grain, which the answer names (and the navigation asked for already).
  const [chosenGrain, setGrain] = useState<Grain | null>(null);
  const [view, setView] = useState<ZoomView | null>(null);
  const [showTable, setShowTable] = useState(false);
  const series = useKpiSeries(ws, plan.id, kpi.id, { grain: chosenGrain, width });
  const overview = series.isPlaceholderData ? undefined : series.data;
  const detail = useKpiSeries(
    ws,
    plan.id,
    kpi.id,
    { grain: overview?.grain ?? chosenGrain, width, from: view?.from, to: view?.to },
    { enabled: view !== null && overview?.reduced === true },
  );
  const shown = useMemo(() => {
    if (!series.data) return undefined;
    const zoomed = view && detail.data && !detail.isPlaceholderData && detail.data.grain === series.data.grain ? detail.data : undefined;
    return chartSeries(series.data, zoomed);
  }, [series.data, view, detail.data, detail.isPlaceholderData]);
  const grain = series.data?.grain ?? chosenGrain ?? FREQUENCY_GRAIN[frequencyOf(kpi)];
  const goals = useMemo(() => {
    const byGoal = new Map(props.goalProgress.map((p) => [p.goal, p]));
    return props.goals.flatMap((goal) => (byGoal.has(goal.id) ? [{ goal, progress: byGoal.get(goal.id)! }] : []));
  }, [props.goals, props.goalProgress]);
  const model = useMemo(
    () => shown && series.data && kpiChartModel({ kpi, grain: series.data.grain, series: shown, exact: shown.exact, goals, activities: props.activities, period: plan.period }),
    [shown, series.data, kpi, goals, props.activities, plan.period],
  );
  const onZoom = useCallback((range: XRange) => {
    setView(range && { range, from: fromDayNumber(Math.floor(range[0] / DAY_SECONDS)), to: fromDayNumber(Math.ceil(range[1] / DAY_SECONDS)) });
  }, []);
  // Typed dates zoom as a drag does; the whole history again is no zoom.
  const zoomTo = (range: { from: IsoDate; to: IsoDate } | null) => {
    const all = series.data;
    if (!range || (all?.from && all.to && range.from <= all.from && range.to >= all.to)) setView(null);
    else setView({ ...range, range: [epochSeconds(range.from), epochSeconds(range.to)] });
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Title order={2} size="h4">
          <FormattedMessage id="kpis.page.resultsTitle" />
        </Title>
        <Group gap="sm">
          <Text size="sm" id="grain-label" visibleFrom="xs">
            <FormattedMessage id="kpis.page.grain" />
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="grain-label"
            aria-label={intl.formatMessage({ id: 'kpis.page.grain' })}
            data={GRAINS.map((g) => ({ value: g, label: intl.formatMessage({ id: `kpis.grain.${g}` }) }))}
            value={grain}
            onChange={(v) => {
              setGrain(v as Grain);
              setView(null);
            }}
          />
        </Group>
      </Group>
      {series.error && <ErrorAlert error={series.error} onRetry={() => void series.refetch()} />}
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {!model && !series.error && <PageLoader />}
      {model && series.data && shown && (
        <Stack gap="md">
          {model.actual.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              <FormattedMessage id="kpis.page.noValues" />
            </Text>
          ) : (
            <KpiChart kpi={kpi} model={model} grain={series.data.grain} total={series.data.total} view={view} onZoom={onZoom} />
          )}
          {overview?.reduced && !(detail.data && !detail.data.reduced && view) && (
            <Text size="sm" c="dimmed" maw={760}>
              <FormattedMessage id="kpis.page.reduced" values={{ total: overview.total }} />
            </Text>
          )}
          {model.actual.length > 0 && (
            <ZoomFields view={view} whole={series.data} onZoom={zoomTo} />
          )}
          <ChartKey kpi={kpi} model={model} goals={goals} grain={series.data.grain} />
          <div>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconTable size={16} aria-hidden />}
              onClick={() => setShowTable((s) => !s)}
              aria-expanded={showTable}
              aria-controls="kpi-data-table"
            >
              <FormattedMessage id={showTable ? 'kpis.page.hideTable' : 'kpis.page.showTable'} />
            </Button>
            {showTable && <SeriesTable id="kpi-data-table" kpi={kpi} grain={series.data.grain} series={shown} view={view} />}
          </div>
        </Stack>
      )}
    </Card>
  );
}

/** The dates the chart shows, to type: zooming by keyboard, and reading the range exactly. */
function ZoomFields(props: { view: ZoomView | null; whole: { from: IsoDate | null; to: IsoDate | null }; onZoom: (range: { from: IsoDate; to: IsoDate } | null) => void }) {
  const intl = useIntl();
  const { view, whole } = props;
  const from = view?.from ?? whole.from ?? '';
  const to = view?.to ?? whole.to ?? '';
  // An emptied field is the history's own end; a from after the to is not a range.
  const zoom = (next: { from: IsoDate; to: IsoDate }) => {
    if (next.from && next.to && next.from <= next.to) props.onZoom(next);
  };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={intl.formatMessage({ id: 'kpis.page.range' })}>
      <DateField
        size="xs"
        w={170}
        label={intl.formatMessage({ id: 'kpis.page.rangeFrom' })}
        value={from}
        maxDate={to || undefined}
        onChange={(date) => zoom({ from: date || (whole.from ?? ''), to })}
      />
      <DateField
        size="xs"
        w={170}
        label={intl.formatMessage({ id: 'kpis.page.rangeTo' })}
        value={to}
        minDate={from || undefined}
        onChange={(date) => zoom({ from, to: date || (whole.to ?? '') })}
      />
      {view && (
        <Button variant="default" size="xs" leftSection={<IconZoomOut size={16} aria-hidden />} onClick={() => props.onZoom(null)}>
          <FormattedMessage id="kpis.page.showAll" />
        </Button>
      )}
    </Group>
  );
}

function KpiChart(props: { kpi: Entity<'kpis'>; model: KpiChartModel; grain: Grain; total: number; view: ZoomView | null; onZoom: (range: XRange) => void }) {
  const { plan } = usePlanContext();
  const { locale } = useLocale();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const theme = useChartTheme();
  const { kpi, model } = props;
  const config = useMemo(() => {
    const value = kpiValueFormat(locale, kpi.unit, plan.currency);
    return kpiChartConfig(
      {
        x: model.actual.map((p) => epochSeconds(p.date)),
        y: model.actual.map((p) => p.value),
        overlays: model.overlays,
        markers: model.markers,
        fromZero: kpi.aggregation === 'sum',
      },
      theme,
      chartWords(intl),
      { ...value, ...chartDateFormat(locale) },
    );
  }, [model, theme, intl, locale, kpi.unit, kpi.aggregation, plan.currency]);
  const value = kpiValueFormat(locale, kpi.unit, plan.currency).value;
  const first = model.actual[0];
  const last = model.actual.at(-1)!;
  const label = intl.formatMessage(
    { id: 'kpis.chart.label' },
    {
      kpi: kpi.name,
      grain: intl.formatMessage({ id: `kpis.grain.${props.grain}` }).toLowerCase(),
      count: props.total,
      from: format.date(first.date),
      to: format.date(last.date),
      last: value(last.value),
      goals: model.overlays.length,
    },
  );
  return (
    <Box mx={{ base: -8, sm: 0 }}>
      <UPlotChart options={config.options} data={config.data} height={340} label={label} xRange={props.view?.range ?? null} onZoom={props.onZoom} />
    </Box>
  );
}

/** What the goal lines mean and which activities the numbered bars are, in words. */
function ChartKey(props: { kpi: Entity<'kpis'>; model: KpiChartModel; goals: readonly { goal: Goal; progress: GoalProgress }[]; grain: Grain }) {
  const { plan } = usePlanContext();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  const theme = useChartTheme();
  const value = kpiValueFormat(locale, props.kpi.unit, plan.currency);
  const { model } = props;
  return (
    <Stack gap="md">
      {model.overlays.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            <FormattedMessage id="kpis.page.goalsTitle" values={{ count: model.overlays.length }} />
          </Text>
          {model.overlays.map((overlay, i) => (
            <GoalLine
              key={overlay.goal}
              overlay={overlay}
              number={model.overlays.length > 1 ? i + 1 : null}
              color={theme.goals[i % theme.goals.length]}
              progress={props.goals.find((g) => g.goal.id === overlay.goal)!.progress}
              value={value}
              grain={props.grain}
            />
          ))}
        </Stack>
      )}
      {model.markers.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            <FormattedMessage id="kpis.page.activitiesTitle" values={{ count: model.markers.length }} />
          </Text>
          <List type="ordered" size="sm" spacing={2}>
            {model.markers.map((m) => (
              <List.Item key={m.id}>
                {m.title}{' '}
                <Text span size="xs" c="dimmed">
                  {format.period({ start: m.start, end: m.end })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

function GoalLine(props: { overlay: GoalOverlay; number: number | null; color: string; progress: GoalProgress; value: KpiValueFormat; grain: Grain }) {
  const { plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const { overlay, progress, value } = props;
  const { forecast } = progress;
  const grainWord = (g: Grain) => intl.formatMessage({ id: `kpis.per.${g}` });
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <ColorSwatch color={props.color} size={14} mt={3} withShadow={false} aria-hidden />
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {props.number !== null && `${props.number}. `}
          {overlay.title} <KpiStatusBadge status={progress.status} />
        </Text>
        <Text size="xs" c="dimmed">
          {progress.progress !== null && (
            <FormattedMessage
              id="kpis.page.progress"
              values={{ progress: format.percent(progress.progress), expected: format.percent(progress.expected) }}
            />
          )}{' '}
          {forecast && (
            <FormattedMessage
              id="kpis.page.forecast"
              values={{ date: format.date(forecast.date), value: value.value(forecast.value), low: value.value(forecast.low), high: value.value(forecast.high) }}
            />
          )}
        </Text>
        {overlay.axis === 'total' && (
          <Text size="xs" c="dimmed">
            <FormattedMessage id="kpis.page.readTotal" values={{ date: format.date(overlay.expected[0].date) }} />
          </Text>
        )}
        {overlay.runningLeftOut && (
          <Text size="xs" c="dimmed">
            <FormattedMessage id="kpis.page.runningLeftOut" />
          </Text>
        )}
        {overlay.per && (
          <Text size="xs" c="dimmed">
            <FormattedMessage
              id="kpis.page.readRate"
              values={{
                per: grainWord(overlay.per),
                target: value.value(overlay.target.value / overlay.scale),
                scaled: value.value(overlay.target.value),
                chartPer: grainWord(props.grain),
                same: String(Math.abs(overlay.scale - 1) < 1e-9),
              }}
            />
          </Text>
        )}
      </Stack>
    </Group>
  );
}

function SeriesTable(props: { id: string; kpi: Entity<'kpis'>; grain: Grain; series: ChartSeries; view: ZoomView | null }) {
  const { plan } = usePlanContext();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  const intl = useIntl();
  const value = kpiValueFormat(locale, props.kpi.unit, plan.currency).value;
  const { t, v, n } = props.series;
  // The rows of what the chart shows: the zoomed-in range, or the whole history.
  const [from, to] = props.view ? [toDayNumber(props.view.from), toDayNumber(props.view.to)] : [-Infinity, Infinity];
  const rows = t.flatMap((day, i) => (day >= from && day <= to ? [i] : []));
  return (
    <Table.ScrollContainer minWidth={320} mah={360} id={props.id} mt="xs">
      <Table striped stickyHeader verticalSpacing={4} fz="sm">
        <Table.Caption>
          <FormattedMessage
            id="kpis.page.tableCaption"
            values={{ kpi: props.kpi.name, grain: intl.formatMessage({ id: `kpis.grain.${props.grain}` }).toLowerCase() }}
          />
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id="kpis.page.period" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="kpis.page.periodEnd" />
            </Table.Th>
            <Table.Th ta="right">
              <FormattedMessage id="kpis.import.value" />
            </Table.Th>
            <Table.Th ta="right">
              <FormattedMessage id="kpis.page.count" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((i) => {
            const end = fromDayNumber(t[i]!);
            return (
              <Table.Tr key={t[i]}>
                <Table.Th scope="row" fw={500}>
                  {periodOf(end, props.grain).period}
                </Table.Th>
                <Table.Td>{format.date(end)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {value(v[i]!)}
                </Table.Td>
                <Table.Td ta="right">{n[i]}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
