import { toDayNumber } from '@kurs/core/browser';
import { useMemo, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { daysFor, dragModeAt, shiftDates, type Dates, type DragMode } from './roadmap.drag';
import type { Drawing } from './roadmap.drawing';
import type { BarBox } from './roadmap.layout';

interface DragOptions {
  drawing: Drawing;
  bodyRef: RefObject<SVGSVGElement | null>;
  tipRef: RefObject<SVGGElement | null>;
  editable: boolean;
  formatRange(dates: Dates): string;
  onChange(id: string, dates: Dates, source: 'pointer'): void;
  onOpen(id: string): void;
}

interface DragState {
  box: BarBox;
  element: SVGGElement;
  rect: SVGRectElement;
  mode: DragMode;
  originX: number;
  dates: Dates;
  days: number;
  moved: boolean;
  frame: number;
}

/** A press that moves less than this is a click (it opens the details). */
const CLICK_SLOP_PX = 4;
const TIP_CHAR_PX = 6.3;

/**
 * Mouse and pen gestures on the bars: press and drag the middle to move, an end to resize,
 * snapping to whole days; a click opens the details. While dragging only the bar's own
 * attributes change, once per animation frame; the change goes to `onChange` on release.
 * Touch keeps scrolling the timeline (a tap opens the details; the keyboard and the details
 * are the way to change dates on a phone).
 */
export function useBarDrag(options: DragOptions) {
  const latest = useRef(options);
  latest.current = options;
  const state = useRef<DragState | null>(null);
  const hovered = useRef<string | null>(null);

  return useMemo(() => {
    const geometryOf = (dates: Dates) => {
      const { scale } = latest.current.drawing;
      const x = scale.x(toDayNumber(dates.start));
      return { x, right: scale.x(toDayNumber(dates.end) + 1), width: Math.max(2, scale.x(toDayNumber(dates.end) + 1) - x - 1) };
    };

    const showTip = (box: BarBox, dates: Dates) => {
      const tip = latest.current.tipRef.current;
      if (!tip) return;
      const text = `${box.bar.title} · ${latest.current.formatRange(dates)}`;
      const width = text.length * TIP_CHAR_PX + 12;
      const { x } = geometryOf(dates);
      const { scale, layout } = latest.current.drawing;
      const top = box.y >= 26 ? box.y - 24 : box.y + layout.geometry.barHeight + 4;
      const left = Math.max(0, Math.min(x, scale.width - width));
      tip.setAttribute('transform', `translate(${left},${top})`);
      tip.firstElementChild!.setAttribute('width', String(width));
      tip.lastElementChild!.textContent = text;
      tip.setAttribute('visibility', 'visible');
    };

    const hideTip = () => {
      hovered.current = null;
      latest.current.tipRef.current?.setAttribute('visibility', 'hidden');
    };

    const place = (drag: DragState, dates: Dates) => {
      const { x, width } = geometryOf(dates);
      drag.element.setAttribute('transform', `translate(${x},${drag.box.y})`);
      drag.rect.setAttribute('width', String(width));
    };

    const datesAfter = (drag: DragState) => {
      const { scale } = latest.current.drawing;
      return shiftDates(drag.dates, drag.mode, drag.days, scale.startDay, scale.endDay - 1);
    };

    const paint = () => {
      const drag = state.current;
      if (!drag) return;
      drag.frame = 0;
      const dates = datesAfter(drag);
      place(drag, dates);
      showTip(drag.box, dates);
    };

    const cancel = () => {
      const drag = state.current;
      if (!drag) return;
      state.current = null;
      cancelAnimationFrame(drag.frame);
      place(drag, drag.dates);
      hideTip();
    };

    const barAt = (target: EventTarget | null) => {
      const element = (target as Element | null)?.closest?.<SVGGElement>('[data-bar]');
      const box = element ? latest.current.drawing.layout.byId.get(element.dataset.bar!) : undefined;
      return element && box ? { element, box } : null;
    };

    const pointerX = (event: PointerEvent<SVGSVGElement>) => event.clientX - event.currentTarget.getBoundingClientRect().left;

    const hover = (event: PointerEvent<SVGSVGElement>) => {
      const hit = barAt(event.target);
      if (!hit) {
        if (hovered.current) hideTip();
        return;
      }
      const dates = latest.current.drawing.datesOf(hit.box);
      if (latest.current.editable && event.pointerType !== 'touch') {
        const { x, right } = geometryOf(dates);
        hit.element.style.cursor = dragModeAt(pointerX(event), x, right) === 'move' ? '' : 'ew-resize';
      }
      if (hovered.current === hit.box.bar.id) return;
      hovered.current = hit.box.bar.id;
      showTip(hit.box, dates);
    };

    return {
      handlers: {
        onPointerDown(event: PointerEvent<SVGSVGElement>) {
          if (event.button !== 0) return;
          const hit = barAt(event.target);
          if (!hit) return;
          const dates = latest.current.drawing.datesOf(hit.box);
          const { x, right } = geometryOf(dates);
          state.current = {
            box: hit.box,
            element: hit.element,
            rect: hit.element.querySelector('rect')!,
            mode: dragModeAt(pointerX(event), x, right),
            originX: event.clientX,
            dates,
            days: 0,
            moved: false,
            frame: 0,
          };
          // Touch scrolls; it does not drag.
          if (event.pointerType !== 'touch') event.currentTarget.setPointerCapture(event.pointerId);
        },
        onPointerMove(event: PointerEvent<SVGSVGElement>) {
          const drag = state.current;
          if (!drag) return hover(event);
          const dx = event.clientX - drag.originX;
          if (!drag.moved && Math.abs(dx) < CLICK_SLOP_PX) return;
          drag.moved = true;
          if (!latest.current.editable || event.pointerType === 'touch') return;
          const days = daysFor(dx, latest.current.drawing.scale.pxPerDay);
          if (days === drag.days) return;
          drag.days = days;
          if (!drag.frame) drag.frame = requestAnimationFrame(paint);
        },
        onPointerUp() {
          const drag = state.current;
          if (!drag) return;
          if (!drag.moved) {
            state.current = null;
            latest.current.onOpen(drag.box.bar.id);
            return;
          }
          const dates = datesAfter(drag);
          if (!latest.current.editable || (dates.start === drag.dates.start && dates.end === drag.dates.end)) return cancel();
          state.current = null;
          cancelAnimationFrame(drag.frame);
          hideTip();
          latest.current.onChange(drag.box.bar.id, dates, 'pointer');
        },
        onPointerCancel: cancel,
        onPointerLeave() {
          if (!state.current) hideTip();
        },
      },
      /** Escape drops a drag in progress; true when the key was used. */
      onKeyDown(event: KeyboardEvent<SVGSVGElement>): boolean {
        if (event.key !== 'Escape' || !state.current) return false;
        event.preventDefault();
        cancel();
        return true;
      },
    };
  }, []);
}
