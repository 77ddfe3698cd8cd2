import type { Milestone } from '@kurs/core';
import { TEXT_LIMITS } from '@kurs/core/browser';
import { Button, Group, MultiSelect, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { isApiError } from '../../shared/api/api.client';
import { useEntityEditor } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { changedFields, draftOf, newEntity, useEdited, type Draft } from '../../shared/entity-draft';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { AppModal, useAskBeforeDiscard } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { CancelButton, FormFields } from '../../shared/ui/form-fields';
import { useNotifySaved } from '../../shared/ui/notify';
import { ProblemList } from '../../shared/ui/problem-list';
import { useProblemWords } from '../../shared/ui/problem-words';
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';

/** What the milestone form is opened on: a new one (from a click on the timeline: its day and lane), or a stored one. */
export type MilestoneTarget = { kind: 'new'; date?: string; theme?: string | null } | { kind: 'edit'; id: string; focusField?: string };

type MilestoneDraft = Draft<Milestone>;
const FIELDS = ['title', 'date', 'theme', 'activity', 'goals', 'description', 'draft'] as const satisfies readonly (keyof MilestoneDraft)[];
type Field = (typeof FIELDS)[number];

export interface MilestoneEditorProps {
  target: MilestoneTarget | null;
  milestones: readonly Entity<'milestones'>[];
  themes: readonly Entity<'themes'>[];
  activities: readonly Entity<'activities'>[];
  /** The plan's goals by id, in the plan's order: the choices of the milestone's goals. */
  goalTitles: ReadonlyMap<string, string>;
  canEdit: boolean;
  onClose(): void;
  /** Delete asked for: the roadmap closes the form and asks to confirm. */
  onDelete(milestone: Entity<'milestones'>): void;
}

/**
 * Create, change or delete a milestone: its title and date, the theme whose lane shows it,
 * the activity that reaches it (whose goals it then serves), the goals it brings closer, and a
 * description. A stored one is saved with If-Match of the version opened; a conflict offers a
 * reload. Opened on a milestone that is gone (deleted meanwhile), the form closes.
 */
export function MilestoneEditor(props: MilestoneEditorProps) {
  const intl = useIntl();
  const { target } = props;
  const stored = target?.kind === 'edit' ? props.milestones.find((m) => m.id === target.id) : undefined;
  const opened = target !== null && (target.kind === 'new' || stored !== undefined);
  const title = intl.formatMessage({ id: stored ? (props.canEdit ? 'roadmap.milestone.editTitle' : 'roadmap.milestone.viewTitle') : 'roadmap.milestone.newTitle' });
  return (
    <AppModal opened={opened} onClose={props.onClose} title={title}>
      {opened && (
        <MilestoneForm
          // A new version (after a reload) starts the form again from what is stored.
          key={stored ? `${stored.id}@${stored.version}` : 'new'}
          {...props}
          target={target}
          stored={stored}
        />
      )}
    </AppModal>
  );
}

function startOf(target: MilestoneTarget, stored: Entity<'milestones'> | undefined): MilestoneDraft {
  if (stored) return draftOf(stored);
  const start: MilestoneDraft = { title: '', date: target.kind === 'new' ? (target.date ?? '') : '' };
  if (target.kind === 'new' && target.theme) start.theme = target.theme;
  return start;
}

/** What a save would send: trimmed, the fields left empty left out. */
function cleaned(draft: MilestoneDraft): MilestoneDraft {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v !== '' && v !== undefined && v !== false) out[key] = v;
  }
  return out as MilestoneDraft;
}

