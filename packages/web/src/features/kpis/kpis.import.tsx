import type { FieldError, MeasurementFormat, MeasurementMapping } from '@kurs/core';
import { LOCALES } from '@kurs/core/browser';
import { Alert, Button, Fieldset, FileInput, Group, List, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, useMatches } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconColumns, IconFileImport, IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../../shared/api/api.client';
import { useCollection } from '../../shared/api/api.queries';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { AppModal } from '../../shared/ui/app-modal';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useProblemWords } from '../../shared/ui/problem-words';
import { usePlanContext } from '../plans/plan.context';
import { kpiValueFormat } from './kpis.format';
import {
  changeFormat,
  delimiterName,
  droppedToShow,
  filterOf,
  headerAt,
  keepUnsent,
  kpiToStore,
  mapColumn,
  mappingToSend,
  type PeriodChoice,
  periodOf,
  presetKey,
  SAMPLE_BYTES,
  sampleText,
  setField,
  setFilter,
  setPeriod,
  skippedToShow,
  unsentChoices,
} from './kpis.import.model';
import { uploadMeasurementFile } from './kpis.import.upload';
import { afterMeasurementsChange } from './kpis.queries';
import type { MeasurementImportReport } from './kpis.types';

/** Opens the import of measurements from a CSV file or a Google Analytics 4 export. */
export function ImportMeasurementsButton() {
  const [opened, setOpened] = useState(false);
  const intl = useIntl();
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setOpened(true)}>
        <FormattedMessage id="kpis.import.open" />
      </Button>
      <AppModal opened={opened} onClose={() => setOpened(false)} size="xl" title={intl.formatMessage({ id: 'kpis.import.title' })}>
        {opened && <ImportMeasurements onDone={() => setOpened(false)} />}
      </AppModal>
    </>
  );
}

/** The column names of a file: its header as the server found it, in the file's encoding. */
async function headerOf(file: File, report: MeasurementImportReport): Promise<string[]> {
  const text = sampleText(await file.slice(0, SAMPLE_BYTES).arrayBuffer(), report.encoding);
  return headerAt(text, report.summary.header_line, report.delimiter);
}

type Phase = { kind: 'idle' } | { kind: 'sending'; share: number; dryRun: boolean };

/*
 * The steps: choose a file; the server checks it (a dry run, guessing the mapping the first
 * time) and answers with a preview and every error by line; the user corrects the mapping
 * or the file and checks again; then the real import stores it all or nothing.
 */
