import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

/**
 * Mantine's Modal with two accessibility gaps closed: its <header> would be a second banner
 * landmark beside the app's header, and its close button has no name.
 */
export function AppModal(props: { opened: boolean; onClose: () => void; title: ReactNode; size?: MantineSize; children: ReactNode }) {
  const intl = useIntl();
  return (
    <Modal.Root opened={props.opened} onClose={props.onClose} size={props.size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={650} fz="lg">
            {props.title}
          </Modal.Title>
          <Modal.CloseButton aria-label={intl.formatMessage({ id: 'common.close' })} />
        </Modal.Header>
        <Modal.Body>{props.children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
