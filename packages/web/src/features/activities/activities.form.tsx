import type { Activity as PlanActivity, ActivityStatus, ActivityType, FieldError, FunnelStage, Level } from '@kurs/core';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, FUNNEL_STAGES, LEVELS, SCORE_MAX, SCORE_MIN, TEXT_LIMITS } from '@kurs/core/browser';
import { Alert, Autocomplete, Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n.provider';
import type { MessageId } from '../../i18n/i18n.messages';
import { isApiError } from '../../shared/api/api.client';
import { useEntityEditor } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert, RefusalAlert } from '../../shared/ui/error-alert';
import { changedFields, draftOf, newEntity, type Draft } from '../../shared/entity-draft';
import { DateField } from '../../shared/ui/date-field';
import { MoreFields } from '../../shared/ui/more-fields';
import { ProblemList } from '../../shared/ui/problem-list';
import { useProblemWords } from '../../shared/ui/problem-words';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { distinctValues } from './activities.backlog';
import { FUNNEL_MESSAGES, LEVEL_MESSAGES, STATUS_MESSAGES, TYPE_MESSAGES } from './activities.labels';

type Activity = Entity<'activities'>;
type ActivityDraft = Draft<PlanActivity>;

const EMPTY: ActivityDraft = { title: '', status: 'idea' };

/** The fields the form shows; an error about anything else is listed below them. */
const FORM_FIELDS = new Set<string>([
  'title', 'description', 'type', 'status', 'theme', 'funnel_stage', 'goals', 'kpis', 'owner', 'team', 'start', 'end',
  'estimate_hours', 'actual_hours', 'cost', 'reach', 'value', 'effort', 'confidence', 'urgency', 'importance', 'depends_on',
] satisfies (keyof ActivityDraft)[]);

/** The fields folded under "More": those most activities can do without at first. */
const MORE_FIELDS = [
  'description', 'type', 'funnel_stage', 'goals', 'kpis', 'team', 'actual_hours', 'cost', 'reach', 'confidence', 'urgency', 'importance', 'depends_on',
] as const satisfies readonly (keyof ActivityDraft)[];

/** The first error at a field of the form ("goals" also takes "goals[1]"). */
function errorAt(errors: FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.path === field || e.path.startsWith(`${field}[`) || e.path.startsWith(`${field}.`));
}

/**
 * Create or change one activity, with the health check's findings about it at the top. The
 * server checks the whole plan; its field errors are shown at their fields.
 */
