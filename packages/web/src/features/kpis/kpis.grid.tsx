import type { Frequency, IsoDate, Measurement } from '@kurs/core';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import type { Entity } from '../../shared/api/api.types';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { usePlanContext } from '../plans/plan.context';
import {
  earlierGridRow,
  firstGridRow,
  gridDates,
  gridSpan,
  lastGridRow,
  moveInGrid,
  pastedCells,
  saveProblem,
  type SaveProblem,
} from './kpis.grid.model';
import { editableNumber, parseNumberInput } from './kpis.number';
import { useDeleteMeasurement, useMeasurements, useSaveMeasurements } from './kpis.queries';
import classes from './kpis.grid.module.css';

/*
 * The measurement grid: one row per date, one column per KPI, like a spreadsheet. A value is
 * saved when the user leaves its cell (Tab, Enter, an arrow key or a click elsewhere); an
 * emptied cell deletes its value. A column of numbers pasted from a spreadsheet fills the
 * cells from the one pasted into, downwards (and a block fills to the right as well).
 * The rows follow the plan period and today, never the values, so a save moves nothing. A
 * cell that could not be saved keeps what was typed, says why, and waits to be corrected,
 * retried or discarded.
 */

type CellState = { kind: 'saving' } | { kind: 'error'; problem: SaveProblem; text: string };

const NOT_A_NUMBER: SaveProblem = { id: 'kpis.grid.problem.notANumber' };

const keyOf = (kpi: string, date: IsoDate) => `${kpi}\u0000${date}`;

// A click on Retry or Discard must not first save the cell by taking the focus from it.
const keepFocus = (event: MouseEvent) => event.preventDefault();

