import { useIntl } from 'react-intl';
import { AccountButton } from '../features/access/access.account-button';
import { usePlans, useWorkspaces } from '../shared/api/api.queries';
import { ColorSchemeButton, LanguageButton, SWITCHER_WIDTH, SwitcherStandIn } from './header.buttons';
import { Deferred } from './header.deferred';

/* The header's controls as the pages use them: their buttons at once, their menus when needed (header.deferred.tsx). */

export function LanguageControl() {
  return <Deferred standIn={(handlers) => <LanguageButton aria-haspopup="menu" {...handlers} />}>{(menus, handover) => <menus.LanguageMenu handover={handover} />}</Deferred>;
}

export function ColorSchemeControl() {
  return <Deferred standIn={(handlers) => <ColorSchemeButton aria-haspopup="menu" {...handlers} />}>{(menus, handover) => <menus.ColorSchemeMenu handover={handover} />}</Deferred>;
}

export function AccountControl(props: { ws?: string }) {
  return <Deferred standIn={(handlers) => <AccountButton aria-haspopup="menu" {...handlers} />}>{(menus, handover) => <menus.AccountMenu ws={props.ws} handover={handover} />}</Deferred>;
}

export function WorkspaceControl(props: { ws?: string; fullWidth?: boolean }) {
  const intl = useIntl();
  const workspaces = useWorkspaces();
  const label = intl.formatMessage({ id: 'header.workspace' });
  return (
    <Deferred
      standIn={(handlers) => (
        <SwitcherStandIn
          label={label}
          placeholder={label}
          value={workspaces.data?.find((ws) => ws.id === props.ws)?.name}
          w={props.fullWidth ? '100%' : SWITCHER_WIDTH.workspace}
          {...handlers}
        />
      )}
    >
      {(menus, handover) => <menus.WorkspaceSwitcher ws={props.ws} fullWidth={props.fullWidth} handover={handover} />}
    </Deferred>
  );
}

export function PlanControl(props: { ws: string; plan?: string; fullWidth?: boolean }) {
  const intl = useIntl();
  const plans = usePlans(props.ws);
  return (
    <Deferred
      standIn={(handlers) => (
        <SwitcherStandIn
          label={intl.formatMessage({ id: 'header.plan' })}
          placeholder={intl.formatMessage({ id: plans.data?.length ? 'header.choosePlan' : 'header.noPlans' })}
          value={plans.data?.find((plan) => plan.id === props.plan)?.name}
          w={props.fullWidth ? '100%' : SWITCHER_WIDTH.plan}
          {...handlers}
        />
      )}
    >
      {(menus, handover) => <menus.PlanSwitcher ws={props.ws} plan={props.plan} fullWidth={props.fullWidth} handover={handover} />}
    </Deferred>
  );
}
