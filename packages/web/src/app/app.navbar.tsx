import { Box, Divider, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconSettings, IconShare } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { useCan } from '../features/access/access.can';
import { STEP_ICONS } from '../features/steps/steps.icons';
import { planPath, STEPS, stepPath, type StepId } from '../features/steps/steps.list';
import { useLocale } from '../i18n/i18n.provider';
import { useHealthSummary } from '../shared/api/api.queries';
import { ScoreRing } from '../shared/ui/score-ring';
import { PlanControl, WorkspaceControl } from './header.controls';

/** The plan's steps in process order, each with its completeness from the health check. */
export function AppNavbar(props: { ws: string; plan: string; onNavigate: () => void }) {
  const intl = useIntl();
  const { pathname } = useLocation();
  const { locale } = useLocale();
  const health = useHealthSummary(props.ws, props.plan, locale);
  const scoreOf = (step: StepId) =>
    step === 'dashboard' ? health.data?.scores.overall : health.data?.scores.steps[step];
  const exportPath = `${planPath(props.ws, props.plan)}/export`;
  const sharePath = `${planPath(props.ws, props.plan)}/share`;
  const settingsPath = `${planPath(props.ws, props.plan)}/settings`;
  const canShare = useCan('share_links.manage', props.ws);

  return (
    <>
      <Stack hiddenFrom="sm" gap="xs" p="md" pb={0}>
        <WorkspaceControl ws={props.ws} fullWidth />
        <PlanControl ws={props.ws} plan={props.plan} fullWidth />
      </Stack>
      {/* The browser's own scrolling: Mantine's ScrollArea would add 5 kB to every first page. */}
      <Box style={{ flex: 1, overflowY: 'auto' }}>
        <Stack gap={2} p="md">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
            {intl.formatMessage({ id: 'nav.process' })}
          </Text>
          {STEPS.map((step) => {
            const to = stepPath(props.ws, props.plan, step);
            const active = pathname === to;
            const score = scoreOf(step);
            const Icon = STEP_ICONS[step];
            return (
              <NavLink
                key={step}
                component={Link}
                to={to}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={props.onNavigate}
                leftSection={<Icon size={18} stroke={1.7} aria-hidden />}
                rightSection={score === undefined ? null : <ScoreRing score={score} />}
                label={
                  <>
                    {intl.formatMessage({ id: `step.${step}.title` })}
                    {score !== undefined && (
                      <VisuallyHidden>, {intl.formatMessage({ id: 'nav.score' }, { score: Math.round(score) })}</VisuallyHidden>
                    )}
                  </>
                }
                fw={500}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
          <Divider my="sm" />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
            {intl.formatMessage({ id: 'nav.planDocument' })}
          </Text>
          <NavLink
            component={Link}
            to={exportPath}
            active={pathname === exportPath}
            aria-current={pathname === exportPath ? 'page' : undefined}
            onClick={props.onNavigate}
            leftSection={<IconDownload size={18} stroke={1.7} aria-hidden />}
            label={intl.formatMessage({ id: 'nav.export' })}
            fw={500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
          {canShare && (
            <NavLink
              component={Link}
              to={sharePath}
              active={pathname === sharePath}
              aria-current={pathname === sharePath ? 'page' : undefined}
              onClick={props.onNavigate}
              leftSection={<IconShare size={18} stroke={1.7} aria-hidden />}
              label={intl.formatMessage({ id: 'access.nav.share' })}
              fw={500}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          )}
          <NavLink
            component={Link}
            to={settingsPath}
            active={pathname === settingsPath}
            aria-current={pathname === settingsPath ? 'page' : undefined}
            onClick={props.onNavigate}
            leftSection={<IconSettings size={18} stroke={1.7} aria-hidden />}
            label={intl.formatMessage({ id: 'planSettings.nav' })}
            fw={500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        </Stack>
      </Box>
    </>
  );
}
