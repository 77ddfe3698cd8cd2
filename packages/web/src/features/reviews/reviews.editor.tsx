import { TEXT_LIMITS } from '@kurs/core/browser';
import type { ProgressReport } from '../../shared/api/api.types';
import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconHistory, IconPlus, IconRepeat } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { intlTag } from '../../i18n/i18n.format';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../../shared/api/api.client';
import { useCreateEntity, useUpdateEntity } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { idFromName } from '../../shared/ids';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { DiscardScope } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { CancelButton } from '../../shared/ui/form-fields';
import { useNotifySaved } from '../../shared/ui/notify';
import { useTextLimit } from '../../shared/ui/text-limit';
import { useSignedIn } from '../access/access.session';
import { FindingsInline } from '../health/health.findings';
import { flattenTree, goalTree } from '../goals/goals.tree';
import { usePlanContext } from '../plans/plan.context';
import { stepPath } from '../steps/steps.list';
import { ExperimentForm } from './reviews.experiment-form';
import { draftKey, draftOffer, dropDraft, newSlot, restoredDraft, sameReview, saveDraft, type DraftOffer } from './reviews.draft';
import { GoalEntry } from './reviews.goal-entry';
import {
  experimentDraft,
  newReviewDraft,
  nextSteps,
  previousDecisions,
  quarterOfReview,
  quartersOf,
  reviewDraftOf,
  reviewOf,
  type ReviewDraft,
} from './reviews.model';
import { useQuarterLabel } from './reviews.quarter';

type EditorProps = {
  editing?: { review: Entity<'reviews'>; index: number };
  reviews: Entity<'reviews'>[];
  goals: Entity<'goals'>[];
  kpis: Entity<'kpis'>[];
  progress: ProgressReport;
  onDone: (reviewId?: string) => void;
  /** Opens the stored review with this id instead (the review of a quarter that has one). */
  onOpenReview: (reviewId: string) => void;
};

/**
 * The quarterly review: every goal with the engine's progress, forecast and status, the status
 * the team records and its decision; the experiments run in the quarter; a summary. Saved as
 * one review (new: POST; edit: PATCH of the whole arrays, with If-Match). What is typed is kept
 * in the browser until it is saved or discarded (reviews.draft.ts), and offered back when the
 * editor opens again; leaving with unsaved input asks first.
 */
export function ReviewEditor(props: EditorProps) {
  return (
    <DiscardScope>
      <Editor {...props} />
    </DiscardScope>
  );
}

