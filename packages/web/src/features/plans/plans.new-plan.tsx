import type { Locale, PlanDocument } from '@kurs/core';
import { Button, FileInput, Group, Select, SimpleGrid, Stack, Tabs, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFilePlus, IconUpload } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../../shared/api/api.client';
import { useCreatePlan } from '../../shared/api/api.queries';
import { useEdited } from '../../shared/entity-draft';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { DateField } from '../../shared/ui/date-field';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { ProblemList } from '../../shared/ui/problem-list';
import { planPath } from '../steps/steps.list';

// A plan usually counts money in the currency of the country whose language it is written in.
const CURRENCIES = ['NOK', 'SEK', 'DKK', 'EUR', 'USD', 'GBP'];
const DEFAULT_CURRENCY: Record<Locale, string> = { en: 'EUR', nb: 'NOK', sv: 'SEK', da: 'DKK' };

/** A new plan: blank with a name and a period, or from an uploaded plan document. */
export function NewPlanForm(props: { ws: string }) {
  const intl = useIntl();
  return (
    <Tabs defaultValue="blank" keepMounted={false}>
      <Tabs.List grow mb="md">
        <Tabs.Tab value="blank" leftSection={<IconFilePlus size={16} aria-hidden />}>
          {intl.formatMessage({ id: 'newPlan.blank' })}
        </Tabs.Tab>
        <Tabs.Tab value="upload" leftSection={<IconUpload size={16} aria-hidden />}>
          {intl.formatMessage({ id: 'newPlan.upload' })}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="blank">
        <BlankPlanForm ws={props.ws} />
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
  const [created, setCreated] = useState<string | null>(null);
  useEffect(() => {
    if (created) void navigate(planPath(ws, created));
  }, [created, navigate, ws]);
  const createAndOpen = (source: Parameters<typeof create.mutate>[0]['source'], name: string) =>
    create.mutate(
      { source },
      {
        onSuccess: ({ id }) => {
          notifications.show({ color: 'teal', message: intl.formatMessage({ id: 'newPlan.created' }, { name }) });
          setCreated(id);
        },
      },
    );
  return { create, createAndOpen, created: created !== null };
}

function CreateError(props: { error: unknown }) {
  if (isApiError(props.error) && (props.error.status === 400 || props.error.status === 422)) {
    return <ProblemList errors={props.error.errors} problem={props.error} source="file" />;
  }
  return <ErrorAlert error={props.error} />;
}

function BlankPlanForm(props: { ws: string }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const year = new Date().getFullYear();
  const [name, setName] = useState('');
  const [start, setStart] = useState(`${year}-01-01`);
  const [end, setEnd] = useState(`${year}-12-31`);
  const [currency, setCurrency] = useState<string | null>(DEFAULT_CURRENCY[locale]);
  const [submitted, setSubmitted] = useState(false);
  const { create, createAndOpen, created } = useCreateAndOpen(props.ws);
  const edited = useEdited({ name: name.trim(), start, end, currency });

  const nameError = submitted && !name.trim() ? intl.formatMessage({ id: 'newPlan.nameRequired' }) : undefined;
  const startError = submitted && !start ? intl.formatMessage({ id: 'newPlan.dateRequired' }) : undefined;
  const endError =
    submitted && !end
      ? intl.formatMessage({ id: 'newPlan.dateRequired' })
      : start && end && end < start
        ? intl.formatMessage({ id: 'newPlan.endBeforeStart' })
        : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim() || !start || !end || end < start) return;
    const document: PlanDocument = {
      kurs: 1,
      plan: { name: name.trim(), locale, ...(currency ? { currency } : {}), period: { start, end } },
    };
    createAndOpen({ document }, name.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard when={edited && !created} />
      <Stack>
        <TextInput
          label={intl.formatMessage({ id: 'newPlan.name' })}
          placeholder={intl.formatMessage({ id: 'newPlan.namePlaceholder' }, { year })}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          required
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={intl.formatMessage({ id: 'newPlan.start' })} value={start} onChange={setStart} error={startError} required />
          <DateField
            label={intl.formatMessage({ id: 'newPlan.end' })}
            value={end}
            onChange={setEnd}
            minDate={start || undefined}
            error={endError}
            required
          />
        </SimpleGrid>
        <Select
          label={intl.formatMessage({ id: 'newPlan.currency' })}
          data={CURRENCIES}
          value={currency}
          onChange={setCurrency}
          allowDeselect={false}
          w={160}
        />
        {create.isError && <CreateError error={create.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            <FormattedMessage id="newPlan.create" />
          </Button>
        </Group>
      </Stack>
    </form>
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
