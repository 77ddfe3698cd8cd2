import type { Goal, GoalPoint, Kpi } from '@kurs/core';
import { BUSINESS_LINKS, FREQUENCIES, KPI_UNITS, TEXT_LIMITS } from '@kurs/core/browser';
import {
  Autocomplete,
  Button,
  Fieldset,
  Grid,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconList } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../../shared/api/api.client';
import { useCreateEntity, useUpdateEntity, type EntityUpdate } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { useEdited } from '../../shared/entity-draft';
import { idFromName } from '../../shared/ids';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { CancelButton, FormFields } from '../../shared/ui/form-fields';
import { DateField } from '../../shared/ui/date-field';
import { MoreFields } from '../../shared/ui/more-fields';
import { useNotifySaved } from '../../shared/ui/notify';
import { useTextLimit } from '../../shared/ui/text-limit';
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { SmartChecklist } from './goals.smart-checklist';
import { descendantsOf } from './goals.tree';
import { HORIZONS_LONG_FIRST } from './goals.types';

export type GoalFormMode = { kind: 'new'; parent?: string } | { kind: 'edit'; goal: Entity<'goals'>; index: number };

const DEPARTMENTS = ['marketing', 'sales', 'support'];
/** A sub-goal is usually one horizon shorter than its parent. */
const SHORTER: Record<Goal['horizon'], Goal['horizon']> = { long: 'year', year: 'quarter', quarter: 'quarter' };

type NumberValue = number | string;
const numberOf = (v: NumberValue): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const pointOf = (value: NumberValue, date: string): GoalPoint | undefined => {
  const n = numberOf(value);
  if (n === undefined && !date) return undefined;
  return { ...(n !== undefined ? { value: n } : {}), ...(date ? { date } : {}) };
};
const textOf = (v: string | null | undefined) => v?.trim() || undefined;

/**
 * Create or edit a goal, with the SMART checklist ticking as the user types. A KPI can be
 * chosen or created on the spot (name, unit, frequency); the rest of the KPI is set on the
 * KPI page. Editing sends only what changed, with If-Match; a conflict offers a reload.
 * Without `canEdit` it shows the goal read-only, for a viewer.
 */
