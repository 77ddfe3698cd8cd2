import type { MeasurementFormat, MeasurementMapping } from '@kurs/core';
import { LOCALES } from '@kurs/core/browser';
import { Alert, Button, Fieldset, FileInput, Group, List, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconColumns, IconFileImport, IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import { useCollection } from '../../shared/api/api.queries';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { AppModal } from '../../shared/ui/app-modal';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useProblemWords } from '../../shared/ui/problem-words';
import { usePlanContext } from '../plans/plan.context';
import { kpiValueFormat } from './kpis.format';
import { changeFormat, mapColumn, readHeader, setField, withPlanLocale } from './kpis.import.model';
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

  const check = async (chosen: File, chosenMapping: MeasurementMapping | undefined) => {
    setError(null);
    try {
      let answer = await send(chosen, { mapping: chosenMapping, dryRun: true });
      if (!chosenMapping) {
        const local = withPlanLocale(answer.mapping, plan.locale);
        if (local !== answer.mapping) answer = await send(chosen, { mapping: local, dryRun: true });
      }
      setReport(answer);
      setMapping(answer.mapping);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    setError(null);
    if (!chosen) return;
    const head = readHeader(await chosen.slice(0, 64 * 1024).text());
    const cells = head?.cells ?? [];
    // A corrected copy of the same file keeps the mapping the user already chose.
    const same = mapping !== null && cells.join('\u0000') === header.join('\u0000');
    setHeader(cells);
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
  const changed = mapping !== null && report !== null && JSON.stringify(mapping) !== JSON.stringify(report.mapping);
  const busy = phase.kind === 'sending';
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
      {error !== null && <ErrorAlert error={error} />}
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
            <Alert color="blue" variant="light" icon={<IconColumns aria-hidden />}>
              <FormattedMessage id="kpis.import.mapColumns" />
            </Alert>
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
      value={(mapping as Record<string, string | undefined>)[field] ?? null}
      onChange={(v) => onChange(setField(mapping, field, v ?? undefined))}
      clearable
      placeholder={intl.formatMessage({ id: 'kpis.import.columnDefault' })}
    />
  );
  const metricColumns = header.filter((c) => c !== '' && c !== mapping.date_column);

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
            <Table withTableBorder={false} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
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
        {mapping.format !== 'ga4' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={intl.formatMessage({ id: 'kpis.import.locale' })}
              data={LOCALES.map((l) => ({ value: l, label: intl.formatMessage({ id: `kpis.import.locale.${l}` }) }))}
              value={mapping.locale ?? 'en'}
              onChange={(v) => onChange(setField(mapping, 'locale', v ?? undefined))}
              allowDeselect={false}
            />
            {(mapping.locale ?? 'en') === 'en' && (
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
        )}
      </Stack>
    </Fieldset>
  );
}

function ReportView(props: { report: MeasurementImportReport }) {
  const { plan, ws } = usePlanContext();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  const intl = useIntl();
  const words = useProblemWords();
  const kpis = useCollection(ws, plan.id, 'kpis');
  const byId = useMemo(() => new Map((kpis.data ?? []).map((k) => [k.id, k])), [kpis.data]);
  const { summary, preview } = props.report;
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const values = summary.rows - summary.replaced;

  return (
    <Stack gap="md">
      {summary.error_count > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={intl.formatMessage({ id: 'kpis.import.errorsTitle' }, { count: summary.error_count })} role="alert">
          <Text size="sm" mb="xs">
            <FormattedMessage id="kpis.import.errorsIntro" />
          </Text>
          <List size="sm" spacing={4}>
            {summary.errors.map((e, i) => (
              <List.Item key={`${e.line}-${e.column}-${i}`}>
                {e.line !== undefined && (
                  <Text span size="sm" fw={600}>
                    {e.column !== undefined
                      ? intl.formatMessage({ id: 'kpis.import.lineColumn' }, { line: e.line, column: e.column })
                      : intl.formatMessage({ id: 'kpis.import.line' }, { line: e.line })}
                    {e.path ? ` (${e.path})` : ''}:{' '}
                  </Text>
                )}
                {words.field(e)}
              </List.Item>
            ))}
          </List>
          {summary.error_count > summary.errors.length && (
            <Text size="xs" mt="xs">
              <FormattedMessage id="kpis.import.moreErrors" values={{ shown: summary.errors.length, count: summary.error_count }} />
            </Text>
          )}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={intl.formatMessage({ id: 'kpis.import.readyTitle' }, { count: values })}>
          {summary.from && summary.to && (
            <Text size="sm">
              <FormattedMessage id="kpis.import.readyBody" values={{ kpis: summary.kpis.length, period: format.period({ start: summary.from, end: summary.to }) }} />
            </Text>
          )}
        </Alert>
      )}
      {summary.kpis.length > 0 && (
        <List size="sm" spacing={2}>
          {summary.kpis.map((k) => (
            <List.Item key={k.kpi}>
              <FormattedMessage
                id="kpis.import.perKpi"
                values={{ kpi: nameOf(k.kpi), count: k.rows - k.replaced, period: format.period({ start: k.from, end: k.to }) }}
              />
            </List.Item>
          ))}
        </List>
      )}
      {(summary.skipped > 0 || summary.ignored_columns.length > 0) && (
        <Text size="xs" c="dimmed">
          {summary.skipped > 0 && <FormattedMessage id="kpis.import.skipped" values={{ count: summary.skipped }} />}{' '}
          {summary.ignored_columns.length > 0 && <FormattedMessage id="kpis.import.ignored" values={{ columns: summary.ignored_columns.join(', ') }} />}
        </Text>
      )}
      {preview.length > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Caption>
              <FormattedMessage id="kpis.import.previewCaption" values={{ count: preview.length }} />
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
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {kpiValueFormat(locale, byId.get(m.kpi)?.unit, plan.currency).value(m.value)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
