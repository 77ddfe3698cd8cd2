import type { QuarterActivity, QuarterPlan } from '@kurs/core';
import { isOpenActivity, teamOf, UNASSIGNED_TEAM } from '@kurs/core/browser';
import { Alert, Anchor, Badge, Button, Checkbox, Group, List, NumberInput, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { isApiError } from '../../shared/api/api.client';
import { useRefreshPlan } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert, RefusalAlert } from '../../shared/ui/error-alert';
import { usePlanContext } from '../plans/plan.context';
import { acceptLines, acceptRequest, type AcceptLine } from './activities.quarter-accept';
import { useAcceptQuarterPlan, useQuarterPlan, type QuarterCapacity } from './activities.queries';
import { changeReasonText, leftOutLowerText, leftOutText, PRIORITY_MESSAGES, warningText, type ReasonContext } from './activities.reasons';

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

const PRIORITY_COLORS: Record<QuarterActivity['priority'], string> = { urgent_goal: 'red', urgent: 'orange', goal: 'indigo', other: 'gray' };

/**
 * The planner's input, its proposal and the changes ticked in it, held by the page so that
 * switching to another view and back keeps them; `unsaved` while typed hours or a proposal
 * would be lost by leaving (the page renders the unsaved-work guard).
 */
export function useQuarterPlanner(ws: string, plan: string) {
  const proposal = useQuarterPlan(ws, plan);
  const accept = useAcceptQuarterPlan(ws, plan);
  const [mode, setMode] = useState<'total' | 'team'>('total');
  const [total, setTotal] = useState<Hours>('');
  const [perTeam, setPerTeam] = useState<Record<string, Hours>>({});
  const [from, setFrom] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [acceptedCount, setAcceptedCount] = useState<number | null>(null);
  const capacity = capacityOf(mode, total, perTeam);
  const unsaved = acceptedCount === null && (capacity !== null || from !== '' || proposal.data !== undefined);
  return { proposal, accept, mode, setMode, total, setTotal, perTeam, setPerTeam, from, setFrom, ticked, setTicked, acceptedCount, setAcceptedCount, capacity, unsaved };
}

export type QuarterPlannerState = ReturnType<typeof useQuarterPlanner>;

/**
 * "Plan the next 90 days": the engine chooses the activities that fit the hours available,
 * urgent and important work and work serving a goal first, and says why it left out the rest.
 * Dates the user set are kept; missing ones are proposed, and a move of a set date is a change
 * the user ticks. Accepting sets the chosen ones to planned, all at once.
 */
export function QuarterPlanner(props: { planner: QuarterPlannerState; activities: Activity[]; reasonContext: ReasonContext; canAccept: boolean; onOpen: (id: string) => void }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const refresh = useRefreshPlan(ws, plan.id);
  const { proposal, accept, mode, total, perTeam, from, ticked, acceptedCount, capacity } = props.planner;
  const [confirming, setConfirming] = useState(false);

  const open = props.activities.filter(isOpenActivity);
  const teams = [...new Set(open.map(teamOf))].sort((a, b) => (a === UNASSIGNED_TEAM ? 1 : b === UNASSIGNED_TEAM ? -1 : a.localeCompare(b)));
  const h = (hours: number) => intl.formatMessage({ id: 'activities.hours' }, { hours: format.number(hours, { maximumFractionDigits: 1 }) });

  const run = (event?: FormEvent) => {
    event?.preventDefault();
    if (capacity === null) return;
    props.planner.setAcceptedCount(null);
    props.planner.setTicked(new Set());
    accept.reset();
    proposal.mutate({ capacity, from: from || undefined });
  };

  const result = proposal.data;
  const lines = result ? acceptLines(result.chosen, ticked) : [];
  const toPlan = lines.filter((line) => line.becomesPlanned).length;
  const versions = new Map(props.activities.map((a) => [a.id, a.version]));

  const confirm = async () => {
    try {
      await accept.mutateAsync(acceptRequest(lines, (id) => versions.get(id) ?? 0));
      props.planner.setAcceptedCount(toPlan);
      props.planner.setTicked(new Set());
      proposal.reset();
    } catch {
      // Shown below: a conflict offers to reload and plan again, anything else its problems.
    }
    setConfirming(false);
  };

  const toggle = (id: string) =>
    props.planner.setTicked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

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
              onChange={(value) => props.planner.setMode(value as 'total' | 'team')}
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
              onChange={props.planner.setTotal}
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
                    onChange={(value) => props.planner.setPerTeam((current) => ({ ...current, [team]: value }))}
                    min={0}
                    step={10}
                    allowNegative={false}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )}
          <DateField
            label={intl.formatMessage({ id: 'activities.quarter.from' })}
            description={intl.formatMessage({ id: 'activities.quarter.fromHelp' })}
            value={from}
            onChange={props.planner.setFrom}
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
      {acceptError && !conflict && <RefusalAlert error={acceptError} />}

      {result && (
        <Proposal
          result={result}
          hours={h}
          reasonContext={props.reasonContext}
          onOpen={props.onOpen}
          ticked={ticked}
          onToggle={props.canAccept ? toggle : undefined}
          onAccept={props.canAccept ? () => setConfirming(true) : undefined}
          toPlan={toPlan}
          changes={lines.length}
        />
      )}

      <AppModal opened={confirming} onClose={() => setConfirming(false)} title={intl.formatMessage({ id: 'activities.quarter.confirmTitle' })} size="lg">
        <Stack gap="md">
          <ConfirmLines lines={lines} toPlan={toPlan} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {intl.formatMessage({ id: 'activities.form.cancel' })}
            </Button>
            <Button onClick={() => void confirm()} loading={accept.isPending}>
              {intl.formatMessage({ id: 'activities.quarter.accept' }, { count: toPlan })}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Stack>
  );
}

