import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, FUNNEL_STAGES, KPI_SOURCES, KPI_UNITS } from '@kurs/core/browser';
import { FORMAT_PATTERNS, TEXT_LIMITS } from '@kurs/core/browser';
import { Autocomplete, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { isApiError } from '../../shared/api/api.client';
import { useCollection, useCreateEntity, useUpdateEntity } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useProblemWords } from '../../shared/ui/problem-words';
import { MoreFields } from '../../shared/ui/more-fields';
import { useTextLimit } from '../../shared/ui/text-limit';
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { draftChanged, draftOf, idFromName, kpiOf, kpiPatch, MORE_FIELDS, moreHoldsValue, type KpiDraft } from './kpis.form.model';

/*
 * Create or edit a KPI. `focus` names the field a health finding's fix link points at; it
 * gets the focus when the form opens. `preset` fills fields of a new KPI (the funnel stage a
 * fix link asks a KPI for). The essential fields come first, the rest under "More".
 */
export function KpiFormModal(props: {
  opened: boolean;
  onClose: () => void;
  kpi?: Entity<'kpis'>;
  /** The KPI's place in the plan, for its findings. */
  index?: number;
  focus?: string;
  preset?: Partial<KpiDraft>;
  onCreated?: (kpi: Entity<'kpis'>) => void;
}) {
  const intl = useIntl();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      size="lg"
      title={intl.formatMessage({ id: props.kpi ? 'kpis.form.editTitle' : 'kpis.form.newTitle' })}
    >
      {/* Mounted only while open, so every opening starts from the stored KPI. */}
      {props.opened && <KpiForm {...props} />}
    </AppModal>
  );
}

// Only the field a fix link points at takes the focus; Mantine focuses the first input otherwise.
const autoFocus = (focus: string | undefined, field: keyof KpiDraft) => (focus === field ? { 'data-autofocus': true } : {});

/** The ids a new KPI may not take, and the people who already own something in the plan, to choose from. */
function useKpiChoices(): { takenIds: ReadonlySet<string>; owners: string[] } {
  const { ws, plan } = usePlanContext();
  const kpis = useCollection(ws, plan.id, 'kpis');
  const goals = useCollection(ws, plan.id, 'goals');
  return useMemo(
    () => ({
      takenIds: new Set((kpis.data ?? []).map((k) => k.id)),
      owners: [...new Set([...(kpis.data ?? []), ...(goals.data ?? [])].flatMap((e) => (e.owner?.trim() ? [e.owner.trim()] : [])))].sort(),
    }),
    [kpis.data, goals.data],
  );
}

