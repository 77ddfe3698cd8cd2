import type { RankMethod } from '@kurs/core';
import { Anchor, Badge, Group, List, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { usePlanContext } from '../plans/plan.context';
import { usePriorities } from './activities.queries';
import { METHOD_MESSAGES, rankReasonText, type ReasonContext } from './activities.reasons';

const METHODS: RankMethod[] = ['ice', 'rice', 'value_effort'];

const METHOD_HELP: Record<RankMethod, MessageId> = {
  ice: 'activities.method.ice.help',
  rice: 'activities.method.rice.help',
  value_effort: 'activities.method.value_effort.help',
};

/** The backlog as the engine ranks it by the chosen method, with the reasons for each place. */
export function PriorityList(props: { method: RankMethod; onMethod: (method: RankMethod) => void; reasonContext: ReasonContext; onOpen: (id: string) => void }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const priorities = usePriorities(ws, plan.id, props.method);

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text size="sm" fw={500} id="activities-method-label">
          {intl.formatMessage({ id: 'activities.method.label' })}
        </Text>
        <SegmentedControl
          aria-labelledby="activities-method-label"
          value={props.method}
          onChange={(value) => props.onMethod(value as RankMethod)}
          data={METHODS.map((m) => ({ value: m, label: intl.formatMessage({ id: METHOD_MESSAGES[m] }) }))}
          style={{ alignSelf: 'flex-start' }}
        />
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: METHOD_HELP[props.method] })}
        </Text>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'activities.priorities.order' })}
        </Text>
      </Stack>
      {priorities.isPending && <PageLoader />}
      {priorities.isError && <ErrorAlert error={priorities.error} onRetry={() => void priorities.refetch()} />}
      {priorities.data && priorities.data.length === 0 && <Text c="dimmed">{intl.formatMessage({ id: 'activities.priorities.empty' })}</Text>}
      {priorities.data && priorities.data.length > 0 && (
        <List listStyleType="none" spacing="xs" aria-label={intl.formatMessage({ id: 'activities.priorities.listLabel' })}>
          {priorities.data.map((item) => {
            const [main, ...more] = item.reasons;
            return (
              <List.Item key={item.id} styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
                <Paper withBorder radius="md" p="sm" data-ranked={item.id}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Badge size="lg" variant="light" radius="sm" miw={44} aria-label={intl.formatMessage({ id: 'activities.priorities.rank' }, { rank: item.rank })}>
                      {item.rank}
                    </Badge>
                    <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <Anchor component="button" type="button" fw={600} ta="start" onClick={() => props.onOpen(item.id)}>
                          {item.title}
                        </Anchor>
                        <Text size="sm" fw={600}>
                          {item.score === null
                            ? intl.formatMessage({ id: 'activities.priorities.noScore' })
                            : intl.formatMessage({ id: 'activities.priorities.score' }, { score: format.number(item.score, { maximumFractionDigits: 2 }) })}
                        </Text>
                      </Group>
                      {main && <Text size="sm">{rankReasonText(main, props.reasonContext)}</Text>}
                      {more.map((reason, i) => (
                        <Text key={`${reason.code}-${i}`} size="xs" c="dimmed">
                          {rankReasonText(reason, props.reasonContext)}
                        </Text>
                      ))}
                    </Stack>
                  </Group>
                </Paper>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
