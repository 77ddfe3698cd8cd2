import { TEXT_LIMITS } from '@kurs/core/browser';
import { Button, Fieldset, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import type { Entity } from '../../shared/api/api.types';
import { DateField } from '../../shared/ui/date-field';
import { useTextLimit } from '../../shared/ui/text-limit';
import type { ExperimentDraft } from './reviews.model';

/** One experiment of the quarter, from hypothesis to next step. */
export function ExperimentForm(props: {
  experiment: ExperimentDraft;
  number: number;
  goals: Entity<'goals'>[];
  kpis: Entity<'kpis'>[];
  showErrors: boolean;
  onChange: (experiment: ExperimentDraft) => void;
  onRemove: () => void;
}) {
  const intl = useIntl();
  const limited = useTextLimit();
  const { experiment } = props;
  const set = (change: Partial<ExperimentDraft>) => props.onChange({ ...experiment, ...change });
  const t = (id: Extract<MessageId, string>) => intl.formatMessage({ id });

  return (
    <Fieldset legend={intl.formatMessage({ id: 'reviews.experiment.legend' }, { number: props.number })} radius="md" data-experiment={props.number}>
      <Stack gap="sm">
        <Textarea
          label={t('reviews.experiment.hypothesis')}
          value={experiment.hypothesis}
          onChange={(e) => set({ hypothesis: e.currentTarget.value })}
          {...limited(experiment.hypothesis, TEXT_LIMITS.text, t('reviews.experiment.hypothesisHint'))}
          error={props.showErrors && !experiment.hypothesis.trim() ? t('reviews.experiment.hypothesisRequired') : undefined}
          required
          autosize
          minRows={1}
        />
        <SimpleGrid type="container" cols={{ base: 1, '480px': 2, '720px': 4 }} spacing="sm">
          <Select
            label={t('reviews.experiment.goal')}
            data={props.goals.map((g) => ({ value: g.id, label: g.title }))}
            value={experiment.goal}
            onChange={(goal) => set({ goal })}
            searchable
            clearable
          />
          <Select
            label={t('reviews.experiment.kpi')}
            data={props.kpis.map((k) => ({ value: k.id, label: k.name }))}
            value={experiment.kpi}
            onChange={(kpi) => set({ kpi })}
            searchable
            clearable
          />
          <DateField label={t('reviews.experiment.start')} value={experiment.start} onChange={(start) => set({ start })} />
          <DateField label={t('reviews.experiment.end')} value={experiment.end} onChange={(end) => set({ end })} />
        </SimpleGrid>
        <SimpleGrid type="container" cols={{ base: 1, '720px': 3 }} spacing="sm">
          {(['result', 'learning', 'next'] as const).map((field) => (
            <Textarea
              key={field}
              label={t(`reviews.experiment.${field}`)}
              value={experiment[field]}
              onChange={(e) => set({ [field]: e.currentTarget.value })}
              {...limited(experiment[field], TEXT_LIMITS.text)}
              autosize
              minRows={2}
            />
          ))}
        </SimpleGrid>
        <Button variant="subtle" color="red" size="compact-sm" leftSection={<IconTrash size={14} aria-hidden />} onClick={props.onRemove} style={{ alignSelf: 'flex-start' }}>
          {intl.formatMessage({ id: 'reviews.experiment.remove' }, { number: props.number })}
        </Button>
      </Stack>
    </Fieldset>
  );
}
