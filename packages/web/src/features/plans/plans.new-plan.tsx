import type { Locale, PlanDocument } from '@kurs/core';
import { shiftPlanDates, startingPlan, templateCatalogue, TEXT_LIMITS, type TemplateId } from '@kurs/core/browser';
import { Button, FileInput, Group, Radio, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFilePlus, IconTemplate, IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { LOCALE_NAMES } from '../../i18n/i18n.locale';
import { useLocale } from '../../i18n/i18n.provider';
import type { MessageId } from '../../i18n/i18n.messages';
import { isApiError } from '../../shared/api/api.client';
import { useCreatePlan, useTemplate, useTemplates, useWorkspace } from '../../shared/api/api.queries';
import type { TemplateSummary, Workspace } from '../../shared/api/api.types';
import { useEdited } from '../../shared/entity-draft';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { ProblemList } from '../../shared/ui/problem-list';
import { planPath } from '../steps/steps.list';
import { defaultPlanPeriod, LOCALE_CURRENCY, localToday, newPlanDefaults } from './plans.defaults';
import { CurrencyField, currencyOk, LocaleField } from './plans.fields';

/** A new plan: blank, from a starting plan or a saved template, or from an uploaded plan document. */
export function NewPlanForm(props: { ws: string }) {
  const intl = useIntl();
  return (
    <Tabs defaultValue="blank" keepMounted={false}>
      <Tabs.List grow mb="md">
        <Tabs.Tab value="blank" leftSection={<IconFilePlus size={16} aria-hidden />}>
          {intl.formatMessage({ id: 'newPlan.blank' })}
        </Tabs.Tab>
        <Tabs.Tab value="template" leftSection={<IconTemplate size={16} aria-hidden />}>
          {intl.formatMessage({ id: 'plans.new.fromTemplate' })}
        </Tabs.Tab>
        <Tabs.Tab value="upload" leftSection={<IconUpload size={16} aria-hidden />}>
          {intl.formatMessage({ id: 'newPlan.upload' })}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="blank">
        <PlanForm ws={props.ws} fromTemplate={false} />
      </Tabs.Panel>
      <Tabs.Panel value="template">
        <PlanForm ws={props.ws} fromTemplate />
      </Tabs.Panel>
      <Tabs.Panel value="upload">
        <UploadPlanForm ws={props.ws} />
      </Tabs.Panel>
    </Tabs>
  );
}

/**
 * Opens the new plan and says so; shared by both ways of creating one. `created` is true once
 * the plan is stored: the form's input is then saved, and the page is left after the form's
 * UnsavedGuard has heard so (a child's effects run before its parent's).
 */
function useCreateAndOpen(ws: string) {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreatePlan(ws);
  const name = useRef('');
  const opened = useRef<string | null>(null);
  // From the mutation's state, not a callback of mutate(): those are dropped when the mutation's observer moves on.
  const created = create.isSuccess ? create.data.id : null;
  useEffect(() => {
    if (!created || opened.current === created) return;
    opened.current = created;
    notifications.show({ color: 'teal', message: intl.formatMessage({ id: 'newPlan.created' }, { name: name.current }) });
    void navigate(planPath(ws, created));
  }, [created, intl, navigate, ws]);
  const createAndOpen = (source: Parameters<typeof create.mutate>[0]['source'], planName: string) => {
    // A second Enter or click while the first is under way would make the plan twice.
    if (create.isPending) return;
    name.current = planName;
    create.mutate({ source });
  };
  return { create, createAndOpen, created: created !== null };
}

function CreateError(props: { error: unknown }) {
  if (isApiError(props.error) && (props.error.status === 400 || props.error.status === 422)) {
    return <ProblemList errors={props.error.errors} problem={props.error} source="file" />;
  }
  return <ErrorAlert error={props.error} />;
}

type Choice = { kind: 'starter'; id: TemplateId } | { kind: 'saved'; id: string };

const choiceKey = (choice: Choice) => `${choice.kind}:${choice.id}`;

/**
 * A new plan with a name, a period, a currency and a language: blank, or (`fromTemplate`) one
 * of core's starting plans in that language or one of the workspace's saved templates, its
 * dates placed in the period chosen. Starts from the workspace's defaults and the coming year.
 */
function PlanForm(props: { ws: string; fromTemplate: boolean }) {
  const workspace = useWorkspace(props.ws);
  if (workspace.isPending) return <PageLoader />;
  return <PlanFormFields {...props} workspace={workspace.data} />;
}

function PlanFormFields(props: { ws: string; fromTemplate: boolean; workspace: Workspace | undefined }) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const { locale: interfaceLocale } = useLocale();
  const { workspace } = props;
  const defaults = newPlanDefaults(workspace, interfaceLocale);
  const [today] = useState(() => localToday(new Date()));
  const period = defaultPlanPeriod(today);
  const [name, setName] = useState('');
  const [start, setStart] = useState(period.start);
  const [end, setEnd] = useState(period.end);
  const [currency, setCurrency] = useState(defaults.currency);
  const [locale, setLocale] = useState<Locale>(defaults.locale);
  // Until the user picks a currency, it follows the plan's language (unless the workspace sets one).
  const [currencyChosen, setCurrencyChosen] = useState(Boolean(workspace?.currency));
  const chooseLocale = (next: Locale) => {
    setLocale(next);
    if (!currencyChosen) setCurrency(LOCALE_CURRENCY[next]);
  };
  const [choice, setChoice] = useState<Choice | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [madeError, setMadeError] = useState<unknown>(null);
  const { create, createAndOpen, created } = useCreateAndOpen(props.ws);
  const saved = useTemplates(props.fromTemplate ? props.ws : undefined);
  const template = useTemplate(props.ws, choice?.kind === 'saved' ? choice.id : undefined);
  const edited = useEdited({ name: name.trim(), start, end, currency, locale, choice });

  const nameError = submitted && !name.trim() ? t('newPlan.nameRequired') : undefined;
  const startError = submitted && !start ? t('newPlan.dateRequired') : undefined;
  const endError = submitted && !end ? t('newPlan.dateRequired') : start && end && end < start ? t('newPlan.endBeforeStart') : undefined;
  const choiceError = submitted && props.fromTemplate && !choice ? t('plans.new.templateRequired') : undefined;

  /** The plan document to create, or null while a saved template's document is still on its way. */
  const documentOf = (): PlanDocument | null => {
    const header = { name: name.trim(), ...(currency ? { currency } : {}) };
    if (!props.fromTemplate || !choice) return { kurs: 1, plan: { ...header, locale, period: { start, end } } };
    if (choice.kind === 'starter') return startingPlan(choice.id, locale, { ...header, period: { start, end } });
    if (!template.data) return null;
    const placed = shiftPlanDates(template.data.document, { start, end });
    return { ...placed, plan: { ...placed.plan, ...header } };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setMadeError(null);
    if (!name.trim() || !start || !end || end < start || !currencyOk(currency) || choiceError || (props.fromTemplate && !choice)) return;
    try {
      const document = documentOf();
      if (document) createAndOpen({ document }, name.trim());
    } catch (error) {
      setMadeError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard when={edited && !created} />
      <Stack>
        {props.fromTemplate && (
          <TemplateChooser
            locale={locale}
            saved={saved.data ?? []}
            savedError={saved.error}
            value={choice}
            onChange={(next) => {
              setChoice(next);
              create.reset();
            }}
            error={choiceError}
          />
        )}
        <TextInput
          label={t('newPlan.name')}
          placeholder={intl.formatMessage({ id: 'newPlan.namePlaceholder' }, { year: Number(start.slice(0, 4)) || new Date().getFullYear() })}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={TEXT_LIMITS.name}
          error={nameError}
          required
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('newPlan.start')} value={start} onChange={setStart} error={startError} required />
          <DateField label={t('newPlan.end')} value={end} onChange={setEnd} minDate={start || undefined} error={endError} required />
        </SimpleGrid>
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <CurrencyField
            label={t('newPlan.currency')}
            value={currency}
            onChange={(next) => {
              setCurrency(next);
              setCurrencyChosen(true);
            }}
          />
          {choice?.kind !== 'saved' && (
            <LocaleField label={t('plans.new.locale')} description={t('plans.new.localeHint')} value={locale} onChange={(next) => next && chooseLocale(next)} />
          )}
        </Group>
        {create.isError && <CreateError error={create.error} />}
        {madeError !== null && <ErrorAlert error={madeError} />}
        {template.isError && <ErrorAlert error={template.error} onRetry={() => void template.refetch()} />}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending || (choice?.kind === 'saved' && template.isPending)}>
            <FormattedMessage id="newPlan.create" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Core's starting plans in the plan's language, then the workspace's own templates, each with what it is for. */
function TemplateChooser(props: {
  locale: Locale;
  saved: TemplateSummary[];
  savedError: unknown;
  value: Choice | null;
  onChange: (choice: Choice) => void;
  error?: string;
}) {
  const intl = useIntl();
  const choices = new Map<string, Choice>();
  const starters = templateCatalogue(props.locale).map((entry) => {
    const choice: Choice = { kind: 'starter', id: entry.id };
    choices.set(choiceKey(choice), choice);
    return { key: choiceKey(choice), name: entry.name, description: entry.description };
  });
  const saved = props.saved.map((entry) => {
    const choice: Choice = { kind: 'saved', id: entry.id };
    choices.set(choiceKey(choice), choice);
    return { key: choiceKey(choice), name: entry.name, description: entry.description ?? undefined, locale: entry.locale };
  });
  const card = (item: { key: string; name: string; description?: string; locale?: Locale | null }) => (
    <Radio.Card key={item.key} value={item.key} p="sm" radius="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <div>
          <Text fw={600} size="sm">
            {item.name}
            {item.locale && (
              <Text span c="dimmed" size="xs" ml={6}>
                ({LOCALE_NAMES[item.locale]})
              </Text>
            )}
          </Text>
          {item.description && (
            <Text size="sm" c="dimmed">
              {item.description}
            </Text>
          )}
        </div>
      </Group>
    </Radio.Card>
  );
  return (
    <Radio.Group
      label={intl.formatMessage({ id: 'plans.new.templateLabel' })}
      description={intl.formatMessage({ id: 'plans.new.templateHint' })}
      value={props.value ? choiceKey(props.value) : null}
      onChange={(key) => {
        const choice = choices.get(key);
        if (choice) props.onChange(choice);
      }}
      error={props.error}
      required
    >
      <Stack gap="xs" mt="xs">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          <FormattedMessage id="plans.new.starters" />
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {starters.map(card)}
        </SimpleGrid>
        {saved.length > 0 && (
          <>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="xs">
              <FormattedMessage id="plans.new.saved" />
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {saved.map(card)}
            </SimpleGrid>
          </>
        )}
        {props.savedError !== null && <ErrorAlert error={props.savedError} />}
      </Stack>
    </Radio.Group>
  );
}

function UploadPlanForm(props: { ws: string }) {
  const intl = useIntl();
  const [file, setFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const { create, createAndOpen } = useCreateAndOpen(props.ws);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!file) return;
    const text = await file.text();
    const format = /\.json$/i.test(file.name) ? 'json' : 'yaml';
    createAndOpen({ text, format }, file.name);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FileInput
          label={intl.formatMessage({ id: 'newPlan.file' })}
          description={intl.formatMessage({ id: 'newPlan.fileDescription' })}
          placeholder={intl.formatMessage({ id: 'newPlan.filePlaceholder' })}
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          value={file}
          onChange={(value) => {
            setFile(value);
            create.reset();
          }}
          leftSection={<IconUpload size={16} aria-hidden />}
          error={submitted && !file ? intl.formatMessage({ id: 'newPlan.fileRequired' }) : undefined}
          clearable
          clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'newPlan.clearFile' }) }}
          required
        />
        {create.isError && <CreateError error={create.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            <FormattedMessage id="newPlan.import" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