function ImportMeasurements(props: { onDone: () => void }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const queryClient = useQueryClient();
  const kpis = useCollection(ws, plan.id, 'kpis');
  const [file, setFile] = useState<File | null>(null);
  const [header, setHeader] = useState<string[]>([]);
  const [mapping, setMapping] = useState<MeasurementMapping | null>(null);
  const [report, setReport] = useState<MeasurementImportReport | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const send = (chosen: File, options: { mapping?: MeasurementMapping; dryRun: boolean }) => {
    abort.current?.abort();
    abort.current = new AbortController();
    setPhase({ kind: 'sending', share: 0, dryRun: options.dryRun });
    return uploadMeasurementFile(ws, plan.id, chosen, {
      ...options,
      signal: abort.current.signal,
      onProgress: (share) => setPhase({ kind: 'sending', share, dryRun: options.dryRun }),
    });
  };

  // `form`: the mapping as the user left it; what is not complete yet is not sent, but stays in the form.
  const check = async (chosen: File, form: MeasurementMapping | undefined) => {
    setError(null);
    try {
      const answer = await send(chosen, { mapping: form && mappingToSend(form), dryRun: true });
      setHeader(await headerOf(chosen, answer));
      setReport(answer);
      setMapping(form ? keepUnsent(answer.mapping, form) : answer.mapping);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  const choose = async (chosen: File | null) => {
    const previous = report;
    setFile(chosen);
    setReport(null);
    setError(null);
    if (!chosen) return;
    // A corrected copy of the same file (the same header, read the way the last one was) keeps the mapping the user already chose.
    const same = previous !== null && mapping !== null && (await headerOf(chosen, previous)).join('\u0000') === header.join('\u0000');
    await check(chosen, same ? mapping : undefined);
  };

  const importNow = async () => {
    if (!file || !report) return;
    setError(null);
    try {
      const answer = await send(file, { mapping: report.mapping, dryRun: false });
      await afterMeasurementsChange(queryClient, ws, plan.id);
      notifications.show({ color: 'teal', message: intl.formatMessage({ id: 'kpis.import.done' }, { count: answer.stored }) });
      props.onDone();
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  // A file whose columns match no KPI by name: the next step is the mapping, not an error list.
  const unmapped = report !== null && report.mapping.format !== 'long' && Object.keys(report.mapping.columns).length === 0;
  const changed = mapping !== null && report !== null && JSON.stringify(mappingToSend(mapping)) !== JSON.stringify(report.mapping);
  const busy = phase.kind === 'sending';
  const nameOf = kpiNames(kpis.data);
  const errorCount = report?.summary.error_count ?? 0;
  const values = report ? report.summary.rows - report.summary.replaced : 0;

  return (
    <Stack gap="md">
      {/* A chosen file and its mapping are work until imported; mounted only then (one guard answers at a time). */}
      {file !== null && <UnsavedGuard when />}
      <Text size="sm">
        <FormattedMessage id="kpis.import.intro" />
      </Text>
      <FileInput
        label={intl.formatMessage({ id: 'kpis.import.file' })}
        placeholder={intl.formatMessage({ id: 'kpis.import.filePlaceholder' })}
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        value={file}
        onChange={(f) => void choose(f)}
        clearable
        clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'newPlan.clearFile' }) }}
        disabled={busy}
      />
      {busy && <SendingProgress share={phase.share} dryRun={phase.dryRun} />}
      {/* A file refused before it could be read (its bytes), or an import refused at the end: its errors by line, as in the preview. */}
      {error !== null &&
        (isApiError(error) && error.errors.length > 0 ? <FileErrors count={error.errors.length} errors={error.errors} nameOf={nameOf} /> : <ErrorAlert error={error} />)}
      {report && mapping && (
        <>
          <MappingEditor header={header} mapping={mapping} onChange={setMapping} kpis={kpis.data ?? []} />
          {changed && (
            <Group>
              <Button variant="light" onClick={() => file && void check(file, mapping)} loading={busy}>
                <FormattedMessage id="kpis.import.checkAgain" />
              </Button>
              <Text size="sm" c="dimmed">
                <FormattedMessage id="kpis.import.changedHint" />
              </Text>
            </Group>
          )}
          {!changed && (unmapped ? (
            <>
              <Alert color="blue" variant="light" icon={<IconColumns aria-hidden />}>
                <FormattedMessage id="kpis.import.mapColumns" />
              </Alert>
              {/* The export recognised and how its bytes were read help choosing the KPIs, before any is chosen. */}
              <FileReading report={report} />
            </>
          ) : (
            <ReportView report={report} />
          ))}
        </>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={props.onDone}>
          <FormattedMessage id="kpis.form.cancel" />
        </Button>
        <Button onClick={() => void importNow()} disabled={!report || changed || errorCount > 0 || values === 0 || busy} loading={busy && !phase.dryRun}>
          <FormattedMessage id="kpis.import.run" values={{ count: values }} />
        </Button>
      </Group>
    </Stack>
  );
}

function SendingProgress(props: { share: number; dryRun: boolean }) {
  const intl = useIntl();
  const uploading = props.share < 1;
  const label = uploading
    ? intl.formatMessage({ id: 'kpis.import.uploading' }, { percent: Math.round(props.share * 100) })
    : intl.formatMessage({ id: props.dryRun ? 'kpis.import.checking' : 'kpis.import.storing' });
  return (
    <Stack gap={4}>
      <Progress.Root size="md">
        <Progress.Section value={uploading ? props.share * 100 : 100} animated={!uploading} aria-label={label} />
      </Progress.Root>
      <Text size="xs" c="dimmed" aria-live="polite">
        {label}
      </Text>
    </Stack>
  );
}

const FORMATS: readonly MeasurementFormat[] = ['long', 'wide', 'ga4'];

function MappingEditor(props: {
  header: readonly string[];
  mapping: MeasurementMapping;
  onChange: (mapping: MeasurementMapping) => void;
  kpis: readonly { id: string; name: string }[];
}) {
  const intl = useIntl();
  const { mapping, header, onChange } = props;
  const columns = header.filter((c) => c !== '').map((c) => ({ value: c, label: c }));
  const kpiOptions = [{ value: '', label: intl.formatMessage({ id: 'kpis.import.notImported' }) }, ...props.kpis.map((k) => ({ value: k.id, label: k.name }))];
  const columnSelect = (field: 'kpi_column' | 'date_column' | 'value_column', label: string, description?: string) => (
    <Select
      label={label}
      description={description}
      data={columns}
      value={(mapping as Partial<Record<typeof field, string>>)[field] ?? null}
      onChange={(v) => onChange(setField(mapping, field, v ?? undefined))}
      clearable
      placeholder={intl.formatMessage({ id: 'kpis.import.columnDefault' })}
    />
  );
  const metricColumns = header.filter((c) => c !== '' && c !== mapping.date_column);
  const filter = filterOf(mapping);
  const unsent = unsentChoices(mapping);
  // Without a locale of its own the server reads the file with the plan's as the hint.
  const { plan } = usePlanContext();
  const locale = mapping.format === 'ga4' ? undefined : (mapping.locale ?? plan.locale ?? 'en');
  // Three layouts side by side do not fit a phone's width: there they stack.
  const formatsOrientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });

  return (
    <Fieldset legend={intl.formatMessage({ id: 'kpis.import.mapping' })} variant="filled" radius="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="import-format">
            <FormattedMessage id="kpis.import.format" />
          </Text>
          <SegmentedControl
            aria-labelledby="import-format"
            data={FORMATS.map((f) => ({ value: f, label: intl.formatMessage({ id: `kpis.import.format.${f}` }) }))}
            value={mapping.format}
            onChange={(v) => onChange(changeFormat(mapping, v as MeasurementFormat))}
            orientation={formatsOrientation}
            fullWidth
          />
          <Text size="xs" c="dimmed">
            <FormattedMessage id={`kpis.import.formatHint.${mapping.format}`} />
          </Text>
        </Stack>
        {mapping.format === 'long' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {columnSelect('kpi_column', intl.formatMessage({ id: 'kpis.import.kpiColumn' }))}
            {columnSelect('date_column', intl.formatMessage({ id: 'kpis.import.dateColumn' }))}
            {columnSelect('value_column', intl.formatMessage({ id: 'kpis.import.valueColumn' }))}
          </SimpleGrid>
        )}
        {mapping.format !== 'long' && (
          <>
            {mapping.format === 'wide'
              ? columnSelect('date_column', intl.formatMessage({ id: 'kpis.import.dateColumn' }))
              : columnSelect('date_column', intl.formatMessage({ id: 'kpis.import.timeColumn' }), intl.formatMessage({ id: 'kpis.import.timeColumnHint' }))}
            {/* The KPI's select takes most of a phone's width, so that the KPI chosen is not cut. */}
            <Table withTableBorder={false} verticalSpacing={4} horizontalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="35%">
                    <FormattedMessage id="kpis.import.column" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="kpis.import.kpi" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {metricColumns.map((column) => (
                  <Table.Tr key={column}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {column}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={intl.formatMessage({ id: 'kpis.import.kpiFor' }, { column })}
                        data={kpiOptions}
                        value={mapping.columns[column] ?? ''}
                        onChange={(v) => onChange(mapColumn(mapping, column, v || null))}
                        allowDeselect={false}
                        searchable
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {mapping.format !== 'long' && <PeriodEditor mapping={mapping} onChange={onChange} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {mapping.format !== 'ga4' && (
            <Select
              label={intl.formatMessage({ id: 'kpis.import.locale' })}
              data={LOCALES.map((l) => ({ value: l, label: intl.formatMessage({ id: `kpis.import.locale.${l}` }) }))}
              value={locale}
              onChange={(v) => onChange(setField(mapping, 'locale', v ?? undefined))}
              allowDeselect={false}
            />
          )}
          <Select
            label={intl.formatMessage({ id: 'kpis.import.decimalMark' })}
            data={[
              { value: '', label: intl.formatMessage({ id: 'kpis.import.decimalMark.auto' }) },
              { value: '.', label: intl.formatMessage({ id: 'kpis.import.decimalMark.point' }) },
              { value: ',', label: intl.formatMessage({ id: 'kpis.import.decimalMark.comma' }) },
            ]}
            value={mapping.decimal_mark ?? ''}
            onChange={(v) => onChange(setField(mapping, 'decimal_mark', v || undefined))}
            allowDeselect={false}
          />
          {mapping.format !== 'ga4' && locale === 'en' && (
            <Select
              label={intl.formatMessage({ id: 'kpis.import.dateOrder' })}
              data={(['dmy', 'mdy'] as const).map((o) => ({ value: o, label: intl.formatMessage({ id: `kpis.import.dateOrder.${o}` }) }))}
              value={mapping.date_order ?? null}
              onChange={(v) => onChange(setField(mapping, 'date_order', v ?? undefined))}
              clearable
              placeholder={intl.formatMessage({ id: 'kpis.import.dateOrder.none' })}
            />
          )}
        </SimpleGrid>
        <Stack gap={4}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={intl.formatMessage({ id: 'kpis.import.filter' })}
              data={columns}
              value={filter?.column ?? null}
              onChange={(v) => onChange(setFilter(mapping, v, filter?.value ?? ''))}
              clearable
              placeholder={intl.formatMessage({ id: 'kpis.import.filterNone' })}
            />
            {filter && (
              <TextInput
                label={intl.formatMessage({ id: 'kpis.import.filterValue' })}
                value={filter.value}
                onChange={(event) => onChange(setFilter(mapping, filter.column, event.currentTarget.value))}
                description={unsent.filter ? intl.formatMessage({ id: 'kpis.import.filterUnsent' }) : undefined}
                inputWrapperOrder={['label', 'input', 'description']}
              />
            )}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            <FormattedMessage id="kpis.import.filterHint" />
          </Text>
        </Stack>
      </Stack>
    </Fieldset>
  );
}

/** Where the values' dates come from, for a report without a date column (queries, pages, campaigns): one period, named in the file or given. */
function PeriodEditor(props: { mapping: MeasurementMapping; onChange: (mapping: MeasurementMapping) => void }) {
  const intl = useIntl();
  const { mapping, onChange } = props;
  const period = periodOf(mapping);
  const dates = (start: string, end: string) => onChange(setPeriod(mapping, 'given', { start, end }));
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 1, sm: period.choice === 'given' ? 3 : 2 }}>
        <Select
          label={intl.formatMessage({ id: 'kpis.import.periodChoice' })}
          data={PERIOD_CHOICES.map((c) => ({ value: c, label: intl.formatMessage({ id: `kpis.import.periodChoice.${c}` }) }))}
          value={period.choice}
          onChange={(v) => onChange(setPeriod(mapping, (v ?? 'column') as PeriodChoice, period))}
          allowDeselect={false}
        />
        {period.choice === 'given' && (
          <>
            <DateField label={intl.formatMessage({ id: 'kpis.import.periodStart' })} value={period.start} onChange={(start) => dates(start, period.end)} />
            <DateField
              label={intl.formatMessage({ id: 'kpis.import.periodEnd' })}
              value={period.end}
              onChange={(end) => dates(period.start, end)}
              description={unsentChoices(mapping).period ? intl.formatMessage({ id: 'kpis.import.periodUnsent' }) : undefined}
              inputWrapperOrder={['label', 'input', 'description']}
            />
          </>
        )}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="kpis.import.periodHint" />
      </Text>
    </Stack>
  );
}

const PERIOD_CHOICES: readonly PeriodChoice[] = ['column', 'file', 'given'];

function ReportView(props: { report: MeasurementImportReport }) {
  const { plan, ws } = usePlanContext();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  const intl = useIntl();
  const kpis = useCollection(ws, plan.id, 'kpis');
  const byId = useMemo(() => new Map((kpis.data ?? []).map((k) => [k.id, k])), [kpis.data]);
  const { summary, preview } = props.report;
  const nameOf = kpiNames(kpis.data);
  const writeValue = (kpi: string, value: number) => kpiValueFormat(locale, byId.get(kpi)?.unit, plan.currency).value(value);
  const values = summary.rows - summary.replaced;

  return (
    <Stack gap="md">
      {summary.error_count > 0 ? (
        <FileErrors count={summary.error_count} errors={summary.errors} nameOf={nameOf} />
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={intl.formatMessage({ id: 'kpis.import.readyTitle' }, { count: values })}>
          {summary.from && summary.to && (
            <Text size="sm">
              <FormattedMessage id="kpis.import.readyBody" values={{ kpis: summary.kpis.length, period: format.period({ start: summary.from, end: summary.to }) }} />
            </Text>
          )}
        </Alert>
      )}
      <FileReading report={props.report} />
      {summary.skipped > 0 && <SkippedLines summary={summary} />}
      {summary.kpis.length > 0 && (
        <Table verticalSpacing={4} fz="sm" captionSide="top">
          <Table.Caption {...CAPTION}>
            {/* With errors nothing is stored: the figures are those of the lines read without one. */}
            <FormattedMessage id={summary.error_count > 0 ? 'kpis.import.perKpiCaptionErrors' : 'kpis.import.perKpiCaption'} />
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="kpis.import.kpi" />
              </Table.Th>
              <Table.Th ta="right">
                <FormattedMessage id="kpis.import.values" />
              </Table.Th>
              <Table.Th visibleFrom="sm">
                <FormattedMessage id="kpis.import.dates" />
              </Table.Th>
              <Table.Th ta="right">
                <FormattedMessage id="kpis.import.total" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.kpis.map((count) => {
              const k = kpiToStore(count);
              return (
                <Table.Tr key={count.kpi}>
                  <Table.Th scope="row" fw={500}>
                    {nameOf(count.kpi)}
                    {/* On a phone the dates go under the name: four columns do not fit. */}
                    <Text size="xs" c="dimmed" fw={400} hiddenFrom="sm">
                      {format.span(k.from, k.to)}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right" style={NUMBERS}>
                    {format.number(k.values)}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{format.span(k.from, k.to)}</Table.Td>
                  <Table.Td ta="right">
                    <Text span size="sm" style={NUMBERS}>
                      {writeValue(count.kpi, k.total.value)}
                    </Text>{' '}
                    <Text span size="xs" c="dimmed">
                      (<FormattedMessage id={`kpis.import.total.${k.total.kind}`} />)
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {(summary.filtered > 0 || summary.ignored_columns.length > 0) && (
        <Text size="xs" c="dimmed">
          {summary.filtered > 0 && <FormattedMessage id="kpis.import.filtered" values={{ count: summary.filtered }} />}{' '}
          {summary.ignored_columns.length > 0 && <FormattedMessage id="kpis.import.ignored" values={{ columns: summary.ignored_columns.join(', ') }} />}
        </Text>
      )}
      {preview.length > 0 && (
        <Table striped verticalSpacing={4} fz="sm" captionSide="top">
          <Table.Caption {...CAPTION}>
            <FormattedMessage id={summary.error_count > 0 ? 'kpis.import.previewCaptionErrors' : 'kpis.import.previewCaption'} values={{ count: preview.length }} />
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="kpis.import.kpi" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="kpis.grid.date" />
              </Table.Th>
              <Table.Th ta="right">
                <FormattedMessage id="kpis.import.value" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.map((m, i) => (
              <Table.Tr key={`${m.kpi}-${m.date}-${i}`}>
                <Table.Td>{nameOf(m.kpi)}</Table.Td>
                <Table.Td>{format.date(m.date)}</Table.Td>
                <Table.Td ta="right" style={NUMBERS}>
                  {writeValue(m.kpi, m.value)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

const NUMBERS = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** A table's caption above it, as the heading of its part of the preview. */
const CAPTION = { ta: 'left', fw: 600, c: 'var(--mantine-color-text)', mt: 0 } as const;

/** A KPI's name by its id (the id while the KPIs load, or for one deleted since). */
function kpiNames(kpis: readonly { id: string; name: string }[] | undefined): (id: string) => string {
  return (id) => kpis?.find((k) => k.id === id)?.name ?? id;
}

/** The errors of a file, each with its line and column (and the column's name or KPI), in the reader's language. */
function FileErrors(props: { count: number; errors: readonly FieldError[]; nameOf: (kpi: string) => string }) {
  const intl = useIntl();
  const words = useProblemWords();
  // The server names a KPI by its id; the reader knows it by its name.
  const named = (e: FieldError): FieldError => (typeof e.params?.kpi === 'string' ? { ...e, params: { ...e.params, kpi: props.nameOf(e.params.kpi) } } : e);
  const pathOf = (e: FieldError) => (typeof e.params?.kpi === 'string' && e.path === e.params.kpi ? props.nameOf(e.path) : e.path);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={intl.formatMessage({ id: 'kpis.import.errorsTitle' }, { count: props.count })} role="alert">
      <Text size="sm" mb="xs">
        <FormattedMessage id="kpis.import.errorsIntro" values={{ count: props.count }} />
      </Text>
      <List size="sm" spacing={4}>
        {props.errors.map((e, i) => (
          <List.Item key={`${e.line}-${e.column}-${i}`}>
            {e.line !== undefined && (
              <Text span size="sm" fw={600}>
                {e.column !== undefined
                  ? intl.formatMessage({ id: 'kpis.import.lineColumn' }, { line: e.line, column: e.column })
                  : intl.formatMessage({ id: 'kpis.import.line' }, { line: e.line })}
                {e.path && e.path !== 'file' ? ` (${pathOf(e)})` : ''}:{' '}
              </Text>
            )}
            {words.field(named(e))}
          </List.Item>
        ))}
      </List>
      {props.count > props.errors.length && (
        <Text size="xs" mt="xs">
          <FormattedMessage id="kpis.import.moreErrors" values={{ shown: props.errors.length, count: props.count }} />
        </Text>
      )}
    </Alert>
  );
}

/** How the file was read: its encoding, separator, header row, period, and the columns that could be read two ways. */
function FileReading(props: { report: MeasurementImportReport }) {
  const { plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const intl = useIntl();
  const { report } = props;
  const { summary } = report;
  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w="35%">{label}</Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
  return (
    <Table variant="vertical" withTableBorder fz="sm" verticalSpacing={4} captionSide="top">
      <Table.Caption {...CAPTION}>
        <FormattedMessage id="kpis.import.howRead" />
      </Table.Caption>
      <Table.Tbody>
        {report.source &&
          row(
            intl.formatMessage({ id: 'kpis.import.source' }),
            <>
              {intl.formatMessage({ id: 'kpis.import.presetName' }, { preset: presetKey(report.source.preset), name: report.source.name })}
              {report.source.note && (
                <Text size="xs" c="dimmed" mt={2}>
                  {intl.formatMessage({ id: 'kpis.import.presetNote' }, { preset: presetKey(report.source.preset), note: report.source.note })}
                </Text>
              )}
            </>,
          )}
        {row(
          intl.formatMessage({ id: 'kpis.import.mappingFrom' }),
          <>
            {intl.formatMessage({ id: 'kpis.import.mappingFrom.value' }, { from: report.mapping_from })}
            {report.mapping_dropped && (
              <Text size="xs" c="dimmed" mt={2}>
                {intl.formatMessage({ id: 'kpis.import.mappingDropped' }, { ...droppedToShow(report.mapping_dropped), now: delimiterName(report.delimiter) })}
              </Text>
            )}
          </>,
        )}
        {row(intl.formatMessage({ id: 'kpis.import.encoding' }), intl.formatMessage({ id: `kpis.import.encoding.${report.encoding}` }))}
        {row(intl.formatMessage({ id: 'kpis.import.delimiter' }), intl.formatMessage({ id: `kpis.import.delimiter.${delimiterName(report.delimiter)}` }))}
        {row(
          intl.formatMessage({ id: 'kpis.import.headerLine' }),
          summary.header_line === null ? intl.formatMessage({ id: 'kpis.import.noHeader' }) : intl.formatMessage({ id: 'kpis.import.line' }, { line: summary.header_line }),
        )}
        {summary.period &&
          row(
            intl.formatMessage({ id: 'kpis.import.period' }),
            intl.formatMessage(
              { id: 'kpis.import.periodFrom' },
              { period: format.span(summary.period.start ?? undefined, summary.period.end), line: summary.period.line ?? 'none', end: format.date(summary.period.end) },
            ),
          )}
        {summary.readings.length > 0 &&
          row(
            intl.formatMessage({ id: 'kpis.import.readings' }),
            <List size="sm" spacing={2} listStyleType="none">
              {summary.readings.map((r) => (
                <List.Item key={`${r.column}-${r.reading}`}>
                  <FormattedMessage id="kpis.import.reading" values={{ column: r.column, reading: r.reading, by: r.by, line: r.line ?? '', value: r.value ?? '' }} />
                </List.Item>
              ))}
            </List>,
          )}
      </Table.Tbody>
    </Table>
  );
}

/** The lines passed over, the first ones with their line, why and text, and a count of the rest. */
function SkippedLines(props: { summary: MeasurementImportReport['summary'] }) {
  const intl = useIntl();
  const { lines, more, unlisted } = skippedToShow(props.summary);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} component="h3" m={0}>
        <FormattedMessage id="kpis.import.skippedTitle" values={{ count: props.summary.skipped }} />
      </Text>
      {lines.length > 0 && (
        <List size="sm" spacing={2}>
          {lines.map((l) => (
            <List.Item key={l.line}>
              <Text span size="sm" fw={500}>
                <FormattedMessage id="kpis.import.skippedLine" values={{ line: l.line, reason: intl.formatMessage({ id: 'kpis.import.skippedReason' }, { reason: l.reason }) }} />
              </Text>{' '}
              <Text span size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {l.text}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {(more > 0 || unlisted) && (
        <Text size="xs" c="dimmed">
          {more > 0 && <FormattedMessage id="kpis.import.skippedMore" values={{ count: more }} />} {unlisted && <FormattedMessage id="kpis.import.skippedUnlisted" />}
        </Text>
      )}
    </Stack>
  );
}
