import type { QuarterPlan } from '@kurs/core';
import { Alert, Anchor, Badge, Button, Group, List, NumberInput, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarCheck, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { isApiError } from '../../shared/api/api.client';
import type { Entity } from '../../shared/api/api.types';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { ProblemList } from '../../shared/ui/problem-list';
import { usePlanContext } from '../plans/plan.context';
import { isOpen, UNASSIGNED_TEAM } from './activities.options';
import { useRefreshPlan } from '../../shared/api/api.queries';
import { useAcceptQuarterPlan, useQuarterPlan, type QuarterCapacity } from './activities.queries';
import { leftOutText, type ReasonContext } from './activities.reasons';

type Activity = Entity<'activities'>;

type Hours = number | string;
const hoursOf = (value: Hours): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The hours the form asks the engine to fill: one total, or the teams that were given hours. */
function capacityOf(mode: 'total' | 'team', total: Hours, perTeam: Record<string, Hours>): QuarterCapacity | null {
  if (mode === 'total') return hoursOf(total);
  const given = Object.entries(perTeam).flatMap(([team, value]) => {
    const hours = hoursOf(value);
    return hours === null ? [] : [[team, hours] as const];
  });
  return given.length > 0 ? Object.fromEntries(given) : null;
}

/**
 * "Plan the next 90 days": the engine chooses the most valuable activities that fit the
 * hours available and says why it left out the rest; accepting sets the chosen ones to planned
 * with the proposed dates, all at once.
 */
export function QuarterPlanner(props: { activities: Activity[]; reasonContext: ReasonContext; canAccept: boolean; onOpen: (id: string) => void }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const proposal = useQuarterPlan(ws, plan.id);
  const accept = useAcceptQuarterPlan(ws, plan.id);
  const refresh = useRefreshPlan(ws, plan.id);
  const [mode, setMode] = useState<'total' | 'team'>('total');
  const [total, setTotal] = useState<Hours>('');
  const [perTeam, setPerTeam] = useState<Record<string, Hours>>({});
  const [from, setFrom] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [acceptedCount, setAcceptedCount] = useState<number | null>(null);

  const open = props.activities.filter(isOpen);
  const teams = [...new Set(open.map((a) => a.team ?? UNASSIGNED_TEAM))].sort((a, b) => (a === UNASSIGNED_TEAM ? 1 : b === UNASSIGNED_TEAM ? -1 : a.localeCompare(b)));
  const capacity = capacityOf(mode, total, perTeam);
  const h = (hours: number) => intl.formatMessage({ id: 'activities.hours' }, { hours: format.number(hours, { maximumFractionDigits: 0 }) });

  const run = (event?: FormEvent) => {
    event?.preventDefault();
    if (capacity === null) return;
    setAcceptedCount(null);
    accept.reset();
    proposal.mutate({ capacity, from: from || undefined });
  };

  const result = proposal.data;
  const toAccept = result?.chosen.filter((a) => !a.kept) ?? [];
  const versions = new Map(props.activities.map((a) => [a.id, a.version]));

  const confirm = async () => {
    try {
      const updated = await accept.mutateAsync(toAccept.map((a) => ({ id: a.id, version: versions.get(a.id) ?? 0, start: a.start, end: a.end })));
      setAcceptedCount(updated.length);
      proposal.reset();
    } catch {
      // Shown below: a conflict offers to reload and plan again, anything else its problems.
    }
    setConfirming(false);
  };

  const acceptError = accept.error;
  const conflict = isApiError(acceptError) && acceptError.isConflict;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" component="form" onSubmit={run} aria-labelledby="quarter-form-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="quarter-form-title">
            {intl.formatMessage({ id: 'activities.quarter.title' })}
          </Title>
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'activities.quarter.lead' })}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="quarter-mode-label">
              {intl.formatMessage({ id: 'activities.quarter.capacityMode' })}
            </Text>
            <SegmentedControl
              aria-labelledby="quarter-mode-label"
              value={mode}
              onChange={(value) => setMode(value as 'total' | 'team')}
              data={[
                { value: 'total', label: intl.formatMessage({ id: 'activities.quarter.modeTotal' }) },
                { value: 'team', label: intl.formatMessage({ id: 'activities.quarter.modeTeam' }) },
              ]}
              style={{ alignSelf: 'flex-start' }}
            />
          </Stack>
          {mode === 'total' ? (
            <NumberInput
              label={intl.formatMessage({ id: 'activities.quarter.totalHours' })}
              description={intl.formatMessage({ id: 'activities.quarter.totalHoursHelp' })}
              value={total}
              onChange={setTotal}
              min={0}
              step={10}
              allowNegative={false}
              maw={320}
            />
          ) : (
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: 'activities.quarter.teamHelp' })}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
                {teams.map((team) => (
                  <NumberInput
                    key={team}
                    label={team === UNASSIGNED_TEAM ? intl.formatMessage({ id: 'activities.quarter.noTeam' }) : team}
                    value={perTeam[team] ?? ''}
                    onChange={(value) => setPerTeam((current) => ({ ...current, [team]: value }))}
                    min={0}
                    step={10}
                    allowNegative={false}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )}
          <TextInput
            type="date"
            label={intl.formatMessage({ id: 'activities.quarter.from' })}
            description={intl.formatMessage({ id: 'activities.quarter.fromHelp' })}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
            maw={320}
          />
          <Group>
            <Button type="submit" leftSection={<IconCalendarCheck size={18} aria-hidden />} disabled={capacity === null} loading={proposal.isPending}>
              {intl.formatMessage({ id: 'activities.quarter.run' })}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {proposal.isError && <ErrorAlert error={proposal.error} />}
      {acceptedCount !== null && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" title={intl.formatMessage({ id: 'activities.quarter.acceptedTitle' })}>
          {intl.formatMessage({ id: 'activities.quarter.acceptedBody' }, { count: acceptedCount })}
        </Alert>
      )}
      {conflict && (
        <ConflictAlert
          onReload={async () => {
            accept.reset();
            await refresh();
            run();
          }}
        />
      )}
      {acceptError && !conflict && (isApiError(acceptError) && acceptError.errors.length > 0 ? <ProblemList errors={acceptError.errors} /> : <ErrorAlert error={acceptError} />)}

      {result && (
        <Proposal result={result} hours={h} reasonContext={props.reasonContext} onOpen={props.onOpen} onAccept={props.canAccept ? () => setConfirming(true) : undefined} toAccept={toAccept.length} />
      )}

      <AppModal opened={confirming} onClose={() => setConfirming(false)} title={intl.formatMessage({ id: 'activities.quarter.confirmTitle' })}>
        <Stack gap="md">
          <Text size="sm">{intl.formatMessage({ id: 'activities.quarter.confirmBody' }, { count: toAccept.length })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {intl.formatMessage({ id: 'activities.form.cancel' })}
            </Button>
            <Button onClick={() => void confirm()} loading={accept.isPending}>
              {intl.formatMessage({ id: 'activities.quarter.accept' }, { count: toAccept.length })}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Stack>
  );
}

