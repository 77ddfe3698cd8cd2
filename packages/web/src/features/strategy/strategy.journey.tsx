import type { JourneyStep } from '@kurs/core';
import { TEXT_LIMITS } from '@kurs/core/browser';
import { ActionIcon, Anchor, Button, Chip, Group, Paper, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCircleCheckFilled, IconPencil, IconPlus, IconRoute, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSavePlanPart } from '../../shared/api/api.plan-parts';
import type { Entity } from '../../shared/api/api.types';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { DiscardScope } from '../../shared/ui/app-modal';
import { CancelButton } from '../../shared/ui/form-fields';
import { useTextLimit } from '../../shared/ui/text-limit';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { FindingBadges } from '../health/health.findings';
import { useCan } from '../access/access.can';
import { usePlanContext } from '../plans/plan.context';
import { StepSection } from '../situation/situation.section';
import { stepPath } from '../steps/steps.list';
import { cleanJourney, isFunnelStage, journeyFromFunnel, moveStage, stageNameProblem, toggleTouchpoint } from './strategy.model';
import classes from './strategy.module.css';

type Channel = Entity<'channels'>;

/** A stage's name to show: a funnel stage in the reader's language, any other name as written. */
function useStageLabel() {
  const intl = useIntl();
  return (name: string) => (isFunnelStage(name) ? intl.formatMessage({ id: `situation.stage.${name}` }) : name);
}

/**
 * The customer journey (the Swedish WSI seed's "kundresa"): lifecycle stages, left to right,
 * against the channels that are touchpoints at each. Shown as a grid; edited as a list of
 * stages with the touchpoints picked per stage, then saved whole with If-Match.
 */
export function JourneySection(props: { journey: JourneyStep[]; channels: Channel[]; focused: boolean }) {
  const [draft, setDraft] = useState<JourneyStep[] | null>(null);
  const canEdit = useCan('plan.write');
  return (
    <StepSection
      title={<FormattedMessage id="strategy.journey.title" />}
      description={<FormattedMessage id="strategy.journey.lead" />}
      path="strategy.journey"
      focused={props.focused}
      action={
        canEdit &&
        !draft &&
        props.journey.length > 0 && (
          <Button variant="light" size="sm" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDraft(props.journey)}>
            <FormattedMessage id="strategy.journey.edit" />
          </Button>
        )
      }
    >
      {draft ? (
        <DiscardScope>
          <JourneyEditor draft={draft} stored={props.journey} onChange={setDraft} channels={props.channels} onDone={() => setDraft(null)} />
        </DiscardScope>
      ) : props.journey.length === 0 ? (
        <EmptyJourney channels={props.channels} onStart={canEdit ? setDraft : undefined} />
      ) : (
        <JourneyGrid journey={props.journey} channels={props.channels} />
      )}
    </StepSection>
  );
}

