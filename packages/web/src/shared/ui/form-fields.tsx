import { Button, Fieldset, type ButtonProps } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useAskBeforeDiscard } from './app-modal';

// Disabled fields are drawn in a faint grey; a reader's fields are information, in the text colour.
const READABLE = { '--mantine-color-disabled-color': 'var(--mantine-color-text)' } as CSSProperties;

/**
 * A form's fields; for someone who may only read them (`readOnly`), the same fields disabled,
 * so nothing can be typed or chosen, yet they read as plainly as the rest of the page.
 */
export function FormFields(props: { readOnly: boolean; children: ReactNode }) {
  return (
    <Fieldset disabled={props.readOnly} variant="unstyled" p={0} m={0} style={props.readOnly ? READABLE : undefined}>
      {props.children}
    </Fieldset>
  );
}

/**
 * A form's Cancel: inside an AppModal or a DiscardScope whose form holds unsaved input
 * (an UnsavedGuard that is on), it asks "Discard your changes?" before `onClick` drops them.
 */
export function CancelButton(props: Omit<ButtonProps, 'onClick'> & { onClick: () => void; children: ReactNode }) {
  const askBeforeDiscard = useAskBeforeDiscard();
  const { onClick, ...rest } = props;
  return <Button variant="default" {...rest} onClick={() => askBeforeDiscard(onClick)} />;
}
