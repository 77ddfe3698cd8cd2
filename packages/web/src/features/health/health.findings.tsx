import type { Finding, Severity, Step } from '@kurs/core';
import { SEVERITIES } from '@kurs/core/browser';
import { Alert, Anchor, Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useLocale } from '../../i18n/i18n.provider';
import { healthQuery } from '../../shared/api/api.queries';
import { useSetSearchParams } from '../../shared/search-params';
import { useCan } from '../access/access.can';
import { usePlanContext } from '../plans/plan.context';
import { findingKeysAt, fixHref, focusFixed, isAt } from './health.focus';
import { findingStepsAt } from './health.steps';

/*
 * The health check's findings where they belong: beside the entity they concern, and as a
 * list per step with a link to fix each one. A fix link opens the step page with
 * `?focus=<path>` (e.g. `?focus=goals[2].owner`); each step page reads it with
 * `useFocusPath()` and opens or scrolls to that entity. Once the finding is fixed the
 * parameter leaves the address, so a reload or a shared link does not open it again.
 */

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_COLOR: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'blue' };
const SEVERITY_ICON = { error: IconCircleX, warning: IconAlertTriangle, info: IconInfoCircle } as const;

/**
 * The findings the page shows, in the reader's language: on a step page those of the steps it
 * shows (health.steps.ts), elsewhere all of them; shared with every other user of the same query.
 */
function usePageHealth() {
  const { ws, plan } = usePlanContext();
  const { locale } = useLocale();
  const { pathname } = useLocation();
  const steps = findingStepsAt(pathname);
  return useQueries({
    queries: steps ? steps.map((step) => healthQuery(ws, plan.id, locale, step)) : [healthQuery(ws, plan.id, locale)],
    combine: (results) => ({
      findings: results.every((r) => r.data) ? results.flatMap((r) => r.data!.findings) : undefined,
      isLoading: results.some((r) => r.isLoading),
    }),
  });
}

export function useFindings(): { findings: Finding[]; isLoading: boolean } {
  const { findings, isLoading } = usePageHealth();
  return { findings: findings ?? [], isLoading };
}

export function findingsAt(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => isAt(f, path)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * The path a fix link asked to show, if any. When the findings seen at that path are gone
 * from the health check, the parameter is removed (replacing the address, keeping the others).
 */
export function useFocusPath(): string | null {
  const [params] = useSearchParams();
  const focus = params.get('focus');
  const health = usePageHealth();
  const setParams = useSetSearchParams();
  const seen = useRef<{ path: string | null; keys: Set<string> }>({ path: null, keys: new Set() });
  useEffect(() => {
    if (!focus || !health.findings) return;
    if (seen.current.path !== focus) seen.current = { path: focus, keys: new Set() };
    const now = findingKeysAt(health.findings, focus);
    if (focusFixed(seen.current.keys, now)) setParams({ focus: null });
    else for (const key of now) seen.current.keys.add(key);
  }, [focus, health.findings, setParams]);
  return focus;
}

/** Small badges for the findings of one entity, e.g. in a table row or a card header. */
export function FindingBadges(props: { path: string }) {
  const { findings } = useFindings();
  const intl = useIntl();
  const here = findingsAt(findings, props.path);
  if (here.length === 0) return null;
  const counts = SEVERITIES.map((s) => [s, here.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <Group gap={4} wrap="nowrap">
      {counts.map(([severity, n]) => (
        <Badge key={severity} size="sm" variant="light" color={SEVERITY_COLOR[severity]} title={here.filter((f) => f.severity === severity).map((f) => f.message).join('\n')}>
          {intl.formatMessage({ id: `health.severity.${severity}` }, { count: n })}
        </Badge>
      ))}
    </Group>
  );
}

/** The findings of one entity in words, with hints: inside an edit form or an expanded card. */
export function FindingsInline(props: { path: string }) {
  const { findings } = useFindings();
  const here = findingsAt(findings, props.path);
  if (here.length === 0) return null;
  return (
    <Stack gap={6}>
      {here.map((finding, i) => (
        <FindingLine key={`${finding.rule}-${finding.path}-${i}`} finding={finding} />
      ))}
    </Stack>
  );
}

function FindingLine(props: { finding: Finding }) {
  const { finding } = props;
  const Icon = SEVERITY_ICON[finding.severity];
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <ThemeIcon size="sm" variant="light" color={SEVERITY_COLOR[finding.severity]} aria-hidden>
        <Icon size={14} />
      </ThemeIcon>
      <div>
        <Text size="sm">{finding.message}</Text>
        {finding.hint && (
          <Text size="xs" c="dimmed">
            {finding.hint}
          </Text>
        )}
      </div>
    </Group>
  );
}

/** Every finding of a step, worst first, each with a link that opens what it concerns. */
export function StepFindings(props: { step: Step; limit?: number }) {
  const { ws, plan } = usePlanContext();
  const { findings } = useFindings();
  const intl = useIntl();
  const mine = findings.filter((f) => f.step === props.step).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  if (mine.length === 0) return null;
  const shown = mine.slice(0, props.limit ?? mine.length);
  return (
    <Alert variant="light" color={SEVERITY_COLOR[mine[0]!.severity]} title={intl.formatMessage({ id: 'health.findings.title' }, { count: mine.length })}>
      <List spacing={6} size="sm" listStyleType="none">
        {shown.map((finding, i) => (
          <List.Item key={`${finding.rule}-${finding.path}-${i}`}>
            <FindingLine finding={finding} />
            {finding.path && <FixLink ws={ws} plan={plan.id} finding={finding} ml={32} />}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The link from a finding to what it concerns (see fixHref): "show and fix" for editors, "show" for viewers. */
export function FixLink(props: { ws: string; plan: string; finding: Pick<Finding, 'rule' | 'step' | 'path'>; ml?: number }) {
  const intl = useIntl();
  const canEdit = useCan('plan.write', props.ws);
  return (
    <Anchor component={Link} to={fixHref(props.ws, props.plan, props.finding)} size="xs" ml={props.ml}>
      {intl.formatMessage({ id: canEdit ? 'health.findings.fix' : 'health.findings.show' })}
    </Anchor>
  );
}