function EmptyJourney(props: { channels: Channel[]; onStart?: (journey: JourneyStep[]) => void }) {
  const start = props.onStart;
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm" c="dimmed">
        <FormattedMessage id="strategy.journey.empty" />
      </Text>
      {start && (
        <Group gap="xs">
          {props.channels.length > 0 && (
            <Button variant="light" size="sm" leftSection={<IconRoute size={16} aria-hidden />} onClick={() => start(journeyFromFunnel(props.channels))}>
              <FormattedMessage id="strategy.journey.fromFunnel" />
            </Button>
          )}
          <Button variant="default" size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => start([{ stage: '' }])}>
            <FormattedMessage id="strategy.journey.addStage" />
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Stages as columns, channels as rows: where along the journey each channel meets the customer. */
function JourneyGrid(props: { journey: JourneyStep[]; channels: Channel[] }) {
  const intl = useIntl();
  const label = useStageLabel();
  const used = new Set(props.journey.flatMap((step) => step.touchpoints ?? []));
  // Channels that are touchpoints first; the others after, so gaps are visible too.
  const rows = [...props.channels.filter((c) => used.has(c.id)), ...props.channels.filter((c) => !used.has(c.id))];
  return (
    // Focusable, so keyboard users can scroll the grid sideways on a narrow screen.
    <Table.ScrollContainer
      minWidth={Math.max(360, 180 + props.journey.length * 100)}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={intl.formatMessage({ id: 'strategy.journey.caption' })}
      // Keeps the visually hidden cell texts inside the scrolled box, not widening the page.
      pos="relative"
    >
      <Table verticalSpacing={6} horizontalSpacing="xs" withColumnBorders>
        <VisuallyHidden component="caption">{intl.formatMessage({ id: 'strategy.journey.caption' })}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id="strategy.journey.touchpoint" />
            </Table.Th>
            {props.journey.map((step, i) => (
              <Table.Th key={`${i}-${step.stage}`} scope="col" className={classes.matrixHead}>
                <Group gap={4} justify="center" wrap="nowrap">
                  <span>{label(step.stage)}</span>
                  <FindingBadges path={`strategy.journey[${i}]`} />
                </Group>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((channel) => (
            <Table.Tr key={channel.id}>
              <Table.Th scope="row" fw={used.has(channel.id) ? 600 : 400} c={used.has(channel.id) ? undefined : 'dimmed'}>
                {channel.name}
              </Table.Th>
              {props.journey.map((step, i) => {
                const here = (step.touchpoints ?? []).includes(channel.id);
                return (
                  <Table.Td key={`${i}-${step.stage}`} className={classes.matrixCell}>
                    {here ? (
                      <IconCircleCheckFilled size={18} className={classes.touch} aria-label={intl.formatMessage({ id: 'strategy.journey.yes' })} role="img" />
                    ) : (
                      <VisuallyHidden>{intl.formatMessage({ id: 'strategy.journey.no' })}</VisuallyHidden>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function JourneyEditor(props: { draft: JourneyStep[]; stored: JourneyStep[]; onChange: (journey: JourneyStep[]) => void; channels: Channel[]; onDone: () => void }) {
  const intl = useIntl();
  const label = useStageLabel();
  const { ws, plan } = usePlanContext();
  const save = useSavePlanPart(ws, plan.id, 'strategy');
  const [submitted, setSubmitted] = useState(false);
  const limited = useTextLimit();
  const { draft, onChange } = props;
  const problems = draft.map((_, i) => stageNameProblem(draft, i));
  // A stage added and left blank is nothing typed yet.
  const given = (journey: JourneyStep[]) => JSON.stringify(cleanJourney(journey).filter((step) => step.stage || step.touchpoints));
  const edited = given(draft) !== given(props.stored);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.some(Boolean)) return;
    const journey = cleanJourney(draft);
    save.mutate((current) => ({ ...current, journey: journey.length ? journey : undefined }), { onSuccess: props.onDone });
  };
  const cancel = () => {
    save.reset();
    props.onDone();
  };

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard when={edited} />
      <Stack gap="sm">
        {props.channels.length === 0 && (
          <Text size="sm" c="dimmed">
            <FormattedMessage
              id="strategy.journey.noChannels"
              values={{
                link: (chunks) => (
                  <Anchor component={Link} to={stepPath(ws, plan.id, 'situation')} size="sm">
                    {chunks}
                  </Anchor>
                ),
              }}
            />
          </Text>
        )}
        {draft.map((step, i) => {
          const problem = problems[i];
          const n = i + 1;
          return (
            <Paper key={i} withBorder radius="md" p="sm">
              <Stack gap="xs">
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    label={intl.formatMessage({ id: 'strategy.journey.stageName' }, { n })}
                    placeholder={intl.formatMessage({ id: 'strategy.journey.stagePlaceholder' })}
                    value={step.stage}
                    onChange={(event) => onChange(draft.map((s, j) => (j === i ? { ...s, stage: event.currentTarget.value } : s)))}
                    {...limited(
                      step.stage,
                      TEXT_LIMITS.name,
                      isFunnelStage(step.stage.trim()) ? intl.formatMessage({ id: 'strategy.journey.funnelStage' }, { stage: label(step.stage.trim()) }) : undefined,
                    )}
                    error={submitted && problem ? intl.formatMessage({ id: `strategy.journey.stage.${problem}` }) : undefined}
                    required
                    autoFocus={i === draft.length - 1 && !step.stage}
                    style={{ flex: 1 }}
                  />
                  <Group gap={2} wrap="nowrap" mt={24}>
                    <ActionIcon variant="subtle" color="gray" disabled={i === 0} onClick={() => onChange(moveStage(draft, i, -1))} aria-label={intl.formatMessage({ id: 'strategy.journey.moveUp' }, { n })}>
                      <IconArrowUp size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={i === draft.length - 1}
                      onClick={() => onChange(moveStage(draft, i, 1))}
                      aria-label={intl.formatMessage({ id: 'strategy.journey.moveDown' }, { n })}
                    >
                      <IconArrowDown size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="gray" onClick={() => onChange(draft.filter((_, j) => j !== i))} aria-label={intl.formatMessage({ id: 'strategy.journey.removeStage' }, { n })}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
                {props.channels.length > 0 && (
                  <div role="group" aria-label={intl.formatMessage({ id: 'strategy.journey.touchpointsOf' }, { n })}>
                    <Text size="xs" fw={600} c="dimmed" mb={4} aria-hidden>
                      <FormattedMessage id="strategy.journey.touchpoints" />
                    </Text>
                    <Group gap={6}>
                      {props.channels.map((channel) => (
                        <Chip
                          key={channel.id}
                          size="xs"
                          checked={(step.touchpoints ?? []).includes(channel.id)}
                          onChange={(on) => onChange(toggleTouchpoint(draft, i, channel.id, on))}
                        >
                          {channel.name}
                        </Chip>
                      ))}
                    </Group>
                  </div>
                )}
              </Stack>
            </Paper>
          );
        })}
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...draft, { stage: '' }])}
          style={{ alignSelf: 'flex-start' }}
        >
          <FormattedMessage id="strategy.journey.addStage" />
        </Button>
        {save.conflict && <ConflictAlert onReload={() => void save.reload().then(props.onDone)} />}
        {save.error && !save.conflict && <ErrorAlert error={save.error} />}
        <Group justify="flex-end" gap="xs">
          <CancelButton onClick={cancel}>
            <FormattedMessage id="strategy.journey.cancel" />
          </CancelButton>
          <Button type="submit" loading={save.isPending}>
            <FormattedMessage id="strategy.journey.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
