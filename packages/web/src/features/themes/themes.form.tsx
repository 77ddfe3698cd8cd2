import type { Theme } from '@kurs/core';
import { TEXT_LIMITS, themeColor } from '@kurs/core/browser';
import { Alert, Button, Group, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { isApiError } from '../../shared/api/api.client';
import { useEntityEditor } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { changedFields, draftOf, newEntity, type Draft } from '../../shared/entity-draft';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert, RefusalAlert } from '../../shared/ui/error-alert';
import { CancelButton } from '../../shared/ui/form-fields';
import { ProblemList } from '../../shared/ui/problem-list';
import { useProblemWords } from '../../shared/ui/problem-words';
import { useFormat } from '../../i18n/i18n.hooks';
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { BudgetEditor, quartersUnbalanced } from './themes.budget-editor';
import { choiceOf, ColorPicker, colorProblem, type ColorChoice } from './themes.color-picker';

type ThemeDraft = Draft<Theme>;
const EMPTY: ThemeDraft = { name: '' };
const FORM_FIELDS = new Set<string>(['name', 'description', 'budget_hours', 'quarters', 'color', 'maintenance'] satisfies (keyof ThemeDraft)[]);
// The count of characters shows once a text has used this share of its limit.
const COUNT_FROM = 0.8;

/**
 * Create or change a theme: its name, budget in hours (in all and per quarter), colour, and
 * whether it is the maintenance reserve.
 */
