import { Autocomplete, Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { InlineOption } from './inline-cell';

/** One field the bar sets on every chosen item: free text (with suggestions) or one of a list. */
export type BulkField =
  | { key: string; label: string; apply: string; kind: 'text'; suggestions: readonly string[]; maxLength?: number; required: string }
  | { key: string; label: string; apply: string; kind: 'select'; options: readonly InlineOption[]; required: string };

/**
 * A bar over a list with chosen items: each field sets one value on all of them at once
 * (`onApply` saves and says, in words, what failed, or null when all went well).
 */
export function BulkEditBar(props: {
  /** "3 KPIs chosen". */
  chosen: string;
  clear: string;
  fields: readonly BulkField[];
  onApply: (key: string, value: string) => Promise<string | null>;
  onClear: () => void;
}) {
  return (
    <Paper withBorder radius="md" p="sm" role="region" aria-label={props.chosen}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} style={{ alignSelf: 'center' }} role="status">
          {props.chosen}
        </Text>
        {props.fields.map((field) => (
          <BulkFieldForm key={field.key} field={field} onApply={(value) => props.onApply(field.key, value)} />
        ))}
        <Button variant="default" onClick={props.onClear}>
          {props.clear}
        </Button>
      </Group>
    </Paper>
  );
}

function BulkFieldForm(props: { field: BulkField; onApply: (value: string) => Promise<string | null> }) {
  const { field } = props;
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = value.trim();
    if (!chosen) return setError(field.required);
    setError(null);
    setSaving(true);
    const failure = await props.onApply(chosen);
    setSaving(false);
    if (failure) setError(failure);
    else setValue('');
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        {field.kind === 'text' ? (
          <Autocomplete
            size="sm"
            label={field.label}
            data={[...field.suggestions]}
            value={value}
            onChange={setValue}
            maxLength={field.maxLength}
            error={error}
            w={190}
          />
        ) : (
          <Select size="sm" label={field.label} data={[...field.options]} value={value || null} onChange={(v) => setValue(v ?? '')} error={error} w={170} />
        )}
        <Button type="submit" loading={saving} mt={25}>
          {field.apply}
        </Button>
      </Group>
    </form>
  );
}