export function GoalForm(props: {
  mode: GoalFormMode;
  /** The field a fix link points at (`owner`, `target.date`…): it gets the focus instead of the title. */
  focusField?: string;
  goals: Entity<'goals'>[];
  kpis: Entity<'kpis'>[];
  canEdit: boolean;
  onDone: (goalId?: string) => void;
}) {
  const intl = useIntl();
  const notifySaved = useNotifySaved();
  const limited = useTextLimit();
  const { locale } = useLocale();
  const { ws, plan } = usePlanContext();
  const editing = props.mode.kind === 'edit' ? props.mode.goal : undefined;
  const parentOfNew = props.mode.kind === 'new' ? props.goals.find((g) => g.id === (props.mode as { parent?: string }).parent) : undefined;
  const t = (id: Extract<MessageId, string>, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);

  const [title, setTitle] = useState(editing?.title ?? '');
  const [horizon, setHorizon] = useState<Goal['horizon']>(editing?.horizon ?? (parentOfNew ? SHORTER[parentOfNew.horizon] : 'year'));
  const [parent, setParent] = useState<string | null>(editing?.parent ?? parentOfNew?.id ?? null);
  const [kpiMode, setKpiMode] = useState<'existing' | 'new'>('existing');
  const [kpi, setKpi] = useState<string | null>(editing?.kpi ?? null);
  const [kpiName, setKpiName] = useState('');
  const [kpiUnit, setKpiUnit] = useState<string | null>('count');
  const [kpiFrequency, setKpiFrequency] = useState<string | null>('monthly');
  const [baselineValue, setBaselineValue] = useState<NumberValue>(editing?.baseline?.value ?? '');
  const [baselineDate, setBaselineDate] = useState(editing?.baseline?.date ?? '');
  const [targetValue, setTargetValue] = useState<NumberValue>(editing?.target?.value ?? '');
  const [targetDate, setTargetDate] = useState(editing?.target?.date ?? '');
  const [owner, setOwner] = useState(editing?.owner ?? '');
  const [department, setDepartment] = useState(editing?.department ?? parentOfNew?.department ?? '');
  const [businessLink, setBusinessLink] = useState<string | null>(editing?.business_link ?? null);
  const [description, setDescription] = useState(editing?.description ?? '');
  const [submitted, setSubmitted] = useState(false);

  const createKpi = useCreateEntity(ws, plan.id, 'kpis');
  const createGoal = useCreateEntity(ws, plan.id, 'goals');
  const updateGoal = useUpdateEntity(ws, plan.id, 'goals');

  // A new KPI counts as chosen for the checklist as soon as it has a name.
  const kpiForChecklist = kpiMode === 'new' ? textOf(kpiName) && 'new' : (kpi ?? undefined);
  const goal: Omit<Goal, 'id'> = {
    title: title.trim(),
    horizon,
    parent: parent ?? undefined,
    description: textOf(description),
    department: textOf(department),
    business_link: (businessLink ?? undefined) as Goal['business_link'],
    kpi: kpi ?? undefined,
    baseline: pointOf(baselineValue, baselineDate),
    target: pointOf(targetValue, targetDate),
    owner: textOf(owner),
  };

  // What a save would send: typed and put back as it was is no change to lose.
  const edited = useEdited({ goal, newKpi: kpiMode === 'new' ? textOf(kpiName) : undefined });

  const notParents = editing ? descendantsOf(props.goals, editing.id) : new Set<string>();
  const parentOptions = props.goals.filter((g) => !notParents.has(g.id)).map((g) => ({ value: g.id, label: g.title }));
  const owners = [...new Set([...props.goals.map((g) => g.owner), ...props.kpis.map((k) => k.owner)].filter((o): o is string => Boolean(o?.trim())))].sort();
  const departments = [...new Set([...DEPARTMENTS, ...props.goals.map((g) => g.department).filter((d): d is string => Boolean(d))])].sort();
  const separators = locale === 'en' ? { decimalSeparator: '.', thousandSeparator: ',' } : { decimalSeparator: ',', thousandSeparator: ' ' };

  const focused = INPUT_OF_PATH[props.focusField ?? ''] ?? 'title';
  // Folded under "More" unless they hold something: where the goal sits, and the finer details.
  const moreHolds = Boolean(editing?.parent ?? parentOfNew) || Boolean(editing?.baseline?.date || editing?.department || editing?.business_link || editing?.description);
  const autoFocus = (input: string) => (input === focused ? { 'data-autofocus': true } : {});
  const titleError = submitted && !title.trim() ? t('goals.form.titleRequired') : undefined;
  const kpiNameError = submitted && kpiMode === 'new' && !kpiName.trim() ? t('goals.form.kpiNameRequired') : undefined;
  const saving = createKpi.isPending || createGoal.isPending || updateGoal.isPending;
  const failure = [createKpi.error, createGoal.error, updateGoal.error].find((e) => e && !(isApiError(e) && e.isConflict));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!title.trim() || (kpiMode === 'new' && !kpiName.trim())) return;
    try {
      let kpiId = goal.kpi;
      if (kpiMode === 'new') {
        const created = await createKpi.mutateAsync({
          id: idFromName(kpiName, props.kpis.map((k) => k.id), 'kpi'),
          name: kpiName.trim(),
          unit: (kpiUnit ?? undefined) as Kpi['unit'],
          frequency: (kpiFrequency ?? undefined) as Kpi['frequency'],
          // Whoever answers for the goal answers for the number that measures it, until told otherwise.
          owner: goal.owner,
        });
        // If saving the goal fails now, trying again uses this KPI rather than creating another.
        kpiId = created.id;
        setKpi(created.id);
        setKpiMode('existing');
      }
      const saved = { ...goal, kpi: kpiId };
      if (editing) {
        await updateGoal.mutateAsync({ id: editing.id, version: editing.version, patch: changes(editing, saved) });
        notifySaved(t('goals.form.saved', { goal: saved.title }));
        props.onDone(editing.id);
      } else {
        const created = await createGoal.mutateAsync({ id: idFromName(saved.title, props.goals.map((g) => g.id), 'goal'), ...saved });
        notifySaved(t('goals.form.created', { goal: saved.title }));
        props.onDone(created.id);
      }
    } catch {
      // The failed mutation's error is shown below the form.
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <UnsavedGuard when={edited} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <FormFields readOnly={!props.canEdit}>
            <Stack gap="md">
              {props.canEdit ? (
                <TextInput
                  label={t('goals.form.title')}
                  {...limited(title, TEXT_LIMITS.name, t('goals.form.titleDescription'))}
                  placeholder={t('goals.form.titlePlaceholder')}
                  value={title}
                  onChange={(e) => setTitle(e.currentTarget.value)}
                  error={titleError}
                  required
                  {...autoFocus('title')}
                />
              ) : (
                // A reader sees the whole title, however long, on as many lines as it takes.
                <Textarea label={t('goals.form.title')} value={title} autosize minRows={1} readOnly />
              )}
              <Radio.Group label={t('goals.form.horizon')} value={horizon} onChange={(v) => setHorizon(v as Goal['horizon'])}>
                <Group gap="md" mt={6}>
                  {HORIZONS_LONG_FIRST.map((h) => (
                    <Radio key={h} value={h} label={t(`goals.horizon.${h}`)} />
                  ))}
                </Group>
              </Radio.Group>
              {kpiMode === 'existing' ? (
                <Stack gap={4}>
                  <Select
                    label={t('goals.form.kpi')}
                    description={t('goals.form.kpiDescription')}
                    placeholder={props.kpis.length ? t('goals.form.kpiPlaceholder') : t('goals.form.noKpis')}
                    data={props.kpis.map((k) => ({ value: k.id, label: k.name }))}
                    value={kpi}
                    onChange={setKpi}
                    {...autoFocus('kpi')}
                    searchable
                    clearable={props.canEdit}
                    nothingFoundMessage={t('goals.form.nothingFound')}
                  />
                  {props.canEdit && (
                    <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setKpiMode('new')} style={{ alignSelf: 'flex-start' }}>
                      {t('goals.form.newKpi')}
                    </Button>
                  )}
                </Stack>
              ) : (
                <Fieldset legend={t('goals.form.newKpiLegend')} radius="md">
                  <Stack gap="sm">
                    <TextInput
                      label={t('goals.form.kpiName')}
                      placeholder={t('goals.form.kpiNamePlaceholder')}
                      value={kpiName}
                      onChange={(e) => setKpiName(e.currentTarget.value)}
                      {...limited(kpiName, TEXT_LIMITS.name)}
                      error={kpiNameError}
                      required
                    />
                    <SimpleGrid cols={{ base: 1, xs: 2 }}>
                      <Select
                        label={t('goals.form.kpiUnit')}
                        data={KPI_UNITS.map((u) => ({ value: u, label: t(`goals.unit.${u}`) }))}
                        value={kpiUnit}
                        onChange={setKpiUnit}
                        allowDeselect={false}
                      />
                      <Select
                        label={t('goals.form.kpiFrequency')}
                        data={FREQUENCIES.map((f) => ({ value: f, label: t(`goals.frequency.${f}`) }))}
                        value={kpiFrequency}
                        onChange={setKpiFrequency}
                        allowDeselect={false}
                      />
                    </SimpleGrid>
                    <Button variant="subtle" size="compact-sm" leftSection={<IconList size={14} aria-hidden />} onClick={() => setKpiMode('existing')} style={{ alignSelf: 'flex-start' }}>
                      {t('goals.form.chooseKpi')}
                    </Button>
                  </Stack>
                </Fieldset>
              )}
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
                <NumberInput label={t('goals.form.baselineValue')} value={baselineValue} onChange={setBaselineValue} {...separators} {...autoFocus('baselineValue')} />
                <NumberInput label={t('goals.form.targetValue')} value={targetValue} onChange={setTargetValue} {...separators} {...autoFocus('targetValue')} />
                <DateField label={t('goals.form.targetDate')} value={targetDate} onChange={setTargetDate} {...autoFocus('targetDate')} />
              </SimpleGrid>
              <Autocomplete
                label={t('goals.form.owner')}
                {...limited(owner, TEXT_LIMITS.name, t('goals.form.ownerDescription'))}
                data={owners}
                value={owner}
                onChange={setOwner}
                {...autoFocus('owner')}
              />
              <MoreFields label={t('goals.form.more')} summary={t('goals.form.moreSummary')} initiallyOpen={moreHolds} open={MORE_INPUTS.has(focused)}>
                <Stack gap="md">
                  <Select
                    label={t('goals.form.parent')}
                    placeholder={t('goals.form.parentPlaceholder')}
                    data={parentOptions}
                    value={parent}
                    onChange={setParent}
                    searchable
                    clearable={props.canEdit}
                    nothingFoundMessage={t('goals.form.nothingFound')}
                    {...autoFocus('parent')}
                  />
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
                    <DateField label={t('goals.form.baselineDate')} value={baselineDate} onChange={setBaselineDate} {...autoFocus('baselineDate')} />
                    <Autocomplete
                      label={t('goals.form.department')}
                      {...limited(department, TEXT_LIMITS.name)}
                      data={departments}
                      value={department}
                      onChange={setDepartment}
                      {...autoFocus('department')}
                    />
                  </SimpleGrid>
                  <Select
                    label={t('goals.form.businessLink')}
                    placeholder={t('goals.form.businessLinkPlaceholder')}
                    data={BUSINESS_LINKS.map((l) => ({ value: l, label: t(`goals.businessLink.${l}`) }))}
                    value={businessLink}
                    onChange={setBusinessLink}
                    clearable={props.canEdit}
                    {...autoFocus('business_link')}
                  />
                  <Textarea
                    label={t('goals.form.description')}
                    {...limited(description, TEXT_LIMITS.text)}
                    value={description}
                    onChange={(e) => setDescription(e.currentTarget.value)}
                    autosize
                    minRows={2}
                    maxRows={6}
                  />
                </Stack>
              </MoreFields>
            </Stack>
          </FormFields>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {/* Stays in view below the dialog's own sticky header while the fields scroll. */}
          <Stack gap="md" style={{ position: 'sticky', top: 64 }}>
            <SmartChecklist draft={{ ...goal, kpi: kpiForChecklist || undefined }} period={plan.period} />
            {props.mode.kind === 'edit' && (
              <Stack gap="xs">
                <Title order={3} size="h6">
                  {t('goals.form.findings')}
                </Title>
                <FindingsInline path={`goals[${props.mode.index}]`} />
                {props.canEdit && (
                  <Text size="xs" c="dimmed">
                    {t('goals.form.findingsNote')}
                  </Text>
                )}
              </Stack>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="sm" mt="lg">
        {updateGoal.conflict && <ConflictAlert onReload={() => void updateGoal.reload()} />}
        {failure !== undefined && failure !== null && <ErrorAlert error={failure} />}
        <Group justify="flex-end">
          <CancelButton onClick={() => props.onDone()}>{t(props.canEdit ? 'goals.form.cancel' : 'common.close')}</CancelButton>
          {props.canEdit && (
            <Button type="submit" loading={saving}>
              {t(editing ? 'goals.form.save' : 'goals.form.create')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** The input for each field path the health check names. */
const INPUT_OF_PATH: Record<string, string> = {
  title: 'title',
  parent: 'parent',
  kpi: 'kpi',
  owner: 'owner',
  department: 'department',
  business_link: 'business_link',
  baseline: 'baselineValue',
  'baseline.value': 'baselineValue',
  'baseline.date': 'baselineDate',
  target: 'targetValue',
  'target.value': 'targetValue',
  'target.date': 'targetDate',
};

/** The inputs folded under "More". */
const MORE_INPUTS: ReadonlySet<string> = new Set(['parent', 'baselineDate', 'department', 'business_link', 'description']);

const FIELDS = ['title', 'horizon', 'parent', 'description', 'department', 'business_link', 'kpi', 'baseline', 'target', 'owner'] as const;

/** The fields that differ from the stored goal; an emptied field is removed (null). */
function changes(stored: Goal, next: Omit<Goal, 'id'>): EntityUpdate<'goals'>['patch'] {
  const patch: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (JSON.stringify(stored[field]) !== JSON.stringify(next[field])) patch[field] = next[field] ?? null;
  }
  return patch as EntityUpdate<'goals'>['patch'];
}
