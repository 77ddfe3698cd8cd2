import { TEXT_LIMITS } from '@kurs/core/browser';
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { isApiError } from '../../shared/api/api.client';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { DiscardScope, useAskBeforeDiscard } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { CancelButton } from '../../shared/ui/form-fields';
import { useTextLimit } from '../../shared/ui/text-limit';
import { useCan } from '../access/access.can';

/**
 * A text of the plan shown as text and edited in place (the USP, a finding, a funnel stage's
 * strategy). Ctrl+Enter saves, Escape cancels (asking first when the text was changed). A
 * failed save keeps the draft; a conflict offers a reload, after which the user starts from
 * the latest text. Each is a long text of the schema (TEXT_LIMITS.text), limited and counted
 * as the forms' fields are.
 */
export function InlineText(props: InlineTextProps) {
  return (
    <DiscardScope>
      <InlineTextEditor {...props} />
    </DiscardScope>
  );
}

interface InlineTextProps {
  label: string;
  value: string | undefined;
  /** Shown instead of the value while there is none: what to write here. */
  placeholder: string;
  editLabel: string;
  save: (text: string) => Promise<unknown>;
  reload: () => Promise<unknown>;
  /** Opens the editor, e.g. when a fix link points here. */
  focused?: boolean;
  size?: 'sm' | 'md';
}

function InlineTextEditor(props: InlineTextProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const canEdit = useCan('plan.write');
  const askBeforeDiscard = useAskBeforeDiscard();
  const limited = useTextLimit();
  const edited = editing && draft.trim() !== (props.value ?? '').trim();

  const start = useCallback(() => {
    setDraft(props.value ?? '');
    setError(null);
    setEditing(true);
  }, [props.value]);
  // Only a new focus request opens the editor; the value changing under it must not.
  const focusHandled = useRef(false);
  useEffect(() => {
    if (!props.focused) focusHandled.current = false;
    else if (canEdit && !focusHandled.current) {
      focusHandled.current = true;
      start();
    }
  }, [props.focused, canEdit, start]);

  const stop = () => {
    setEditing(false);
    setError(null);
    // Back to the button that opened the editor, so keyboard users keep their place.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const submit = async () => {
    setSaving(true);
    try {
      await props.save(draft.trim());
      stop();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      askBeforeDiscard(stop);
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };

  if (!editing) {
    return (
      <Group gap="xs" align="flex-start" wrap="nowrap" justify="space-between">
        <Text size={props.size ?? 'sm'} c={props.value ? undefined : 'dimmed'} fs={props.value ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap' }}>
          {props.value || props.placeholder}
        </Text>
        {canEdit && (
          <ActionIcon ref={editButton} variant="subtle" color="gray" onClick={start} aria-label={props.editLabel}>
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    );
  }
  const conflict = isApiError(error) && error.isConflict;
  return (
    <Stack gap="xs">
      <UnsavedGuard when={edited} />
      <Textarea
        label={props.label}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        {...limited(draft, TEXT_LIMITS.text)}
        autosize
        minRows={2}
        maxRows={10}
        autoFocus
      />
      {conflict && (
        <ConflictAlert
          onReload={() =>
            void props.reload().then(() => {
              setError(null);
              setEditing(false);
            })
          }
        />
      )}
      {Boolean(error) && !conflict && <ErrorAlert error={error} />}
      <Group gap="xs" justify="flex-end">
        <CancelButton size="xs" onClick={stop}>
          <FormattedMessage id="situation.form.cancel" />
        </CancelButton>
        <Button size="xs" onClick={() => void submit()} loading={saving}>
          <FormattedMessage id="situation.form.save" />
        </Button>
      </Group>
    </Stack>
  );
}
