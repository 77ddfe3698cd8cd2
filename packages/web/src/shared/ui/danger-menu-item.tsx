import { Menu } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './danger-menu-item.module.css';

/**
 * A menu's delete entry, in red. Mantine's `color="red"` writes it in shade 6, which reads at
 * 3.3:1 on white and 2.3:1 when focused; this one passes 4.5:1 both ways, light and dark.
 */
export function DangerMenuItem(props: { onClick: () => void; children: ReactNode }) {
  return (
    <Menu.Item className={classes.item} leftSection={<IconTrash size={16} aria-hidden />} onClick={props.onClick}>
      {props.children}
    </Menu.Item>
  );
}
