import { Alert, ColorSwatch, Input, Text, TextInput } from '@mantine/core';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { useFormat } from '../../i18n/i18n.hooks';
import { textOn } from '../roadmap/roadmap.palette';
import classes from './themes.module.css';
import { barTextContrast, isHexColour, READABLE_CONTRAST, SWATCHES, swatchOf } from './themes.swatches';

export interface ColorChoice {
  /** The colour the theme stores: undefined for the automatic one; while `custom`, what is typed. */
  color: string | undefined;
  /** The user writes the colour (#rrggbb) instead of taking a swatch. */
  custom: boolean;
}

/** Where a stored colour is shown: on its swatch, or written out as a custom one. */
export function choiceOf(color: string | undefined): ColorChoice {
  return { color, custom: color !== undefined && !swatchOf(color) };
}

/** What is wrong with a choice before it is saved: a custom colour not written #rrggbb. */
export function colorProblem(choice: ColorChoice): MessageId | null {
  if (!choice.custom) return null;
  if (!choice.color?.trim()) return 'themes.color.customMissing';
  return isHexColour(choice.color.trim()) ? null : 'themes.color.customInvalid';
}

/**
 * The theme's colour as a radio group: "Automatic" (the palette colour for the theme's place in
 * the list, stored as no colour), the swatches, and "Custom" with a #rrggbb field that warns
 * when bar labels would be hard to read on it. Arrow keys move between the options and choose,
 * as in any radio group; Space and Enter choose the one with the focus.
 */
export function ColorPicker(props: { choice: ColorChoice; autoColor: string; error?: string; showProblem: boolean; onChange: (choice: ColorChoice) => void }) {
  const intl = useIntl();
  const format = useFormat();
  const group = useId();
  // A half-typed colour is not wrong yet: it is pointed out once the field is left, or at Save.
  const [left, setLeft] = useState(false);
  const t = (id: MessageId, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const { choice } = props;
  const swatch = choice.custom ? undefined : swatchOf(choice.color);
  const selected = choice.custom ? 'custom' : choice.color === undefined ? 'auto' : (swatch?.name ?? 'custom');
  const typed = choice.custom ? (choice.color ?? '') : '';
  const problem = colorProblem(choice);
  const contrast = choice.custom && isHexColour(typed.trim()) ? barTextContrast(typed.trim()) : null;

  const chosenName =
    selected === 'auto' ? t('themes.color.auto') : selected === 'custom' ? t('themes.color.custom') : t(`themes.color.swatch.${selected}` as MessageId);

  // Enter would send the form; in the group it chooses, as Space does.
  const enterChooses = (choose: () => void) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    choose();
  };

  const option = (key: string, label: string, face: ReactNode, choose: () => void) => (
    <label key={key} className={classes.swatch} title={label}>
      <input
        type="radio"
        name={group}
        value={key}
        className={classes.swatchInput}
        checked={selected === key}
        onChange={choose}
        onKeyDown={enterChooses(choose)}
        aria-label={label}
        data-swatch={key}
      />
      {face}
    </label>
  );

  const check = (on: string) => <IconCheck size={16} stroke={3} color={textOn(on)} aria-hidden />;

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} aria-describedby={`${group}-help`}>
      <Input.Label component="legend">{t('themes.field.color')}</Input.Label>
      <Input.Description id={`${group}-help`}>{t('themes.color.help')}</Input.Description>
      <div className={classes.swatches}>
        {option(
          'auto',
          t('themes.color.autoNamed'),
          <span className={`${classes.face} ${classes.named}`}>
            <span className={classes.dot} style={{ background: props.autoColor }}>
              {selected === 'auto' && check(props.autoColor)}
            </span>
            {t('themes.color.auto')}
          </span>,
          () => props.onChange({ color: undefined, custom: false }),
        )}
        {SWATCHES.map((s) =>
          option(
            s.name,
            t(`themes.color.swatch.${s.name}` as MessageId),
            <span className={classes.face} style={{ background: s.color, borderColor: s.color }}>
              {selected === s.name && check(s.color)}
            </span>,
            () => props.onChange({ color: s.color, custom: false }),
          ),
        )}
        {option(
          'custom',
          t('themes.color.custom'),
          <span className={`${classes.face} ${classes.named}`}>
            <span className={classes.dot} style={{ background: contrast !== null ? typed.trim() : 'transparent' }}>
              {selected === 'custom' && contrast !== null ? check(typed.trim()) : <IconPencil size={16} aria-hidden />}
            </span>
            {t('themes.color.custom')}
          </span>,
          () => props.onChange({ color: choice.custom ? choice.color : (choice.color ?? props.autoColor), custom: true }),
        )}
      </div>
      <Text size="sm" mt={6}>
        {t('themes.color.chosen', { name: chosenName })}
        {selected === 'auto' && ` · ${t('themes.color.autoHelp')}`}
      </Text>
      {choice.custom && (
        <TextInput
          mt="xs"
          label={t('themes.color.customLabel')}
          description={t('themes.color.customHelp')}
          placeholder="#2f6fdf"
          value={typed}
          onChange={(e) => props.onChange({ color: e.currentTarget.value, custom: true })}
          onBlur={() => setLeft(true)}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          leftSection={<ColorSwatch color={contrast !== null ? typed.trim() : 'transparent'} size={18} withShadow={false} aria-hidden />}
          error={props.error ?? ((left || props.showProblem) && problem ? t(problem) : undefined)}
          data-color-input
        />
      )}
      {contrast !== null && contrast < READABLE_CONTRAST && (
        <Alert variant="light" color="yellow" mt="xs" title={t('themes.color.lowContrastTitle')}>
          {t('themes.color.lowContrast', { ratio: format.number(contrast, { maximumFractionDigits: 1 }), needed: format.number(READABLE_CONTRAST) })}
        </Alert>
      )}
    </fieldset>
  );
}
