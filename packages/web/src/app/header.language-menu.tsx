import { Menu, Tooltip } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { APP_LOCALES, LOCALE_NAMES } from '../i18n/i18n.locale';
import { useLocale } from '../i18n/i18n.provider';
import { LanguageButton, useLanguageLabel } from './header.buttons';
import { type Handover, useHandoverFocus } from './header.deferred';

export function LanguageMenu(props: { handover?: Handover }) {
  const { locale, setLocale } = useLocale();
  const label = useLanguageLabel();
  const ref = useHandoverFocus<HTMLButtonElement>(props.handover);
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={props.handover?.opened}>
      <Menu.Target>
        <Tooltip label={label} openDelay={400}>
          <LanguageButton ref={ref} />
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