/** The confirmation repeats exactly what accepting changes: the status, the new dates, the ticked moves. */
function ConfirmLines(props: { lines: AcceptLine[]; toPlan: number }) {
  const { plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const newDates = props.lines.filter((line) => Object.keys(line.newDates).length > 0);
  const moved = props.lines.filter((line) => line.moved);
  return (
    <Stack gap="sm">
      <Text size="sm">{intl.formatMessage({ id: 'activities.quarter.confirmPlanned' }, { count: props.toPlan })}</Text>
      <ConfirmList
        kind="new-dates"
        title={intl.formatMessage({ id: 'activities.quarter.confirmNewDates' }, { count: newDates.length })}
        items={newDates.map(({ activity, newDates: dates }) => ({
          id: activity.id,
          text: intl.formatMessage(
            { id: 'activities.quarter.confirmNewDate' },
            { title: activity.title, dates: format.span(dates.start, dates.end), which: dates.start && dates.end ? 'both' : dates.start ? 'start' : 'end' },
          ),
        }))}
      />
      <ConfirmList
        kind="moved"
        title={intl.formatMessage({ id: 'activities.quarter.confirmMoved' }, { count: moved.length })}
        items={moved.map(({ activity, moved: to }) => ({
          id: activity.id,
          text: intl.formatMessage({ id: 'activities.quarter.confirmMove' }, { title: activity.title, from: currentDates(activity, format), to: format.period(to!) }),
        }))}
      />
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'activities.quarter.confirmKept' })}
      </Text>
    </Stack>
  );
}