function Editor(props: EditorProps) {
  const intl = useIntl();
  const notifySaved = useNotifySaved();
  const limited = useTextLimit();
  const quarterLabel = useQuarterLabel();
  const { ws, plan } = usePlanContext();
  const user = useSignedIn()?.user.id ?? '';
  const order = useMemo(() => flattenTree(goalTree(props.goals)), [props.goals]);
  const [initial] = useState<ReviewDraft>(() =>
    props.editing
      ? reviewDraftOf(props.editing.review, order.map((o) => o.goal.id), props.progress.goals)
      : newReviewDraft(order.map((o) => o.goal.id), props.progress.goals, props.progress.today),
  );
  const stored = props.editing?.review;
  const place = { user, ws, plan: plan.id };
  const key = draftKey(place, stored ? stored.id : newSlot(initial.period));
  const [offer, setOffer] = useState<DraftOffer | null>(() =>
    draftOffer(window.localStorage, place, { review: stored ? { id: stored.id, version: stored.version } : null, initial }),
  );
  const [draft, setDraft] = useState<ReviewDraft>(initial);
  const [submitted, setSubmitted] = useState(false);
  const finished = useRef(false);
  const create = useCreateEntity(ws, plan.id, 'reviews');
  const update = useUpdateEntity(ws, plan.id, 'reviews');
  const edited = !sameReview(draft, initial);

  // What is typed goes to the browser's storage at once; typed back to how it opened, it is
  // dropped. Nothing is written over a draft that is still offered, until the user has chosen.
  useEffect(() => {
    if (offer || finished.current) return;
    if (edited) saveDraft(window.localStorage, key, { savedAt: new Date().toISOString(), baseVersion: stored?.version ?? null, draft });
    else dropDraft(window.localStorage, key);
  }, [draft, offer, edited, key, stored?.version]);

  const restore = (chosen: DraftOffer) => {
    if (chosen.key !== key) dropDraft(window.localStorage, chosen.key);
    setDraft(restoredDraft(chosen.stored));
    setOffer(null);
  };
  const discardOffer = (chosen: DraftOffer) => {
    dropDraft(window.localStorage, chosen.key);
    setOffer(null);
  };
  /** Saved, or discarded on purpose: the kept draft goes too. */
  const finish = (reviewId?: string) => {
    finished.current = true;
    if (!offer) dropDraft(window.localStorage, key);
    props.onDone(reviewId);
  };

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
  // A review of that quarter is stored already (a colleague may have saved it meanwhile).
  const taken = [create.error, update.error].find((e) => isApiError(e) && e.status === 409 && e.existing);
  const failure = [create.error, update.error].find((e) => e && e !== taken && !(isApiError(e) && e.isConflict));
  const otherOfQuarter = props.reviews.find((r) => r.id !== stored?.id && quarterOfReview(r) === draft.period);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (missingHypothesis || !draft.date) return;
    const review = reviewOf(draft);
    try {
      if (stored) {
        await update.mutateAsync({
          id: stored.id,
          version: stored.version,
          patch: { ...review, summary: review.summary ?? null },
        });
        notifySaved(intl.formatMessage({ id: 'reviews.editor.saved' }, { quarter: quarterLabel(draft.period) }));
        finish(stored.id);
      } else {
        const id = idFromName(`review ${draft.period}`, props.reviews.map((r) => r.id), 'review');
        const created = await create.mutateAsync({ id, ...review });
        notifySaved(intl.formatMessage({ id: 'reviews.editor.saved' }, { quarter: quarterLabel(draft.period) }));
        finish(created.id);
      }
    } catch {
      // The failed mutation's error is shown above the buttons.
    }
  };

  return (
    <Paper component="form" withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} onSubmit={(e: FormEvent) => void submit(e)} noValidate aria-labelledby="review-editor-title">
      <UnsavedGuard when={edited && !finished.current} />
      <Stack gap="lg">
        <div>
          <Title order={2} size="h3" id="review-editor-title">
            {intl.formatMessage({ id: props.editing ? 'reviews.editor.editTitle' : 'reviews.editor.newTitle' }, { quarter: quarterLabel(draft.period) })}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {intl.formatMessage({ id: 'reviews.editor.lead' })}
          </Text>
        </div>
        {offer && <DraftOfferAlert offer={offer} quarter={quarterLabel(offer.stored.draft.period)} onRestore={() => restore(offer)} onDiscard={() => discardOffer(offer)} />}
        {props.editing && <FindingsInline path={`reviews[${props.editing.index}]`} />}
        <SimpleGrid type="container" cols={{ base: 1, '480px': 2 }} spacing="md">
          <Select
            label={intl.formatMessage({ id: 'reviews.editor.quarter' })}
            data={quarters.map((q) => ({ value: q, label: quarterLabel(q) }))}
            value={draft.period}
            onChange={(period) => period && setDraft({ ...draft, period })}
            allowDeselect={false}
            description={
              otherOfQuarter && (
                <>
                  {intl.formatMessage({ id: 'reviews.editor.quarterTaken' }, { quarter: quarterLabel(draft.period) })}{' '}
                  <Anchor component="button" type="button" size="xs" onClick={() => props.onOpenReview(otherOfQuarter.id)}>
                    {intl.formatMessage({ id: 'reviews.editor.openTaken' })}
                  </Anchor>
                </>
              )
            }
          />
          <DateField
            label={intl.formatMessage({ id: 'reviews.editor.date' })}
            value={draft.date}
            onChange={(date) => setDraft({ ...draft, date })}
            error={submitted && !draft.date ? intl.formatMessage({ id: 'reviews.editor.dateRequired' }) : undefined}
            required
          />
        </SimpleGrid>
        <Textarea
          label={intl.formatMessage({ id: 'reviews.editor.summary' })}
          placeholder={intl.formatMessage({ id: 'reviews.editor.summaryPlaceholder' })}
          value={draft.summary}
          onChange={(e) => setDraft({ ...draft, summary: e.currentTarget.value })}
          {...limited(draft.summary, TEXT_LIMITS.text)}
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
        {isApiError(taken) && taken.existing && (
          <Alert color="red" variant="light" role="alert" title={intl.formatMessage({ id: 'reviews.taken.title' }, { quarter: quarterLabel(draft.period) })}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{intl.formatMessage({ id: 'reviews.taken.body' })}</Text>
              <Button size="xs" variant="default" onClick={() => props.onOpenReview(taken.existing!.id)}>
                {intl.formatMessage({ id: 'reviews.taken.open' }, { quarter: quarterLabel(draft.period) })}
              </Button>
            </Stack>
          </Alert>
        )}
        {failure !== undefined && failure !== null && <ErrorAlert error={failure} />}
        <Group justify="flex-end">
          <CancelButton onClick={() => finish()}>{intl.formatMessage({ id: 'reviews.editor.cancel' })}</CancelButton>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {intl.formatMessage({ id: 'reviews.editor.save' })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** "You have an unsaved draft from …": restore or discard, with a word when the stored review moved on since. */
function DraftOfferAlert(props: { offer: DraftOffer; quarter: string; onRestore: () => void; onDiscard: () => void }) {
  const intl = useIntl();
  const format = useFormat();
  const { locale } = useLocale();
  const { changedSince, stored } = props.offer;
  // The day and time of this browser's clock, when the draft was last written.
  const when = new Date(stored.savedAt);
  const day = [when.getFullYear(), when.getMonth() + 1, when.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  const time = new Intl.DateTimeFormat(intlTag(locale), { timeStyle: 'short' }).format(when);
  const title = intl.formatMessage({ id: 'reviews.draft.title' }, { date: format.date(day), time });
  return (
    <Alert color={changedSince ? 'yellow' : 'blue'} variant="light" icon={<IconHistory aria-hidden />} title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {changedSince === 'review'
            ? intl.formatMessage({ id: 'reviews.draft.changedReview' })
            : changedSince === 'created'
              ? intl.formatMessage({ id: 'reviews.draft.created' }, { quarter: props.quarter })
              : intl.formatMessage({ id: 'reviews.draft.body' })}
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={props.onRestore}>
            {intl.formatMessage({ id: 'reviews.draft.restore' })}
          </Button>
          <Button size="xs" variant="default" onClick={props.onDiscard}>
            {intl.formatMessage({ id: 'reviews.draft.discard' })}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
