import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { STEP_ICONS } from './steps.icons';
import type { StepId } from './steps.list';

/** What a step is for, shown while it has nothing in it; `action` is the step's first thing to add. */
export function StepEmptyState(props: { step: StepId; action?: ReactNode }) {
  const Icon = STEP_ICONS[props.step];
  return (
    <EmptyState
      variant="light"
      size="lg"
      py="xl"
      icon={<Icon size={32} stroke={1.6} aria-hidden />}
      title={<FormattedMessage id={`step.${props.step}.emptyTitle`} />}
      description={<FormattedMessage id={`step.${props.step}.emptyBody`} />}
    >
      {props.action && <EmptyState.Actions>{props.action}</EmptyState.Actions>}
    </EmptyState>
  );
}
