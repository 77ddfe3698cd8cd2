import type { Period, ThemeQuarter } from '@kurs/core';
import { Button, Group, Input, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import { quarterParts } from './themes.bars';
import { evenSpread, hoursLeft, periodQuarters, quarterRows, quarterSum, quartersOutside } from './themes.quarters';

/** Whether the quarters can be saved with the total: the plan asks that they add up to it, when both are given. */
export function quartersUnbalanced(total: number | undefined, quarters: readonly ThemeQuarter[] | undefined): boolean {
  return quarters !== undefined && total !== undefined && hoursLeft(total, quarters) !== 0;
}

/**
 * A theme's budget: the total in hours and, per quarter of the plan period, its share. The
 * total stays as typed: changing a quarter does not change it; the form says how many hours are
 * left to place (or are placed too many) until the quarters add up. A theme without quarters
 * shows the even spread as a suggestion; nothing per quarter is stored until one is changed.
 */
export function BudgetEditor(props: {
  period: Period;
  total: number | undefined;
  quarters: ThemeQuarter[] | undefined;
  totalError?: string;
  quartersError?: string;
  onTotal: (total: number | undefined) => void;
  onQuarters: (quarters: ThemeQuarter[] | undefined) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const [blank, setBlank] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<MessageId | null>(null);
  const period = useMemo(() => periodQuarters(props.period), [props.period]);
  const decimalSeparator = useMemo(() => new Intl.NumberFormat(intl.locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.', [intl.locale]);
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const h = (hours: number) => t('themes.hours', { hours: format.number(hours, { maximumFractionDigits: 2 }) });

  const { total, quarters } = props;
  const stored = quarters !== undefined;
  const rows = stored ? quarterRows(period, quarters) : evenSpread(total ?? 0, period);
  const outside = stored ? quartersOutside(period, quarters) : [];
  const left = total === undefined || !quarters ? 0 : hoursLeft(total, quarters);
  const label = (quarter: string) => {
    const parts = quarterParts(quarter);
    return parts ? t('themes.quarter', parts) : quarter;
  };

  const setQuarter = (quarter: string, value: number | string) => {
    const hours = typeof value === 'number' ? value : 0;
    setBlank((b) => {
      const next = new Set(b);
      if (value === '') next.add(quarter);
      else next.delete(quarter);
      return next;
    });
    setNotice(null);
    props.onQuarters(rows.map((r) => (r.quarter === quarter ? { quarter, hours } : r)));
  };

  const spread = () => {
    setBlank(new Set());
    setNotice('themes.budget.spreadDone');
    props.onQuarters(evenSpread(total ?? 0, period));
  };

  const toEvenSpread = () => {
    setBlank(new Set());
    setNotice('themes.budget.evenDone');
    props.onQuarters(undefined);
  };

  // The words carry the state in the text colour; the icon adds its colour for a glance.
  let balance: { text: string; icon?: 'ok' | 'warn' };
  if (!stored) balance = { text: total === undefined ? t('themes.budget.needTotal') : t('themes.budget.suggested') };
  else if (total === undefined) balance = { text: t('themes.budget.noTotal', { sum: h(quarterSum(quarters)) }) };
  else if (left > 0) balance = { text: t('themes.budget.left', { hours: h(left) }), icon: 'warn' };
  else if (left < 0) balance = { text: t('themes.budget.tooMany', { hours: h(-left) }), icon: 'warn' };
  else balance = { text: t('themes.budget.balanced', { hours: h(total) }), icon: 'ok' };

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} data-budget-editor>
      <Input.Label component="legend">{t('themes.budget.legend')}</Input.Label>
      <Stack gap="xs">
        <NumberInput
          label={t('themes.field.budgetHours')}
          description={t('themes.field.budgetHoursHelp')}
          value={total ?? ''}
          onChange={(v) => props.onTotal(typeof v === 'number' ? v : undefined)}
          min={0}
          step={10}
          decimalScale={2}
          decimalSeparator={decimalSeparator}
          allowNegative={false}
          error={props.totalError}
        />
        {(total !== undefined || stored) && (
          <SimpleGrid cols={{ base: 2, xs: Math.min(4, rows.length) }} spacing="xs" role="group" aria-label={t('themes.budget.quartersLabel')}>
            {rows.map((r) => (
              <NumberInput
                key={r.quarter}
                label={label(r.quarter)}
                value={blank.has(r.quarter) ? '' : r.hours}
                onChange={(v) => setQuarter(r.quarter, v)}
                onBlur={() => setBlank(new Set())}
                min={0}
                step={10}
                decimalScale={2}
                decimalSeparator={decimalSeparator}
                allowNegative={false}
                styles={stored ? undefined : { input: { color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' } }}
                rightSection={<Text size="xs" c="dimmed">{t('themes.hoursUnit')}</Text>}
                data-quarter-input={r.quarter}
              />
            ))}
          </SimpleGrid>
        )}
        <Text size="sm" role="status" fw={balance.icon === 'warn' ? 500 : undefined} data-budget-balance>
          {balance.icon === 'ok' && <IconCheck size={16} aria-hidden color="var(--mantine-color-green-filled)" style={{ verticalAlign: -3, marginInlineEnd: 4 }} />}
          {balance.icon === 'warn' && <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-orange-filled)" style={{ verticalAlign: -3, marginInlineEnd: 4 }} />}
          {balance.text}
          {notice && ` ${t(notice)}`}
        </Text>
        {outside.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('themes.budget.outside', { quarters: intl.formatList(outside.map((q) => `${label(q.quarter)} (${h(q.hours)})`)) })}
          </Text>
        )}
        {props.quartersError && (
          <Text size="sm" c="var(--mantine-color-error)">
            {props.quartersError}
          </Text>
        )}
        {(total !== undefined || stored) && (
          <Group gap="xs">
            {total !== undefined && (
              <Button variant="default" size="xs" onClick={spread}>
                {t('themes.budget.spread')}
              </Button>
            )}
            {stored && (
              <Button variant="subtle" size="xs" onClick={toEvenSpread}>
                {t('themes.budget.useEven')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </fieldset>
  );
}
