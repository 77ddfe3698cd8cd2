import { Group, Stack, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { useCan } from '../access/access.can';
import { stepPath } from '../steps/steps.list';
import { DashboardSection } from './dashboard.section';
import { upcomingMilestones } from './dashboard.select';

/** The next milestones on the roadmap, soonest first; with none ahead, an editor's link opens a new one there. */
export function UpcomingMilestones(props: { ws: string; plan: string; today: string; milestones: Entity<'milestones'>[] }) {
  const intl = useIntl();
  const roadmap = stepPath(props.ws, props.plan, 'roadmap');
  const add = useCan('plan.write', props.ws) && upcomingMilestones(props.milestones, props.today, 1).length === 0;
  return (
    <DashboardSection
      title={intl.formatMessage({ id: 'dashboard.milestones.title' })}
      link={
        add
          ? { to: `${roadmap}?focus=milestones`, label: intl.formatMessage({ id: 'roadmap.milestone.add' }) }
          : { to: roadmap, label: intl.formatMessage({ id: 'dashboard.milestones.open' }) }
      }
    >
      <MilestoneList milestones={props.milestones} today={props.today} empty={intl.formatMessage({ id: 'dashboard.milestones.none' })} />
    </DashboardSection>
  );
}

/** The next five milestones after `today`, soonest first, or `empty` when there are none. */
export function MilestoneList(props: { milestones: Entity<'milestones'>[]; today: string; empty: string }) {
  const format = useFormat();
  const next = upcomingMilestones(props.milestones, props.today, 5);
  return next.length === 0 ? (
    <Text size="sm" c="dimmed">
      {props.empty}
    </Text>
  ) : (
    <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {next.map((milestone) => (
        <li key={milestone.id}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconFlag size={18} stroke={1.7} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {milestone.title}
              </Text>
              <Text size="xs" c="dimmed">
                {format.date(milestone.date)}
              </Text>
            </div>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