/** One kind of change in the confirmation, under its title; nothing when there is none. */
function ConfirmList(props: { kind: string; title: string; items: { id: string; text: string }[] }) {
  if (props.items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {props.title}
      </Text>
      <List size="sm" spacing={2} data-confirm={props.kind}>
        {props.items.map((item) => (
          <List.Item key={item.id}>{item.text}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The dates an activity has now, as the reader writes them ("—" for one it lacks). */
function currentDates(activity: QuarterActivity, format: ReturnType<typeof useFormat>): string {
  const { start, end } = activity.current;
  if (start && end) return format.period({ start, end });
  return `${start ? format.date(start) : '—'} – ${end ? format.date(end) : '—'}`;
}

function Proposal(props: {
  result: QuarterPlan;
  hours: (n: number) => string;
  reasonContext: ReasonContext;
  onOpen: (id: string) => void;
  ticked: ReadonlySet<string>;
  /** Absent for someone who may only read the plan (so are onAccept and the changes' checkboxes). */
  onToggle?: (id: string) => void;
  onAccept?: () => void;
  toPlan: number;
  changes: number;
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
      {result.warnings.map((warning, i) => (
        <Alert key={i} color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={intl.formatMessage({ id: 'activities.quarter.warningTitle' })} data-warning={warning.code}>
          {warningText(warning, props.reasonContext)}
        </Alert>
      ))}
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
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'activities.quarter.hoursRule' })}
          </Text>
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
            <Button onClick={props.onAccept} disabled={props.changes === 0}>
              {intl.formatMessage({ id: 'activities.quarter.accept' }, { count: props.toPlan })}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed" mb="sm">
          {intl.formatMessage({ id: 'activities.quarter.datesRule' })}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label={intl.formatMessage({ id: 'activities.quarter.chosenTitle' }, { count: result.chosen.length })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'activities.column.title' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'activities.column.team' })}</Table.Th>
                <Table.Th ta="end">{intl.formatMessage({ id: 'activities.quarter.hoursColumn' })}</Table.Th>
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
                    <Group gap={4} mt={2}>
                      <Badge size="xs" variant="light" color={a.kept ? 'violet' : 'blue'}>
                        {intl.formatMessage({ id: a.kept ? 'activities.quarter.kept' : 'activities.quarter.new' })}
                      </Badge>
                      <Badge size="xs" variant="light" color={PRIORITY_COLORS[a.priority]}>
                        {intl.formatMessage({ id: PRIORITY_MESSAGES[a.priority] })}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>{a.team ? teamName(a.team) : '—'}</Table.Td>
                  <Table.Td ta="end">{hours(a.hours)}</Table.Td>
                  <Table.Td>
                    <ChosenDates activity={a} ticked={props.ticked.has(a.id)} onToggle={props.onToggle} reasonContext={props.reasonContext} />
                  </Table.Td>
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
            {considered.map((a) => {
              const lower = leftOutLowerText(a.reason, props.reasonContext);
              return (
                <List.Item key={a.id} data-left-out={a.id}>
                  <Anchor component="button" type="button" size="sm" fw={500} ta="start" onClick={() => props.onOpen(a.id)}>
                    {a.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {leftOutText(a.reason, props.reasonContext)}
                  </Text>
                  {lower && (
                    <Text size="sm" c="dimmed">
                      {lower}
                    </Text>
                  )}
                </List.Item>
              );
            })}
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

/**
 * An activity's dates in the proposal: the ones it keeps, the proposed ones marked new, and a
 * change of dates the user set, old → new, with a checkbox that is unticked until the user ticks it.
 */
function ChosenDates(props: { activity: QuarterActivity; ticked: boolean; onToggle?: (id: string) => void; reasonContext: ReasonContext }) {
  const { activity } = props;
  const { plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const isNew = (field: 'start' | 'end') => activity.proposed.includes(field);
  const newBadge = (
    <Badge size="xs" variant="light" color="teal">
      {intl.formatMessage({ id: 'activities.quarter.newDate' })}
    </Badge>
  );
  const { change } = activity;
  const changeLabel = change && intl.formatMessage({ id: 'activities.quarter.change' }, { from: currentDates(activity, format), to: format.period(change) });
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap" data-dates={activity.id}>
        {isNew('start') || isNew('end') ? (
          <>
            <Text size="sm" span>
              {format.date(activity.start)}
            </Text>
            {isNew('start') && newBadge}
            <Text size="sm" span>
              –
            </Text>
            <Text size="sm" span>
              {format.date(activity.end)}
            </Text>
            {isNew('end') && newBadge}
          </>
        ) : (
          <>
            <Text size="sm" span>
              {format.period({ start: activity.start, end: activity.end })}
            </Text>
            <Text size="xs" c="dimmed" span>
              {intl.formatMessage({ id: 'activities.quarter.keepsDates' })}
            </Text>
          </>
        )}
      </Group>
      {change &&
        (props.onToggle ? (
          <Checkbox
            size="sm"
            checked={props.ticked}
            onChange={() => props.onToggle?.(activity.id)}
            label={changeLabel}
            description={changeReasonText(change.reason, props.reasonContext)}
            data-change={activity.id}
          />
        ) : (
          <Text size="sm" data-change={activity.id}>
            {changeLabel} · {changeReasonText(change.reason, props.reasonContext)}
          </Text>
        ))}
    </Stack>
  );
}
