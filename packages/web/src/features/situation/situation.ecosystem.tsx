import type { ChannelType, FunnelStage } from '@kurs/core';
import { CHANNEL_TYPES, FUNNEL_STAGES, TEXT_LIMITS } from '@kurs/core/browser';
import {
  Badge,
  Checkbox,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useUpdateEntity } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useTextLimit } from '../../shared/ui/text-limit';
import { useCan } from '../access/access.can';
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
import { channelsPerStage, newChannelId, siloStage, stageBand, type SituationFocus } from './situation.model';
import { StepSection } from './situation.section';
import classes from './situation.module.css';

type Channel = Entity<'channels'>;
const FIELDS = ['name', 'type', 'present', 'funnel', 'goal', 'challenges', 'notes'] as const;

/**
 * The digital ecosystem: every channel against the four funnel stages. The stages a channel
 * works on are ticked in place and drawn as one band; a channel on one stage only, and one
 * where the audience is but the company is not, are marked as such.
 */
export function EcosystemSection(props: { channels: Channel[]; focus: SituationFocus | null }) {
  const intl = useIntl();
  const { channels, focus } = props;
  const { canEdit, form, deleting, setDeleting, editing, pathOf } = useEntityList('channels', channels, focus);
  const perStage = channelsPerStage(channels);
  // On a phone each channel takes two rows: what it is, then its four stages across the width.
  const compact = useMediaQuery('(max-width: 40em)') ?? false;
  const columns = FUNNEL_STAGES.length + (compact ? 0 : 2);

  return (
    <StepSection
      title={<FormattedMessage id="situation.channels.title" />}
      description={<FormattedMessage id="situation.channels.lead" />}
      count={channels.length}
      path="situation.channels"
      focused={focus?.kind === 'section' && focus.section === 'channels'}
      action={
        <AddButton show={canEdit} onClick={() => form.open(undefined)}>
          <FormattedMessage id="situation.channels.add" />
        </AddButton>
      }
    >
      {channels.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="situation.channels.empty" />
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={compact ? 0 : 620} type="native" pos="relative">
          <Table className={classes.ecosystem} verticalSpacing={6} horizontalSpacing="xs">
            <VisuallyHidden component="caption">{intl.formatMessage({ id: 'situation.channels.caption' })}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                {!compact && (
                  <Table.Th>
                    <FormattedMessage id="situation.channels.channel" />
                  </Table.Th>
                )}
                {FUNNEL_STAGES.map((stage, i) => (
                  <Table.Th key={stage} className={classes.stageHead} scope="col">
                    <Text span size="xs" c="dimmed" mr={4} aria-hidden>
                      {i + 1}
                    </Text>
                    <FormattedMessage id={`situation.stage.${stage}`} />
                  </Table.Th>
                ))}
                {!compact && (
                  <Table.Th style={{ width: 72 }}>
                    <VisuallyHidden>
                      <FormattedMessage id="situation.channels.actions" />
                    </VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {channels.map((channel) => (
                <ChannelRow
                  key={channel.id}
                  channel={channel}
                  path={pathOf(channel)}
                  onEdit={() => form.open(channel)}
                  onDelete={() => setDeleting(channel)}
                  compact={compact}
                />
              ))}
            </Table.Tbody>
            <Table.Tfoot className={classes.footer}>
              {compact && (
                <Table.Tr>
                  <Table.Th colSpan={columns}>
                    <FormattedMessage id="situation.channels.perStage" />
                  </Table.Th>
                </Table.Tr>
              )}
              <Table.Tr>
                {!compact && (
                  <Table.Th scope="row">
                    <FormattedMessage id="situation.channels.perStage" />
                  </Table.Th>
                )}
                {FUNNEL_STAGES.map((stage) => (
                  <Table.Td key={stage}>
                    {perStage[stage] > 0 ? (
                      perStage[stage]
                    ) : (
                      <Text span size="xs" fw={600} className={classes.none}>
                        <FormattedMessage id="situation.channels.none" />
                      </Text>
                    )}
                  </Table.Td>
                ))}
                {!compact && <Table.Td />}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      <ChannelModal
        opened={form.opened}
        onClose={form.close}
        channel={editing}
        takenIds={channels.map((c) => c.id)}
        path={editing ? pathOf(editing) : undefined}
      />
      <DeleteModal collection="channels" entity={deleting} onClose={() => setDeleting(null)} />
    </StepSection>
  );
}

/** One channel: what it is for, and its stages ticked in place (each tick saves at once, with If-Match). */
function ChannelRow(props: { channel: Channel; path: string; onEdit: () => void; onDelete: () => void; compact: boolean }) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const update = useUpdateEntity(ws, plan.id, 'channels');
  const canEdit = useCan('plan.write');
  const { channel, compact } = props;
  // While a tick is saved it shows as it will be; a failed save falls back to what is stored.
  // Held in the row's own state, set in the click's handler: the mutation's state reaches the
  // render a tick later, and a controlled checkbox would meanwhile flip back under the pointer.
  const [saving, setSaving] = useState<FunnelStage[] | null>(null);
  const on = new Set(saving ?? channel.funnel ?? []);
  const band = stageBand([...on]);
  const rowClass = channel.present === false ? classes.absent : undefined;

  const toggle = (stage: FunnelStage, checked: boolean) => {
    const next = FUNNEL_STAGES.filter((s) => (s === stage ? checked : on.has(s)));
    setSaving(next);
    update.mutate(
      { id: channel.id, version: channel.version, patch: { funnel: next.length ? next : null } },
      { onSettled: () => setSaving(null) },
    );
  };
  const actions = <EntityActions name={channel.name} onEdit={props.onEdit} onDelete={props.onDelete} />;
  const stages = FUNNEL_STAGES.map((stage) => (
    <Table.Td key={stage} className={classes.stageCell}>
      <div className={classes.band} data-part={band[stage]}>
        <Checkbox
          checked={on.has(stage)}
          onChange={(event) => toggle(stage, event.currentTarget.checked)}
          disabled={saving !== null || !canEdit}
          aria-label={intl.formatMessage(
            { id: 'situation.channels.stageToggle' },
            { channel: channel.name, stage: intl.formatMessage({ id: `situation.stage.${stage}` }) },
          )}
        />
      </div>
    </Table.Td>
  ));

  return (
    <>
      {compact ? (
        <>
          <Table.Tr id={domIdOf(props.path)} className={`${rowClass ?? ''} ${classes.compactInfo}`}>
            <Table.Th colSpan={FUNNEL_STAGES.length} scope="colgroup" fw="normal">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
                <ChannelInfo channel={channel} path={props.path} />
                {actions}
              </Group>
            </Table.Th>
          </Table.Tr>
          <Table.Tr className={rowClass}>{stages}</Table.Tr>
        </>
      ) : (
        <Table.Tr id={domIdOf(props.path)} className={rowClass}>
          <Table.Th scope="row" fw="normal" style={{ minWidth: 220 }}>
            <ChannelInfo channel={channel} path={props.path} />
          </Table.Th>
          {stages}
          <Table.Td>{actions}</Table.Td>
        </Table.Tr>
      )}
      {update.error && (
        <Table.Tr>
          <Table.Td colSpan={FUNNEL_STAGES.length + (compact ? 0 : 2)}>
            {update.conflict ? <ConflictAlert onReload={() => void update.reload()} /> : <ErrorAlert error={update.error} />}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** What a channel is: its name and type, whether it is a silo or a place you are absent from, its goal and challenges. */
function ChannelInfo(props: { channel: Channel; path: string }) {
  const intl = useIntl();
  const { channel } = props;
  const absent = channel.present === false;
  const silo = siloStage(channel);
  return (
    <Stack gap={4}>
      <Group gap={6}>
        <Text fw={600} size="sm" className={classes.channelName}>
          {channel.name}
        </Text>
        {channel.type && (
          <Badge variant="default" size="xs" fw={500}>
            <FormattedMessage id={`situation.channelType.${channel.type}`} />
          </Badge>
        )}
        <DraftBadge collection="channels" entity={channel} />
      </Group>
      {(absent || silo) && (
        <Group gap={4}>
          {absent && (
            <Badge variant="outline" color="gray" size="sm" tt="none" fw={500}>
              <FormattedMessage id="situation.channels.absent" />
            </Badge>
          )}
          {silo && (
            <Tooltip label={intl.formatMessage({ id: 'situation.channels.siloHint' })} multiline w={260} withArrow>
              <Badge variant="outline" color="var(--silo-color)" size="sm" tt="none" fw={500} tabIndex={0} className={classes.silo}>
                <FormattedMessage id="situation.channels.silo" values={{ stage: intl.formatMessage({ id: `situation.stage.${silo}` }) }} />
              </Badge>
            </Tooltip>
          )}
        </Group>
      )}
      {channel.goal && (
        <Text size="xs">
          <Text span size="xs" fw={600}>
            <FormattedMessage id="situation.channels.goal" />:{' '}
          </Text>
          {channel.goal}
        </Text>
      )}
      {channel.challenges && (
        <Text size="xs" c="dimmed">
          <Text span size="xs" fw={600}>
            <FormattedMessage id="situation.channels.challenges" />:{' '}
          </Text>
          {channel.challenges}
        </Text>
      )}
      <FindingBadges path={props.path} />
    </Stack>
  );
}

function ChannelModal(props: { opened: boolean; onClose: () => void; channel?: Channel; takenIds: string[]; path?: string }) {
  const saving = useEntitySave('channels', props.channel);
  return (
    <EntityModal
      opened={props.opened}
      onClose={props.onClose}
      saving={saving}
      title={<FormattedMessage id={props.channel ? 'situation.channels.edit' : 'situation.channels.new'} />}
    >
      <ChannelForm key={`${props.channel?.id}-${props.channel?.version}-${props.opened}`} {...props} saving={saving} />
    </EntityModal>
  );
}

function ChannelForm(props: { channel?: Channel; takenIds: string[]; path?: string; onClose: () => void; saving: EntitySave<'channels'> }) {
  const intl = useIntl();
  const { channel } = props;
  const [name, setName] = useState(channel?.name ?? '');
  const [type, setType] = useState<string | null>(channel?.type ?? null);
  const [present, setPresent] = useState(channel?.present !== false);
  const [funnel, setFunnel] = useState<string[]>(channel?.funnel ?? []);
  const [goal, setGoal] = useState(channel?.goal ?? '');
  const [challenges, setChallenges] = useState(channel?.challenges ?? '');
  const [notes, setNotes] = useState(channel?.notes ?? '');
  const [submitted, setSubmitted] = useState(false);
  const errorAt = useFieldError(props.saving, FIELDS);
  const limited = useTextLimit();

  const stages = FUNNEL_STAGES.filter((stage) => funnel.includes(stage));
  const values = {
    name: name.trim(),
    type: (type as ChannelType | null) ?? undefined,
    present,
    funnel: stages.length ? stages : undefined,
    goal: orUndefined(goal),
    challenges: orUndefined(challenges),
    notes: orUndefined(notes),
  };

  const submit = () => {
    setSubmitted(true);
    if (!name.trim()) return;
    props.saving.save({ ...(channel ? {} : { id: newChannelId(name, props.takenIds) }), ...values }, props.onClose);
  };

  return (
    <EntityForm path={props.path} saving={props.saving} fields={FIELDS} values={values} onSubmit={submit} onCancel={props.onClose}>
      <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
        <TextInput
          label={intl.formatMessage({ id: 'situation.channels.name' })}
          placeholder={intl.formatMessage({ id: 'situation.channels.namePlaceholder' })}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          {...limited(name, TEXT_LIMITS.name)}
          error={(submitted && !name.trim() ? intl.formatMessage({ id: 'situation.form.nameRequired' }) : undefined) ?? errorAt('name')}
          required
          data-autofocus
          miw={200}
        />
        <Select
          label={intl.formatMessage({ id: 'situation.channels.type' })}
          data={CHANNEL_TYPES.map((value) => ({ value, label: intl.formatMessage({ id: `situation.channelType.${value}` }) }))}
          value={type}
          onChange={setType}
          clearable
          error={errorAt('type')}
          miw={180}
        />
      </Group>
      <Switch
        label={intl.formatMessage({ id: 'situation.channels.present' })}
        description={intl.formatMessage({ id: 'situation.channels.presentHint' })}
        checked={present}
        onChange={(event) => setPresent(event.currentTarget.checked)}
        error={errorAt('present')}
      />
      <Checkbox.Group
        label={intl.formatMessage({ id: 'situation.channels.funnel' })}
        description={intl.formatMessage({ id: 'situation.channels.funnelHint' })}
        value={funnel}
        onChange={setFunnel}
        error={errorAt('funnel')}
      >
        <Group gap="md" mt={6}>
          {FUNNEL_STAGES.map((stage) => (
            <Checkbox key={stage} value={stage} label={intl.formatMessage({ id: `situation.stage.${stage}` })} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={intl.formatMessage({ id: 'situation.channels.goal' })}
        value={goal}
        onChange={(event) => setGoal(event.currentTarget.value)}
        {...limited(goal, TEXT_LIMITS.text, intl.formatMessage({ id: 'situation.channels.goalHint' }))}
        autosize
        minRows={1}
        error={errorAt('goal')}
      />
      <Textarea
        label={intl.formatMessage({ id: 'situation.channels.challenges' })}
        value={challenges}
        onChange={(event) => setChallenges(event.currentTarget.value)}
        {...limited(challenges, TEXT_LIMITS.text, intl.formatMessage({ id: 'situation.channels.challengesHint' }))}
        autosize
        minRows={1}
        error={errorAt('challenges')}
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
