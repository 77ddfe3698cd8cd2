import { ActionIcon, Menu, Tooltip, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun, type Icon } from '@tabler/icons-react';
import { useIntl } from 'react-intl';

const SCHEMES: { value: MantineColorScheme; icon: Icon; label: 'colorScheme.light' | 'colorScheme.dark' | 'colorScheme.auto' }[] = [
  { value: 'light', icon: IconSun, label: 'colorScheme.light' },
  { value: 'dark', icon: IconMoon, label: 'colorScheme.dark' },
  { value: 'auto', icon: IconDeviceDesktop, label: 'colorScheme.auto' },
];

/** Light, dark, or whatever the system says; Mantine remembers the choice in localStorage. */
export function ColorSchemeMenu() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const intl = useIntl();
  const current = SCHEMES.find((scheme) => scheme.value === colorScheme) ?? SCHEMES[2];
  const label = intl.formatMessage({ id: 'header.colorScheme' }, { scheme: intl.formatMessage({ id: current.label }) });
  const CurrentIcon = current.icon;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={label} openDelay={400}>
          <ActionIcon variant="default" size="lg" aria-label={label}>
            <CurrentIcon size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {SCHEMES.map(({ value, icon: SchemeIcon, label: message }) => (
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
