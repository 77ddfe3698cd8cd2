import { UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { isMoveKey } from './activities.board';
import classes from './activities.board.module.css';

/** How far the pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 5;

/** The element carrying `attribute` under a point of the page, the card being dragged aside. */
export function dropTargetAt(x: number, y: number, attribute: string): HTMLElement | null {
  for (const element of document.elementsFromPoint(x, y)) {
    if (element instanceof HTMLElement && element.hasAttribute(attribute)) return element;
  }
  return null;
}

export interface BoardCardProps {
  id: string;
  children: ReactNode;
  /** Read after the visible text, for screen readers: where the card sits now. */
  description: string;
  /** A card shows its text; a chip is a small coloured dot with a number on a chart. */
  variant?: 'card' | 'chip';
  color?: string;
  busy: boolean;
  /** False for someone who may only read the plan: the card then only opens. */
  movable: boolean;
  onKeyMove: (key: string) => void;
  onDrop: (x: number, y: number) => void;
  onOpen: () => void;
  onFocusChange: (id: string | null) => void;
}

/**
 * A card that moves by mouse, pen or touch (drag it and let go) and by keyboard (arrow keys
 * while it has focus). Enter or a click opens the activity.
 */
export function BoardCard(props: BoardCardProps) {
  const start = useRef<{ x: number; y: number; dragging: boolean } | null>(null);
  const dropped = useRef(false);
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0 || props.busy || !props.movable) return;
    start.current = { x: event.clientX, y: event.clientY, dragging: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const s = start.current;
    if (!s) return;
    const dx = event.clientX - s.x;
    const dy = event.clientY - s.y;
    if (!s.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    s.dragging = true;
    setOffset({ dx, dy });
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const s = start.current;
    start.current = null;
    setOffset(null);
    if (s?.dragging) {
      dropped.current = true;
      props.onDrop(event.clientX, event.clientY);
    }
  };
  const onPointerCancel = () => {
    start.current = null;
    setOffset(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!props.movable || !isMoveKey(event.key)) return;
    event.preventDefault();
    if (!props.busy) props.onKeyMove(event.key);
  };
  const onClick = () => {
    // The click that ends a drag is not a request to open the card.
    if (dropped.current) dropped.current = false;
    else props.onOpen();
  };

  return (
    <UnstyledButton
      className={props.variant === 'chip' ? `${classes.card} ${classes.chip}` : classes.card}
      data-card={props.id}
      data-dragging={offset !== null || undefined}
      aria-busy={props.busy || undefined}
      aria-keyshortcuts={props.movable ? 'ArrowUp ArrowDown ArrowLeft ArrowRight' : undefined}
      style={{
        cursor: props.movable ? undefined : 'pointer',
        ...(props.variant === 'chip' ? { background: props.color, borderColor: props.color } : { borderInlineStartColor: props.color }),
        transform: offset ? `translate(${offset.dx}px, ${offset.dy}px)` : undefined,
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={() => props.onFocusChange(props.id)}
      onBlur={(event) => {
        // Focus that moves elsewhere ends the tracking; focus lost because the card moved to another cell does not.
        if (event.relatedTarget) props.onFocusChange(null);
      }}
    >
      {props.children}
      <VisuallyHidden>{`. ${props.description}`}</VisuallyHidden>
    </UnstyledButton>
  );
}