function Proposal(props: {
  result: QuarterPlan;
  hours: (n: number) => string;
  reasonContext: ReasonContext;
  onOpen: (id: string) => void;
  /** Absent for someone who may only read the plan. */
  onAccept?: () => void;
  toAccept: number;
}) {
  const { result, hours } = props;
  const { plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const { teamName } = props.reasonContext;
  // Work in progress is kept even beyond the capacity: such a bar is full, and red.
  const share = (used: number, of: number) => (of > 0 ? Math.min(100, (used / of) * 100) : used > 0 ? 100 : 0);
  const over = (used: number, of: number | null) => of !== null && used > of + 1e-9;
  const considered = result.leftOut.filter((a) => a.reason.code !== 'done' && a.reason.code !== 'dropped');
  const closed = result.leftOut.length - considered.length;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {intl.formatMessage({ id: 'activities.quarter.resultTitle' }, { start: format.date(result.window.start), end: format.date(result.window.end) })}
          </Title>
          <Text size="sm">
            {intl.formatMessage({ id: 'activities.quarter.used' }, { used: hours(result.usedHours), capacity: hours(result.capacityHours) })}
          </Text>
          <Progress
            value={share(result.usedHours, result.capacityHours)}
            color={over(result.usedHours, result.capacityHours) ? 'red' : undefined}
            aria-label={intl.formatMessage({ id: 'activities.quarter.usedLabel' })}
            size="lg"
          />
          {over(result.usedHours, result.capacityHours) && (
            <Text size="sm" c="var(--mantine-color-red-light-color)">
              {intl.formatMessage({ id: 'activities.quarter.overCapacity' })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'activities.quarter.chosenSummary' }, { count: result.chosen.length, kept: result.chosen.filter((a) => a.kept).length })}
          </Text>
          {!result.exact && (
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'activities.quarter.heuristic' })}
            </Text>
          )}
        </Stack>
      </Paper>

      {result.teams.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {intl.formatMessage({ id: 'activities.quarter.teamsTitle' })}
          </Title>
          <Stack gap="sm">
            {result.teams.map((team) => (
              <div key={team.team}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={500}>
                    {teamName(team.team)}
                  </Text>
                  <Text size="sm">
                    {team.capacityHours === null
                      ? hours(team.usedHours)
                      : intl.formatMessage({ id: 'activities.quarter.used' }, { used: hours(team.usedHours), capacity: hours(team.capacityHours) })}
                    {team.keptHours > 0 && ` · ${intl.formatMessage({ id: 'activities.quarter.keptHours' }, { hours: hours(team.keptHours) })}`}
                  </Text>
                </Group>
                <Progress.Root size="md" mt={4} aria-hidden>
                  {over(team.usedHours, team.capacityHours) ? (
                    <Progress.Section value={100} color="red" />
                  ) : (
                    <>
                      <Progress.Section value={share(team.keptHours, team.capacityHours ?? result.capacityHours)} color="violet" />
                      <Progress.Section value={share(team.usedHours - team.keptHours, team.capacityHours ?? result.capacityHours)} color="blue" />
                    </>
                  )}
                </Progress.Root>
              </div>
            ))}
          </Stack>
        </Paper>
      )}

      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm" gap="sm">
          <Title order={3} size="h5">
            {intl.formatMessage({ id: 'activities.quarter.chosenTitle' }, { count: result.chosen.length })}
          </Title>
          {props.onAccept && (
            <Button onClick={props.onAccept} disabled={props.toAccept === 0}>
              {intl.formatMessage({ id: 'activities.quarter.accept' }, { count: props.toAccept })}
            </Button>
          )}
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label={intl.formatMessage({ id: 'activities.quarter.chosenTitle' }, { count: result.chosen.length })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'activities.column.title' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'activities.column.team' })}</Table.Th>
                <Table.Th ta="end">{intl.formatMessage({ id: 'activities.column.hours' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'activities.quarter.dates' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.chosen.map((a) => (
                <Table.Tr key={a.id} data-chosen={a.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" ta="start" onClick={() => props.onOpen(a.id)}>
                      {a.title}
                    </Anchor>
                    <div>
                      <Badge size="xs" variant="light" color={a.kept ? 'violet' : 'blue'}>
                        {intl.formatMessage({ id: a.kept ? 'activities.quarter.kept' : 'activities.quarter.new' })}
                      </Badge>
                    </div>
                  </Table.Td>
                  <Table.Td>{a.team ? teamName(a.team) : '—'}</Table.Td>
                  <Table.Td ta="end">{hours(a.hours)}</Table.Td>
                  <Table.Td>{a.kept ? <Text size="sm" c="dimmed">{intl.formatMessage({ id: 'activities.quarter.keepsDates' })}</Text> : format.period({ start: a.start, end: a.end })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="sm">
          {intl.formatMessage({ id: 'activities.quarter.leftOutTitle' }, { count: considered.length })}
        </Title>
        {considered.length === 0 ? (
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'activities.quarter.nothingLeftOut' })}
          </Text>
        ) : (
          <List spacing="xs" size="sm" listStyleType="none">
            {considered.map((a) => (
              <List.Item key={a.id} data-left-out={a.id}>
                <Anchor component="button" type="button" size="sm" fw={500} ta="start" onClick={() => props.onOpen(a.id)}>
                  {a.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {leftOutText(a.reason, props.reasonContext)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {closed > 0 && (
          <Text size="xs" c="dimmed" mt="sm">
            {intl.formatMessage({ id: 'activities.quarter.closed' }, { count: closed })}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
