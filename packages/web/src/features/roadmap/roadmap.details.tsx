import type { RoadmapItem } from '@kurs/core';
import { toDayNumber } from '@kurs/core/browser';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Entity } from '../../shared/api/api.types';
import { AppModal } from '../../shared/ui/app-modal';
import { stepPath } from '../steps/steps.list';
import type { Dates } from './roadmap.drag';
import { barStatus } from './roadmap.palette';
import type { RoadmapWords } from './roadmap.words';

export interface DetailsTarget {
  item: RoadmapItem;
  /** Dates as drawn, or null for an activity that is not on the timeline. */
  dates: Dates | null;
  laneName: string;
}

/** One activity of the roadmap in full, with a way to its page in Activities. */
export function RoadmapDetails(props: {
  target: DetailsTarget | null;
  activities: readonly Entity<'activities'>[] | undefined;
  goalTitles: ReadonlyMap<string, string>;
  ws: string;
  plan: string;
  today: string;
  words: RoadmapWords;
  onClose(): void;
}) {
  const intl = useIntl();
  const { target, words } = props;
  const index = target ? (props.activities?.findIndex((a) => a.id === target.item.id) ?? -1) : -1;
  const stored = index >= 0 ? props.activities![index] : undefined;
  const notSet = intl.formatMessage({ id: 'roadmap.details.notSet' });
  const titleOf = (id: string) => props.activities?.find((a) => a.id === id)?.title ?? id;

  const rows: [string, string][] = target
    ? [
        ['roadmap.details.theme', target.laneName],
        [
          'roadmap.details.dates',
          target.dates
            ? `${words.range(target.dates)} (${intl.formatMessage({ id: 'roadmap.details.days' }, { count: toDayNumber(target.dates.end) - toDayNumber(target.dates.start) + 1 })})`
            : notSet,
        ],
        ['roadmap.details.status', words.status(target.dates ? barStatus(target.item.status, target.dates.end, props.today) : (target.item.status ?? 'none'))],
        ['roadmap.details.type', target.item.type ? intl.formatMessage({ id: `roadmap.type.${target.item.type}` }) : notSet],
        ['roadmap.details.owner', target.item.owner ?? notSet],
        ['roadmap.details.team', target.item.team ?? notSet],
        ['roadmap.details.goals', stored?.goals?.map((g) => props.goalTitles.get(g) ?? g).join(', ') || notSet],
        [
          'roadmap.details.estimate',
          stored?.estimate_hours === undefined ? notSet : intl.formatMessage({ id: 'roadmap.details.hours' }, { hours: stored.estimate_hours }),
        ],
        ['roadmap.details.dependsOn', stored?.depends_on?.map(titleOf).join(', ') || notSet],
      ]
    : [];

  return (
    <AppModal opened={target !== null} onClose={props.onClose} title={target?.item.title ?? ''} size="lg">
      {target && (
        <Stack gap="md">
          {stored?.description && <Text size="sm">{stored.description}</Text>}
          <Table variant="vertical" withTableBorder layout="fixed">
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={150}>{intl.formatMessage({ id: label as 'roadmap.details.theme' })}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {index >= 0 && (
            <Group justify="flex-end">
              <Anchor component={Link} to={`${stepPath(props.ws, props.plan, 'activities')}?focus=${encodeURIComponent(`activities[${index}]`)}`}>
                {intl.formatMessage({ id: 'roadmap.details.open' })}
              </Anchor>
            </Group>
          )}
        </Stack>
      )}
    </AppModal>
  );
}