function MilestoneForm(props: MilestoneEditorProps & { target: MilestoneTarget; stored: Entity<'milestones'> | undefined }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const words = useProblemWords();
  const notifySaved = useNotifySaved();
  const askBeforeDiscard = useAskBeforeDiscard();
  const { create, update, refresh } = useEntityEditor(ws, plan.id, 'milestones', true);
  const { stored, target } = props;
  const [draft, setDraft] = useState<MilestoneDraft>(() => startOf(target, stored));
  const [submitted, setSubmitted] = useState(false);
  const edited = useEdited(cleaned(draft));

  const set = <K extends Field>(key: K, value: MilestoneDraft[K] | undefined) =>
    setDraft((d) => {
      const next = { ...d };
      if (value === undefined || value === '' || value === null || (Array.isArray(value) && value.length === 0)) delete (next as Partial<MilestoneDraft>)[key];
      else next[key] = value;
      return next;
    });

  const error = create.error ?? update.error;
  const errors = isApiError(error) ? error.errors : [];
  const fieldOf = (path: string) => path.split(/[.[]/)[0]!;
  const apiError = (field: Field) => {
    const found = errors.find((e) => fieldOf(e.path) === field);
    return found && words.field(found);
  };
  const unplaced = errors.filter((e) => !(FIELDS as readonly string[]).includes(fieldOf(e.path)));
  const missing = (field: 'title' | 'date') => submitted && !draft[field]?.trim();
  const fieldError = (field: Field) => {
    if (field === 'title' && missing('title')) return t('roadmap.milestone.titleRequired');
    if (field === 'date' && missing('date')) return t('roadmap.milestone.dateRequired');
    return apiError(field);
  };

  const focused = target.kind === 'edit' ? (fieldOf(target.focusField ?? '') as Field) : 'title';
  const autoFocus = (field: Field) => (field === focused || (field === 'title' && !FIELDS.includes(focused)) ? { 'data-autofocus': true } : {});

  const activity = props.activities.find((a) => a.id === draft.activity);
  const servedGoals = (activity?.goals ?? []).map((g) => props.goalTitles.get(g) ?? g);
  // A goal deleted meanwhile stays a choice, under its id, so that it can be taken out.
  const goalChoices = [...new Set([...props.goalTitles.keys(), ...(draft.goals ?? [])])].map((id) => ({ value: id, label: props.goalTitles.get(id) ?? id }));
  const index = stored ? props.milestones.indexOf(stored) : -1;

  const counter = (length: number, max: number) => (length >= max * 0.8 ? t('roadmap.milestone.count', { count: length, max }) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!draft.title?.trim() || !draft.date?.trim()) return;
    const saved = cleaned(draft);
    try {
      if (stored) {
        const patch = changedFields<Milestone>(stored, saved);
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: stored.id, version: stored.version, patch });
        notifySaved(t('roadmap.milestone.saved', { title: saved.title }));
      } else {
        await create.mutateAsync(newEntity<Milestone & { id: string }>(saved, saved.title, props.milestones.map((m) => m.id), 'milestone'));
        notifySaved(t('roadmap.milestone.created', { title: saved.title }));
      }
      await refresh();
      props.onClose();
    } catch {
      // Shown in the form.
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <UnsavedGuard when={edited} />
      <Stack gap="sm">
        {index >= 0 && <FindingsInline path={`milestones[${index}]`} />}
        <FormFields readOnly={!props.canEdit}>
          <Stack gap="sm">
            <TextInput
              label={t('roadmap.milestone.title')}
              description={counter(draft.title?.length ?? 0, TEXT_LIMITS.name) ?? t('roadmap.milestone.titleHelp')}
              required
              maxLength={TEXT_LIMITS.name}
              value={draft.title ?? ''}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={fieldError('title')}
              {...autoFocus('title')}
            />
            <DateField
              label={t('roadmap.milestone.date')}
              required
              value={draft.date ?? ''}
              onChange={(value) => set('date', value)}
              error={fieldError('date')}
              {...autoFocus('date')}
            />
            <Select
              label={t('roadmap.milestone.theme')}
              description={t('roadmap.milestone.themeHelp')}
              placeholder={t('roadmap.milestone.noTheme')}
              data={props.themes.map((theme) => ({ value: theme.id, label: theme.name }))}
              value={draft.theme ?? null}
              onChange={(value) => set('theme', value ?? undefined)}
              clearable={props.canEdit}
              searchable
              nothingFoundMessage={t('roadmap.milestone.nothingFound')}
              error={fieldError('theme')}
              {...autoFocus('theme')}
            />
            <Select
              label={t('roadmap.milestone.activity')}
              description={servedGoals.length > 0 ? t('roadmap.milestone.goals', { goals: servedGoals.join(', ') }) : t('roadmap.milestone.activityHelp')}
              placeholder={t('roadmap.milestone.noActivity')}
              data={[...props.activities].sort((a, b) => a.title.localeCompare(b.title)).map((a) => ({ value: a.id, label: a.title }))}
              value={draft.activity ?? null}
              onChange={(value) => set('activity', value ?? undefined)}
              clearable={props.canEdit}
              searchable
              nothingFoundMessage={t('roadmap.milestone.nothingFound')}
              error={fieldError('activity')}
              {...autoFocus('activity')}
            />
            <MultiSelect
              label={t('roadmap.milestone.goalsField')}
              description={t(goalChoices.length > 0 ? 'roadmap.milestone.goalsHelp' : 'roadmap.milestone.goalsNone')}
              placeholder={draft.goals ? undefined : t('roadmap.milestone.noGoals')}
              data={goalChoices}
              value={draft.goals ?? []}
              onChange={(value) => set('goals', value)}
              clearable={props.canEdit}
              searchable
              nothingFoundMessage={t('roadmap.milestone.nothingFound')}
              error={fieldError('goals')}
              {...autoFocus('goals')}
            />
            <Textarea
              label={t('roadmap.milestone.description')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={TEXT_LIMITS.text}
              value={draft.description ?? ''}
              onChange={(e) => set('description', e.currentTarget.value)}
              description={counter(draft.description?.length ?? 0, TEXT_LIMITS.text)}
              error={fieldError('description')}
              {...autoFocus('description')}
            />
            {stored?.draft && (
              <Switch
                label={t('roadmap.milestone.draft')}
                description={t('roadmap.milestone.draftHelp')}
                checked={draft.draft ?? false}
                onChange={(e) => set('draft', e.currentTarget.checked || undefined)}
              />
            )}
          </Stack>
        </FormFields>
        {update.conflict && <ConflictAlert onReload={() => void update.reload()} />}
        {unplaced.length > 0 && <ProblemList errors={unplaced} problem={error} source="form" />}
        {error && !update.conflict && errors.length === 0 && <ErrorAlert error={error} />}
        <Group justify="space-between" mt="xs">
          <div>
            {stored && props.canEdit && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => askBeforeDiscard(() => props.onDelete(stored))}>
                {t('roadmap.milestone.delete')}
              </Button>
            )}
          </div>
          <Group gap="xs">
            <CancelButton onClick={props.onClose}>{t(props.canEdit ? 'roadmap.milestone.cancel' : 'roadmap.milestone.close')}</CancelButton>
            {props.canEdit && (
              <Button type="submit" loading={create.isPending || update.isPending}>
                {t('roadmap.milestone.save')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
