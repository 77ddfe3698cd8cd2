import type { RoadmapLink, RoadmapModel } from '@kurs/core';
import { fromDayNumber, toDayNumber } from '@kurs/core/browser';
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { shiftDates, keyChange, type Dates } from './roadmap.drag';
import { AXIS_HEIGHT, Axis, BarGroup, barElement, FONT_FAMILY, Grid, LaneLabels, LinkMarkers, Links, milestoneElement, OverBudget, type Drawing, type DrawingWords } from './roadmap.drawing';
import type { Dated } from './roadmap.editing';
import type { RoadmapView } from './roadmap.filter';
import { barsInView, lanesInView, milestoneSpots, type BarBox, type MilestoneSpot, type RoadmapLayout, type Viewport } from './roadmap.layout';
import classes from './roadmap.module.css';
import { benchMark } from './roadmap.marks';
import type { Palette } from './roadmap.palette';
import { drawnDomain, timeScale, type TimeScale, type Zoom } from './roadmap.scale';
import { useBarDrag } from './roadmap.pointer';

export interface RoadmapChartProps {
  model: RoadmapModel;
  layout: RoadmapLayout;
  links: readonly RoadmapLink[];
  zoom: Zoom;
  view: RoadmapView;
  palette: Palette;
  words: DrawingWords;
  overrides: ReadonlyMap<string, Dates>;
  /** Milestones' dates being changed (start = end); none for a chart that only shows. */
  milestoneOverrides?: ReadonlyMap<string, Dates>;
  editable: boolean;
  /** A bar to bring into view and focus (a fix link's ?focus=). */
  focusId: string | null;
  label: string;
  describedBy: string;
  formatRange(dates: Dates): string;
  /** The tip over empty space, e.g. "Add a milestone on 3 Mar 2027" (shown only when editable). */
  addTip?(date: string): string;
  onChange(kind: Dated, id: string, dates: Dates, source: 'pointer' | 'keyboard'): void;
  onOpen(id: string): void;
  onOpenMilestone?(id: string): void;
  /** A click on the time axis or a lane's empty space (`theme`: that lane's; null on the axis), when editable. */
  onAdd?(date: string, theme: string | null): void;
  /** Focus left the bars: a change typed by keyboard can be saved now. */
  onLeave(): void;
}

const NO_OVERRIDES: ReadonlyMap<string, Dates> = new Map();
const ignore = () => undefined;

/** Pixels drawn beyond the visible part, so that a short scroll shows bars already there. */
const OVERSCAN_X = 400;
const OVERSCAN_Y = 240;

function expand(visible: Viewport): Viewport {
  return { left: visible.left - OVERSCAN_X, right: visible.right + OVERSCAN_X, top: visible.top - OVERSCAN_Y, bottom: visible.bottom + OVERSCAN_Y };
}

function contains(outer: Viewport, inner: Viewport): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

/**
 * The timeline. Only the bars in and near the visible part are in the DOM (the rest are
 * added as the user scrolls), so it draws as fast for 2 000 activities as for 20; a drag
 * changes the dragged bar's attributes directly, frame by frame, and React draws again
 * only when the change is dropped. What the page reads after the first drawing (milestones,
 * goals, the activities as stored) does not draw it again: its props stay the same.
 */
