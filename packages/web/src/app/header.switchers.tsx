import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { planPath } from '../features/steps/steps.list';
import { usePlans, useWorkspaces } from '../shared/api/api.queries';
import { SWITCHER_WIDTH } from './header.buttons';
import { type Handover, useHandoverFocus } from './header.deferred';

/*
 * Searchable selects rather than menus: an agency has hundreds of client workspaces, and
 * typing a few letters is the quickest way to one of them.
 */

export function WorkspaceSwitcher(props: { ws?: string; fullWidth?: boolean; handover?: Handover }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const workspaces = useWorkspaces();
  const label = intl.formatMessage({ id: 'header.workspace' });
  const ref = useHandoverFocus<HTMLInputElement>(props.handover);
  return (
    <Select
      ref={ref}
      defaultDropdownOpened={props.handover?.opened}
      aria-label={label}
      placeholder={label}
      data={(workspaces.data ?? []).map((ws) => ({ value: ws.id, label: ws.name }))}
      value={props.ws ?? null}
      onChange={(id) => id && id !== props.ws && navigate(`/workspaces/${encodeURIComponent(id)}`)}
      searchable
      allowDeselect={false}
      nothingFoundMessage="—"
      w={props.fullWidth ? '100%' : SWITCHER_WIDTH.workspace}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function PlanSwitcher(props: { ws: string; plan?: string; fullWidth?: boolean; handover?: Handover }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const plans = usePlans(props.ws);
  const data = (plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.name }));
  const ref = useHandoverFocus<HTMLInputElement>(props.handover);
  return (
    <Select
      ref={ref}
      defaultDropdownOpened={props.handover?.opened}
      aria-label={intl.formatMessage({ id: 'header.plan' })}
      placeholder={intl.formatMessage({ id: data.length ? 'header.choosePlan' : 'header.noPlans' })}
      data={data}
      value={props.plan ?? null}
      onChange={(id) => id && id !== props.plan && navigate(planPath(props.ws, id))}
      searchable
      allowDeselect={false}
      nothingFoundMessage="—"
      w={props.fullWidth ? '100%' : SWITCHER_WIDTH.plan}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
