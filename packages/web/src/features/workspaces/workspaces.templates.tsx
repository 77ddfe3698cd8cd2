import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LOCALE_NAMES } from '../../i18n/i18n.locale';
import { useDeleteTemplate, useTemplates } from '../../shared/api/api.queries';
import type { TemplateSummary } from '../../shared/api/api.types';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useNotifySaved } from '../../shared/ui/notify';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { useMoments } from '../access/access.time';

/**
 * The workspace's saved templates, for every member to see; those who may save one (editors and
 * owners, as on the plan's settings) may delete one, after a question, with If-Match.
 */
export function WorkspaceTemplates(props: { ws: string }) {
  const templates = useTemplates(props.ws);
  const canDelete = useCan('plan.write', props.ws);
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const list = templates.data ?? [];

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="workspace-templates">
      <Stack>
        <div>
          <Title order={2} size="h3" id="workspace-templates">
            <FormattedMessage id="workspaceSettings.templatesTitle" />
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            <FormattedMessage id="workspaceSettings.templatesLead" />
          </Text>
        </div>
        {templates.isPending && <PageLoader />}
        {templates.isError && <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />}
        {templates.isSuccess && list.length === 0 && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="workspaceSettings.templatesEmpty" />
          </Text>
        )}
        {list.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {list.map((template) => (
              <TemplateRow key={template.id} template={template} onDelete={canDelete ? () => setDeleting(template) : undefined} />
            ))}
          </Stack>
        )}
      </Stack>
      <DeleteTemplate ws={props.ws} template={deleting} onClose={() => setDeleting(null)} />
    </Paper>
  );
}

function TemplateRow(props: { template: TemplateSummary; onDelete?: () => void }) {
  const intl = useIntl();
  const moments = useMoments();
  const { template } = props;
  const saved = intl.formatMessage({ id: 'workspaceSettings.templateSavedOn' }, { date: moments.day(template.created_at) });
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-template={template.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {template.name}
          </Text>
          {template.description && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {template.description}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {template.locale ? `${LOCALE_NAMES[template.locale]} · ${saved}` : saved}
          </Text>
        </Stack>
        {props.onDelete && (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={props.onDelete}
            aria-label={intl.formatMessage({ id: 'workspaceSettings.templateDeleteLabel' }, { name: template.name })}
            style={{ flexShrink: 0 }}
          >
            <FormattedMessage id="workspaceSettings.templateDelete" />
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** Asks before deleting a template; a conflict or a refusal is shown in the dialog. */
function DeleteTemplate(props: { ws: string; template: TemplateSummary | null; onClose: () => void }) {
  const intl = useIntl();
  const remove = useDeleteTemplate(props.ws);
  const notifySaved = useNotifySaved();
  const { template } = props;
  const name = template?.name ?? '';
  const close = () => {
    remove.reset();
    props.onClose();
  };
  const confirm = () =>
    template &&
    remove.mutate(
      { id: template.id, version: template.version },
      {
        onSuccess: () => {
          notifySaved(intl.formatMessage({ id: 'workspaceSettings.templateDeleted' }, { name }));
          close();
        },
      },
    );
  return (
    <ConfirmDialog
      opened={template !== null}
      title={intl.formatMessage({ id: 'workspaceSettings.templateDeleteTitle' }, { name })}
      body={intl.formatMessage({ id: 'workspaceSettings.templateDeleteBody' })}
      confirm={intl.formatMessage({ id: 'workspaceSettings.templateDeleteConfirm' })}
      cancel={intl.formatMessage({ id: 'plans.delete.cancel' })}
      pending={remove.isPending}
      onConfirm={confirm}
      onClose={close}
    >
      {remove.conflict && <ConflictAlert onReload={() => void remove.reload().then(close)} />}
      {remove.error && !remove.conflict && <ErrorAlert error={remove.error} />}
    </ConfirmDialog>
  );
}
