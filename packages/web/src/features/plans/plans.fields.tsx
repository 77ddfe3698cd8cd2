import type { Locale } from '@kurs/core';
import { FORMAT_PATTERNS, LOCALES } from '@kurs/core/browser';
import { Autocomplete, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { LOCALE_NAMES } from '../../i18n/i18n.locale';
import { COMMON_CURRENCIES } from './plans.defaults';

/** Whether a typed currency is an ISO 4217 code ('' is none). */
export function currencyOk(currency: string): boolean {
  return currency === '' || FORMAT_PATTERNS.currency.test(currency);
}

/**
 * A currency: one of the common codes, or any other three-letter ISO 4217 code typed in
 * (written in capitals as it is typed); a code that is not one is said at once.
 */
export function CurrencyField(props: { label: string; value: string; onChange: (value: string) => void; error?: ReactNode; description?: ReactNode }) {
  const intl = useIntl();
  const wrong = !currencyOk(props.value) ? intl.formatMessage({ id: 'plans.fields.currencyInvalid' }) : undefined;
  return (
    <Autocomplete
      label={props.label}
      description={props.description ?? intl.formatMessage({ id: 'plans.fields.currencyHint' })}
      data={COMMON_CURRENCIES}
      value={props.value}
      onChange={(value) => props.onChange(value.trim().toUpperCase())}
      maxLength={3}
      error={props.error ?? wrong}
      w={{ base: '100%', xs: 220 }}
    />
  );
}

/** A plan's language, or a workspace's default one (`optional`: none is a choice). */
export function LocaleField(props: { label: string; value: Locale | null; onChange: (value: Locale | null) => void; optional?: boolean; description?: ReactNode }) {
  const intl = useIntl();
  return (
    <Select
      label={props.label}
      description={props.description}
      data={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
      value={props.value}
      onChange={(value) => props.onChange((value as Locale | null) ?? null)}
      allowDeselect={false}
      clearable={props.optional}
      clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'plans.fields.clearLocale' }) }}
      placeholder={props.optional ? intl.formatMessage({ id: 'plans.fields.noLocale' }) : undefined}
      w={{ base: '100%', xs: 220 }}
    />
  );
}