export const RoadmapChart = memo(function RoadmapChart(props: RoadmapChartProps) {
  const { layout, palette } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<SVGSVGElement>(null);
  const tipRef = useRef<SVGGElement>(null);
  const markerId = `roadmap-arrow-${useId().replace(/[^\w-]/g, '')}`;
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  // The one bar and the one milestone of each lane that Tab reaches (roving tabindex), by lane key.
  const [active, setActive] = useState<ReadonlyMap<string, string>>(new Map());
  const [activeMilestone, setActiveMilestone] = useState<ReadonlyMap<string, string>>(new Map());
  const focusAfterRender = useRef<{ kind: Dated; id: string } | null>(null);
  const centerDay = useRef<number | null>(null);

  const marked = useRef({ start: false, end: false });
  if (!marked.current.start) {
    marked.current.start = true;
    benchMark('dataReady');
    benchMark('callStart');
  }

  const width = size?.width ?? 0;
  const labelWidth = width < 600 ? 124 : 200;
  const viewWidth = Math.max(0, width - labelWidth);
  const viewHeight = Math.max(0, (size?.height ?? 0) - AXIS_HEIGHT);
  const domain = useMemo(() => drawnDomain(props.model), [props.model]);
  const scale = useMemo(() => timeScale(domain, props.zoom, viewWidth), [domain, props.zoom, viewWidth]);
  const { overrides, milestoneOverrides = NO_OVERRIDES } = props;
  const { addTip = String, onOpenMilestone = ignore, onAdd = ignore } = props;
  const drawing = useMemo<Drawing>(
    () => ({
      layout,
      scale,
      zoom: props.zoom,
      view: props.view,
      palette,
      today: props.model.today,
      quarters: props.model.quarters,
      words: props.words,
      datesOf: (box) => overrides.get(box.bar.id) ?? box.bar,
      dateOf: (m) => (m.id === null ? undefined : milestoneOverrides.get(m.id)?.start) ?? m.date,
    }),
    [layout, scale, props.zoom, props.view, palette, props.model, props.words, overrides, milestoneOverrides],
  );
  const spots = useMemo(() => milestoneSpots(layout), [layout]);

  /*
   * The part of the timeline in the DOM: the scroll position it was made for, grown by the
   * overscan. A new scale (first drawing, zoom, width) places the view without asking the
   * DOM: the day that was in the middle stays there; the first time, today sits near the left.
   */
  const [placed, setPlaced] = useState<{ scale: TimeScale | null; left: number; top: number }>({ scale: null, left: 0, top: 0 });
  if (size && placed.scale !== scale) {
    const today = toDayNumber(props.model.today);
    const anchor = centerDay.current;
    const wanted =
      anchor !== null ? scale.x(anchor) - viewWidth / 2 : today > scale.startDay && today < scale.endDay ? scale.x(today) - viewWidth * 0.2 : 0;
    const left = Math.round(Math.max(0, Math.min(wanted, scale.width - viewWidth)));
    centerDay.current = scale.dayAt(left + viewWidth / 2);
    setPlaced({ scale, left, top: placed.top });
  }
  const ready = size !== null && placed.scale === scale && viewWidth > 0;
  const win = expand({ left: placed.left, right: placed.left + viewWidth, top: placed.top, bottom: placed.top + viewHeight });

  const onScroll = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const left = el.scrollLeft;
    const top = el.scrollTop;
    centerDay.current = scale.dayAt(left + viewWidth / 2);
    const now = { left, right: left + viewWidth, top, bottom: top + viewHeight };
    setPlaced((current) => {
      const drawn = expand({ left: current.left, right: current.left + viewWidth, top: current.top, bottom: current.top + viewHeight });
      return contains(drawn, now) ? current : { scale: current.scale, left, top };
    });
  }, [scale, viewWidth, viewHeight]);

  // The frame's size: read once before the first paint (the bars are not there yet), then on resize.
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const read = () =>
      setSize((s) => (s && s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The view placed above is where the frame scrolls to.
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (el && placed.scale && Math.abs(el.scrollLeft - placed.left) > 1) el.scrollLeft = placed.left;
  }, [placed]);

  /** Scrolls so that the days from `left` to `right` (pixels) and the band from `top` to `bottom` are in view. */
  const revealArea = useCallback(
    (left: number, right: number, top: number, bottom: number) => {
      const el = scrollerRef.current;
      if (!el) return;
      const width = el.clientWidth - labelWidth;
      if (left < el.scrollLeft + 16 || right > el.scrollLeft + width - 16) el.scrollLeft = right - left > width - 32 ? left - 16 : left - (width - (right - left)) / 2;
      const height = el.clientHeight - AXIS_HEIGHT;
      if (top < el.scrollTop || bottom > el.scrollTop + height) el.scrollTop = top - height / 3;
    },
    [labelWidth],
  );

  const reveal = useCallback(
    (kind: Dated, id: string) => {
      if (kind === 'milestones') {
        const spot = spots.get(id);
        if (!spot) return;
        const x = scale.x(toDayNumber(drawing.dateOf(spot.milestone)) + 0.5);
        const y = spot.lane.milestoneY ?? spot.lane.y;
        revealArea(x - 12, x + 12 + 120, y - 16, y + 16);
        return;
      }
      const box = layout.byId.get(id);
      if (!box) return;
      const dates = drawing.datesOf(box);
      const { rowHeight } = layout.geometry;
      revealArea(scale.x(toDayNumber(dates.start)), scale.x(toDayNumber(dates.end) + 1), box.y - rowHeight, box.y + 2 * rowHeight);
    },
    [layout, scale, drawing, spots, revealArea],
  );

  const focusBar = useCallback(
    (box: BarBox) => {
      setActive((current) => new Map(current).set(layout.lanes[box.lane]!.key, box.bar.id));
      focusAfterRender.current = { kind: 'activities', id: box.bar.id };
    },
    [layout],
  );

  const focusMilestone = useCallback((spot: MilestoneSpot) => {
    setActiveMilestone((current) => new Map(current).set(spot.lane.key, spot.milestone.id!));
    focusAfterRender.current = { kind: 'milestones', id: spot.milestone.id! };
  }, []);

  useLayoutEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    const selector = target.kind === 'milestones' ? `[data-milestone="${CSS.escape(target.id)}"] > path` : `[data-bar="${CSS.escape(target.id)}"] > rect`;
    const el = bodyRef.current?.querySelector<SVGElement>(selector);
    if (!el) return;
    reveal(target.kind, target.id);
    el.focus({ preventScroll: true });
  });

  useLayoutEffect(() => {
    const box = props.focusId === null ? undefined : layout.byId.get(props.focusId);
    if (!box || viewWidth === 0) return;
    scrollerRef.current?.scrollIntoView({ block: 'nearest' });
    focusBar(box);
  }, [props.focusId, layout, viewWidth, focusBar]);

  const drag = useBarDrag({
    drawing,
    bodyRef,
    tipRef,
    editable: props.editable,
    milestones: spots,
    formatRange: props.formatRange,
    addTip,
    onChange: props.onChange,
    onOpen: props.onOpen,
    onOpenMilestone,
    onAdd,
  });

  /** A milestone's keys: Enter opens it, ↑/↓ (Home/End) go from milestone to milestone of its lane, ←/→ move it a day, with Shift a week. */
  const onMilestoneKey = (event: React.KeyboardEvent<SVGSVGElement>, spot: MilestoneSpot) => {
    const id = spot.milestone.id!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpenMilestone(id);
      return;
    }
    const ms = spot.lane.lane.milestones;
    const target = { ArrowUp: spot.index - 1, ArrowDown: spot.index + 1, Home: 0, End: ms.length - 1 }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = ms[Math.min(Math.max(target, 0), ms.length - 1)];
      const nextSpot = next?.id ? spots.get(next.id) : undefined;
      if (nextSpot && nextSpot !== spot) focusMilestone(nextSpot);
      return;
    }
    const change = keyChange(event);
    if (change?.mode !== 'move' || !props.editable) return;
    event.preventDefault();
    const date = drawing.dateOf(spot.milestone);
    props.onChange('milestones', id, shiftDates({ start: date, end: date }, 'move', change.days, scale.startDay, scale.endDay - 1), 'keyboard');
    focusAfterRender.current = { kind: 'milestones', id };
  };

  const milestoneOf = (target: EventTarget) => {
    const id = (target as Element).closest<SVGGElement>('[data-milestone]')?.dataset.milestone;
    return id === undefined ? undefined : spots.get(id);
  };

  const onKeyDown = (event: React.KeyboardEvent<SVGSVGElement>) => {
    if (drag.onKeyDown(event)) return;
    const spot = milestoneOf(event.target);
    if (spot) return onMilestoneKey(event, spot);
    const id = (event.target as Element).closest<SVGGElement>('[data-bar]')?.dataset.bar;
    const box = id === undefined ? undefined : layout.byId.get(id);
    if (!box) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onOpen(box.bar.id);
      return;
    }
    const order = layout.lanes[box.lane]!.order;
    const at = order.indexOf(box);
    const target = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: order.length - 1 }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = order[Math.min(Math.max(target, 0), order.length - 1)];
      if (next && next !== box) focusBar(next);
      return;
    }
    const change = keyChange(event);
    if (!change || !props.editable) return;
    event.preventDefault();
    props.onChange('activities', box.bar.id, shiftDates(drawing.datesOf(box), change.mode, change.days, scale.startDay, scale.endDay - 1), 'keyboard');
    focusAfterRender.current = { kind: 'activities', id: box.bar.id };
  };

  const onFocus = (event: React.FocusEvent<SVGSVGElement>) => {
    const spot = milestoneOf(event.target);
    if (spot) {
      const id = spot.milestone.id!;
      if (activeMilestone.get(spot.lane.key) !== id) setActiveMilestone((current) => new Map(current).set(spot.lane.key, id));
      if (event.target.matches(':focus-visible')) reveal('milestones', id);
      return;
    }
    const id = (event.target as Element).closest<SVGGElement>('[data-bar]')?.dataset.bar;
    const box = id === undefined ? undefined : layout.byId.get(id);
    if (!box) return;
    const key = layout.lanes[box.lane]!.key;
    if (active.get(key) !== box.bar.id) setActive((current) => new Map(current).set(key, box.bar.id));
    if (event.target.matches(':focus-visible')) reveal('activities', box.bar.id);
  };

  const onBlur = (event: React.FocusEvent<SVGSVGElement>) => {
    if (!bodyRef.current?.contains(event.relatedTarget as Node | null)) props.onLeave();
  };

  useLayoutEffect(() => {
    if (!ready || marked.current.end) return;
    marked.current.end = true;
    benchMark('callEnd');
  });

  const lanes = ready ? lanesInView(layout, win.top, win.bottom) : [];
  const byLane = ready ? barsByLane(layout, drawing, win, active, overrides) : [];

  const gridStyle: CSSProperties = {
    gridTemplateColumns: `${labelWidth}px ${ready ? scale.width : 0}px`,
    gridTemplateRows: `${AXIS_HEIGHT}px ${layout.height}px`,
  };
  const frameStyle = { '--roadmap-focus': palette.focus, '--roadmap-line': palette.quarterLine, background: palette.background } as CSSProperties;

  return (
    <div ref={scrollerRef} className={`${classes.scroller} ${props.editable ? '' : classes.readOnly}`} style={frameStyle} onScroll={onScroll}>
      <div className={classes.grid} style={gridStyle}>
        <div className={classes.corner} style={{ background: palette.background }} />
        {/* A click on the axis adds a milestone on that day; by keyboard, the toolbar's "Add milestone" does. */}
        <svg
          className={classes.axis}
          width={ready ? scale.width : 0}
          height={AXIS_HEIGHT}
          fontFamily={FONT_FAMILY}
          aria-hidden="true"
          data-roadmap-axis=""
          onClick={(event) => {
            if (!props.editable) return;
            onAdd(fromDayNumber(scale.dayAt(event.clientX - event.currentTarget.getBoundingClientRect().left)), null);
          }}
        >
          {ready && <Axis drawing={drawing} />}
        </svg>
        <svg className={classes.labels} width={labelWidth} height={layout.height} fontFamily={FONT_FAMILY} aria-hidden="true">
          {ready && <LaneLabels drawing={drawing} lanes={lanes} width={labelWidth} />}
        </svg>
        <svg
          ref={bodyRef}
          className={classes.body}
          width={ready ? scale.width : 0}
          height={layout.height}
          fontFamily={FONT_FAMILY}
          role="group"
          aria-label={props.label}
          aria-describedby={props.describedBy}
          data-roadmap-ready={ready ? 'true' : undefined}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
          {...drag.handlers}
        >
          {ready && (
            <>
              <LinkMarkers palette={palette} id={markerId} />
              <Grid drawing={drawing} lanes={lanes} height={layout.height} />
              {props.view === 'team' && <OverBudget drawing={drawing} lanes={lanes} />}
              {byLane.map(({ lane, boxes, tabbable }) => (
                <BarGroup key={lane.key} label={props.words.laneName(lane)}>
                  {lane.lane.milestones.map((_, i) =>
                    milestoneElement(drawing, lane, i, {
                      tabbable: i === tabbableMilestone(lane.lane.milestones, activeMilestone.get(lane.key)),
                      // A chart that only shows (the shared view) has nothing to open.
                      interactive: props.onOpenMilestone !== undefined,
                      textFrom: win.left + OVERSCAN_X,
                    }),
                  )}
                  {boxes.map((box) => barElement(drawing, box, { tabbable: box.bar.id === tabbable, interactive: true, textFrom: win.left + OVERSCAN_X }))}
                </BarGroup>
              ))}
              <Links drawing={drawing} links={props.links} markerId={markerId} within={win} />
            </>
          )}
          <g ref={tipRef} visibility="hidden" pointerEvents="none">
            <rect rx={4} height={20} fill={palette.text} />
            <text x={6} y={14} fontSize={11} fill={palette.background} />
          </g>
        </svg>
      </div>
    </div>
  );
});

