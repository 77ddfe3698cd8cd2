import type { GoalStatus } from '@kurs/core';
import { Badge, type MantineSize } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconClockExclamation, IconTargetOff, IconTrophy } from '@tabler/icons-react';
import { useIntl } from 'react-intl';

/** The engine's goal statuses, each as a colour, an icon and a word: colour is never the only signal. */
export const STATUS_COLOR: Record<GoalStatus, string> = {
  on_track: 'teal',
  behind: 'yellow',
  at_risk: 'red',
  achieved: 'blue',
  missed: 'grape',
  no_data: 'gray',
};

const STATUS_ICON = {
  on_track: IconCircleCheck,
  behind: IconClockExclamation,
  at_risk: IconAlertTriangle,
  achieved: IconTrophy,
  missed: IconTargetOff,
  no_data: IconCircleDashed,
} as const;

export function GoalStatusBadge(props: { status: GoalStatus; size?: MantineSize }) {
  const intl = useIntl();
  const Icon = STATUS_ICON[props.status];
  return (
    <Badge
      size={props.size ?? 'md'}
      variant="light"
      color={STATUS_COLOR[props.status]}
      leftSection={<Icon size={14} stroke={2} aria-hidden />}
      style={{ flexShrink: 0 }}
    >
      {intl.formatMessage({ id: `goals.status.${props.status}` })}
    </Badge>
  );
}
