import type { Frequency, IsoDate, KpiOverview, Measurement } from '@kurs/core';
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import type { Entity } from '../../shared/api/api.types';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { usePlanContext } from '../plans/plan.context';
import { GRID_ROWS, gridDates, moveInGrid, pastedCells } from './kpis.grid.model';
import { editableNumber, parseNumberInput } from './kpis.number';
import { useDeleteMeasurement, useMeasurements, useSaveMeasurements } from './kpis.queries';
import classes from './kpis.grid.module.css';

/*
 * The measurement grid: one row per date, one column per KPI, like a spreadsheet. A value is
 * saved when the user leaves its cell (Tab, Enter, an arrow key or a click elsewhere); an
 * emptied cell deletes its value. A column of numbers pasted from a spreadsheet fills the
 * cells from the one pasted into, downwards (and a block fills to the right as well).
 */

type CellState = { kind: 'saving' } | { kind: 'error'; message: string };

const keyOf = (kpi: string, date: IsoDate) => `${kpi}\u0000${date}`;

export function MeasurementGrid(props: {
  kpis: readonly Entity<'kpis'>[];
  overviews: ReadonlyMap<string, KpiOverview>;
  frequency: Frequency;
  today: IsoDate;
  caption: string;
}) {
  const { ws, plan } = usePlanContext();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  const intl = useIntl();
  const { kpis, frequency, today } = props;
  const [rowCount, setRowCount] = useState(GRID_ROWS[frequency]);
  const [addedDates, setAddedDates] = useState<IsoDate[]>([]);
  const [newDate, setNewDate] = useState('');
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [cells, setCells] = useState<ReadonlyMap<string, CellState>>(new Map());
  const inputs = useRef(new Map<string, HTMLInputElement>());

  // The latest due date of the columns: the grid runs to the period every KPI is due in.
  const nextDue = kpis.map((k) => props.overviews.get(k.id)?.nextDue ?? today).reduce((a, b) => (a > b ? a : b), today);
  const baseDates = useMemo(() => gridDates({ frequency, nextDue, today, count: rowCount }), [frequency, nextDue, today, rowCount]);
  const from = [baseDates[0], ...addedDates].reduce((a, b) => (a < b ? a : b));
  const to = [baseDates.at(-1)!, ...addedDates].reduce((a, b) => (a > b ? a : b));
  const measurements = useMeasurements(ws, plan.id, { kpis: kpis.map((k) => k.id), from, to });
  const stored = useMemo(() => new Map((measurements.data ?? []).map((m) => [keyOf(m.kpi, m.date), m.value])), [measurements.data]);
  const dates = useMemo(
    () => [...new Set([...baseDates, ...addedDates, ...(measurements.data ?? []).map((m) => m.date)])].filter((d) => d >= from && d <= to).sort(),
    [baseDates, addedDates, measurements.data, from, to],
  );

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

  const notANumber = intl.formatMessage({ id: 'kpis.grid.notANumber' });

  /** Saves what the user typed into one cell, if it changed. */
  const commit = (kpi: string, date: IsoDate) => {
    const key = keyOf(kpi, date);
    const text = drafts.get(key);
    if (text === undefined) return;
    const parsed = parseNumberInput(text, locale);
    const before = stored.get(key);
    if (parsed.kind === 'invalid') return setCell([key], { kind: 'error', message: notANumber });
    if ((parsed.kind === 'empty' && before === undefined) || (parsed.kind === 'number' && parsed.value === before)) {
      clearDrafts([key]);
      return setCell([key], null);
    }
    setCell([key], { kind: 'saving' });
    const done = {
      onSuccess: () => {
        clearDrafts([key]);
        setCell([key], null);
      },
      onError: (e: Error) => setCell([key], { kind: 'error', message: e.message }),
    };
    if (parsed.kind === 'empty') remove.mutate({ kpi, date }, done);
    else save.mutate([{ kpi, date, value: parsed.value }], done);
  };

  const paste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const items: Measurement[] = [];
    const keys: string[] = [];
    const invalid: string[] = [];
    pastedCells(text).forEach((line, i) =>
      line.forEach((cell, j) => {
        const date = dates[row + i];
        const kpi = kpis[column + j];
        if (!date || !kpi) return;
        const key = keyOf(kpi.id, date);
        const parsed = parseNumberInput(cell, locale);
        if (parsed.kind === 'empty') return;
        setDraft(key, cell);
        if (parsed.kind === 'invalid') invalid.push(key);
        else {
          items.push({ kpi: kpi.id, date, value: parsed.value });
          keys.push(key);
        }
      }),
    );
    setCell(invalid, { kind: 'error', message: notANumber });
    if (items.length === 0) return;
    setCell(keys, { kind: 'saving' });
    save.mutate(items, {
      onSuccess: () => {
        clearDrafts(keys);
        setCell(keys, null);
      },
      onError: (e) => setCell(keys, { kind: 'error', message: e.message }),
    });
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const input = event.currentTarget;
    if (event.key === 'Escape') {
      clearDrafts([keyOf(kpis[column].id, dates[row])]);
      setCell([keyOf(kpis[column].id, dates[row])], null);
      return;
    }
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

  const addDate = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDate)) return;
    setAddedDates((current) => [...new Set([...current, newDate])]);
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
              <Table.Tr key={date}>
                <Table.Th scope="row" className={classes.date}>
                  {format.date(date)}
                </Table.Th>
                {kpis.map((kpi, column) => {
                  const key = keyOf(kpi.id, date);
                  const value = stored.get(key);
                  const state = cells.get(key);
                  return (
                    <Table.Td key={kpi.id} className={classes.cell} data-state={state?.kind}>
                      <input
                        ref={(el) => void (el ? inputs.current.set(`${row}:${column}`, el) : inputs.current.delete(`${row}:${column}`))}
                        className={classes.input}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={intl.formatMessage({ id: 'kpis.grid.cellLabel' }, { kpi: kpi.name, date: format.date(date) })}
                        aria-invalid={state?.kind === 'error' || undefined}
                        title={state?.kind === 'error' ? state.message : undefined}
                        value={drafts.get(key) ?? (value === undefined ? '' : editableNumber(value, locale))}
                        onChange={(e) => setDraft(key, e.currentTarget.value)}
                        onBlur={() => commit(kpi.id, date)}
                        onKeyDown={(e) => keyDown(e, row, column)}
                        onPaste={(e) => paste(e, row, column)}
                        onFocus={(e) => e.currentTarget.select()}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c={errors.length ? 'red.8' : 'dimmed'} aria-live="polite">
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
        <Button variant="default" size="xs" onClick={() => setRowCount((n) => n + GRID_ROWS[frequency])}>
          <FormattedMessage id="kpis.grid.earlier" />
        </Button>
        <Group gap="xs" align="flex-end">
          <TextInput
            type="date"
            size="xs"
            label={intl.formatMessage({ id: 'kpis.grid.otherDate' })}
            value={newDate}
            onChange={(e) => setNewDate(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && addDate()}
          />
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={addDate} disabled={!newDate}>
            <FormattedMessage id="kpis.grid.addDate" />
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