/** The place of the milestone of a lane that Tab reaches: the one last focused, else the first. */
function tabbableMilestone(milestones: readonly { id: string | null }[], chosen: string | undefined): number {
  const at = chosen === undefined ? -1 : milestones.findIndex((m) => m.id === chosen);
  return at >= 0 ? at : 0;
}

/**
 * The bars to put in the DOM, lane by lane: those in the window, and always each lane's
 * focusable bar (so that Tab reaches every lane), and bars whose new dates are not saved yet.
 */
function barsByLane(
  layout: RoadmapLayout,
  drawing: Drawing,
  win: Viewport,
  active: ReadonlyMap<string, string>,
  overrides: ReadonlyMap<string, Dates>,
) {
  const { scale } = drawing;
  const found = barsInView(layout, scale.dayAt(win.left), scale.dayAt(win.right) + 1, win.top, win.bottom);
  const lists = layout.lanes.map(() => [] as BarBox[]);
  const seen = new Set<string>();
  const add = (box: BarBox | undefined) => {
    if (!box || seen.has(box.bar.id)) return;
    seen.add(box.bar.id);
    lists[box.lane]!.push(box);
  };
  found.forEach(add);
  for (const id of overrides.keys()) add(layout.byId.get(id));
  return layout.lanes.map((lane, l) => {
    const chosen = active.get(lane.key);
    const tabbable = chosen !== undefined && layout.byId.get(chosen)?.lane === l ? chosen : lane.order[0]?.bar.id;
    add(tabbable === undefined ? undefined : layout.byId.get(tabbable));
    return { lane, boxes: lists[l]!, tabbable };
  });
}
