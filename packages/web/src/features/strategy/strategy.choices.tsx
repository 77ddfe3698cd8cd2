import type { Strategy } from '@kurs/core';
import { RESOURCING, TEXT_LIMITS, TRAFFIC } from '@kurs/core/browser';
import { Button, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSavePlanPart } from '../../shared/api/api.plan-parts';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useTextLimit } from '../../shared/ui/text-limit';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import type { MessageId } from '../../i18n/i18n.messages';
import { useCan } from '../access/access.can';
import { usePlanContext } from '../plans/plan.context';
import { StepSection } from '../situation/situation.section';

type Choices = Pick<Strategy, 'positioning' | 'traffic' | 'content' | 'resourcing'>;

/**
 * The strategy's broad choices (the Swedish seed's questions): positioning, paid or organic
 * traffic, content, and who does the work. Only the fields the user changed are sent over the
 * stored strategy, so a save here never undoes a funnel text saved meanwhile.
 */
export function StrategyChoices(props: { strategy: Strategy; focused: boolean }) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const save = useSavePlanPart(ws, plan.id, 'strategy');
  const [draft, setDraft] = useState<Choices>({});
  const canEdit = useCan('plan.write');
  const limited = useTextLimit();
  const first = useRef<HTMLTextAreaElement>(null);
  const value = <K extends keyof Choices>(key: K): Choices[K] => (key in draft ? draft[key] : props.strategy[key]);
  const change = <K extends keyof Choices>(key: K, next: Choices[K]) => setDraft((d) => ({ ...d, [key]: next }));
  const dirty = Object.keys(draft).length > 0;
  // Typed and then put back as it was is no change to lose.
  const edited = (Object.keys(draft) as (keyof Choices)[]).some((key) => clean(draft[key]) !== clean(props.strategy[key]));

  useEffect(() => {
    if (props.focused) first.current?.focus();
  }, [props.focused]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = Object.fromEntries(Object.entries(draft).map(([key, v]) => [key, clean(v)]));
    save.mutate((current) => ({ ...current, ...changes }), { onSuccess: () => setDraft({}) });
  };

  return (
    <StepSection
      title={<FormattedMessage id="strategy.choices.title" />}
      description={<FormattedMessage id="strategy.choices.lead" />}
      focused={props.focused}
    >
      <form onSubmit={submit}>
        <UnsavedGuard when={edited} />
        <Stack gap="md">
          <Textarea
            ref={first}
            label={intl.formatMessage({ id: 'strategy.choices.positioning' })}
            placeholder={intl.formatMessage({ id: 'strategy.choices.positioningPlaceholder' })}
            value={value('positioning') ?? ''}
            onChange={(event) => change('positioning', event.currentTarget.value)}
            {...limited(value('positioning'), TEXT_LIMITS.text, intl.formatMessage({ id: 'strategy.choices.positioningHint' }))}
            autosize
            minRows={2}
            readOnly={!canEdit}
          />
          <Radio.Group
            label={intl.formatMessage({ id: 'strategy.choices.traffic' })}
            description={intl.formatMessage({ id: 'strategy.choices.trafficHint' })}
            value={value('traffic') ?? null}
            onChange={(next) => change('traffic', next as Choices['traffic'])}
            readOnly={!canEdit}
          >
            <ChoiceCards name="traffic" options={TRAFFIC} prefix="strategy.traffic" />
          </Radio.Group>
          <Textarea
            label={intl.formatMessage({ id: 'strategy.choices.content' })}
            placeholder={intl.formatMessage({ id: 'strategy.choices.contentPlaceholder' })}
            value={value('content') ?? ''}
            onChange={(event) => change('content', event.currentTarget.value)}
            {...limited(value('content'), TEXT_LIMITS.text, intl.formatMessage({ id: 'strategy.choices.contentHint' }))}
            autosize
            minRows={3}
            readOnly={!canEdit}
          />
          <Radio.Group
            label={intl.formatMessage({ id: 'strategy.choices.resourcing' })}
            description={intl.formatMessage({ id: 'strategy.choices.resourcingHint' })}
            value={value('resourcing') ?? null}
            onChange={(next) => change('resourcing', next as Choices['resourcing'])}
            readOnly={!canEdit}
          >
            <ChoiceCards name="resourcing" options={RESOURCING} prefix="strategy.resourcing" />
          </Radio.Group>
          {save.conflict && <ConflictAlert onReload={() => void save.reload()} />}
          {save.error && !save.conflict && <ErrorAlert error={save.error} />}
          {canEdit && (
            <Group justify="flex-end" gap="xs">
              {dirty && (
                <Text size="sm" c="dimmed" mr="auto" role="status">
                  <FormattedMessage id="strategy.choices.unsaved" />
                </Text>
              )}
              <Button variant="default" onClick={() => setDraft({})} disabled={!dirty}>
                <FormattedMessage id="strategy.choices.undo" />
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!dirty}>
                <FormattedMessage id="strategy.choices.save" />
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </StepSection>
  );
}

/** A choice as it is stored: a text trimmed, an empty one left out. */
function clean(value: Choices[keyof Choices]): Choices[keyof Choices] {
  return typeof value === 'string' ? value.trim() || undefined : value;
}

function ChoiceCards(props: { name: string; options: readonly string[]; prefix: 'strategy.traffic' | 'strategy.resourcing' }) {
  return (
    <SimpleGrid type="container" cols={{ base: 1, '520px': 3 }} spacing="xs" mt="xs">
      {props.options.map((option) => (
        <Radio.Card key={option} value={option} name={props.name} radius="md" p="sm">
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <Radio.Indicator mt={2} />
            <div>
              <Text fw={600} size="sm">
                <FormattedMessage id={`${props.prefix}.${option}` as MessageId} />
              </Text>
              <Text size="xs" c="dimmed">
                <FormattedMessage id={`${props.prefix}.${option}.hint` as MessageId} />
              </Text>
            </div>
          </Group>
        </Radio.Card>
      ))}
    </SimpleGrid>
  );
}
