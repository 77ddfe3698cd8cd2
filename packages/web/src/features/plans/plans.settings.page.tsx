import { TEXT_LIMITS } from '@kurs/core/browser';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArchive, IconArchiveOff, IconTemplate } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { useNavigate } from 'react-router';
import { useCreateTemplate, useDeletePlan, useUpdatePlan } from '../../shared/api/api.queries';
import type { PlanSummary } from '../../shared/api/api.types';
import { useEdited } from '../../shared/entity-draft';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { FormFields } from '../../shared/ui/form-fields';
import { useNotifySaved } from '../../shared/ui/notify';
import { ProblemList } from '../../shared/ui/problem-list';
import { useProblemWords } from '../../shared/ui/problem-words';
import { useCan } from '../access/access.can';
import { fieldErrors } from '../situation/situation.model';
import { usePlanContext } from './plan.context';
import { CurrencyField, currencyOk, LocaleField } from './plans.fields';
import { headerPatch, type HeaderValues, headerValues } from './plans.settings.model';
import { DangerZone } from './plans.type-to-delete';

const HEADER_FIELDS = ['name', 'organisation', 'period', 'locale', 'currency', 'business_objective'] as const;

/** The plan's own settings: its header, archiving, saving it as a template, and deleting it. */
export default function PlanSettingsPage() {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  useDocumentTitle(`${intl.formatMessage({ id: 'planSettings.title' })} · ${plan.name} · Kurs`);
  const canEdit = useCan('plan.write', ws);
  const canDelete = useCan('plan.delete', ws);
  const [reloads, setReloads] = useState(0);

  return (
    <Stack gap="xl" maw={900}>
      <header>
        <Text size="sm" c="dimmed" fw={500}>
          {plan.name}
        </Text>
        <Title order={1} mt={4}>
          <FormattedMessage id="planSettings.title" />
        </Title>
        <Text c="dimmed" mt="xs" maw={760}>
          <FormattedMessage id="planSettings.lead" />
        </Text>
      </header>
      {plan.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} title={<FormattedMessage id="planSettings.archivedTitle" />}>
          <FormattedMessage id="planSettings.archivedBody" />
        </Alert>
      )}
      {/* A reload after a conflict starts the form again from what is stored now. */}
      <HeaderForm key={reloads} ws={ws} plan={plan} readOnly={!canEdit} onReloaded={() => setReloads((n) => n + 1)} />
      {canEdit && <ArchiveSection ws={ws} plan={plan} />}
      {canEdit && <TemplateSection ws={ws} plan={plan} />}
      {canDelete && <DeleteSection ws={ws} plan={plan} />}
    </Stack>
  );
}

