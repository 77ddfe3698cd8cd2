import type { HealthReport } from '@kurs/core';
import { SEVERITIES } from '@kurs/core/browser';
import { Anchor, Group, List, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { FixLink } from '../health/health.findings';
import { ScoreRing, scoreColor } from '../../shared/ui/score-ring';
import type { HealthSummary } from '../../shared/api/api.types';
import { STEPS, stepPath } from '../steps/steps.list';
import { DashboardSection } from './dashboard.section';

const SEVERITY = {
  error: { color: 'red', Icon: IconCircleX },
  warning: { color: 'yellow', Icon: IconAlertTriangle },
  info: { color: 'blue', Icon: IconInfoCircle },
} as const;

/** The health check's overall score, each step's score linking to the step, and what to fix first. */
export function HealthPanel(props: { ws: string; plan: string; scores: HealthReport['scores'] }) {
  const intl = useIntl();
  const { scores } = props;
  const steps = STEPS.filter((s) => s !== 'dashboard');
  return (
    <DashboardSection title={intl.formatMessage({ id: 'dashboard.health.title' })}>
      <Group align="center" gap="lg" wrap="nowrap" mb="md">
        <ScoreRing score={scores.overall} size={84} />
        <div>
          <Text fz={32} fw={700} lh={1} style={{ color: `var(--mantine-color-${scoreColor(scores.overall)}-light-color)` }}>
            {intl.formatMessage({ id: 'dashboard.health.score' }, { score: Math.round(scores.overall) })}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {intl.formatMessage({ id: 'dashboard.health.lead' })}
          </Text>
        </div>
      </Group>
      <SimpleGrid type="container" cols={{ base: 1, '260px': 2, '560px': 4 }} spacing="xs" verticalSpacing="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map((step) => (
          <li key={step}>
            <Anchor component={Link} to={stepPath(props.ws, props.plan, step)} underline="hover" c="var(--mantine-color-text)">
              <Group gap={6} wrap="nowrap">
                <ScoreRing score={scores.steps[step]} size={26} />
                <Text size="sm" span>
                  {intl.formatMessage({ id: `step.${step}.title` })}{' '}
                  <Text span size="sm" c="dimmed">
                    {intl.formatMessage({ id: 'dashboard.health.stepScore' }, { score: Math.round(scores.steps[step]) })}
                  </Text>
                </Text>
              </Group>
            </Anchor>
          </li>
        ))}
      </SimpleGrid>
    </DashboardSection>
  );
}

/** The few findings to fix first, worst first (as the server picks them), each linking to where it is fixed. */
export function TopFindings(props: { ws: string; plan: string; summary: HealthSummary }) {
  const intl = useIntl();
  const top = props.summary.top ?? [];
  const count = SEVERITIES.reduce((sum, severity) => sum + props.summary.counts[severity], 0);
  return (
    <DashboardSection title={intl.formatMessage({ id: 'dashboard.findings.title' }, { count })}>
      {top.length === 0 ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'dashboard.findings.none' })}
        </Text>
      ) : (
        <List spacing="sm" listStyleType="none" m={0} p={0}>
          {top.map((finding, i) => {
            const { color, Icon } = SEVERITY[finding.severity];
            return (
              <List.Item key={`${finding.rule}-${finding.path}-${i}`}>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <ThemeIcon size="sm" variant="light" color={color} aria-hidden>
                    <Icon size={14} />
                  </ThemeIcon>
                  <Stack gap={2}>
                    <Text size="sm">
                      <Text span size="xs" c="dimmed" fw={600} tt="uppercase" mr={6}>
                        {intl.formatMessage({ id: `step.${finding.step}.title` })}
                      </Text>
                      {finding.message}
                    </Text>
                    <FixLink ws={props.ws} plan={props.plan} finding={finding} />
                  </Stack>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </DashboardSection>
  );
}
