import { Button, Loader, NativeSelect, Table, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { formatTypedDate, parseTypedDate } from '@kurs/core/browser';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { editableNumber, parseNumberInput } from '../../features/kpis/kpis.number';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../api/api.client';
import classes from './inline-cell.module.css';
import { refusalMessage } from './date-field';
import { useProblemWords } from './problem-words';

/*
 * A value edited where it is shown, as in a spreadsheet. The cell is focusable; Enter, F2, a
 * click or typing a character opens its editor. In the editor Enter saves and moves down a row,
 * Tab saves and moves to the next editable cell (Shift+Tab back), Escape cancels, and leaving
 * it saves. The saved value shows at once, with a spinner until the server has it; a refused
 * save keeps what was typed and says why, in the cell.
 *
 * Cells find their neighbours in the page: those inside the same `[data-inline-grid]` element
 * (or table), in document order; "down" is the next cell of the same `column`.
 */

export interface InlineOption {
  value: string;
  label: string;
}

interface CommonProps {
  /** What the cell holds, for screen readers and the editor: "Status of Rebuild the checkout". */
  label: string;
  /** The column's key: Enter moves to this column's cell of the next row. */
  column: string;
  /** A reader's cell: the value is shown, not editable. */
  readOnly?: boolean;
  /** After a conflict (412): fetch the current rows (e.g. useUpdateEntity's `reload`). */
  onReload?: () => void;
  align?: 'start' | 'end';
  /** A table cell (default), or a div for cards and trees. */
  component?: 'td' | 'div';
  className?: string;
  style?: CSSProperties;
}

type Kinds =
  | { kind: 'text'; value: string | undefined; maxLength?: number; required?: boolean; display?: (value: string | undefined) => ReactNode; onSave: (value: string | null) => Promise<void> }
  | { kind: 'number'; value: number | undefined; min?: number; max?: number; display?: (value: number | undefined) => ReactNode; onSave: (value: number | null) => Promise<void> }
  | { kind: 'select'; value: string | undefined; options: InlineOption[]; clearable?: boolean; display?: (value: string | undefined) => ReactNode; onSave: (value: string | null) => Promise<void> }
  | { kind: 'date'; value: string | undefined; display?: (value: string | undefined) => ReactNode; onSave: (value: string | null) => Promise<void> };

export type InlineCellProps = CommonProps & Kinds;

type Value = string | number | null;
type Parsed = { value: Value } | { error: string };
type Direction = 'next' | 'prev' | 'down' | 'up';

const EMPTY_MARK = '—';

export function InlineCell(props: InlineCellProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const format = useFormat();
  const words = useProblemWords();
  const stored: Value = props.value ?? null;

  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  // The value just saved, shown until the list brings it (or something newer): the cell never flips back.
  const [optimistic, setOptimistic] = useState<{ value: Value } | null>(null);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const cellRef = useRef<HTMLTableCellElement & HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  // Set when the editor closes by a key, so that the blur that follows does not save again.
  const closing = useRef(false);
  const focusSelf = useRef(false);
  const selectAll = useRef(true);
  // A select changed by the keyboard waits for Enter or Tab; one changed by the pointer saves at once.
  const keyed = useRef(false);

  const current = optimistic ? optimistic.value : stored;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new stored value (this save's, or someone else's) replaces the one shown while saving.
  useEffect(() => {
    if (!saving) setOptimistic(null);
  }, [stored]);

  useLayoutEffect(() => {
    if (editing) {
      selectRef.current?.focus();
      const input = inputRef.current;
      input?.focus();
      if (input && selectAll.current) input.select();
      // A cell opened by typing goes on after the character typed.
      else input?.setSelectionRange(input.value.length, input.value.length);
    } else if (focusSelf.current) {
      focusSelf.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  const asText = (value: Value): string => {
    if (value === null) return '';
    if (props.kind === 'number') return editableNumber(value as number, locale);
    if (props.kind === 'date') return formatTypedDate(value as string, locale);
    return String(value);
  };

  const inWords = (value: Value): string => {
    if (value === null) return '';
    if (props.kind === 'number') return format.number(value as number, { maximumFractionDigits: 10 });
    if (props.kind === 'date') return format.date(value as string);
    if (props.kind === 'select') return props.options.find((o) => o.value === value)?.label ?? String(value);
    return String(value);
  };

  const parse = (text: string): Parsed => {
    const trimmed = text.trim();
    switch (props.kind) {
      case 'number': {
        const read = parseNumberInput(trimmed, locale);
        if (read.kind === 'empty') return { value: null };
        if (read.kind === 'invalid') return { error: intl.formatMessage({ id: 'inline.notANumber' }, { example: format.number(12.5) }) };
        if (props.min !== undefined && read.value < props.min) return { error: intl.formatMessage({ id: 'inline.atLeast' }, { min: format.number(props.min) }) };
        if (props.max !== undefined && read.value > props.max) return { error: intl.formatMessage({ id: 'inline.atMost' }, { max: format.number(props.max) }) };
        return { value: read.value };
      }
      case 'date': {
        // Typed as the reader writes dates (31.3.2027, 3/31/2027), as DateField reads them.
        if (!trimmed) return { value: null };
        const read = parseTypedDate(trimmed, locale);
        return read.ok ? { value: read.date } : { error: refusalMessage(intl, locale, trimmed, read) };
      }
      case 'text':
        if (!trimmed && props.required) return { error: intl.formatMessage({ id: 'inline.required' }) };
        if (props.maxLength !== undefined && trimmed.length > props.maxLength) return { error: intl.formatMessage({ id: 'inline.tooLong' }, { max: props.maxLength }) };
        return { value: trimmed || null };
      default:
        return { value: trimmed || null };
    }
  };

  const describe = (failure: unknown) => {
    if (isApiError(failure) && failure.isConflict) return { message: intl.formatMessage({ id: 'inline.conflict' }), conflict: true };
    const field = isApiError(failure) ? failure.errors[0] : undefined;
    return { message: (field ? words.field(field) : words.problem(failure)) ?? intl.formatMessage({ id: 'inline.failed' }), conflict: false };
  };

  const save = async (value: Value) => {
    setOptimistic({ value });
    setSaving(true);
    setError(null);
    try {
      await (props.onSave as (value: Value) => Promise<void>)(value);
      if (storedRef.current === value) setOptimistic(null);
    } catch (failure) {
      setOptimistic(null);
      setError(describe(failure));
    } finally {
      setSaving(false);
    }
  };

  /** Closes the editor and saves what it holds; false (the editor stays open) when that cannot be saved. */
  const commit = (text = draft): boolean => {
    const parsed = parse(text);
    if ('error' in parsed) {
      setError({ message: parsed.error, conflict: false });
      return false;
    }
    closing.current = true;
    setEditing(false);
    if (parsed.value === current) setError(null);
    else void save(parsed.value);
    return true;
  };

  const open = (typed?: string) => {
    if (props.readOnly || saving) return;
    closing.current = false;
    keyed.current = false;
    selectAll.current = typed === undefined;
    // After a refused save the editor opens with what was typed, to correct it.
    setDraft(typed ?? (error && !error.conflict ? draft : asText(current)));
    setEditing(true);
  };

  const move = (direction: Direction) => {
    const target = cellRef.current && neighbour(cellRef.current, direction);
    const button = target?.querySelector<HTMLElement>('[data-inline-focus]');
    if (button) button.focus();
    else focusSelf.current = true;
  };

  const onEditorKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      if (!commit()) return;
      move(event.key === 'Tab' ? (event.shiftKey ? 'prev' : 'next') : 'down');
    } else if (event.key === 'Escape') {
      // Only the edit is cancelled, not a modal or drawer around the table.
      event.preventDefault();
      event.stopPropagation();
      closing.current = true;
      focusSelf.current = true;
      setError(null);
      setEditing(false);
    } else {
      keyed.current = true;
    }
  };

  const onBlur = () => {
    if (closing.current) closing.current = false;
    else commit();
  };

  const onValueKey = (event: KeyboardEvent<HTMLElement>) => {
    const arrows: Record<string, Direction> = { ArrowDown: 'down', ArrowUp: 'up', ArrowRight: 'next', ArrowLeft: 'prev' };
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      open();
    } else if (arrows[event.key]) {
      event.preventDefault();
      move(arrows[event.key]!);
    } else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey && props.kind !== 'select') {
      // Typing on a cell replaces its value, as in a spreadsheet.
      event.preventDefault();
      open(event.key);
    }
  };

  const shown = props.display ? (props.display as (value: Value | undefined) => ReactNode)(current ?? undefined) : inWords(current) || <span className={classes.empty}>{EMPTY_MARK}</span>;
  const Cell = props.component === 'div' ? 'div' : Table.Td;

  if (props.readOnly) {
    return (
      <Cell className={props.className} style={{ textAlign: props.align === 'end' ? 'end' : undefined, ...props.style }}>
        {shown}
      </Cell>
    );
  }

  const editorProps = {
    size: 'xs' as const,
    className: classes.editor,
    'aria-label': props.label,
    error: editing && error && !error.conflict ? error.message : undefined,
    onKeyDown: onEditorKey,
    onBlur,
  };

  let editor: ReactNode = null;
  if (editing) {
    if (props.kind === 'select') {
      const options = props.options.some((o) => o.value === current) || current === null ? props.options : [...props.options, { value: String(current), label: String(current) }];
      editor = (
        <NativeSelect
          {...editorProps}
          ref={selectRef}
          data={props.clearable || current === null ? [{ value: '', label: EMPTY_MARK }, ...options] : options}
          value={draft}
          onPointerDown={() => (keyed.current = false)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setDraft(value);
            if (!keyed.current && commit(value)) focusSelf.current = true;
          }}
        />
      );
    } else {
      editor = (
        <TextInput
          {...editorProps}
          ref={inputRef}
          placeholder={props.kind === 'date' ? intl.formatMessage({ id: 'dateField.placeholder' }) : undefined}
          autoComplete="off"
          inputMode={props.kind === 'number' ? 'decimal' : undefined}
          maxLength={props.kind === 'text' ? props.maxLength : undefined}
          styles={props.kind === 'number' ? { input: { textAlign: 'end' } } : undefined}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
      );
    }
  }

  return (
    <Cell ref={cellRef} data-inline-cell="" data-inline-col={props.column} className={`${classes.cell} ${props.className ?? ''}`} style={props.style}>
      {editing ? (
        editor
      ) : (
        <UnstyledButton
          ref={buttonRef}
          data-inline-focus=""
          data-align={props.align ?? 'start'}
          data-error={error ? '' : undefined}
          className={classes.value}
          aria-busy={saving || undefined}
          title={intl.formatMessage({ id: 'inline.hint' })}
          onClick={() => open()}
          onKeyDown={onValueKey}
        >
          {/* The name read out is the label and what the cell shows, so that it matches what is seen. */}
          <VisuallyHidden>{`${intl.formatMessage({ id: 'inline.named' }, { label: props.label })} `}</VisuallyHidden>
          {saving && <Loader size={12} aria-hidden />}
          {shown}
        </UnstyledButton>
      )}
      {error && !editing && (
        <div className={classes.message} role="alert">
          {error.message}{' '}
          {error.conflict && props.onReload && (
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => {
                setError(null);
                props.onReload?.();
              }}
            >
              {intl.formatMessage({ id: 'inline.reload' })}
            </Button>
          )}
        </div>
      )}
      {saving && (
        <VisuallyHidden role="status">{intl.formatMessage({ id: 'inline.saving' })}</VisuallyHidden>
      )}
    </Cell>
  );
}

/** The editable cell next to `from` in `direction`, within its grid or table. */
function neighbour(from: HTMLElement, direction: Direction): HTMLElement | undefined {
  const scope = from.closest('[data-inline-grid]') ?? from.closest('table') ?? document;
  const cells = [...scope.querySelectorAll<HTMLElement>('[data-inline-cell]')];
  const at = cells.indexOf(from);
  if (direction === 'next') return cells[at + 1];
  if (direction === 'prev') return at > 0 ? cells[at - 1] : undefined;
  const column = from.dataset.inlineCol;
  const sameColumn = (cell: HTMLElement) => cell.dataset.inlineCol === column;
  return direction === 'down' ? cells.slice(at + 1).find(sameColumn) : cells.slice(0, at).reverse().find(sameColumn);
}
