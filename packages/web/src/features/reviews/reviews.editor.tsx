import type { ProgressReport } from '../../shared/api/api.types';
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRepeat } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { isApiError } from '../../shared/api/api.client';
import { useCreateEntity, useUpdateEntity } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { idFromName } from '../../shared/ids';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useNotifySaved } from '../../shared/ui/notify';
import { FindingsInline } from '../health/health.findings';
import { flattenTree, goalTree } from '../goals/goals.tree';
import { usePlanContext } from '../plans/plan.context';
import { stepPath } from '../steps/steps.list';
import { ExperimentForm } from './reviews.experiment-form';
import { GoalEntry } from './reviews.goal-entry';
import {
  experimentDraft,
  newReviewDraft,
  nextSteps,
  previousDecisions,
  quartersOf,
  reviewDraftOf,
  reviewOf,
  type ReviewDraft,
} from './reviews.model';
import { useQuarterLabel } from './reviews.quarter';

/**
 * The quarterly review: every goal with the engine's progress, forecast and status, the status
 * the team records and its decision; the experiments run in the quarter; a summary. Saved as
 * one review (new: POST; edit: PATCH of the whole arrays, with If-Match).
 */
export function ReviewEditor(props: {
  editing?: { review: Entity<'reviews'>; index: number };
  reviews: Entity<'reviews'>[];
  goals: Entity<'goals'>[];
  kpis: Entity<'kpis'>[];
  progress: ProgressReport;
  onDone: (reviewId?: string) => void;
}) {
  const intl = useIntl();
  const notifySaved = useNotifySaved();
  const quarterLabel = useQuarterLabel();
  const { ws, plan } = usePlanContext();
  const order = useMemo(() => flattenTree(goalTree(props.goals)), [props.goals]);
  const [draft, setDraft] = useState<ReviewDraft>(() =>
    props.editing
      ? reviewDraftOf(props.editing.review, order.map((o) => o.goal.id), props.progress.goals)
      : newReviewDraft(order.map((o) => o.goal.id), props.progress.goals, props.progress.today),
  );
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateEntity(ws, plan.id, 'reviews');
  const update = useUpdateEntity(ws, plan.id, 'reviews');

  const goalById = new Map(props.goals.map((g) => [g.id, g]));
  const kpiById = new Map(props.kpis.map((k) => [k.id, k]));
  const progressById = new Map(props.progress.goals.map((p) => [p.goal, p]));
  const depthOf = new Map(order.map((o) => [o.goal.id, o.depth]));
  const others = props.reviews.filter((r) => r.id !== props.editing?.review.id);
  const previous = previousDecisions(others, draft.date);
  const followUps = nextSteps(others, draft.date);
  const quarters = [...new Set([...quartersOf(plan.period), draft.period])].sort();
  const decided = draft.goals.filter((g) => g.decision.trim()).length;
  const missingHypothesis = draft.experiments.some((e) => !e.hypothesis.trim());
  const failure = [create.error, update.error].find((e) => e && !(isApiError(e) && e.isConflict));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (missingHypothesis || !draft.date) return;
    const review = reviewOf(draft);
    try {
      if (props.editing) {
        const { review: stored } = props.editing;
        await update.mutateAsync({
          id: stored.id,
          version: stored.version,
          patch: { ...review, summary: review.summary ?? null },
        });
        notifySaved(intl.formatMessage({ id: 'reviews.editor.saved' }, { quarter: quarterLabel(draft.period) }));
        props.onDone(stored.id);
      } else {
        const id = idFromName(`review ${draft.period}`, props.reviews.map((r) => r.id), 'review');
        const created = await create.mutateAsync({ id, ...review });
        notifySaved(intl.formatMessage({ id: 'reviews.editor.saved' }, { quarter: quarterLabel(draft.period) }));
        props.onDone(created.id);
      }
    } catch {
      // The failed mutation's error is shown above the buttons.
    }
  };

  return (
    <Paper component="form" withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} onSubmit={(e: FormEvent) => void submit(e)} noValidate aria-labelledby="review-editor-title">
      <Stack gap="lg">
        <div>
          <Title order={2} size="h3" id="review-editor-title">
            {intl.formatMessage({ id: props.editing ? 'reviews.editor.editTitle' : 'reviews.editor.newTitle' }, { quarter: quarterLabel(draft.period) })}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {intl.formatMessage({ id: 'reviews.editor.lead' })}
          </Text>
        </div>
        {props.editing && <FindingsInline path={`reviews[${props.editing.index}]`} />}
        <SimpleGrid type="container" cols={{ base: 1, '480px': 2 }} spacing="md">
          <Select
            label={intl.formatMessage({ id: 'reviews.editor.quarter' })}
            data={quarters.map((q) => ({ value: q, label: quarterLabel(q) }))}
            value={draft.period}
            onChange={(period) => period && setDraft({ ...draft, period })}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={intl.formatMessage({ id: 'reviews.editor.date' })}
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
            error={submitted && !draft.date ? intl.formatMessage({ id: 'reviews.editor.dateRequired' }) : undefined}
            required
          />
        </SimpleGrid>
        <Textarea
          label={intl.formatMessage({ id: 'reviews.editor.summary' })}
          placeholder={intl.formatMessage({ id: 'reviews.editor.summaryPlaceholder' })}
          value={draft.summary}
          onChange={(e) => setDraft({ ...draft, summary: e.currentTarget.value })}
          autosize
          minRows={2}
        />

        <section aria-labelledby="review-goals-title">
          <Group justify="space-between" align="baseline" mb="xs">
            <Title order={3} size="h4" id="review-goals-title">
              {intl.formatMessage({ id: 'reviews.editor.goals' })}
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite">
              {intl.formatMessage({ id: 'reviews.editor.decided' }, { decided, total: draft.goals.length })}
            </Text>
          </Group>
          {draft.goals.length === 0 ? (
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'reviews.editor.noGoals' })}{' '}
              <Anchor component={Link} to={stepPath(ws, plan.id, 'goals')}>
                {intl.formatMessage({ id: 'step.goals.title' })}
              </Anchor>
            </Text>
          ) : (
            <Stack gap="sm">
              {draft.goals.map((entry, i) => {
                const goal = goalById.get(entry.goal);
                return (
                  <GoalEntry
                    key={entry.goal}
                    entry={entry}
                    goal={goal}
                    kpi={goal?.kpi ? kpiById.get(goal.kpi) : undefined}
                    progress={progressById.get(entry.goal)}
                    previous={previous.get(entry.goal)}
                    depth={depthOf.get(entry.goal) ?? 0}
                    onChange={(changed) => setDraft({ ...draft, goals: draft.goals.map((g, j) => (j === i ? changed : g)) })}
                  />
                );
              })}
            </Stack>
          )}
        </section>

        <section aria-labelledby="review-experiments-title">
          <Title order={3} size="h4" id="review-experiments-title">
            {intl.formatMessage({ id: 'reviews.editor.experiments' })}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {intl.formatMessage({ id: 'reviews.editor.experimentsLead' })}
          </Text>
          <Stack gap="sm">
            {draft.experiments.map((experiment, i) => (
              <ExperimentForm
                key={experiment.key}
                experiment={experiment}
                number={i + 1}
                goals={props.goals}
                kpis={props.kpis}
                showErrors={submitted}
                onChange={(changed) => setDraft({ ...draft, experiments: draft.experiments.map((e, j) => (j === i ? changed : e)) })}
                onRemove={() => setDraft({ ...draft, experiments: draft.experiments.filter((_, j) => j !== i) })}
              />
            ))}
            {followUps.length > 0 && (
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  {intl.formatMessage({ id: 'reviews.editor.followUps' })}
                </Text>
                {followUps.map((earlier, i) => (
                  <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="sm" style={{ flex: 1 }}>
                      {earlier.next}
                    </Text>
                    <Button
                      variant="light"
                      size="compact-sm"
                      leftSection={<IconRepeat size={14} aria-hidden />}
                      onClick={() =>
                        setDraft({
                          ...draft,
                          experiments: [...draft.experiments, experimentDraft({ hypothesis: earlier.next, goal: earlier.goal, kpi: earlier.kpi })],
                        })
                      }
                    >
                      {intl.formatMessage({ id: 'reviews.editor.repeat' })}
                    </Button>
                  </Group>
                ))}
              </Stack>
            )}
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setDraft({ ...draft, experiments: [...draft.experiments, experimentDraft()] })}
              style={{ alignSelf: 'flex-start' }}
            >
              {intl.formatMessage({ id: 'reviews.editor.addExperiment' })}
            </Button>
          </Stack>
        </section>

        {update.conflict && <ConflictAlert onReload={() => void update.reload().then(() => props.onDone())} />}
        {failure !== undefined && failure !== null && <ErrorAlert error={failure} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => props.onDone()}>
            {intl.formatMessage({ id: 'reviews.editor.cancel' })}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {intl.formatMessage({ id: 'reviews.editor.save' })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
