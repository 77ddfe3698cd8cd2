import { fromDayNumber, toDayNumber } from '@kurs/core/browser';
import { useMemo, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { daysFor, dragModeAt, shiftDates, type Dates, type DragMode } from './roadmap.drag';
import type { Drawing } from './roadmap.drawing';
import type { Dated } from './roadmap.editing';
import { laneAt, type BarBox, type MilestoneSpot } from './roadmap.layout';

interface DragOptions {
  drawing: Drawing;
  bodyRef: RefObject<SVGSVGElement | null>;
  tipRef: RefObject<SVGGElement | null>;
  editable: boolean;
  /** Every milestone on the timeline by id. */
  milestones: ReadonlyMap<string, MilestoneSpot>;
  formatRange(dates: Dates): string;
  /** The tip over empty space: what a click there adds. */
  addTip(date: string): string;
  onChange(kind: Dated, id: string, dates: Dates, source: 'pointer'): void;
  onOpen(id: string): void;
  onOpenMilestone(id: string): void;
  /** A click on a lane's empty space: a new milestone on that day, in that lane's theme. */
  onAdd(date: string, theme: string | null): void;
}

/** What a press took hold of. */
type Held =
  | { kind: 'bar'; box: BarBox; element: SVGGElement; rect: SVGRectElement; mode: DragMode; dates: Dates }
  | { kind: 'milestone'; spot: MilestoneSpot; element: SVGGElement; dates: Dates }
  | { kind: 'space'; date: string; theme: string | null };

interface DragState {
  held: Held;
  originX: number;
  days: number;
  moved: boolean;
  frame: number;
}

/** A press that moves less than this is a click (it opens the details). */
const CLICK_SLOP_PX = 4;
const TIP_CHAR_PX = 6.3;
const TIP_HEIGHT = 20;

/**
 * Mouse and pen gestures on the timeline: press and drag the middle of a bar to move it, an end
 * to resize it, a milestone to move its date, snapping to whole days; a click opens the bar's
 * details or the milestone's form, and a click on empty space adds a milestone there. While
 * dragging only the dragged element's attributes change, once per animation frame; the change
 * goes to `onChange` on release. Touch keeps scrolling the timeline (a tap opens or adds; the
 * keyboard and the forms are the way to change dates on a phone).
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

    /** The tip above the thing at `top` (below it when there is no room), as far left as `x` allows. */
    const showTip = (text: string, x: number, top: number, height: number) => {
      const tip = latest.current.tipRef.current;
      if (!tip) return;
      const width = text.length * TIP_CHAR_PX + 12;
      const { scale } = latest.current.drawing;
      const y = top >= TIP_HEIGHT + 6 ? top - TIP_HEIGHT - 4 : top + height + 4;
      tip.setAttribute('transform', `translate(${Math.max(0, Math.min(x, scale.width - width))},${y})`);
      tip.firstElementChild!.setAttribute('width', String(width));
      tip.lastElementChild!.textContent = text;
      tip.setAttribute('visibility', 'visible');
    };

    const milestoneY = (spot: MilestoneSpot) => spot.lane.milestoneY ?? spot.lane.y;

    const tipOf = (held: Held, dates: Dates) => {
      const { formatRange, drawing } = latest.current;
      if (held.kind === 'bar') showTip(`${held.box.bar.title} · ${formatRange(dates)}`, geometryOf(dates).x, held.box.y, drawing.layout.geometry.barHeight);
      else if (held.kind === 'milestone') {
        const x = drawing.scale.x(toDayNumber(dates.start) + 0.5);
        showTip(`${held.spot.milestone.title} · ${formatRange(dates)}`, x - 7, milestoneY(held.spot) - 7, 14);
      }
    };

    const hideTip = () => {
      hovered.current = null;
      latest.current.tipRef.current?.setAttribute('visibility', 'hidden');
    };

    const place = (held: Held, dates: Dates) => {
      if (held.kind === 'bar') {
        const { x, width } = geometryOf(dates);
        held.element.setAttribute('transform', `translate(${x},${held.box.y})`);
        held.rect.setAttribute('width', String(width));
      } else if (held.kind === 'milestone') {
        const x = latest.current.drawing.scale.x(toDayNumber(dates.start) + 0.5);
        held.element.setAttribute('transform', `translate(${x},${milestoneY(held.spot)})`);
      }
    };

    const datesAfter = (drag: DragState): Dates | null => {
      const { held } = drag;
      if (held.kind === 'space') return null;
      const { scale } = latest.current.drawing;
      return shiftDates(held.dates, held.kind === 'bar' ? held.mode : 'move', drag.days, scale.startDay, scale.endDay - 1);
    };

    const paint = () => {
      const drag = state.current;
      if (!drag) return;
      drag.frame = 0;
      const dates = datesAfter(drag);
      if (!dates) return;
      place(drag.held, dates);
      tipOf(drag.held, dates);
    };

    const cancel = () => {
      const drag = state.current;
      if (!drag) return;
      state.current = null;
      cancelAnimationFrame(drag.frame);
      if (drag.held.kind !== 'space') place(drag.held, drag.held.dates);
      hideTip();
    };

    const pointerAt = (event: PointerEvent<SVGSVGElement>) => {
      const rect = event.currentTarget.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };

    /** What is under the pointer: a bar, a milestone, or a lane's empty space. */
    const heldAt = (event: PointerEvent<SVGSVGElement>): Held | null => {
      const { drawing, milestones } = latest.current;
      const target = event.target as Element | null;
      const barElement = target?.closest?.<SVGGElement>('[data-bar]');
      const box = barElement ? drawing.layout.byId.get(barElement.dataset.bar!) : undefined;
      if (barElement && box) {
        const dates = drawing.datesOf(box);
        const { x, right } = geometryOf(dates);
        return { kind: 'bar', box, element: barElement, rect: barElement.querySelector('rect')!, mode: dragModeAt(pointerAt(event).x, x, right), dates };
      }
      const milestoneElement = target?.closest?.<SVGGElement>('[data-milestone]');
      const spot = milestoneElement ? milestones.get(milestoneElement.dataset.milestone!) : undefined;
      if (milestoneElement && spot) {
        const date = drawing.dateOf(spot.milestone);
        return { kind: 'milestone', spot, element: milestoneElement, dates: { start: date, end: date } };
      }
      const { x, y } = pointerAt(event);
      const lane = laneAt(drawing.layout, y);
      return lane ? { kind: 'space', date: fromDayNumber(drawing.scale.dayAt(x)), theme: lane.lane.theme } : null;
    };

    const hover = (event: PointerEvent<SVGSVGElement>) => {
      const held = heldAt(event);
      const { editable } = latest.current;
      if (!held || (held.kind === 'space' && (!editable || event.pointerType === 'touch'))) {
        if (hovered.current) hideTip();
        return;
      }
      if (held.kind === 'space') {
        const key = `space:${held.date}`;
        if (hovered.current === key) return;
        hovered.current = key;
        const { x, y } = pointerAt(event);
        showTip(latest.current.addTip(held.date), x + 12, y - 6, 12);
        return;
      }
      if (held.kind === 'bar' && editable && event.pointerType !== 'touch') held.element.style.cursor = held.mode === 'move' ? '' : 'ew-resize';
      const key = held.kind === 'bar' ? `bar:${held.box.bar.id}` : `milestone:${held.spot.milestone.id}`;
      if (hovered.current === key) return;
      hovered.current = key;
      tipOf(held, held.dates);
    };

    return {
      handlers: {
        onPointerDown(event: PointerEvent<SVGSVGElement>) {
          if (event.button !== 0) return;
          const held = heldAt(event);
          if (!held) return;
          state.current = { held, originX: event.clientX, days: 0, moved: false, frame: 0 };
          // Touch scrolls; it does not drag.
          if (held.kind !== 'space' && event.pointerType !== 'touch') event.currentTarget.setPointerCapture(event.pointerId);
        },
        onPointerMove(event: PointerEvent<SVGSVGElement>) {
          const drag = state.current;
          if (!drag) return hover(event);
          const dx = event.clientX - drag.originX;
          if (!drag.moved && Math.abs(dx) < CLICK_SLOP_PX) return;
          drag.moved = true;
          if (!latest.current.editable || event.pointerType === 'touch' || drag.held.kind === 'space') return;
          const days = daysFor(dx, latest.current.drawing.scale.pxPerDay);
          if (days === drag.days) return;
          drag.days = days;
          if (!drag.frame) drag.frame = requestAnimationFrame(paint);
        },
        onPointerUp() {
          const drag = state.current;
          if (!drag) return;
          const { held } = drag;
          if (!drag.moved) {
            state.current = null;
            if (held.kind === 'bar') latest.current.onOpen(held.box.bar.id);
            else if (held.kind === 'milestone') latest.current.onOpenMilestone(held.spot.milestone.id!);
            else if (latest.current.editable) {
              hideTip();
              latest.current.onAdd(held.date, held.theme);
            }
            return;
          }
          const dates = datesAfter(drag);
          if (!dates || held.kind === 'space' || !latest.current.editable || (dates.start === held.dates.start && dates.end === held.dates.end)) return cancel();
          state.current = null;
          cancelAnimationFrame(drag.frame);
          hideTip();
          if (held.kind === 'bar') latest.current.onChange('activities', held.box.bar.id, dates, 'pointer');
          else latest.current.onChange('milestones', held.spot.milestone.id!, dates, 'pointer');
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