function HeaderForm(props: { ws: string; plan: PlanSummary; readOnly: boolean; onReloaded: () => void }) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const stored = headerValues(props.plan);
  const [values, setValues] = useState(stored);
  const [submitted, setSubmitted] = useState(false);
  const update = useUpdatePlan(props.ws, props.plan.id);
  const notifySaved = useNotifySaved();
  const words = useProblemWords();
  const set = (change: Partial<HeaderValues>) => setValues((current) => ({ ...current, ...change }));
  const patch = headerPatch(stored, values);
  const edited = useEdited(patch) && Object.keys(patch).length > 0;
  const { byField, other } = fieldErrors(update.error, HEADER_FIELDS, words.field);

  const nameError = submitted && !values.name.trim() ? t('planSettings.nameRequired') : byField.name;
  const startError = submitted && !values.start ? t('planSettings.dateRequired') : undefined;
  const endError =
    submitted && !values.end ? t('planSettings.dateRequired') : values.start && values.end && values.end < values.start ? t('planSettings.endBeforeStart') : byField.period;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!values.name.trim() || !values.start || !values.end || values.end < values.start || !currencyOk(values.currency)) return;
    if (Object.keys(patch).length === 0) return;
    update.mutate({ version: props.plan.version, patch }, { onSuccess: () => notifySaved(t('planSettings.saved')) });
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="plan-settings-header">
      <form onSubmit={submit} noValidate>
        <UnsavedGuard when={edited && !update.isSuccess} />
        <Stack>
          <Title order={2} size="h3" id="plan-settings-header">
            <FormattedMessage id="planSettings.headerTitle" />
          </Title>
          <FormFields readOnly={props.readOnly}>
            <Stack>
              <TextInput
                label={t('planSettings.name')}
                value={values.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                maxLength={TEXT_LIMITS.name}
                error={nameError}
                required
              />
              <TextInput
                label={t('planSettings.organisation')}
                value={values.organisation}
                onChange={(e) => set({ organisation: e.currentTarget.value })}
                maxLength={TEXT_LIMITS.name}
                error={byField.organisation}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <DateField label={t('planSettings.start')} value={values.start} onChange={(start) => set({ start })} error={startError} required />
                <DateField label={t('planSettings.end')} value={values.end} onChange={(end) => set({ end })} minDate={values.start || undefined} error={endError} required />
              </SimpleGrid>
              <Group align="flex-start" grow preventGrowOverflow={false}>
                <CurrencyField label={t('planSettings.currency')} value={values.currency} onChange={(currency) => set({ currency })} error={byField.currency} />
                <LocaleField
                  label={t('planSettings.locale')}
                  description={t('planSettings.localeHint')}
                  value={values.locale}
                  onChange={(locale) => set({ locale })}
                />
              </Group>
              <Textarea
                label={t('planSettings.objective')}
                description={t('planSettings.objectiveHint')}
                value={values.business_objective}
                onChange={(e) => set({ business_objective: e.currentTarget.value })}
                maxLength={TEXT_LIMITS.text}
                error={byField.business_objective}
                autosize
                minRows={3}
              />
            </Stack>
          </FormFields>
          {update.conflict && <ConflictAlert onReload={() => void update.reload().then(props.onReloaded)} />}
          {other.length > 0 && <ProblemList errors={other} problem={update.error} source="form" />}
          {update.isError && !update.conflict && byFieldEmpty(byField) && other.length === 0 && <ErrorAlert error={update.error} />}
          {!props.readOnly && (
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending} disabled={!edited}>
                <FormattedMessage id="planSettings.save" />
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function byFieldEmpty(byField: Record<string, string>): boolean {
  return Object.keys(byField).length === 0;
}

/** Archiving takes the plan out of the workspace's list without deleting anything; it can be taken back. */
function ArchiveSection(props: { ws: string; plan: PlanSummary }) {
  const update = useUpdatePlan(props.ws, props.plan.id);
  const intl = useIntl();
  const notifySaved = useNotifySaved();
  const archived = props.plan.archived;
  const toggle = () =>
    update.mutate(
      { version: props.plan.version, patch: { archived: !archived } },
      { onSuccess: () => notifySaved(intl.formatMessage({ id: archived ? 'planSettings.unarchived' : 'planSettings.archived' }, { name: props.plan.name })) },
    );
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="plan-settings-archive">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="plan-settings-archive">
          <FormattedMessage id="planSettings.archiveTitle" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id={archived ? 'planSettings.unarchiveBody' : 'planSettings.archiveBody'} />
        </Text>
        {update.conflict && <ConflictAlert onReload={() => void update.reload()} />}
        {update.isError && !update.conflict && <ErrorAlert error={update.error} />}
        <Button
          variant="default"
          leftSection={archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
          onClick={toggle}
          loading={update.isPending}
        >
          <FormattedMessage id={archived ? 'planSettings.unarchive' : 'planSettings.archive'} />
        </Button>
      </Stack>
    </Paper>
  );
}

/** The plan as it is now becomes a starting point for the workspace's next plans. */
function TemplateSection(props: { ws: string; plan: PlanSummary }) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const [name, setName] = useState(props.plan.name);
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateTemplate(props.ws);
  const notifySaved = useNotifySaved();
  const words = useProblemWords();
  const { byField, other } = fieldErrors(create.error, ['name', 'description'], words.field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim()) return;
    create.mutate(
      { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}), from_plan: props.plan.id },
      {
        onSuccess: (template) => {
          notifySaved(intl.formatMessage({ id: 'planSettings.templateSaved' }, { name: template.name }));
          setDescription('');
          setSubmitted(false);
        },
      },
    );
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="plan-settings-template">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="plan-settings-template">
            <FormattedMessage id="planSettings.templateTitle" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="planSettings.templateBody" />
          </Text>
          <TextInput
            label={t('planSettings.templateName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={TEXT_LIMITS.name}
            error={submitted && !name.trim() ? t('planSettings.nameRequired') : byField.name}
            required
          />
          <Textarea
            label={t('planSettings.templateDescription')}
            description={t('planSettings.templateDescriptionHint')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={TEXT_LIMITS.text}
            error={byField.description}
            autosize
            minRows={2}
          />
          {other.length > 0 && <ProblemList errors={other} problem={create.error} source="form" />}
          {create.isError && other.length === 0 && byFieldEmpty(byField) && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button type="submit" variant="default" leftSection={<IconTemplate size={16} aria-hidden />} loading={create.isPending}>
              <FormattedMessage id="planSettings.templateSave" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function DeleteSection(props: { ws: string; plan: PlanSummary }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const remove = useDeletePlan(props.ws);
  const notifySaved = useNotifySaved();
  const t = (id: MessageId) => intl.formatMessage({ id }, { name: props.plan.name });
  const confirm = () =>
    remove.mutate(
      { plan: props.plan.id, version: props.plan.version },
      {
        onSuccess: () => {
          notifySaved(t('planSettings.deleted'));
          void navigate(`/workspaces/${encodeURIComponent(props.ws)}`);
        },
      },
    );
  return (
    <DangerZone
      id="plan-settings-danger"
      body={t('planSettings.deleteBody')}
      button={t('planSettings.delete')}
      name={props.plan.name}
      title={t('planSettings.deleteTitle')}
      confirmBody={t('planSettings.deleteConfirmBody')}
      confirm={t('planSettings.deleteConfirm')}
      remove={remove}
      onConfirm={confirm}
    />
  );
}
