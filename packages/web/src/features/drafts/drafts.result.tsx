import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { draftKey, type BatchSummary } from './drafts.model';

/**
 * What the last batch did: how many were confirmed or deleted, each refusal with its reason; and,
 * while it is still the last change (a delete is none), the undo of the last confirm batch.
 */
export function BatchResult(props: { summary: BatchSummary | null; canUndo: boolean; busy: boolean; onUndo: () => void; onDismiss: () => void }) {
  const intl = useIntl();
  const { summary } = props;
  return (
    <Alert color={summary && summary.failed.length > 0 ? 'yellow' : 'teal'} variant="light" role="status" data-drafts-result>
      <Stack gap="xs">
        {summary && (
          <Text size="sm" fw={600}>
            {intl.formatMessage({ id: summary.action === 'confirm' ? 'drafts.result.confirmed' : 'drafts.result.deleted' }, { count: summary.done.length })}
          </Text>
        )}
        {summary && summary.failed.length > 0 && (
          <>
            <Text size="sm">{intl.formatMessage({ id: 'drafts.result.failed' }, { count: summary.failed.length })}</Text>
            <List size="sm" spacing={4}>
              {summary.failed.map(({ item, reason }) => (
                <List.Item key={draftKey(item)}>{intl.formatMessage({ id: 'drafts.result.failure' }, { name: item.name, reason })}</List.Item>
              ))}
            </List>
          </>
        )}
        <Group gap="xs">
          {props.canUndo && (
            <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={16} aria-hidden />} loading={props.busy} onClick={props.onUndo}>
              {intl.formatMessage({ id: 'drafts.result.undo' })}
            </Button>
          )}
          {summary && (
            <Button size="xs" variant="subtle" color="gray" onClick={props.onDismiss}>
              {intl.formatMessage({ id: 'drafts.result.dismiss' })}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
