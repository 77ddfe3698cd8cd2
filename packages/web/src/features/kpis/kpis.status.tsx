import type { GoalStatus } from '@kurs/core';
import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

const STATUS_COLOR: Record<GoalStatus, string> = {
  on_track: 'teal',
  achieved: 'green',
  behind: 'yellow',
  at_risk: 'red',
  no_data: 'gray',
};

/** The status of the goals a KPI measures (the worst of them), or that it measures none. */
export function KpiStatusBadge(props: { status: GoalStatus | null }) {
  const { status } = props;
  return (
    <Badge variant="light" color={status ? STATUS_COLOR[status] : 'gray'} style={{ flexShrink: 0 }}>
      <FormattedMessage id={status ? `kpis.status.${status}` : 'kpis.status.none'} />
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge variant="filled" color="red.9" size="sm">
      <FormattedMessage id="kpis.overdue" />
    </Badge>
  );
}