export function ActivityEditor(props: {
  /** False for someone who may only read the plan: the fields are shown, not editable. */
  canEdit: boolean;
  /** The activity to change, or null for a new one. */
  activity: Activity | null;
  /** The activity's place in the plan, for its findings. */
  index: number | null;
  opened: boolean;
  onClose: () => void;
  activities: Activity[];
  themes: Entity<'themes'>[];
  goals: Entity<'goals'>[];
  kpis: Entity<'kpis'>[];
}) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { locale } = useLocale();
  const { create, update, remove, refresh } = useEntityEditor(ws, plan.id, 'activities', props.opened);
  const [draft, setDraft] = useState<ActivityDraft>(EMPTY);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [titleMissing, setTitleMissing] = useState(false);
  const { activity } = props;

  // A fresh draft for each activity opened, and after a reload brought a newer version.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on id and version: a refetch that hands a new object of the same version must not drop what is typed.
  useEffect(() => {
    if (!props.opened) return;
    setDraft(activity ? draftOf(activity) : EMPTY);
    setConfirmDelete(false);
    setTitleMissing(false);
  }, [props.opened, activity?.id, activity?.version]);

  const saving = create.isPending || update.isPending;
  // Typed input that leaving the page would drop: what saving would change (for a new activity, anything but the empty form).
  const dirty =
    props.opened && props.canEdit && (activity ? Object.keys(changedFields<PlanActivity>(activity, draft)).length > 0 : JSON.stringify(draft) !== JSON.stringify(EMPTY));
  const error = create.error ?? update.error;
  const fieldErrors = isApiError(error) ? error.errors : [];
  const words = useProblemWords();
  const err = (field: keyof ActivityDraft) => {
    const found = errorAt(fieldErrors, field);
    return found && words.field(found);
  };

  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K] | undefined | null) =>
    setDraft((d) => {
      const next = { ...d };
      if (value === undefined || value === null || value === '') delete (next as Partial<ActivityDraft>)[key];
      else next[key] = value;
      return next;
    });
  const num = (value: number | string) => (typeof value === 'number' ? value : undefined);
  const label = (id: MessageId) => intl.formatMessage({ id });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title?.trim()) {
      setTitleMissing(true);
      return;
    }
    try {
      if (activity) {
        const patch = changedFields<PlanActivity>(activity, draft);
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: activity.id, version: activity.version, patch });
      } else {
        await create.mutateAsync(newEntity<PlanActivity>(draft, draft.title, props.activities.map((a) => a.id), 'activity'));
      }
      await refresh();
      props.onClose();
    } catch {
      // Shown in the form: field errors at their fields, a conflict with a reload.
    }
  };

  const confirmRemove = async () => {
    if (!activity) return;
    try {
      await remove.mutateAsync({ id: activity.id, version: activity.version });
      await refresh();
      props.onClose();
    } catch {
      setConfirmDelete(false);
    }
  };

  const options = <T extends string>(values: readonly T[], messages: Record<T, MessageId>) => values.map((v) => ({ value: v, label: label(messages[v]) }));
  const others = props.activities.filter((a) => a.id !== activity?.id);

  // Near its limit a text says how much room is left.
  const room = (value: string | undefined, max: number) =>
    (value?.length ?? 0) >= max * 0.8 ? intl.formatMessage({ id: 'activities.form.count' }, { count: value?.length ?? 0, max }) : undefined;
  const moreHolds = MORE_FIELDS.some((f) => activity?.[f] !== undefined && activity[f] !== '');
  const moreErrs = MORE_FIELDS.some((f) => errorAt(fieldErrors, f) !== undefined);

  // What most activities need first; the rest is under "More", open when it holds something or has an error.
  const fields = (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={label('activities.field.title')}
          required
          value={draft.title ?? ''}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={titleMissing ? label('activities.form.titleRequired') : err('title')}
          maxLength={TEXT_LIMITS.name}
          description={room(draft.title, TEXT_LIMITS.name)}
          style={{ gridColumn: '1 / -1' }}
          data-autofocus
        />
        <Select label={label('activities.field.theme')} data={props.themes.map((t) => ({ value: t.id, label: t.name }))} value={draft.theme ?? null} onChange={(v) => set('theme', v)} allowDeselect={false} clearable searchable error={err('theme')} />
        <Select label={label('activities.field.status')} data={options(ACTIVITY_STATUSES, STATUS_MESSAGES)} value={draft.status ?? null} onChange={(v) => set('status', v as ActivityStatus | null)} allowDeselect={false} clearable error={err('status')} />
        <Autocomplete label={label('activities.field.owner')} data={distinctValues(props.activities, 'owner', locale)} value={draft.owner ?? ''} onChange={(v) => set('owner', v)} maxLength={TEXT_LIMITS.name} error={err('owner')} />
        <NumberInput label={label('activities.field.estimateHours')} value={draft.estimate_hours ?? ''} onChange={(v) => set('estimate_hours', num(v))} min={0} allowNegative={false} error={err('estimate_hours')} />
        <DateField label={label('activities.field.start')} value={draft.start ?? ''} onChange={(v) => set('start', v)} error={err('start')} />
        <DateField label={label('activities.field.end')} value={draft.end ?? ''} onChange={(v) => set('end', v)} error={err('end')} />
        <NumberInput label={label('activities.field.value')} value={draft.value ?? ''} onChange={(v) => set('value', num(v))} min={SCORE_MIN} max={SCORE_MAX} clampBehavior="strict" error={err('value')} />
        <NumberInput label={label('activities.field.effort')} value={draft.effort ?? ''} onChange={(v) => set('effort', num(v))} min={SCORE_MIN} max={SCORE_MAX} clampBehavior="strict" error={err('effort')} />
      </SimpleGrid>
      <MoreFields key={activity?.id ?? 'new'} label={label('activities.form.more')} summary={label('activities.form.moreSummary')} initiallyOpen={moreHolds} open={moreErrs}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea
            label={label('activities.field.description')}
            value={draft.description ?? ''}
            onChange={(e) => set('description', e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={TEXT_LIMITS.text}
            description={room(draft.description, TEXT_LIMITS.text)}
            error={err('description')}
            style={{ gridColumn: '1 / -1' }}
          />
          <Select label={label('activities.field.type')} data={options(ACTIVITY_TYPES, TYPE_MESSAGES)} value={draft.type ?? null} onChange={(v) => set('type', v as ActivityType | null)} allowDeselect={false} clearable error={err('type')} />
          <Select label={label('activities.field.funnelStage')} data={options(FUNNEL_STAGES, FUNNEL_MESSAGES)} value={draft.funnel_stage ?? null} onChange={(v) => set('funnel_stage', v as FunnelStage | null)} allowDeselect={false} clearable error={err('funnel_stage')} />
          <MultiSelect label={label('activities.field.goals')} data={props.goals.map((g) => ({ value: g.id, label: g.title }))} value={draft.goals ?? []} onChange={(v) => set('goals', v)} searchable clearable error={err('goals')} />
          <MultiSelect label={label('activities.field.kpis')} data={props.kpis.map((k) => ({ value: k.id, label: k.name }))} value={draft.kpis ?? []} onChange={(v) => set('kpis', v)} searchable clearable error={err('kpis')} />
          <Autocomplete label={label('activities.field.team')} data={distinctValues(props.activities, 'team', locale)} value={draft.team ?? ''} onChange={(v) => set('team', v)} maxLength={TEXT_LIMITS.name} error={err('team')} />
          <NumberInput label={label('activities.field.actualHours')} value={draft.actual_hours ?? ''} onChange={(v) => set('actual_hours', num(v))} min={0} allowNegative={false} error={err('actual_hours')} />
          <NumberInput
            label={plan.currency ? intl.formatMessage({ id: 'activities.field.cost' }, { currency: plan.currency }) : label('activities.field.costPlain')}
            value={draft.cost ?? ''}
            onChange={(v) => set('cost', num(v))}
            min={0}
            allowNegative={false}
            thousandSeparator=" "
            error={err('cost')}
          />
          <NumberInput label={label('activities.field.reach')} description={label('activities.field.reachHelp')} value={draft.reach ?? ''} onChange={(v) => set('reach', num(v))} min={0} allowNegative={false} thousandSeparator=" " error={err('reach')} />
          <NumberInput label={label('activities.field.confidence')} description={label('activities.field.confidenceHelp')} value={draft.confidence ?? ''} onChange={(v) => set('confidence', num(v))} min={0} max={1} step={0.1} decimalScale={2} clampBehavior="strict" error={err('confidence')} />
          <Select label={label('activities.field.urgency')} data={options(LEVELS, LEVEL_MESSAGES)} value={draft.urgency ?? null} onChange={(v) => set('urgency', v as Level | null)} allowDeselect={false} clearable error={err('urgency')} />
          <Select label={label('activities.field.importance')} data={options(LEVELS, LEVEL_MESSAGES)} value={draft.importance ?? null} onChange={(v) => set('importance', v as Level | null)} allowDeselect={false} clearable error={err('importance')} />
          <MultiSelect
            label={label('activities.field.dependsOn')}
            data={others.map((a) => ({ value: a.id, label: a.title }))}
            value={draft.depends_on ?? []}
            onChange={(v) => set('depends_on', v)}
            searchable
            clearable
            error={err('depends_on')}
            style={{ gridColumn: '1 / -1' }}
          />
        </SimpleGrid>
      </MoreFields>
    </Stack>
  );
  const unplaced = fieldErrors.filter((e) => !FORM_FIELDS.has(e.path.split(/[.[]/)[0]!));

  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={label(!props.canEdit ? 'activities.form.viewTitle' : activity ? 'activities.form.editTitle' : 'activities.form.newTitle')} size="xl">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <UnsavedGuard when={dirty} />
        <Stack gap="md">
          {props.index !== null && <FindingsInline path={`activities[${props.index}]`} />}
          <Fieldset disabled={!props.canEdit} variant="unstyled" p={0} m={0}>
            {fields}
          </Fieldset>
          {update.conflict && <ConflictAlert onReload={() => void update.reload()} />}
          {unplaced.length > 0 && <ProblemList errors={unplaced} />}
          {error && !update.conflict && fieldErrors.length === 0 && <ErrorAlert error={error} />}
          {remove.error && <RefusalAlert error={remove.error} />}
          {confirmDelete && (
            <Alert color="red" variant="light" title={label('activities.form.deleteConfirmTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{intl.formatMessage({ id: 'activities.form.deleteConfirmBody' }, { title: activity?.title ?? '' })}</Text>
                <Group gap="xs">
                  <Button color="red" size="xs" onClick={() => void confirmRemove()} loading={remove.isPending}>
                    {label('activities.form.delete')}
                  </Button>
                  <Button variant="default" size="xs" onClick={() => setConfirmDelete(false)}>
                    {label('activities.form.keep')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <Group justify="space-between">
            <div>
              {activity && props.canEdit && !confirmDelete && (
                <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
                  {label('activities.form.delete')}
                </Button>
              )}
            </div>
            <Group gap="xs">
              <Button variant="default" onClick={props.onClose}>
                {label('activities.form.cancel')}
              </Button>
              {props.canEdit && (
                <Button type="submit" loading={saving}>
                  {label('activities.form.save')}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
