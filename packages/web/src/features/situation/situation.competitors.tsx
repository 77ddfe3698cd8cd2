import { TEXT_LIMITS } from '@kurs/core/browser';
import { Badge, Group, Paper, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { usePlanPart, useSavePlanPart } from '../../shared/api/api.plan-parts';
import type { Entity } from '../../shared/api/api.types';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { useTextLimit } from '../../shared/ui/text-limit';
import { FindingBadges } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import {
  AddButton,
  DeleteModal,
  EntityActions,
  EntityForm,
  EntityModal,
  domIdOf,
  orUndefined,
  useEntityList,
  useEntitySave,
  useFieldError,
  type EntitySave,
} from './situation.entity-form';
import { InlineText } from './situation.inline-text';
import type { SituationFocus } from './situation.model';
import { StepSection } from './situation.section';
import classes from './situation.module.css';

type Competitor = Entity<'competitors'>;
const FIELDS = ['name', 'better_at', 'our_difference', 'notes'] as const;

/** Competitors (what they do better, how you differ) and, against them, your unique selling proposition. */
export function CompetitorsSection(props: { competitors: Competitor[]; focus: SituationFocus | null }) {
  const { competitors, focus } = props;
  const { canEdit, form, deleting, setDeleting, editing, pathOf } = useEntityList('competitors', competitors, focus);

  return (
    <StepSection
      title={<FormattedMessage id="situation.competitors.title" />}
      description={<FormattedMessage id="situation.competitors.lead" />}
      count={competitors.length}
      path="situation.competitors"
      focused={focus?.kind === 'section' && focus.section === 'competitors'}
      action={
        <AddButton show={canEdit} onClick={() => form.open(undefined)}>
          <FormattedMessage id="situation.competitors.add" />
        </AddButton>
      }
    >
      <UspCard focused={focus?.kind === 'section' && focus.section === 'usp'} />
      {competitors.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="situation.competitors.empty" />
        </Text>
      ) : (
        <SimpleGrid type="container" cols={{ base: 1, '560px': 2 }} spacing="sm">
          {competitors.map((competitor) => {
            const path = pathOf(competitor);
            return (
              <Paper key={competitor.id} id={domIdOf(path)} withBorder radius="md" p="sm" className={classes.card}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
                  <Group gap={6} miw={0}>
                    <Title order={3} size="h5">
                      {competitor.name}
                    </Title>
                    <DraftBadge collection="competitors" entity={competitor} />
                  </Group>
                  <EntityActions name={competitor.name} onEdit={() => form.open(competitor)} onDelete={() => setDeleting(competitor)} />
                </Group>
                <Stack gap={6} mt={6}>
                  {(competitor.better_at ?? []).length > 0 && (
                    <div>
                      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                        <FormattedMessage id="situation.competitors.betterAt" />
                      </Text>
                      <Group gap={4} mt={2}>
                        {competitor.better_at!.map((strength) => (
                          <Badge key={strength} variant="default" size="sm" tt="none" fw={500}>
                            {strength}
                          </Badge>
                        ))}
                      </Group>
                    </div>
                  )}
                  {competitor.our_difference && (
                    <div>
                      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                        <FormattedMessage id="situation.competitors.ourDifference" />
                      </Text>
                      <Text size="sm">{competitor.our_difference}</Text>
                    </div>
                  )}
                  {competitor.notes && (
                    <Text size="sm" c="dimmed">
                      {competitor.notes}
                    </Text>
                  )}
                  <FindingBadges path={path} />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
      <CompetitorModal
        opened={form.opened}
        onClose={form.close}
        competitor={editing}
        path={editing ? pathOf(editing) : undefined}
      />
      <DeleteModal collection="competitors" entity={deleting} onClose={() => setDeleting(null)} />
    </StepSection>
  );
}

/** The USP stands out from the competitors it is measured against; it is saved with the plan header's ETag. */
function UspCard(props: { focused: boolean }) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const situation = usePlanPart(ws, plan.id, 'situation');
  const save = useSavePlanPart(ws, plan.id, 'situation');
  const usp = situation.data?.value.usp;
  return (
    <Paper radius="md" p="sm" className={classes.usp}>
      <Group gap="xs" mb={4}>
        <IconSparkles size={18} aria-hidden />
        <Title order={3} size="h5">
          <FormattedMessage id="situation.usp.title" />
        </Title>
        <FindingBadges path="situation.usp" />
      </Group>
      <InlineText
        label={intl.formatMessage({ id: 'situation.usp.title' })}
        value={usp}
        placeholder={intl.formatMessage({ id: 'situation.usp.empty' })}
        editLabel={intl.formatMessage({ id: 'situation.usp.edit' })}
        save={(text) => save.mutateAsync((current) => ({ ...current, usp: text || undefined }))}
        reload={save.reload}
        focused={props.focused}
        size="md"
      />
    </Paper>
  );
}

function CompetitorModal(props: { opened: boolean; onClose: () => void; competitor?: Competitor; path?: string }) {
  const saving = useEntitySave('competitors', props.competitor);
  return (
    <EntityModal
      opened={props.opened}
      onClose={props.onClose}
      saving={saving}
      title={<FormattedMessage id={props.competitor ? 'situation.competitors.edit' : 'situation.competitors.new'} />}
    >
      <CompetitorForm key={`${props.competitor?.id}-${props.competitor?.version}-${props.opened}`} {...props} saving={saving} />
    </EntityModal>
  );
}

function CompetitorForm(props: { competitor?: Competitor; path?: string; onClose: () => void; saving: EntitySave<'competitors'> }) {
  const intl = useIntl();
  const [name, setName] = useState(props.competitor?.name ?? '');
  const [betterAt, setBetterAt] = useState<string[]>(props.competitor?.better_at ?? []);
  const [difference, setDifference] = useState(props.competitor?.our_difference ?? '');
  const [notes, setNotes] = useState(props.competitor?.notes ?? '');
  const [submitted, setSubmitted] = useState(false);
  const errorAt = useFieldError(props.saving, FIELDS);
  const limited = useTextLimit();
  const strengths = betterAt.map((s) => s.trim()).filter(Boolean);
  const values = {
    name: name.trim(),
    better_at: strengths.length ? strengths : undefined,
    our_difference: orUndefined(difference),
    notes: orUndefined(notes),
  };

  const submit = () => {
    setSubmitted(true);
    if (!name.trim()) return;
    props.saving.save(values, props.onClose);
  };

  return (
    <EntityForm path={props.path} saving={props.saving} fields={FIELDS} values={values} onSubmit={submit} onCancel={props.onClose}>
      <TextInput
        label={intl.formatMessage({ id: 'situation.competitors.name' })}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        {...limited(name, TEXT_LIMITS.name)}
        error={(submitted && !name.trim() ? intl.formatMessage({ id: 'situation.form.nameRequired' }) : undefined) ?? errorAt('name')}
        required
        data-autofocus
      />
      <TagsInput
        label={intl.formatMessage({ id: 'situation.competitors.betterAt' })}
        description={intl.formatMessage({ id: 'situation.competitors.betterAtHint' })}
        value={betterAt}
        onChange={setBetterAt}
        acceptValueOnBlur
        clearable
        error={errorAt('better_at')}
      />
      <Textarea
        label={intl.formatMessage({ id: 'situation.competitors.ourDifference' })}
        value={difference}
        onChange={(event) => setDifference(event.currentTarget.value)}
        {...limited(difference, TEXT_LIMITS.text, intl.formatMessage({ id: 'situation.competitors.ourDifferenceHint' }))}
        autosize
        minRows={2}
        error={errorAt('our_difference')}
      />
      <Textarea
        label={intl.formatMessage({ id: 'situation.form.notes' })}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        {...limited(notes, TEXT_LIMITS.text)}
        autosize
        minRows={1}
        error={errorAt('notes')}
      />
    </EntityForm>
  );
}
