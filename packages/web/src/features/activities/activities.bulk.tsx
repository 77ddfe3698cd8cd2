import { Alert, Button, Group, List, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../../shared/api/api.client';
import { useRefreshPlan } from '../../shared/api/api.queries';
import type { EntityPatch } from '../../shared/api/api.resources';
import type { Entity } from '../../shared/api/api.types';
import type { EntitySaves } from '../../shared/entity-saves';
import { useProblemWords } from '../../shared/ui/problem-words';
import { useUndoLast } from '../../shared/ui/undo-last';
import { lastChangeMessage } from '../../shared/undo';
import { parseNumberInput } from '../kpis/kpis.number';
import { usePlanContext } from '../plans/plan.context';
import { EDITABLE_FIELDS, type EditableField, type FieldSpec } from './activities.edit';

type Activity = Entity<'activities'>;

interface Outcome {
  field: string;
  /** The undo notice's words, which name this bulk change while it is the last one. */
  message: string;
  changed: number;
  failed: { title: string; reason: string }[];
}

/**
 * One field set to one value for every selected activity: one PATCH each with its own
 * If-Match, so an activity changed elsewhere meanwhile is left as it is and named in the
 * summary with the reason; the rest are changed, and undone together from the notice.
 */
export function BulkEdit(props: {
  chosen: Activity[];
  specs: Record<EditableField, FieldSpec>;
  saves: EntitySaves<'activities'>;
  /** A value in words, as the cells show it. */
  shown: (spec: FieldSpec, value: unknown) => string;
  onDone: () => void;
  onClear: () => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { ws, plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const words = useProblemWords();
  const refresh = useRefreshPlan(ws, plan.id);
  const undoLast = useUndoLast(ws, plan.id);
  const [field, setField] = useState<EditableField | null>(null);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const spec = field ? props.specs[field] : null;

  /** The value typed or chosen, as the plan stores it; undefined when it cannot be (and says why). */
  const read = (): string | number | undefined => {
    if (!spec) return undefined;
    if (spec.kind !== 'number') return text.trim() || undefined;
    const parsed = parseNumberInput(text, locale);
    const problem =
      parsed.kind !== 'number'
        ? intl.formatMessage({ id: 'inline.notANumber' }, { example: format.number(12.5) })
        : spec.min !== undefined && parsed.value < spec.min
          ? intl.formatMessage({ id: 'inline.atLeast' }, { min: format.number(spec.min) })
          : spec.max !== undefined && parsed.value > spec.max
            ? intl.formatMessage({ id: 'inline.atMost' }, { max: format.number(spec.max) })
            : null;
    setInvalid(problem);
    return problem === null && parsed.kind === 'number' ? parsed.value : undefined;
  };

  const apply = async () => {
    const value = read();
    if (!spec || value === undefined) return;
    setBusy(true);
    setOutcome(null);
    const patch = { [spec.field]: value } as EntityPatch<'activities'>;
    const message = intl.formatMessage({ id: 'activities.bulk.changed' }, { field: spec.name, value: props.shown(spec, value), count: props.chosen.length });
    try {
      const { failed } = await props.saves.saveAll(props.chosen, patch, message);
      setOutcome({
        field: spec.name,
        message,
        changed: props.chosen.length - failed.length,
        failed: failed.map(({ entity, error }) => ({
          title: entity.title,
          reason:
            isApiError(error) && error.isConflict
              ? intl.formatMessage({ id: 'activities.bulk.conflict' })
              : ((isApiError(error) && error.errors[0] ? words.field(error.errors[0]) : words.problem(error)) ?? intl.formatMessage({ id: 'inline.failed' })),
        })),
      });
      setText('');
      props.onDone();
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  const label = intl.formatMessage({ id: 'activities.bulk.value' });
  let input = null;
  if (spec?.kind === 'select') {
    input = <Select label={label} data={spec.options} value={text || null} onChange={(v) => setText(v ?? '')} allowDeselect={false} searchable size="sm" w={200} />;
  } else if (spec) {
    input = (
      <TextInput
        label={label}
        type={spec.kind === 'date' ? 'date' : 'text'}
        inputMode={spec.kind === 'number' ? 'decimal' : undefined}
        maxLength={spec.maxLength}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setInvalid(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void apply();
        }}
        error={invalid}
        size="sm"
        w={200}
      />
    );
  }

  return (
    <>
      {props.chosen.length > 0 && (
        <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
          <Group gap="sm" align="flex-start">
            <Text size="sm" fw={600} pt={30}>
              {intl.formatMessage({ id: 'activities.bulk.selected' }, { count: props.chosen.length })}
            </Text>
            <Select
              label={intl.formatMessage({ id: 'activities.bulk.field' })}
              placeholder={intl.formatMessage({ id: 'activities.bulk.fieldPlaceholder' })}
              data={EDITABLE_FIELDS.map((f) => ({ value: f, label: props.specs[f].name }))}
              value={field}
              onChange={(value) => {
                setField(value as EditableField | null);
                setText('');
                setInvalid(null);
              }}
              allowDeselect={false}
              size="sm"
              w={200}
            />
            {input}
            <Group gap="xs" pt={25}>
              <Button size="sm" disabled={!spec || !text.trim()} loading={busy} onClick={() => void apply()}>
                {intl.formatMessage({ id: 'activities.bulk.apply' }, { count: props.chosen.length })}
              </Button>
              <Button size="sm" variant="default" onClick={props.onClear}>
                {intl.formatMessage({ id: 'activities.bulk.clear' })}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      {outcome && (
        <Alert
          color={outcome.failed.length ? 'yellow' : 'teal'}
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={intl.formatMessage({ id: 'common.close' })}
          onClose={() => setOutcome(null)}
        >
          <Stack gap={4}>
            <Group gap="sm">
              <Text size="sm">{intl.formatMessage({ id: 'activities.bulk.done' }, { field: outcome.field, count: outcome.changed })}</Text>
              {outcome.changed > 0 && (
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => {
                    // Only while this bulk change is still the last one: never another change made since.
                    if (lastChangeMessage() === outcome.message) void undoLast.undo();
                    setOutcome(null);
                  }}
                >
                  {intl.formatMessage({ id: 'undo.action' })}
                </Button>
              )}
            </Group>
            {outcome.failed.length > 0 && (
              <>
                <Text size="sm">{intl.formatMessage({ id: 'activities.bulk.notChanged' }, { count: outcome.failed.length })}</Text>
                <List size="sm">
                  {outcome.failed.map((f) => (
                    <List.Item key={f.title}>{intl.formatMessage({ id: 'activities.bulk.failedItem' }, { title: f.title, reason: f.reason })}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Alert>
      )}
    </>
  );
}
