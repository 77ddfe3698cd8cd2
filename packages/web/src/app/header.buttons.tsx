import { ActionIcon, Input, Text, useMantineColorScheme, VisuallyHidden, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconLanguage, IconMoon, IconSelector, IconSun, type Icon } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useIntl } from 'react-intl';
import { LOCALE_NAMES } from '../i18n/i18n.locale';
import { useLocale } from '../i18n/i18n.provider';

/*
 * The buttons of the header's menus, without the menus: the menus use them as their targets,
 * and the header shows them alone until the menus' code is in (header.deferred.tsx).
 */

type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'color' | 'style'>;

export function useLanguageLabel(): string {
  const { locale } = useLocale();
  return useIntl().formatMessage({ id: 'header.language' }, { language: LOCALE_NAMES[locale] });
}

export function LanguageButton(props: ButtonProps) {
  return (
    <ActionIcon variant="default" size="lg" aria-label={useLanguageLabel()} {...props}>
      <IconLanguage size={20} aria-hidden />
    </ActionIcon>
  );
}

export const COLOR_SCHEMES: { value: MantineColorScheme; icon: Icon; label: 'colorScheme.light' | 'colorScheme.dark' | 'colorScheme.auto' }[] = [
  { value: 'light', icon: IconSun, label: 'colorScheme.light' },
  { value: 'dark', icon: IconMoon, label: 'colorScheme.dark' },
  { value: 'auto', icon: IconDeviceDesktop, label: 'colorScheme.auto' },
];

/** The scheme chosen (light, dark, or the system's), and the button's label that names it. */
export function useColorSchemeChoice() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const intl = useIntl();
  const current = COLOR_SCHEMES.find((scheme) => scheme.value === colorScheme) ?? COLOR_SCHEMES[2];
  const label = intl.formatMessage({ id: 'header.colorScheme' }, { scheme: intl.formatMessage({ id: current.label }) });
  return { colorScheme, setColorScheme, current, label };
}

export function ColorSchemeButton(props: ButtonProps) {
  const { current, label } = useColorSchemeChoice();
  const CurrentIcon = current.icon;
  return (
    <ActionIcon variant="default" size="lg" aria-label={label} {...props}>
      <CurrentIcon size={20} aria-hidden />
    </ActionIcon>
  );
}

export const SWITCHER_WIDTH = { workspace: 200, plan: 240 };

/** A switcher's searchable select as it looks closed: its label and the chosen item's name. */
export function SwitcherStandIn(props: ButtonProps & { label: string; placeholder: string; value: string | undefined; w: number | string }) {
  const { label, placeholder, value, w, ...handlers } = props;
  return (
    <Input
      component="button"
      type="button"
      aria-haspopup="listbox"
      w={w}
      rightSection={<IconSelector size={16} aria-hidden />}
      rightSectionPointerEvents="none"
      pointer
      styles={{ input: { textAlign: 'start', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }}
      {...handlers}
    >
      {/* Its name holds the text it shows (the select's label is not visible). */}
      <VisuallyHidden>{label}: </VisuallyHidden>
      {/* Not Input.Placeholder: as text in a button its light grey fails the contrast a real input's placeholder is spared. */}
      {value ?? <Text span inherit c="light-dark(var(--mantine-color-gray-7), var(--mantine-color-dark-1))">{placeholder}</Text>}
    </Input>
  );
}
