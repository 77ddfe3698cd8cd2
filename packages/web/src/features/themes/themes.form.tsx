import type { Theme } from '@kurs/core';
import { Alert, Button, ColorInput, Group, NumberInput, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
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
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';

type ThemeDraft = Draft<Theme>;
const EMPTY: ThemeDraft = { name: '' };
const FORM_FIELDS = new Set<string>(['name', 'description', 'budget_hours', 'color', 'maintenance'] satisfies (keyof ThemeDraft)[]);

/** Create or change a theme: its name, budget in hours, colour, and whether it is the maintenance reserve. */
export function ThemeEditor(props: { theme: Entity<'themes'> | null; index: number | null; opened: boolean; onClose: () => void; takenIds: string[] }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { create, update, remove, refresh } = useEntityEditor(ws, plan.id, 'themes', props.opened);
  const [draft, setDraft] = useState<ThemeDraft>(EMPTY);
  const [nameMissing, setNameMissing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { theme } = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on id and version: a refetch that hands a new object of the same version must not drop what is typed.
  useEffect(() => {
    if (!props.opened) return;
    setDraft(theme ? draftOf(theme) : EMPTY);
    setNameMissing(false);
    setConfirmDelete(false);
  }, [props.opened, theme?.id, theme?.version]);

  const edited = props.opened && Object.keys(changedFields<Theme>(theme ?? { id: '', ...EMPTY }, draft)).length > 0;
  const error = create.error ?? update.error;
  const errors = isApiError(error) ? error.errors : [];
  const words = useProblemWords();
  const err = (field: keyof ThemeDraft) => {
    const found = errors.find((e) => e.path === field);
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name?.trim()) {
      setNameMissing(true);
      return;
    }
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

  const t = (id: MessageId) => intl.formatMessage({ id });

  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={t(theme ? 'themes.form.editTitle' : 'themes.form.newTitle')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <UnsavedGuard when={edited} />
        <Stack gap="sm">
          {props.index !== null && <FindingsInline path={`themes[${props.index}]`} />}
          <TextInput label={t('themes.field.name')} required value={draft.name ?? ''} onChange={(e) => set('name', e.currentTarget.value)} error={nameMissing ? t('themes.form.nameRequired') : err('name')} data-autofocus />
          <Textarea label={t('themes.field.description')} value={draft.description ?? ''} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} error={err('description')} />
          <NumberInput
            label={t('themes.field.budgetHours')}
            description={t('themes.field.budgetHoursHelp')}
            value={draft.budget_hours ?? ''}
            onChange={(v) => set('budget_hours', typeof v === 'number' ? v : undefined)}
            min={0}
            step={10}
            allowNegative={false}
            error={err('budget_hours')}
          />
          <ColorInput
            label={t('themes.field.color')}
            description={t('themes.field.colorHelp')}
            format="hex"
            value={draft.color ?? ''}
            onChange={(v) => set('color', v || undefined)}
            withEyeDropper={false}
            error={err('color')}
          />
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
              <Button type="submit" loading={create.isPending || update.isPending}>
                {t('themes.form.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
