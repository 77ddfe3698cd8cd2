import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { APP_LOCALES, LOCALE_NAMES } from '../i18n/i18n.locale';
import { useLocale } from '../i18n/i18n.provider';

export function LanguageMenu() {
  const { locale, setLocale } = useLocale();
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'header.language' }, { language: LOCALE_NAMES[locale] });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={label} openDelay={400}>
          <ActionIcon variant="default" size="lg" aria-label={label}>
            <IconLanguage size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {APP_LOCALES.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            onClick={() => void setLocale(option)}
            rightSection={option === locale ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={option === locale ? 'true' : undefined}
          >
            {LOCALE_NAMES[option]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
