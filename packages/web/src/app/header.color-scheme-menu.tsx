import { Menu, Tooltip } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { COLOR_SCHEMES, ColorSchemeButton, useColorSchemeChoice } from './header.buttons';
import { type Handover, useHandoverFocus } from './header.deferred';

/** Light, dark, or whatever the system says; Mantine remembers the choice in localStorage. */
export function ColorSchemeMenu(props: { handover?: Handover }) {
  const { colorScheme, setColorScheme, label } = useColorSchemeChoice();
  const intl = useIntl();
  const ref = useHandoverFocus<HTMLButtonElement>(props.handover);
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={props.handover?.opened}>
      <Menu.Target>
        <Tooltip label={label} openDelay={400}>
          <ColorSchemeButton ref={ref} />
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {COLOR_SCHEMES.map(({ value, icon: SchemeIcon, label: message }) => (
          <Menu.Item
            key={value}
            leftSection={<SchemeIcon size={16} aria-hidden />}
            rightSection={value === colorScheme ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={value === colorScheme ? 'true' : undefined}
            onClick={() => setColorScheme(value)}
          >
            {intl.formatMessage({ id: message })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
