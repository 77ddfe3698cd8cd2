import type { AudienceKind } from '@kurs/core';
import { AUDIENCE_KINDS, TEXT_LIMITS } from '@kurs/core/browser';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconUserCheck, IconUserQuestion, IconUserStar, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Entity } from '../../shared/api/api.types';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { useTextLimit } from '../../shared/ui/text-limit';
import { useCan } from '../access/access.can';
import { FindingBadges } from '../health/health.findings';
import {
  DeleteModal,
  EntityActions,
  EntityForm,
  EntityModal,
  domIdOf,
  latest,
  type EntitySave,
  orUndefined,
  useEntitySave,
  useFieldError,
  useFocusEntity,
  useModalTarget,
} from './situation.entity-form';
import { entityPath, type SituationFocus } from './situation.model';
import { StepSection } from './situation.section';
import classes from './situation.module.css';

type Audience = Entity<'audiences'>;
type AudienceGroup = AudienceKind | 'unsorted';

const GROUP_ICONS = { current: IconUserCheck, non_buyer: IconUserQuestion, desired: IconUserStar, unsorted: IconUsers } as const;
const FIELDS = ['name', 'kind', 'notes'] as const;

/** Audiences in three groups, as the Norwegian seed asks: who buys today, who does not, who you want. */
export function AudiencesSection(props: { audiences: Audience[]; focus: SituationFocus | null }) {
  const intl = useIntl();
  const canEdit = useCan('plan.write');
  const { audiences, focus } = props;
  const form = useModalTarget<{ audience?: Audience; kind?: AudienceKind }>();
  const [deleting, setDeleting] = useState<Audience | null>(null);
  const indexOf = new Map(audiences.map((audience, i) => [audience.id, i]));
  useFocusEntity(
    audiences,
    focus?.kind === 'entity' && focus.collection === 'audiences' ? focus.index : undefined,
    (i) => entityPath('audiences', i),
    (audience) => form.open({ audience }),
  );
  const editing = latest(audiences, form.target?.audience);
  const groups: AudienceGroup[] = audiences.some((a) => !a.kind) ? [...AUDIENCE_KINDS, 'unsorted'] : [...AUDIENCE_KINDS];

  return (
    <StepSection
      title={<FormattedMessage id="situation.audiences.title" />}
      description={<FormattedMessage id="situation.audiences.lead" />}
      count={audiences.length}
      path="situation.audiences"
      focused={focus?.kind === 'section' && focus.section === 'audiences'}
    >
      <SimpleGrid type="container" cols={{ base: 1, '600px': 3 }} spacing="sm">
        {groups.map((group) => {
          const Icon = GROUP_ICONS[group];
          const members = audiences.filter((a) => (a.kind ?? 'unsorted') === group);
          return (
            <Stack key={group} gap="xs" className={classes.group}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" radius="xl" size="md" aria-hidden>
                  <Icon size={16} />
                </ThemeIcon>
                <div>
                  <Title order={3} size="h5">
                    <FormattedMessage id={`situation.audiences.kind.${group}`} />
                  </Title>
                  <Text size="xs" c="dimmed">
                    <FormattedMessage id={`situation.audiences.question.${group}`} />
                  </Text>
                </div>
              </Group>
              {members.map((audience) => {
                const path = entityPath('audiences', indexOf.get(audience.id)!);
                return (
                  <Paper key={audience.id} id={domIdOf(path)} withBorder radius="md" p="xs" className={classes.card}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
                      <Group gap={6} miw={0}>
                        <Text fw={600} size="sm">
                          {audience.name}
                        </Text>
                        <DraftBadge collection="audiences" entity={audience} />
                      </Group>
                      <EntityActions name={audience.name} onEdit={() => form.open({ audience })} onDelete={() => setDeleting(audience)} />
                    </Group>
                    {audience.notes && (
                      <Text size="sm" c="dimmed" mt={2}>
                        {audience.notes}
                      </Text>
                    )}
                    <FindingBadges path={path} />
                  </Paper>
                );
              })}
              {canEdit && group !== 'unsorted' && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => form.open({ kind: group })}
                  style={{ alignSelf: 'flex-start' }}
                  aria-label={intl.formatMessage({ id: 'situation.audiences.addTo' }, { group: intl.formatMessage({ id: `situation.audiences.kind.${group}` }) })}
                >
                  <FormattedMessage id="situation.audiences.add" />
                </Button>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      <AudienceModal
        opened={form.opened}
        onClose={form.close}
        audience={editing}
        kind={form.target?.kind}
        path={editing ? entityPath('audiences', indexOf.get(editing.id) ?? 0) : undefined}
      />
      <DeleteModal collection="audiences" entity={deleting} onClose={() => setDeleting(null)} />
    </StepSection>
  );
}

function AudienceModal(props: { opened: boolean; onClose: () => void; audience?: Audience; kind?: AudienceKind; path?: string }) {
  const saving = useEntitySave('audiences', props.audience);
  return (
    <EntityModal
      opened={props.opened}
      onClose={props.onClose}
      saving={saving}
      title={<FormattedMessage id={props.audience ? 'situation.audiences.edit' : 'situation.audiences.new'} />}
    >
      <AudienceForm key={`${props.audience?.id ?? props.kind}-${props.audience?.version}-${props.opened}`} {...props} saving={saving} />
    </EntityModal>
  );
}

function AudienceForm(props: { audience?: Audience; kind?: AudienceKind; path?: string; onClose: () => void; saving: EntitySave<'audiences'> }) {
  const intl = useIntl();
  const [name, setName] = useState(props.audience?.name ?? '');
  const [kind, setKind] = useState<string | null>(props.audience?.kind ?? props.kind ?? null);
  const [notes, setNotes] = useState(props.audience?.notes ?? '');
  const [submitted, setSubmitted] = useState(false);
  const errorAt = useFieldError(props.saving, FIELDS);
  const limited = useTextLimit();

  const values = { name: name.trim(), kind: (kind as AudienceKind | null) ?? undefined, notes: orUndefined(notes) };

  const submit = () => {
    setSubmitted(true);
    if (!name.trim()) return;
    props.saving.save(values, props.onClose);
  };

  return (
    <EntityForm path={props.path} saving={props.saving} fields={FIELDS} values={values} onSubmit={submit} onCancel={props.onClose}>
      <TextInput
        label={intl.formatMessage({ id: 'situation.audiences.name' })}
        placeholder={intl.formatMessage({ id: 'situation.audiences.namePlaceholder' })}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        {...limited(name, TEXT_LIMITS.name)}
        error={(submitted && !name.trim() ? intl.formatMessage({ id: 'situation.form.nameRequired' }) : undefined) ?? errorAt('name')}
        required
        data-autofocus
      />
      <Select
        label={intl.formatMessage({ id: 'situation.audiences.kind' })}
        data={AUDIENCE_KINDS.map((value) => ({ value, label: intl.formatMessage({ id: `situation.audiences.kind.${value}` }) }))}
        value={kind}
        onChange={setKind}
        clearable
        error={errorAt('kind')}
      />
      <Textarea
        label={intl.formatMessage({ id: 'situation.audiences.notes' })}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        {...limited(notes, TEXT_LIMITS.text, intl.formatMessage({ id: 'situation.audiences.notesHint' }))}
        autosize
        minRows={2}
        error={errorAt('notes')}
      />
    </EntityForm>
  );
}
