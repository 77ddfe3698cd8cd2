import { TEXT_LIMITS } from '@kurs/core/browser';
import { Badge, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { DateField } from '../../shared/ui/date-field';
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
import type { SituationFocus } from './situation.model';
import { StepSection } from './situation.section';
import classes from './situation.module.css';

type Campaign = Entity<'campaigns'>;
type Channel = Entity<'channels'>;
const FIELDS = ['name', 'channel', 'start', 'end', 'spend', 'result', 'learning'] as const;

/** Past campaigns with what they cost, what they gave and, above all, what was learnt. */
export function CampaignsSection(props: { campaigns: Campaign[]; channels: Channel[]; focus: SituationFocus | null }) {
  const { campaigns, channels, focus } = props;
  const { canEdit, form, deleting, setDeleting, editing, pathOf } = useEntityList('campaigns', campaigns, focus);
  const { plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const channelName = new Map(channels.map((channel) => [channel.id, channel.name]));

  return (
    <StepSection
      title={<FormattedMessage id="situation.campaigns.title" />}
      description={<FormattedMessage id="situation.campaigns.lead" />}
      count={campaigns.length}
      path="situation.campaigns"
      focused={focus?.kind === 'section' && focus.section === 'campaigns'}
      action={
        <AddButton show={canEdit} onClick={() => form.open(undefined)}>
          <FormattedMessage id="situation.campaigns.add" />
        </AddButton>
      }
    >
      {campaigns.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="situation.campaigns.empty" />
        </Text>
      ) : (
        <SimpleGrid type="container" cols={{ base: 1, '560px': 2 }} spacing="sm">
          {campaigns.map((campaign) => {
            const path = pathOf(campaign);
            const when = format.span(campaign.start, campaign.end);
            return (
              <Paper key={campaign.id} id={domIdOf(path)} withBorder radius="md" p="sm" className={classes.card}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
                  <Title order={3} size="h5">
                    {campaign.name}
                  </Title>
                  <EntityActions name={campaign.name} onEdit={() => form.open(campaign)} onDelete={() => setDeleting(campaign)} />
                </Group>
                <Group gap={6} mt={4}>
                  {campaign.channel && (
                    <Badge variant="default" size="sm" tt="none" fw={500}>
                      {channelName.get(campaign.channel) ?? campaign.channel}
                    </Badge>
                  )}
                  {when && (
                    <Text size="xs" c="dimmed">
                      {when}
                    </Text>
                  )}
                  {campaign.spend !== undefined && (
                    <Text size="xs" c="dimmed">
                      <FormattedMessage id="situation.campaigns.spent" values={{ amount: format.money(campaign.spend) }} />
                    </Text>
                  )}
                </Group>
                <Stack gap={6} mt={8}>
                  {campaign.result && (
                    <Text size="sm">
                      <Text span size="sm" fw={600}>
                        <FormattedMessage id="situation.campaigns.result" />:{' '}
                      </Text>
                      {campaign.result}
                    </Text>
                  )}
                  {campaign.learning ? (
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <ThemeIcon variant="light" color="yellow" size="sm" radius="xl" aria-hidden>
                        <IconBulb size={14} />
                      </ThemeIcon>
                      <Text size="sm">
                        <Text span size="sm" fw={600}>
                          <FormattedMessage id="situation.campaigns.learning" />:{' '}
                        </Text>
                        {campaign.learning}
                      </Text>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">
                      <FormattedMessage id="situation.campaigns.noLearning" />
                    </Text>
                  )}
                  <FindingBadges path={path} />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
      <CampaignModal
        opened={form.opened}
        onClose={form.close}
        campaign={editing}
        channels={channels}
        path={editing ? pathOf(editing) : undefined}
      />
      <DeleteModal collection="campaigns" entity={deleting} onClose={() => setDeleting(null)} />
    </StepSection>
  );
}

function CampaignModal(props: { opened: boolean; onClose: () => void; campaign?: Campaign; channels: Channel[]; path?: string }) {
  const saving = useEntitySave('campaigns', props.campaign);
  return (
    <EntityModal
      opened={props.opened}
      onClose={props.onClose}
      saving={saving}
      title={<FormattedMessage id={props.campaign ? 'situation.campaigns.edit' : 'situation.campaigns.new'} />}
    >
      <CampaignForm key={`${props.campaign?.id}-${props.campaign?.version}-${props.opened}`} {...props} saving={saving} />
    </EntityModal>
  );
}

function CampaignForm(props: { campaign?: Campaign; channels: Channel[]; path?: string; onClose: () => void; saving: EntitySave<'campaigns'> }) {
  const intl = useIntl();
  const { plan } = usePlanContext();
  const { campaign } = props;
  const [name, setName] = useState(campaign?.name ?? '');
  const [channel, setChannel] = useState<string | null>(campaign?.channel ?? null);
  const [start, setStart] = useState(campaign?.start ?? '');
  const [end, setEnd] = useState(campaign?.end ?? '');
  const [spend, setSpend] = useState<number | string>(campaign?.spend ?? '');
  const [result, setResult] = useState(campaign?.result ?? '');
  const [learning, setLearning] = useState(campaign?.learning ?? '');
  const [submitted, setSubmitted] = useState(false);
  const errorAt = useFieldError(props.saving, FIELDS);
  const limited = useTextLimit();
  const endBeforeStart = Boolean(start && end && end < start);

  const values = {
    name: name.trim(),
    channel: channel ?? undefined,
    start: start || undefined,
    end: end || undefined,
    spend: typeof spend === 'number' ? spend : undefined,
    result: orUndefined(result),
    learning: orUndefined(learning),
  };

  const submit = () => {
    setSubmitted(true);
    if (!name.trim() || endBeforeStart) return;
    props.saving.save(values, props.onClose);
  };

  return (
    <EntityForm path={props.path} saving={props.saving} fields={FIELDS} values={values} onSubmit={submit} onCancel={props.onClose}>
      <TextInput
        label={intl.formatMessage({ id: 'situation.campaigns.name' })}
        placeholder={intl.formatMessage({ id: 'situation.campaigns.namePlaceholder' })}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        {...limited(name, TEXT_LIMITS.name)}
        error={(submitted && !name.trim() ? intl.formatMessage({ id: 'situation.form.nameRequired' }) : undefined) ?? errorAt('name')}
        required
        data-autofocus
      />
      <Select
        label={intl.formatMessage({ id: 'situation.campaigns.channel' })}
        placeholder={props.channels.length === 0 ? intl.formatMessage({ id: 'situation.campaigns.noChannels' }) : undefined}
        data={props.channels.map((c) => ({ value: c.id, label: c.name }))}
        value={channel}
        onChange={setChannel}
        clearable
        searchable
        nothingFoundMessage={intl.formatMessage({ id: 'situation.campaigns.noChannels' })}
        error={errorAt('channel')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={intl.formatMessage({ id: 'situation.campaigns.start' })} value={start} onChange={setStart} error={errorAt('start')} />
        <DateField
          label={intl.formatMessage({ id: 'situation.campaigns.end' })}
          value={end}
          onChange={setEnd}
          minDate={start || undefined}
          error={(endBeforeStart ? intl.formatMessage({ id: 'situation.campaigns.endBeforeStart' }) : undefined) ?? errorAt('end')}
        />
      </SimpleGrid>
      <NumberInput
        label={intl.formatMessage({ id: 'situation.campaigns.spend' })}
        suffix={plan.currency ? ` ${plan.currency}` : undefined}
        value={spend}
        onChange={setSpend}
        min={0}
        allowNegative={false}
        thousandSeparator=" "
        error={errorAt('spend')}
      />
      <TextInput
        label={intl.formatMessage({ id: 'situation.campaigns.result' })}
        placeholder={intl.formatMessage({ id: 'situation.campaigns.resultPlaceholder' })}
        value={result}
        onChange={(event) => setResult(event.currentTarget.value)}
        {...limited(result, TEXT_LIMITS.text)}
        error={errorAt('result')}
      />
      <Textarea
        label={intl.formatMessage({ id: 'situation.campaigns.learning' })}
        value={learning}
        onChange={(event) => setLearning(event.currentTarget.value)}
        {...limited(learning, TEXT_LIMITS.text, intl.formatMessage({ id: 'situation.campaigns.learningHint' }))}
        autosize
        minRows={2}
        error={errorAt('learning')}
      />
    </EntityForm>
  );
}
