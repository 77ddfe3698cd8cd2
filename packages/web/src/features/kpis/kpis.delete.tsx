import { Button, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDeleteEntity } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { usePlanContext } from '../plans/plan.context';

/** Asks before deleting a KPI; the server refuses while a goal or activity still uses it, and says so. */
export function DeleteKpiModal(props: { kpi: Entity<'kpis'> | null; onClose: () => void; onDeleted?: () => void }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const remove = useDeleteEntity(ws, plan.id, 'kpis');
  const close = () => {
    remove.reset();
    props.onClose();
  };
  const { kpi } = props;
  return (
    <AppModal opened={kpi !== null} onClose={close} title={intl.formatMessage({ id: 'kpis.delete.title' })}>
      {kpi && (
        <Stack gap="md">
          <Text size="sm">
            <FormattedMessage id="kpis.delete.body" values={{ name: <strong>{kpi.name}</strong> }} />
          </Text>
          {remove.conflict && <ConflictAlert onReload={() => void remove.reload().then(close)} />}
          {remove.error && !remove.conflict && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              <FormattedMessage id="kpis.form.cancel" />
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { id: kpi.id, version: kpi.version },
                  {
                    onSuccess: () => {
                      close();
                      props.onDeleted?.();
                    },
                  },
                )
              }
            >
              <FormattedMessage id="kpis.delete.confirm" />
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
