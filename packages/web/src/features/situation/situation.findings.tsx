import { TEXT_LIMITS } from '@kurs/core/browser';
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSavePlanPart } from '../../shared/api/api.plan-parts';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useTextLimit } from '../../shared/ui/text-limit';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { useCan } from '../access/access.can';
import { usePlanContext } from '../plans/plan.context';
import { InlineText } from './situation.inline-text';
import { StepSection } from './situation.section';

/**
 * What the mapping showed, in the user's own words: the list the strategy is built on. Each
 * change replaces the list with the plan header's ETag, so nobody's edit is lost unseen.
 */
type SaveSituation = ReturnType<typeof useSavePlanPart<'situation'>>['mutateAsync'];

/** Saves the findings as `change` makes them from the stored list; an empty list is removed. */
function replace(save: SaveSituation, change: (list: string[]) => string[]) {
  return save((current) => {
    const next = change(current.findings ?? []);
    return { ...current, findings: next.length ? next : undefined };
  });
}

export function FindingsSection(props: { findings: string[]; focused: boolean }) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const save = useSavePlanPart(ws, plan.id, 'situation');
  const [draft, setDraft] = useState('');
  const canEdit = useCan('plan.write');
  const limited = useTextLimit();
  const { findings } = props;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    void replace(save.mutateAsync, (list) => [...list, text]).then(() => setDraft(''), () => undefined);
  };

  return (
    <StepSection
      title={<FormattedMessage id="situation.findings.title" />}
      description={<FormattedMessage id="situation.findings.lead" />}
      count={findings.length}
      focused={props.focused}
    >
      {findings.length > 0 && (
        <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {findings.map((finding, i) => (
            <Paper key={`${i}-${finding}`} component="li" withBorder radius="md" px="sm" py={6}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" c="dimmed" fw={600} w={20} ta="right" mt={4} aria-hidden>
                  {i + 1}
                </Text>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <FindingText index={i} text={finding} />
                </div>
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => void replace(save.mutateAsync, (list) => list.filter((_, n) => n !== i)).catch(() => undefined)}
                    aria-label={intl.formatMessage({ id: 'situation.findings.deleteItem' }, { n: i + 1 })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {findings.length === 0 && (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="situation.findings.empty" />
        </Text>
      )}
      {save.conflict && <ConflictAlert onReload={() => void save.reload()} />}
      {save.error && !save.conflict && <ErrorAlert error={save.error} />}
      {canEdit && (
        <form onSubmit={add}>
          <UnsavedGuard when={draft.trim() !== ''} />
          <Group align="flex-end" gap="xs">
            <Textarea
              label={intl.formatMessage({ id: 'situation.findings.new' })}
              placeholder={intl.formatMessage({ id: 'situation.findings.placeholder' })}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              {...limited(draft, TEXT_LIMITS.text)}
              autosize
              minRows={1}
              style={{ flex: '1 1 260px' }}
            />
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} loading={save.isPending} disabled={!draft.trim()}>
              <FormattedMessage id="situation.findings.add" />
            </Button>
          </Group>
        </form>
      )}
    </StepSection>
  );
}

/** One finding, edited in place with a save of its own; emptying it removes it. */
function FindingText(props: { index: number; text: string }) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const save = useSavePlanPart(ws, plan.id, 'situation');
  const n = props.index + 1;
  return (
    <InlineText
      label={intl.formatMessage({ id: 'situation.findings.item' }, { n })}
      value={props.text}
      placeholder=""
      editLabel={intl.formatMessage({ id: 'situation.findings.editItem' }, { n })}
      save={(text) =>
        replace(save.mutateAsync, (list) => (text ? list.map((f, i) => (i === props.index ? text : f)) : list.filter((_, i) => i !== props.index)))
      }
      reload={save.reload}
    />
  );
}
