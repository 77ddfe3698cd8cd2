import type { GoalStatus } from '@kurs/core';
import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { GoalStatusBadge } from '../goals/goals.status';

/** The status of the goals a KPI measures (the worst of them), in the goals' words and colours, or that it measures none. */
export function KpiStatusBadge(props: { status: GoalStatus | null }) {
  const { status } = props;
  if (status) return <GoalStatusBadge status={status} size="md" />;
  return (
    <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
      <FormattedMessage id="kpis.status.none" />
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge variant="filled" color="red" size="sm">
      <FormattedMessage id="kpis.overdue" />
    </Badge>
  );
}