export function MeasurementGrid(props: {
  kpis: readonly Entity<'kpis'>[];
  frequency: Frequency;
  today: IsoDate;
  caption: string;
  /** Told whenever the grid starts or stops holding input that is not saved yet (typed, being saved or refused). */
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { ws, plan } = usePlanContext();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  const intl = useIntl();
  const { kpis, frequency, today, onDirtyChange } = props;
  const [first, setFirst] = useState(() => firstGridRow(frequency, plan.period, today));
  const last = lastGridRow(frequency, plan.period, today);
  const [addedDates, setAddedDates] = useState<IsoDate[]>([]);
  const [newDate, setNewDate] = useState('');
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [cells, setCells] = useState<ReadonlyMap<string, CellState>>(new Map());
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const { from, to } = gridSpan(first, last, addedDates);
  const measurements = useMeasurements(ws, plan.id, { kpis: kpis.map((k) => k.id), from, to });
  const stored = useMemo(() => new Map((measurements.data ?? []).map((m) => [keyOf(m.kpi, m.date), m.value])), [measurements.data]);
  const dates = useMemo(
    () => gridDates({ frequency, first, last, added: addedDates, stored: (measurements.data ?? []).map((m) => m.date) }),
    [frequency, first, last, addedDates, measurements.data],
  );

  const dirty = drafts.size > 0;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = useSaveMeasurements(ws, plan.id);
  const remove = useDeleteMeasurement(ws, plan.id);

  const setCell = (keys: string[], state: CellState | null) =>
    setCells((current) => {
      const next = new Map(current);
      for (const key of keys) {
        if (state) next.set(key, state);
        else next.delete(key);
      }
      return next;
    });
  const clearDrafts = (keys: string[]) =>
    setDrafts((current) => {
      const next = new Map(current);
      for (const key of keys) next.delete(key);
      return next;
    });
  const setDraft = (key: string, text: string) => setDrafts((current) => new Map(current).set(key, text));
  // A save that ends must not wipe what the user typed into the cell meanwhile.
  const saved = (items: { key: string; text: string }[]) => {
    setDrafts((current) => {
      const next = new Map(current);
      for (const { key, text } of items) if (next.get(key) === text) next.delete(key);
      return next;
    });
    setCell(
      items.map((i) => i.key),
      null,
    );
  };
  const failed = (items: { key: string; text: string }[], error: unknown) =>
    setCells((current) => {
      const next = new Map(current);
      for (const { key, text } of items) next.set(key, { kind: 'error', problem: saveProblem(error), text });
      return next;
    });

  /** Saves what the user typed into one cell, if it changed; `retry` sends a refused value again. */
  const commit = (kpi: string, date: IsoDate, retry = false) => {
    const key = keyOf(kpi, date);
    const text = drafts.get(key);
    const state = cells.get(key);
    if (text === undefined || state?.kind === 'saving') return;
    // Leaving a refused cell unchanged does not send it again: Retry does.
    if (!retry && state?.kind === 'error' && state.text === text) return;
    const parsed = parseNumberInput(text, locale);
    const before = stored.get(key);
    if (parsed.kind === 'invalid') return setCell([key], { kind: 'error', problem: NOT_A_NUMBER, text });
    if ((parsed.kind === 'empty' && before === undefined) || (parsed.kind === 'number' && parsed.value === before)) {
      clearDrafts([key]);
      return setCell([key], null);
    }
    setCell([key], { kind: 'saving' });
    const items = [{ key, text }];
    const done = { onSuccess: () => saved(items), onError: (e: unknown) => failed(items, e) };
    if (parsed.kind === 'empty') {
      // The row stays even when it held the only value on a date between period ends.
      setAddedDates((current) => (current.includes(date) ? current : [...current, date]));
      remove.mutate({ kpi, date }, done);
    } else save.mutate([{ kpi, date, value: parsed.value }], done);
  };

  const discard = (key: string) => {
    clearDrafts([key]);
    setCell([key], null);
  };

  const paste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const values: Measurement[] = [];
    const items: { key: string; text: string }[] = [];
    const invalid: { key: string; text: string }[] = [];
    pastedCells(text).forEach((line, i) =>
      line.forEach((cell, j) => {
        const date = dates[row + i];
        const kpi = kpis[column + j];
        if (!date || !kpi) return;
        const key = keyOf(kpi.id, date);
        const parsed = parseNumberInput(cell, locale);
        if (parsed.kind === 'empty') return;
        setDraft(key, cell);
        if (parsed.kind === 'invalid') invalid.push({ key, text: cell });
        else {
          values.push({ kpi: kpi.id, date, value: parsed.value });
          items.push({ key, text: cell });
        }
      }),
    );
    for (const { key, text: cellText } of invalid) setCell([key], { kind: 'error', problem: NOT_A_NUMBER, text: cellText });
    if (values.length === 0) return;
    setCell(
      items.map((i) => i.key),
      { kind: 'saving' },
    );
    save.mutate(values, { onSuccess: () => saved(items), onError: (e) => failed(items, e) });
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const input = event.currentTarget;
    if (event.key === 'Escape') return discard(keyOf(kpis[column].id, dates[row]));
    // Left and right move the caret inside a cell first, as in a spreadsheet being edited.
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if ((event.key === 'ArrowLeft' && !atStart) || (event.key === 'ArrowRight' && !atEnd)) return;
    const to = moveInGrid({ row, column }, event.key, { rows: dates.length, columns: kpis.length });
    // Enter on the last row still saves: leaving the cell is what saves it.
    if (!to && event.key === 'Enter') return input.blur();
    if (!to) return;
    event.preventDefault();
    const next = inputs.current.get(`${to.row}:${to.column}`);
    next?.focus();
    next?.select();
  };

  const addDate = (date: string) => {
    if (!date) return;
    setAddedDates((current) => [...new Set([...current, date])]);
    setNewDate('');
  };

  const errors = [...cells.values()].filter((c) => c.kind === 'error');
  const saving = [...cells.values()].some((c) => c.kind === 'saving');

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={160 + kpis.length * 130}>
        <Table className={classes.grid} withTableBorder withColumnBorders verticalSpacing={0} horizontalSpacing={0}>
          <Table.Caption>{props.caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className={classes.dateHead}>
                <FormattedMessage id="kpis.grid.date" />
              </Table.Th>
              {kpis.map((kpi) => (
                <Table.Th key={kpi.id} scope="col" className={classes.head}>
                  <Text size="sm" fw={600} lineClamp={2}>
                    {kpi.name}
                  </Text>
                  {kpi.unit && (
                    <Text size="xs" c="dimmed" fw={400}>
                      <FormattedMessage id={`kpis.unit.${kpi.unit}`} />
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dates.map((date, row) => (
              <Table.Tr key={date} data-date={date}>
                <Table.Th scope="row" className={classes.date}>
                  {format.date(date)}
                </Table.Th>
                {kpis.map((kpi, column) => {
                  const key = keyOf(kpi.id, date);
                  const value = stored.get(key);
                  const state = cells.get(key);
                  const label = intl.formatMessage({ id: 'kpis.grid.cellLabel' }, { kpi: kpi.name, date: format.date(date) });
                  const problemId = `grid-problem-${kpi.id}-${date}`;
                  return (
                    <Table.Td key={kpi.id} className={classes.cell} data-state={state?.kind}>
                      <input
                        ref={(el) => void (el ? inputs.current.set(`${row}:${column}`, el) : inputs.current.delete(`${row}:${column}`))}
                        className={classes.input}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={label}
                        aria-invalid={state?.kind === 'error' || undefined}
                        aria-describedby={state?.kind === 'error' ? problemId : undefined}
                        // A cell being saved waits for the answer, so a save that ends cannot overtake newer typing.
                        readOnly={state?.kind === 'saving'}
                        value={drafts.get(key) ?? (value === undefined ? '' : editableNumber(value, locale))}
                        onChange={(e) => setDraft(key, e.currentTarget.value)}
                        onBlur={() => commit(kpi.id, date)}
                        onKeyDown={(e) => keyDown(e, row, column)}
                        onPaste={(e) => paste(e, row, column)}
                        onFocus={(e) => e.currentTarget.select()}
                      />
                      {state?.kind === 'error' && (
                        <div className={classes.problem}>
                          <Group gap={4} wrap="nowrap" align="flex-start">
                            <IconAlertCircle size={14} aria-hidden className={classes.problemIcon} />
                            <Text size="xs" id={problemId} className={classes.problemText}>
                              {intl.formatMessage({ id: state.problem.id }, state.problem.values)}
                            </Text>
                          </Group>
                          <Group gap={4} mt={4}>
                            {state.problem.id !== NOT_A_NUMBER.id && (
                              <Button
                                size="compact-xs"
                                variant="light"
                                aria-label={intl.formatMessage({ id: 'kpis.grid.retryCell' }, { kpi: kpi.name, date: format.date(date) })}
                                onMouseDown={keepFocus}
                                onClick={() => commit(kpi.id, date, true)}
                              >
                                <FormattedMessage id="kpis.grid.retry" />
                              </Button>
                            )}
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="gray"
                              aria-label={intl.formatMessage({ id: 'kpis.grid.discardCell' }, { kpi: kpi.name, date: format.date(date) })}
                              onMouseDown={keepFocus}
                              onClick={() => discard(key)}
                            >
                              <FormattedMessage id="kpis.grid.discard" />
                            </Button>
                          </Group>
                        </div>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c={errors.length ? undefined : 'dimmed'} className={errors.length ? classes.problemText : undefined} aria-live="polite">
        {errors.length > 0 ? (
          <FormattedMessage id="kpis.grid.errors" values={{ count: errors.length }} />
        ) : saving ? (
          <FormattedMessage id="kpis.grid.saving" />
        ) : (
          <FormattedMessage id="kpis.grid.help" />
        )}
      </Text>
      {measurements.error && <ErrorAlert error={measurements.error} onRetry={() => void measurements.refetch()} />}
      <Group gap="sm" align="flex-end">
        <Button variant="default" size="xs" onClick={() => setFirst(earlierGridRow(first, frequency))}>
          <FormattedMessage id="kpis.grid.earlier" />
        </Button>
        <Group gap="xs" align="flex-end">
          <DateField
            size="xs"
            label={intl.formatMessage({ id: 'kpis.grid.otherDate' })}
            value={newDate}
            onChange={setNewDate}
            onEnter={addDate}
          />
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => addDate(newDate)}>
            <FormattedMessage id="kpis.grid.addDate" />
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
