import { Loader, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api/api.client';
import { idFromName } from '../ids';
import { useProblemWords } from './problem-words';

/**
 * One line at the top of a list: type a title, press Enter, and the item is created with the
 * caller's defaults and an id made from the title. The focus stays for the next line; a refused
 * title stays in the box with the reason under it.
 */
export function QuickAdd(props: {
  /** The box's label, read out and shown as its placeholder: "New activity". */
  label: string;
  /** The ids in use; the new one is made unique among them (and those added here before the list reloaded). */
  takenIds: readonly string[];
  /** The id of a title that has no letters or digits ("activity"). */
  fallbackId: string;
  maxLength?: number;
  /** Creates the item; a rejection is shown under the box. */
  onCreate: (title: string, id: string) => Promise<void>;
  /** After a creation, e.g. to highlight the new row. */
  onCreated?: (id: string) => void;
  readOnly?: boolean;
}) {
  const intl = useIntl();
  const words = useProblemWords();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  // A second line typed before the list has reloaded must not take the first one's id.
  const madeHere = useRef<string[]>([]);

  if (props.readOnly) return null;

  const submit = async () => {
    const trimmed = title.trim();
    if (!trimmed || busy) return;
    const id = idFromName(trimmed, [...props.takenIds, ...madeHere.current], props.fallbackId);
    setBusy(true);
    setError(null);
    try {
      await props.onCreate(trimmed, id);
      madeHere.current.push(id);
      // What was typed meanwhile is the next line: kept.
      setTitle((current) => (current.trim() === trimmed ? '' : current));
      setAdded(intl.formatMessage({ id: 'quickAdd.added' }, { title: trimmed }));
      props.onCreated?.(id);
    } catch (failure) {
      const field = isApiError(failure) ? failure.errors[0] : undefined;
      setError((field ? words.field(field) : words.problem(failure)) ?? intl.formatMessage({ id: 'inline.failed' }));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && title) {
      event.preventDefault();
      setTitle('');
      setError(null);
    }
  };

  return (
    <TextInput
      aria-label={props.label}
      placeholder={props.label}
      description={error ? undefined : added || intl.formatMessage({ id: 'quickAdd.hint' })}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      // The box stays editable while saving, so the focus (and the next line) is never lost.
      value={title}
      onChange={(event) => {
        setTitle(event.currentTarget.value);
        if (error) setError(null);
      }}
      onKeyDown={onKeyDown}
      maxLength={props.maxLength}
      error={error}
      leftSection={busy ? <Loader size={14} aria-hidden /> : <IconPlus size={16} aria-hidden />}
      descriptionProps={{ 'aria-live': 'polite' }}
    />
  );
}
