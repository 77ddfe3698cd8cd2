import type { Locale } from '@kurs/core';
import { formatIsoDate, formatTypedDate, monthName, parseTypedDate, type TypedDate } from '@kurs/core/browser';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import 'dayjs/locale/da';
import 'dayjs/locale/nb';
import 'dayjs/locale/sv';
import '@mantine/dates/styles.css';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { useLocale } from '../../i18n/i18n.provider';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type' | 'rightSection'> {
  /** The date as YYYY-MM-DD, '' for none. */
  value: string;
  /** Called with YYYY-MM-DD, or '' when the field is emptied, once the typed text is read (blur, Enter, calendar). */
  onChange: (value: string) => void;
  minDate?: string;
  maxDate?: string;
  /** Enter pressed on a date that reads (or on an empty field): the date, YYYY-MM-DD or ''. */
  onEnter?: (value: string) => void;
}

export type Refusal = Exclude<TypedDate, { ok: true }>;

/**
 * A date typed in the reader's way (31.3.2027, 2027-03-31, 31 Mar 2027) or picked from a
 * calendar. What is typed is read when the field is left or Enter is pressed; a text that is
 * no date stays in the field with the reason beside it, and the form it is in is not submitted
 * until it is fixed, so no other date is saved in its place.
 */
export function DateField(props: DateFieldProps) {
  const { value, onChange, minDate, maxDate, onEnter, error, ...inputProps } = props;
  const intl = useIntl();
  const { locale } = useLocale();
  const shown = value ? formatTypedDate(value, locale) : '';
  const [text, setText] = useState(shown);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [calendar, setCalendar] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // A new value from outside (a reload, the calendar, another language) replaces what is shown.
  const [synced, setSynced] = useState({ value, locale });
  if (synced.value !== value || synced.locale !== locale) {
    setSynced({ value, locale });
    setText(shown);
    setRefusal(null);
  }

  const read = (typed: string): TypedDate => (typed.trim() === '' ? { ok: true, date: '' } : parseTypedDate(typed, locale));

  const commit = (): TypedDate => {
    const result = read(text);
    if (!result.ok) {
      setRefusal(result);
      return result;
    }
    setRefusal(null);
    setText(result.date ? formatTypedDate(result.date, locale) : '');
    if (result.date !== value) onChange(result.date);
    return result;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter submits the form only once the field holds the date that was typed.
    const result = read(text);
    if (!(result.ok && result.date === value && !refusal)) {
      event.preventDefault();
      commit();
    }
    if (result.ok) onEnter?.(result.date);
  };

  // The form waits while the field holds a text that is not a date.
  const refused = useRef(false);
  refused.current = refusal !== null;
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hold = (event: SubmitEvent) => {
      if (!refused.current) return;
      event.preventDefault();
      event.stopPropagation();
      input.current?.focus();
    };
    form.addEventListener('submit', hold);
    return () => form.removeEventListener('submit', hold);
  }, []);

  const pick = (date: string | null) => {
    setCalendar(false);
    setRefusal(null);
    setText(date ? formatTypedDate(date, locale) : '');
    if ((date ?? '') !== value) onChange(date ?? '');
  };

  const locked = inputProps.disabled || inputProps.readOnly;
  return (
    <TextInput
      placeholder={intl.formatMessage({ id: 'dateField.placeholder' })}
      autoComplete="off"
      {...inputProps}
      ref={input}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={(event) => {
        commit();
        inputProps.onBlur?.(event);
      }}
      onKeyDown={(event) => {
        onKeyDown(event);
        inputProps.onKeyDown?.(event);
      }}
      error={refusal ? refusalMessage(intl, locale, text.trim(), refusal) : error}
      rightSectionPointerEvents="all"
      rightSection={
        locked ? null : (
          <Popover opened={calendar} onChange={setCalendar} position="bottom-end" trapFocus returnFocus shadow="md" withinPortal>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => setCalendar((open) => !open)}
                aria-label={intl.formatMessage({ id: 'dateField.openCalendar' })}
                aria-expanded={calendar}
              >
                <IconCalendar size={18} stroke={1.6} aria-hidden />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'en' ? 0 : 1 }}>
                <DatePicker
                  value={value || null}
                  defaultDate={value || undefined}
                  onChange={pick}
                  minDate={minDate}
                  maxDate={maxDate}
                  allowDeselect={!inputProps.required}
                  ariaLabels={{
                    previousMonth: intl.formatMessage({ id: 'dateField.previousMonth' }),
                    nextMonth: intl.formatMessage({ id: 'dateField.nextMonth' }),
                    previousYear: intl.formatMessage({ id: 'dateField.previousYear' }),
                    nextYear: intl.formatMessage({ id: 'dateField.nextYear' }),
                    previousDecade: intl.formatMessage({ id: 'dateField.previousDecade' }),
                    nextDecade: intl.formatMessage({ id: 'dateField.nextDecade' }),
                  }}
                  // Weekends in red fall short of the contrast text needs; a plan's dates are working days and others alike.
                  weekendDays={[]}
                />
              </DatesProvider>
            </Popover.Dropdown>
          </Popover>
        )
      }
    />
  );
}

/** Why a typed text is no date, in the reader's words (also for InlineCell's dates). */
export function refusalMessage(intl: IntlShape, locale: Locale, text: string, refusal: Refusal): string {
  switch (refusal.code) {
    case 'no_such_day':
      return intl.formatMessage(
        { id: 'dateField.noSuchDay' },
        { day: String(refusal.day), month: monthName(refusal.month, locale), year: String(refusal.year), days: refusal.daysInMonth },
      );
    case 'ambiguous':
      return intl.formatMessage(
        { id: 'dateField.ambiguous' },
        {
          text,
          dayFirst: formatIsoDate(locale, refusal.dayFirst),
          monthFirst: formatIsoDate(locale, refusal.monthFirst),
          example: formatTypedDate(refusal.dayFirst, locale),
          iso: refusal.dayFirst,
        },
      );
    default:
      return intl.formatMessage({ id: 'dateField.notADate' });
  }
}
