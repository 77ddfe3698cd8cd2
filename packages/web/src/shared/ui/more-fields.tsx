import { Box, Button, Collapse, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';

/**
 * The less used fields of a long form, folded away under a "More" button. It starts open when
 * a field inside holds a value (nothing filled in is hidden) and opens by itself when one gets
 * an error or the focus of a fix link (`open`), so nothing that needs the user is out of sight.
 * `summary` names what is inside, for the user deciding whether to open it.
 */
export function MoreFields(props: { label: string; summary: string; initiallyOpen: boolean; open: boolean; children: ReactNode }) {
  const [chosen, setChosen] = useState(props.initiallyOpen);
  const id = useId();
  const expanded = chosen || props.open;
  return (
    <Box>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setChosen(!expanded)}
        rightSection={<IconChevronDown size={14} aria-hidden style={{ transform: expanded ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />}
      >
        {props.label}
      </Button>
      {!expanded && (
        <Text size="xs" c="dimmed" px={4}>
          {props.summary}
        </Text>
      )}
      <Collapse expanded={expanded} id={id}>
        <Box pt="sm">{props.children}</Box>
      </Collapse>
    </Box>
  );
}
