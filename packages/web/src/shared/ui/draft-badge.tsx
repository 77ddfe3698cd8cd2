import { Badge, Button, Group, Stack } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useCan } from '../../features/access/access.can';
import { usePlanContext } from '../../features/plans/plan.context';
import { useUpdateEntity } from '../api/api.queries';
import type { CollectionName } from '../api/api.types';
import { ConflictAlert } from './conflict-alert';
import { ErrorAlert } from './error-alert';
import { useUndoLast } from './undo-last';

/** What the badge needs of an entity: its id and version (for If-Match), whether it is a draft, and its name or title. */
export interface DraftEntity {
  id: string;
  version: number;
  draft?: boolean;
  name?: string;
  title?: string;
}

/**
 * "Draft" beside an item a starting plan brought that the user has not confirmed, with a button
 * that confirms it (PATCH `draft: null`, If-Match); nothing for an item that is no draft. The
 * confirm can be undone from its notice or by Ctrl+Z; a conflict (412) offers a reload. A
 * viewer sees the badge without the button. Needs a plan route (usePlanContext).
 */
export function DraftBadge(props: { collection: CollectionName; entity: DraftEntity }) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const canEdit = useCan('plan.write', ws);
  const update = useUpdateEntity(ws, plan.id, props.collection);
  const undo = useUndoLast(ws, plan.id);
  const { entity } = props;
  const name = entity.name ?? entity.title ?? '';
  // The version the confirm was sent from, then the one it made: held in the badge's own state,
  // set in the click's handler, so the badge is gone at once and does not come back while the
  // list that passes the entity still holds the old row. A later version (an undo) is believed.
  const [confirmedUpTo, setConfirmedUpTo] = useState<number | null>(null);
  const hidden = confirmedUpTo !== null && entity.version <= confirmedUpTo;

  const confirm = async () => {
    setConfirmedUpTo(entity.version);
    try {
      const updated = await update.mutateAsync({ id: entity.id, version: entity.version, patch: { draft: null } });
      setConfirmedUpTo(updated.version);
      const message = intl.formatMessage({ id: 'drafts.badge.confirmed' }, { name });
      undo.remember(message, [{ collection: props.collection, id: entity.id, version: updated.version, before: { draft: true } }]);
    } catch {
      // The mutation holds the error, shown below.
      setConfirmedUpTo(null);
    }
  };

  const failed = update.error ? (
    update.conflict ? <ConflictAlert onReload={() => void update.reload()} /> : <ErrorAlert error={update.error} />
  ) : null;
  if (entity.draft !== true || hidden) return failed;
  const badge = (
    <Group gap={6} wrap="nowrap" data-draft-badge>
      <Badge size="sm" variant="light" color="grape" title={intl.formatMessage({ id: 'drafts.badge.help' })}>
        {intl.formatMessage({ id: 'drafts.badge.label' })}
      </Badge>
      {canEdit && (
        <Button
          size="compact-xs"
          variant="light"
          color="teal"
          leftSection={<IconCheck size={14} aria-hidden />}
          aria-label={intl.formatMessage({ id: 'drafts.badge.confirmName' }, { name })}
          onClick={() => void confirm()}
        >
          {intl.formatMessage({ id: 'drafts.badge.confirm' })}
        </Button>
      )}
    </Group>
  );
  return failed ? (
    <Stack gap={4}>
      {badge}
      {failed}
    </Stack>
  ) : (
    badge
  );
}