export function ThemeEditor(props: { theme: Entity<'themes'> | null; index: number | null; opened: boolean; onClose: () => void; takenIds: string[] }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { create, update, remove, refresh } = useEntityEditor(ws, plan.id, 'themes', props.opened);
  const t = (id: MessageId) => intl.formatMessage({ id });
  const [draft, setDraft] = useState<ThemeDraft>(EMPTY);
  const [nameMissing, setNameMissing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [custom, setCustom] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const format = useFormat();
  const saveReasonId = useId();
  const { theme } = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on id and version: a refetch that hands a new object of the same version must not drop what is typed.
  useEffect(() => {
    if (!props.opened) return;
    setDraft(theme ? draftOf(theme) : EMPTY);
    setCustom(choiceOf(theme?.color).custom);
    setNameMissing(false);
    setSubmitted(false);
    setConfirmDelete(false);
  }, [props.opened, theme?.id, theme?.version]);

  const edited = props.opened && Object.keys(changedFields<Theme>(theme ?? { id: '', ...EMPTY }, draft)).length > 0;
  const error = create.error ?? update.error;
  const errors = isApiError(error) ? error.errors : [];
  const words = useProblemWords();
  const err = (field: keyof ThemeDraft) => {
    // A quarter's error (quarters[2].quarter) shows with the quarters.
    const found = errors.find((e) => e.path === field || e.path.startsWith(`${field}[`));
    return found && words.field(found);
  };
  const unplaced = errors.filter((e) => !FORM_FIELDS.has(e.path.split(/[.[]/)[0]!));
  const set = <K extends keyof ThemeDraft>(key: K, value: ThemeDraft[K] | undefined) =>
    setDraft((d) => {
      const next = { ...d };
      if (value === undefined || value === '') delete (next as Partial<ThemeDraft>)[key];
      else next[key] = value;
      return next;
    });

  const choice: ColorChoice = { color: draft.color, custom };
  const chooseColor = (next: ColorChoice) => {
    setCustom(next.custom);
    set('color', next.color);
  };
  // A theme without a colour of its own takes the palette's for its place in the list (a new one comes last).
  const autoColor = themeColor({ id: '', name: '' }, props.index ?? props.takenIds.length);
  const unbalanced = quartersUnbalanced(draft.budget_hours, draft.quarters);
  const saveReason = unbalanced ? t('themes.form.saveUnbalanced') : undefined;
  const counter = (value: string | undefined, max: number) =>
    (value?.length ?? 0) >= max * COUNT_FROM ? intl.formatMessage({ id: 'themes.form.characters' }, { count: format.number(value?.length ?? 0), max: format.number(max) }) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!draft.name?.trim()) {
      setNameMissing(true);
      return;
    }
    // The reason stands beside Save; a wrong sum or colour never reaches the plan.
    if (unbalanced || colorProblem(choice)) return;
    try {
      if (theme) {
        const patch = changedFields<Theme>(theme, draft);
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: theme.id, version: theme.version, patch });
      } else {
        await create.mutateAsync(newEntity<Theme>(draft, draft.name, props.takenIds, 'theme'));
      }
      await refresh();
      props.onClose();
    } catch {
      // Shown in the form.
    }
  };

  const confirmRemove = async () => {
    if (!theme) return;
    try {
      await remove.mutateAsync({ id: theme.id, version: theme.version });
      await refresh();
      props.onClose();
    } catch {
      setConfirmDelete(false);
    }
  };

  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={t(theme ? 'themes.form.editTitle' : 'themes.form.newTitle')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <UnsavedGuard when={edited} />
        <Stack gap="sm">
          {props.index !== null && <FindingsInline path={`themes[${props.index}]`} />}
          <TextInput
            label={t('themes.field.name')}
            required
            value={draft.name ?? ''}
            onChange={(e) => set('name', e.currentTarget.value)}
            maxLength={TEXT_LIMITS.name}
            description={counter(draft.name, TEXT_LIMITS.name)}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={nameMissing ? t('themes.form.nameRequired') : err('name')}
            data-autofocus
          />
          <Textarea
            label={t('themes.field.description')}
            value={draft.description ?? ''}
            onChange={(e) => set('description', e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={10}
            maxLength={TEXT_LIMITS.text}
            description={counter(draft.description, TEXT_LIMITS.text)}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={err('description')}
          />
          <BudgetEditor
            period={plan.period}
            total={draft.budget_hours}
            quarters={draft.quarters}
            totalError={err('budget_hours')}
            quartersError={err('quarters')}
            onTotal={(v) => set('budget_hours', v)}
            onQuarters={(q) => set('quarters', q)}
          />
          <ColorPicker choice={choice} autoColor={autoColor} error={err('color')} showProblem={submitted} onChange={chooseColor} />
          <Switch label={t('themes.field.maintenance')} description={t('themes.field.maintenanceHelp')} checked={draft.maintenance ?? false} onChange={(e) => set('maintenance', e.currentTarget.checked || undefined)} />
          {update.conflict && <ConflictAlert onReload={() => void update.reload()} />}
          {unplaced.length > 0 && <ProblemList errors={unplaced} />}
          {error && !update.conflict && errors.length === 0 && <ErrorAlert error={error} />}
          {remove.error && <RefusalAlert error={remove.error} />}
          {confirmDelete && (
            <Alert color="red" variant="light" title={t('themes.form.deleteConfirmTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{intl.formatMessage({ id: 'themes.form.deleteConfirmBody' }, { name: theme?.name ?? '' })}</Text>
                <Group gap="xs">
                  <Button color="red" size="xs" onClick={() => void confirmRemove()} loading={remove.isPending}>
                    {t('themes.form.delete')}
                  </Button>
                  <Button variant="default" size="xs" onClick={() => setConfirmDelete(false)}>
                    {t('themes.form.keep')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <Group justify="space-between" mt="xs">
            <div>
              {theme && !confirmDelete && (
                <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
                  {t('themes.form.delete')}
                </Button>
              )}
            </div>
            <Group gap="xs">
              <CancelButton onClick={props.onClose}>{t('themes.form.cancel')}</CancelButton>
              <Button
                type="submit"
                loading={create.isPending || update.isPending}
                // Still focusable, so that the reason beside it is found by keyboard and screen reader too.
                data-disabled={saveReason ? true : undefined}
                aria-disabled={saveReason ? true : undefined}
                aria-describedby={saveReason ? saveReasonId : undefined}
              >
                {t('themes.form.save')}
              </Button>
            </Group>
          </Group>
          {saveReason && (
            <Text size="sm" c="dimmed" ta="end" id={saveReasonId} data-save-reason>
              {saveReason}
            </Text>
          )}
        </Stack>
      </form>
    </AppModal>
  );
}
