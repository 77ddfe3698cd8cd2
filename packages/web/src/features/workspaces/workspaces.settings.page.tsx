import type { Locale } from '@kurs/core';
import { TEXT_LIMITS } from '@kurs/core/browser';
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { Link, useNavigate, useParams } from 'react-router';
import { useDeleteWorkspace, useUpdateWorkspace, useWorkspace } from '../../shared/api/api.queries';
import type { Workspace, WorkspacePatch } from '../../shared/api/api.types';
import { useEdited } from '../../shared/entity-draft';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { FormFields } from '../../shared/ui/form-fields';
import { useNotifySaved } from '../../shared/ui/notify';
import { PageLoader } from '../../shared/ui/page-loader';
import { useProblemWords } from '../../shared/ui/problem-words';
import { useCan } from '../access/access.can';
import { CurrencyField, currencyOk, LocaleField } from '../plans/plans.fields';
import { DangerZone } from '../plans/plans.type-to-delete';
import { fieldErrors } from '../situation/situation.model';
import { WorkspaceTemplates } from './workspaces.templates';

/** A workspace's name and the language and currency its new plans start with, its saved templates; its owner may delete it. */
export default function WorkspaceSettingsPage() {
  const ws = useParams().ws!;
  const intl = useIntl();
  const workspace = useWorkspace(ws);
  const canUpdate = useCan('workspace.update', ws);
  const canDelete = useCan('workspace.delete', ws);
  const [reloads, setReloads] = useState(0);
  const name = workspace.data?.name ?? ws;
  useDocumentTitle(`${intl.formatMessage({ id: 'workspaceSettings.title' })} · ${name} · Kurs`);

  return (
    <Stack gap="xl" maw={900}>
      <Breadcrumbs>
        <Anchor component={Link} to="/" size="sm">
          <FormattedMessage id="workspaces.title" />
        </Anchor>
        <Anchor component={Link} to={`/workspaces/${encodeURIComponent(ws)}`} size="sm">
          {name}
        </Anchor>
        <Text size="sm" aria-current="page">
          <FormattedMessage id="workspaceSettings.title" />
        </Text>
      </Breadcrumbs>
      <header>
        <Title order={1}>
          <FormattedMessage id="workspaceSettings.title" />
        </Title>
        <Text c="dimmed" mt="xs" maw={760}>
          <FormattedMessage id="workspaceSettings.lead" />
        </Text>
      </header>
      {workspace.isPending && <PageLoader />}
      {workspace.isError && <ErrorAlert error={workspace.error} onRetry={() => void workspace.refetch()} />}
      {/* A reload after a conflict starts the form again from what is stored now. */}
      {workspace.data && <WorkspaceForm key={reloads} workspace={workspace.data} readOnly={!canUpdate} onReloaded={() => setReloads((n) => n + 1)} />}
      {workspace.data && <WorkspaceTemplates ws={workspace.data.id} />}
      {workspace.data && canDelete && <DeleteWorkspace workspace={workspace.data} />}
    </Stack>
  );
}

function WorkspaceForm(props: { workspace: Workspace; readOnly: boolean; onReloaded: () => void }) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const { workspace } = props;
  const [name, setName] = useState(workspace.name);
  const [locale, setLocale] = useState<Locale | null>(workspace.locale);
  const [currency, setCurrency] = useState(workspace.currency ?? '');
  const [submitted, setSubmitted] = useState(false);
  const update = useUpdateWorkspace(workspace.id);
  const notifySaved = useNotifySaved();
  const words = useProblemWords();
  const { byField } = fieldErrors(update.error, ['name', 'locale', 'currency'], words.field);

  const patch: WorkspacePatch = {};
  if (name.trim() !== workspace.name) patch.name = name.trim();
  if (locale !== workspace.locale) patch.locale = locale;
  if ((currency || null) !== workspace.currency) patch.currency = currency || null;
  const edited = useEdited(patch) && Object.keys(patch).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim() || !currencyOk(currency) || Object.keys(patch).length === 0) return;
    update.mutate({ version: workspace.version, patch }, { onSuccess: () => notifySaved(t('workspaceSettings.saved')) });
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="workspace-settings-form">
      <form onSubmit={submit} noValidate>
        <UnsavedGuard when={edited && !update.isSuccess} />
        <Stack>
          <Title order={2} size="h3" id="workspace-settings-form">
            <FormattedMessage id="workspaceSettings.formTitle" />
          </Title>
          <FormFields readOnly={props.readOnly}>
            <Stack>
              <TextInput
                label={t('workspaceSettings.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                maxLength={TEXT_LIMITS.name}
                error={submitted && !name.trim() ? t('workspaceSettings.nameRequired') : byField.name}
                required
              />
              <Text size="sm" c="dimmed">
                <FormattedMessage id="workspaceSettings.defaultsHint" />
              </Text>
              <Group align="flex-start" grow preventGrowOverflow={false}>
                <LocaleField label={t('workspaceSettings.locale')} value={locale} onChange={setLocale} optional />
                <CurrencyField label={t('workspaceSettings.currency')} value={currency} onChange={setCurrency} error={byField.currency} />
              </Group>
            </Stack>
          </FormFields>
          {update.conflict && <ConflictAlert onReload={() => void update.reload().then(props.onReloaded)} />}
          {update.isError && !update.conflict && Object.keys(byField).length === 0 && <ErrorAlert error={update.error} />}
          {!props.readOnly && (
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending} disabled={!edited}>
                <FormattedMessage id="workspaceSettings.save" />
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function DeleteWorkspace(props: { workspace: Workspace }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const remove = useDeleteWorkspace();
  const notifySaved = useNotifySaved();
  const { workspace } = props;
  const t = (id: MessageId) => intl.formatMessage({ id }, { name: workspace.name });
  const confirm = () =>
    remove.mutate(
      { ws: workspace.id, version: workspace.version },
      {
        onSuccess: () => {
          notifySaved(t('workspaceSettings.deleted'));
          void navigate('/');
        },
      },
    );
  return (
    <DangerZone
      id="workspace-settings-danger"
      body={t('workspaceSettings.deleteBody')}
      button={t('workspaceSettings.delete')}
      name={workspace.name}
      title={t('workspaceSettings.deleteTitle')}
      confirmBody={t('workspaceSettings.deleteConfirmBody')}
      confirm={t('workspaceSettings.deleteConfirm')}
      remove={remove}
      onConfirm={confirm}
    />
  );
}
