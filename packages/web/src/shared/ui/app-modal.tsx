import { Button, Group, Modal, Stack, Text, type MantineSize } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { withMember } from '../sets';

/*
 * Modals, and the one place that asks before typed input is dropped by closing what holds it.
 * A form tells the scope around it (an AppModal, or a DiscardScope around an editor on a page)
 * that it holds unsaved input by rendering <UnsavedGuard when={dirty} />; Escape, the X, a click
 * outside and the form's own Cancel (through useAskBeforeDiscard) then ask first.
 */

interface Scope {
  /** One part of the scope holds unsaved input, or no longer does. */
  report(key: string, unsaved: boolean): void;
  /** Runs `drop` (which throws the scope's input away) at once, or after asking when some is unsaved. */
  ask(drop: () => void): void;
}

const DiscardContext = createContext<Scope | null>(null);
/** An AppModal hears from the AppModals opened inside it: while one is open, Escape is theirs. */
const NestedContext = createContext<((key: string, open: boolean) => void) | null>(null);

/** Marks the scope around as holding unsaved input while `unsaved` is true (UnsavedGuard calls it). */
export function useReportUnsaved(unsaved: boolean): void {
  const scope = useContext(DiscardContext);
  const key = useId();
  useEffect(() => {
    scope?.report(key, unsaved);
    return () => scope?.report(key, false);
  }, [scope, key, unsaved]);
}

/** For a form's Cancel: runs the action, after "Discard your changes?" when the form holds unsaved input. */
export function useAskBeforeDiscard(): (drop: () => void) => void {
  const scope = useContext(DiscardContext);
  return useCallback((drop: () => void) => (scope ? scope.ask(drop) : drop()), [scope]);
}

function useDiscardScope() {
  const unsaved = useRef(new Set<string>());
  const [pending, setPending] = useState<{ drop: () => void } | null>(null);
  const scope = useMemo<Scope>(
    () => ({
      report: (key, isUnsaved) => void (isUnsaved ? unsaved.current.add(key) : unsaved.current.delete(key)),
      // The question opens once the event that asked is over: a modal hears Escape on the window,
      // and the question, opened in the middle of that keydown, would take it as its own and close.
      ask: (drop) => (unsaved.current.size === 0 ? drop() : setTimeout(() => setPending({ drop }))),
    }),
    [],
  );
  const question = (
    <DiscardQuestion
      opened={pending !== null}
      onKeep={() => setPending(null)}
      onDiscard={() => {
        setPending(null);
        pending?.drop();
      }}
    />
  );
  return { scope, asking: pending !== null, question };
}

/** Around an editor that is not in a modal (the review editor, a text edited in place): its Cancel asks first too. */
export function DiscardScope(props: { children: ReactNode }) {
  const { scope, question } = useDiscardScope();
  return (
    <DiscardContext.Provider value={scope}>
      {props.children}
      {question}
    </DiscardContext.Provider>
  );
}

/**
 * Mantine's Modal with two accessibility gaps closed: its <header> would be a second banner
 * landmark beside the app's header, and its close button has no name. A form inside that holds
 * unsaved input makes every way of closing it ask first.
 */
export function AppModal(props: { opened: boolean; onClose: () => void; title: ReactNode; size?: MantineSize; children: ReactNode }) {
  const { scope, asking, question } = useDiscardScope();
  const [openInside, setOpenInside] = useState<ReadonlySet<string>>(new Set());
  const nested = useCallback((key: string, open: boolean) => setOpenInside((keys) => withMember(keys, key, open)), []);
  const parent = useContext(NestedContext);
  const key = useId();
  useEffect(() => {
    parent?.(key, props.opened);
    return () => parent?.(key, false);
  }, [parent, key, props.opened]);

  return (
    <ModalFrame opened={props.opened} onClose={() => scope.ask(props.onClose)} title={props.title} size={props.size} closeOnEscape={!asking && openInside.size === 0}>
      <NestedContext.Provider value={nested}>
        <DiscardContext.Provider value={scope}>{props.children}</DiscardContext.Provider>
      </NestedContext.Provider>
      {question}
    </ModalFrame>
  );
}

function ModalFrame(props: { opened: boolean; onClose: () => void; title: ReactNode; size?: MantineSize; closeOnEscape?: boolean; children: ReactNode }) {
  const intl = useIntl();
  return (
    <Modal.Root opened={props.opened} onClose={props.onClose} size={props.size} closeOnEscape={props.closeOnEscape}>
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

function DiscardQuestion(props: { opened: boolean; onKeep: () => void; onDiscard: () => void }) {
  const intl = useIntl();
  return (
    <ModalFrame opened={props.opened} onClose={props.onKeep} title={intl.formatMessage({ id: 'unsaved.discard.title' })}>
      <Stack gap="md">
        <Text size="sm">{intl.formatMessage({ id: 'unsaved.discard.body' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onKeep} data-autofocus>
            {intl.formatMessage({ id: 'unsaved.discard.keep' })}
          </Button>
          <Button color="red" onClick={props.onDiscard}>
            {intl.formatMessage({ id: 'unsaved.discard.confirm' })}
          </Button>
        </Group>
      </Stack>
    </ModalFrame>
  );
}