function KpiForm(props: Parameters<typeof KpiFormModal>[0]) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const words = useProblemWords();
  const limited = useTextLimit();
  const t = (id: MessageId, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const { kpi } = props;
  const { takenIds, owners } = useKpiChoices();
  const [start] = useState<KpiDraft>(() => draftOf(kpi, props.preset));
  const [draft, setDraft] = useState<KpiDraft>(start);
  const [idTouched, setIdTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateEntity(ws, plan.id, 'kpis');
  const update = useUpdateEntity(ws, plan.id, 'kpis');
  const mutation = kpi ? update : create;
  // Not while saving or saved: a new KPI's page opens right after the save.
  const dirty = draftChanged(draft, kpi, start) && !mutation.isPending && !mutation.isSuccess;

  const set = <K extends keyof KpiDraft>(field: K, value: KpiDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const setName = (name: string) =>
    setDraft((d) => ({ ...d, name, id: kpi || idTouched ? d.id : idFromName(name, takenIds) }));

  const localErrors: Partial<Record<keyof KpiDraft, string>> = {};
  if (!draft.name.trim()) localErrors.name = t('kpis.form.nameRequired');
  if (!kpi && !FORMAT_PATTERNS.id.test(draft.id)) localErrors.id = t('kpis.form.idInvalid');
  else if (!kpi && takenIds.has(draft.id)) localErrors.id = t('kpis.form.idTaken', { id: draft.id });
  const serverErrors = Object.fromEntries(
    (isApiError(mutation.error) ? mutation.error.errors : []).map((e) => [e.path.split('.').pop() ?? e.path, words.field(e)]),
  ) as Partial<Record<keyof KpiDraft, string>>;
  const errorOf = (field: keyof KpiDraft) => (submitted ? localErrors[field] : undefined) ?? serverErrors[field];
  const fieldErrorsShown = Object.keys(serverErrors).some((f) => f in draft);
  const moreNeeded = MORE_FIELDS.some((field) => errorOf(field) !== undefined || props.focus === field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(localErrors).length > 0) return;
    if (kpi) {
      const patch = kpiPatch(draft, kpi);
      if (Object.keys(patch).length === 0) return props.onClose();
      update.mutate({ id: kpi.id, version: kpi.version, patch }, { onSuccess: props.onClose });
    } else {
      create.mutate(kpiOf(draft), {
        onSuccess: (created) => {
          props.onCreated?.(created);
          props.onClose();
        },
      });
    }
  };

  const options = <V extends string>(values: readonly V[], prefix: string) =>
    values.map((value) => ({ value, label: intl.formatMessage({ id: `${prefix}.${value}` as never }) }));

  return (
    <form onSubmit={submit} noValidate>
      {/* Mounted only while there is input to keep: the router asks one guard, the latest, and a
          clean form must not answer for a grid beneath it. */}
      {dirty && <UnsavedGuard when />}
      <Stack gap="md">
        {kpi && props.index !== undefined && <FindingsInline path={`kpis[${props.index}]`} />}
        <TextInput
          label={t('kpis.field.name')}
          {...limited(draft.name, TEXT_LIMITS.name, t('kpis.form.nameHint'))}
          required
          value={draft.name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errorOf('name')}
          data-autofocus={!props.focus || props.focus === 'name' ? true : undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('kpis.field.unit')}
            data={options(KPI_UNITS, 'kpis.unit')}
            value={draft.unit || null}
            onChange={(v) => set('unit', v ?? '')}
            clearable
            error={errorOf('unit')}
            {...autoFocus(props.focus, 'unit')}
          />
          <Select
            label={t('kpis.field.frequency')}
            description={t('kpis.form.frequencyHint')}
            data={options(FREQUENCIES, 'kpis.frequency')}
            value={draft.frequency || null}
            onChange={(v) => set('frequency', v ?? '')}
            clearable
            error={errorOf('frequency')}
            {...autoFocus(props.focus, 'frequency')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="kpi-direction-label">
              {t('kpis.field.direction')}
            </Text>
            <SegmentedControl
              aria-labelledby="kpi-direction-label"
              data={options(DIRECTIONS, 'kpis.direction')}
              value={draft.direction}
              onChange={(v) => set('direction', v)}
              fullWidth
            />
          </Stack>
          <Autocomplete
            label={t('kpis.field.owner')}
            {...limited(draft.owner, TEXT_LIMITS.name, t('kpis.form.ownerHint'))}
            data={owners}
            value={draft.owner}
            onChange={(v) => set('owner', v)}
            error={errorOf('owner')}
            {...autoFocus(props.focus, 'owner')}
          />
        </SimpleGrid>
        <MoreFields label={t('kpis.form.more')} summary={t(kpi ? 'kpis.form.moreSummary' : 'kpis.form.moreSummaryNew')} initiallyOpen={moreHoldsValue(start)} open={moreNeeded}>
          <Stack gap="md">
            {!kpi && (
              <TextInput
                label={t('kpis.field.id')}
                description={t('kpis.form.idHint')}
                required
                value={draft.id}
                onChange={(e) => {
                  setIdTouched(true);
                  set('id', e.currentTarget.value.trim());
                }}
                error={errorOf('id')}
              />
            )}
            <Textarea
              label={t('kpis.field.definition')}
              {...limited(draft.definition, TEXT_LIMITS.text, t('kpis.form.definitionHint'))}
              autosize
              minRows={2}
              value={draft.definition}
              onChange={(e) => set('definition', e.currentTarget.value)}
              error={errorOf('definition')}
              {...autoFocus(props.focus, 'definition')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('kpis.field.funnelStage')}
                data={options(FUNNEL_STAGES, 'kpis.funnel')}
                value={draft.funnel_stage || null}
                onChange={(v) => set('funnel_stage', v ?? '')}
                clearable
                error={errorOf('funnel_stage')}
                {...autoFocus(props.focus, 'funnel_stage')}
              />
              <Select
                label={t('kpis.field.aggregation')}
                description={t('kpis.form.aggregationHint')}
                data={options(AGGREGATIONS, 'kpis.aggregation')}
                value={draft.aggregation || null}
                onChange={(v) => set('aggregation', v ?? '')}
                clearable
                error={errorOf('aggregation')}
                {...autoFocus(props.focus, 'aggregation')}
              />
              <Select
                label={t('kpis.field.source')}
                data={options(KPI_SOURCES, 'kpis.source')}
                value={draft.source || null}
                onChange={(v) => set('source', v ?? '')}
                clearable
                error={errorOf('source')}
              />
              <Switch
                mt={{ sm: 'xl' }}
                label={t('kpis.field.conversion')}
                description={t('kpis.form.conversionHint')}
                checked={draft.conversion}
                onChange={(e) => set('conversion', e.currentTarget.checked)}
              />
            </SimpleGrid>
          </Stack>
        </MoreFields>
        {update.conflict && <ConflictAlert onReload={() => void update.reload().then(props.onClose)} />}
        {mutation.error && !update.conflict && !fieldErrorsShown && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            <FormattedMessage id="kpis.form.cancel" />
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            <FormattedMessage id={kpi ? 'kpis.form.save' : 'kpis.form.create'} />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
