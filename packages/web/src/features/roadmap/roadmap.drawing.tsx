import type { RoadmapLink, RoadmapMilestone, RoadmapQuarter } from '@kurs/core';
import { toDayNumber } from '@kurs/core/browser';
import type { ReactNode } from 'react';
import type { Dates } from './roadmap.drag';
import type { RoadmapView } from './roadmap.filter';
import type { BarBox, LaneBox, RoadmapLayout } from './roadmap.layout';
import { barStatus, mix, textOn, type Palette } from './roadmap.palette';
import { monthTicks, quarterTicks, weekTicks, type TimeScale, type Zoom } from './roadmap.scale';
import { fitText } from './roadmap.text';

/*
 * The pieces of the roadmap picture as SVG, drawn the same on screen (in three sticky SVGs,
 * with only what is in view) and in the exported file (one SVG with everything). Colours are
 * presentation attributes from the palette, so the exported file needs no stylesheet.
 */

export const AXIS_HEIGHT = 44;
export const FONT_FAMILY = 'Inter, system-ui, sans-serif';

/** Words the drawing needs, in the reader's language. */
export interface DrawingWords {
  quarter(date: Date): string;
  month(date: Date, width: number): string;
  /** The month zoom's top row: "January 2027". */
  monthYear(date: Date): string;
  today: string;
  /** A plan date in the reader's date style. */
  date(iso: string): string;
  laneName(lane: LaneBox): string;
  barCount(count: number): string;
  bar(box: BarBox, dates: Dates): string;
  /** A milestone's name for a screen reader: title, date and lane. */
  milestone(milestone: RoadmapMilestone, date: string, lane: LaneBox): string;
  overBudget(quarter: RoadmapQuarter, planned: number, budget: number): string;
  outOfOrder(dependency: string, dependant: string): string;
}

export interface Drawing {
  layout: RoadmapLayout;
  scale: TimeScale;
  zoom: Zoom;
  view: RoadmapView;
  palette: Palette;
  today: string;
  quarters: readonly RoadmapQuarter[];
  words: DrawingWords;
  /** Dates being changed and not yet in the model. */
  datesOf(box: BarBox): Dates;
  /** A milestone's date, also while it is being changed. */
  dateOf(milestone: RoadmapMilestone): string;
}

export function Axis(props: { drawing: Drawing }) {
  const { scale, zoom, palette, words, today } = props.drawing;
  const half = AXIS_HEIGHT / 2;
  const top = zoom === 'month' ? monthTicks(scale) : quarterTicks(scale);
  const bottom = zoom === 'month' ? weekTicks(scale) : monthTicks(scale);
  const todayDay = toDayNumber(today);
  const showToday = todayDay >= scale.startDay && todayDay < scale.endDay;
  return (
    <g fontSize={11} fill={palette.text}>
      <rect width={scale.width} height={AXIS_HEIGHT} fill={palette.background} />
      {top.map((tick) => {
        const label = fitText(zoom === 'month' ? words.monthYear(tick.date) : words.quarter(tick.date), tick.width - 10);
        return (
          <g key={tick.day}>
            <line x1={tick.x + 0.5} x2={tick.x + 0.5} y1={0} y2={AXIS_HEIGHT} stroke={palette.quarterLine} />
            {label && (
              <text x={tick.x + 6} y={15} fontWeight={600}>
                {label}
              </text>
            )}
          </g>
        );
      })}
      {bottom.map((tick) => {
        const label = zoom === 'month' ? String(tick.date.getUTCDate()) : fitText(words.month(tick.date, tick.width), tick.width - 6);
        return (
          <g key={tick.day}>
            <line x1={tick.x + 0.5} x2={tick.x + 0.5} y1={half} y2={AXIS_HEIGHT} stroke={palette.monthLine} />
            {label && tick.width >= 16 && (
              <text x={tick.x + 4} y={half + 15} fill={palette.dimmed}>
                {label}
              </text>
            )}
          </g>
        );
      })}
      <line x1={0} x2={scale.width} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} stroke={palette.quarterLine} />
      {showToday && (
        <g transform={`translate(${scale.x(todayDay + 0.5)},0)`}>
          <line y1={half} y2={AXIS_HEIGHT} stroke={palette.today} strokeWidth={2} />
          <text x={-4} y={half - 4} textAnchor="end" fill={palette.today} fontWeight={600} fontSize={10}>
            {words.today}
          </text>
        </g>
      )}
    </g>
  );
}

/** Lane backgrounds, the month and quarter grid and the today line, behind the bars. */
export function Grid(props: { drawing: Drawing; lanes: readonly LaneBox[]; height: number }) {
  const { scale, zoom, palette, today } = props.drawing;
  const lines = zoom === 'month' ? weekTicks(scale) : monthTicks(scale);
  const quarterDays = new Set(quarterTicks(scale).map((tick) => tick.day));
  const todayDay = toDayNumber(today);
  return (
    <g>
      {props.lanes.map((lane) => (
        <rect key={lane.key} y={lane.y} width={scale.width} height={lane.height} fill={bandOf(lane, palette)} />
      ))}
      {lines.map((tick) => (
        <line
          key={tick.day}
          x1={tick.x + 0.5}
          x2={tick.x + 0.5}
          y1={0}
          y2={props.height}
          stroke={quarterDays.has(tick.day) ? palette.quarterLine : palette.monthLine}
        />
      ))}
      {props.lanes.map((lane) => (
        <line key={lane.key} x1={0} x2={scale.width} y1={lane.y + lane.height - 0.5} y2={lane.y + lane.height - 0.5} stroke={palette.monthLine} />
      ))}
      {todayDay >= scale.startDay && todayDay < scale.endDay && (
        <line x1={scale.x(todayDay + 0.5)} x2={scale.x(todayDay + 0.5)} y1={0} y2={props.height} stroke={palette.today} strokeWidth={2} strokeOpacity={0.8} />
      )}
    </g>
  );
}

/** Every other lane is tinted, so that a lane's rows read as one band. */
function bandOf(lane: LaneBox, palette: Palette): string {
  return lane.index % 2 === 1 ? palette.band : palette.background;
}

/** The lane names with their colour, for the sticky column at the left. */
export function LaneLabels(props: { drawing: Drawing; lanes: readonly LaneBox[]; width: number }) {
  const { palette, words } = props.drawing;
  return (
    <g fontSize={12} fill={palette.text}>
      {props.lanes.map((lane) => {
        const name = words.laneName(lane);
        const shown = fitText(name, props.width - 22, 7) ?? '';
        return (
          <g key={lane.key} transform={`translate(0,${lane.y})`}>
            <rect width={props.width} height={lane.height} fill={bandOf(lane, palette)} />
            <rect x={0} y={0} width={4} height={lane.height} fill={lane.lane.color} />
            <text x={12} y={18} fontWeight={600}>
              {shown}
              {shown !== name && <title>{name}</title>}
            </text>
            <text x={12} y={34} fontSize={11} fill={palette.dimmed}>
              {words.barCount(lane.order.length)}
            </text>
            <line x1={0} x2={props.width} y1={lane.height - 0.5} y2={lane.height - 0.5} stroke={palette.monthLine} />
          </g>
        );
      })}
      <line x1={props.width - 0.5} x2={props.width - 0.5} y1={0} y2={props.drawing.layout.height} stroke={palette.quarterLine} />
    </g>
  );
}

export interface BarLook {
  fill: string;
  stroke: string | undefined;
  dashed: boolean;
  text: string;
  label: string;
}

/** How a bar looks: theme colour with its status in the team view, status colour for stakeholders. */
export function barLook(drawing: Drawing, box: BarBox, dates: Dates): BarLook {
  const { palette, view, today } = drawing;
  const { bar } = box;
  const status = barStatus(bar.status, dates.end, today);
  if (view === 'stakeholder') {
    const fill = palette.status[status];
    return { fill, stroke: undefined, dashed: false, text: textOn(fill), label: bar.title };
  }
  const label = bar.owner ? `${bar.title} · ${bar.owner}` : bar.title;
  const overdue = status === 'overdue' ? palette.status.overdue : undefined;
  if (bar.status === 'idea' || bar.status === 'done') {
    const fill = mix(bar.color, palette.background, bar.status === 'idea' ? 0.18 : 0.4);
    return { fill, stroke: overdue ?? bar.color, dashed: bar.status === 'idea', text: palette.text, label };
  }
  return { fill: bar.color, stroke: overdue, dashed: false, text: textOn(bar.color), label };
}

export interface BarOptions {
  /** Focusable: the one bar of its lane that Tab reaches (roving tabindex). */
  tabbable?: boolean;
  interactive: boolean;
  /** Where the visible part begins: the label of a bar that starts before it is drawn from there. */
  textFrom?: number;
}

/**
 * One bar: a <g> with a <rect>, and a <text> only where a few letters fit. A plain function
 * rather than a component: thousands of bars need no fiber and no hooks of their own. Put
 * bars inside <BarGroup>, which sets their font.
 */
export function barElement(drawing: Drawing, box: BarBox, options: BarOptions) {
  const dates = drawing.datesOf(box);
  const { scale, layout } = drawing;
  const overridden = dates !== box.bar;
  const x = scale.x(overridden ? toDayNumber(dates.start) : box.startDay);
  const width = Math.max(2, scale.x(overridden ? toDayNumber(dates.end) + 1 : box.endDay) - x - 1);
  const look = barLook(drawing, box, dates);
  const inset = options.textFrom !== undefined && options.textFrom > x ? options.textFrom - x : 0;
  const text = fitText(look.label, width - inset - 10);
  const height = layout.geometry.barHeight;
  // The focusable button is the <rect>: its name is the full label, while the drawn text,
  // often cut short, stays out of the accessibility tree.
  return (
    <g key={box.bar.id} data-bar={box.bar.id} transform={`translate(${x},${box.y})`}>
      <rect
        width={width}
        height={height}
        rx={3}
        fill={look.fill}
        stroke={look.stroke}
        strokeWidth={look.stroke ? 1.5 : undefined}
        strokeDasharray={look.dashed ? '4 3' : undefined}
        {...(options.interactive && { tabIndex: options.tabbable ? 0 : -1, role: 'button', 'aria-label': drawing.words.bar(box, dates) })}
      />
      {text && (
        <text x={6 + inset} y={height / 2} dy="0.35em" fill={look.text} aria-hidden={options.interactive || undefined}>
          {text}
        </text>
      )}
    </g>
  );
}

/** The font of the bars' labels, set once for all of them. */
export function BarGroup(props: { children: ReactNode; label?: string }) {
  return (
    <g fontSize={11} role={props.label ? 'group' : undefined} aria-label={props.label}>
      {props.children}
    </g>
  );
}

/** Milestone diamonds with their titles where they fit: the exported picture's, which nothing can focus. */
export function Milestones(props: { drawing: Drawing; lanes: readonly LaneBox[] }) {
  return <g>{props.lanes.flatMap((lane) => lane.lane.milestones.map((_, i) => milestoneElement(props.drawing, lane, i, { interactive: false })))}</g>;
}

/** Half the width of the invisible circle around a diamond that takes the pointer: a diamond alone is a small target. */
const MILESTONE_HIT_RADIUS = 11;

/**
 * One milestone of a lane's strip: a diamond, its title where it fits before the next one (none
 * left of `textFrom`, out of sight). Interactive, the diamond is a focusable button named by
 * title, date and lane, inside a <g data-milestone> that the pointer can take hold of.
 */
export function milestoneElement(drawing: Drawing, lane: LaneBox, index: number, options: BarOptions) {
  const { scale, palette, words } = drawing;
  const ms = lane.lane.milestones;
  const m = ms[index]!;
  const y = lane.milestoneY ?? lane.y;
  const date = drawing.dateOf(m);
  const x = scale.x(toDayNumber(date) + 0.5);
  const after = ms[index + 1];
  const next = after ? scale.x(toDayNumber(drawing.dateOf(after))) : scale.width;
  const label = options.textFrom !== undefined && x < options.textFrom ? null : fitText(m.title, next - x - 14);
  const interactive = options.interactive && m.id !== null;
  return (
    <g key={m.id ?? `${lane.key}-${index}`} data-milestone={interactive ? m.id : undefined} transform={`translate(${x},${y})`}>
      {interactive && <circle r={MILESTONE_HIT_RADIUS} fill="transparent" />}
      <path
        d="M0,-7L7,0L0,7L-7,0Z"
        fill={m.color}
        stroke={palette.background}
        strokeWidth={1.5}
        {...(interactive && { tabIndex: options.tabbable ? 0 : -1, role: 'button', 'aria-label': words.milestone(m, date, lane) })}
      />
      {label && (
        <text x={10} dy="0.35em" fontSize={11} fontWeight={600} fill={palette.text} aria-hidden={interactive || undefined}>
          {label}
        </text>
      )}
      {!interactive && <title>{`${m.title} · ${words.date(date)}`}</title>}
    </g>
  );
}

/** Hours planned over the theme's budget in a quarter: a thin mark along the top of the lane. */
export function OverBudget(props: { drawing: Drawing; lanes: readonly LaneBox[] }) {
  const { scale, palette, quarters, words } = props.drawing;
  const marks: ReactNode[] = [];
  for (const lane of props.lanes) {
    lane.lane.capacity.forEach((capacity, q) => {
      const quarter = quarters[q];
      if (!capacity.overBudget || !quarter || capacity.budgetHours === null) return;
      const x = scale.x(Math.max(scale.startDay, toDayNumber(quarter.start)));
      const right = scale.x(Math.min(scale.endDay, toDayNumber(quarter.end) + 1));
      marks.push(
        <rect key={`${lane.key}-${q}`} x={x} y={lane.y + 1} width={Math.max(0, right - x)} height={3} fill={palette.overBudget}>
          <title>{words.overBudget(quarter, capacity.plannedHours, capacity.budgetHours)}</title>
        </rect>,
      );
    });
  }
  return <g>{marks}</g>;
}

/** Dependencies as arrows from the end of one bar to the start of the next; red and dashed when out of order. */
export function Links(props: { drawing: Drawing; links: readonly RoadmapLink[]; markerId: string; within?: { left: number; right: number; top: number; bottom: number } }) {
  const { layout, scale, palette, words } = props.drawing;
  const mid = layout.geometry.barHeight / 2;
  const paths: ReactNode[] = [];
  for (const link of props.links) {
    const from = layout.byId.get(link.from);
    const to = layout.byId.get(link.to);
    if (!from || !to) continue;
    const a = props.drawing.datesOf(from);
    const b = props.drawing.datesOf(to);
    const x1 = scale.x(toDayNumber(a.end) + 1);
    const x2 = scale.x(toDayNumber(b.start));
    const y1 = from.y + mid;
    const y2 = to.y + mid;
    const w = props.within;
    if (w && (Math.max(x1, x2) < w.left || Math.min(x1, x2) > w.right || Math.max(y1, y2) < w.top || Math.min(y1, y2) > w.bottom)) continue;
    const ordered = a.end < b.start;
    const bend = Math.max(14, Math.abs(x2 - x1) / 2);
    paths.push(
      <path
        key={`${link.from}>${link.to}`}
        d={`M${x1},${y1}C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2 - 2},${y2}`}
        fill="none"
        stroke={ordered ? palette.link : palette.linkOutOfOrder}
        strokeWidth={1.5}
        strokeDasharray={ordered ? undefined : '5 3'}
        markerEnd={`url(#${props.markerId}-${ordered ? 'ok' : 'bad'})`}
      >
        {!ordered && <title>{words.outOfOrder(from.bar.title, to.bar.title)}</title>}
      </path>,
    );
  }
  return <g>{paths}</g>;
}

export function LinkMarkers(props: { palette: Palette; id: string }) {
  return (
    <defs>
      {(['ok', 'bad'] as const).map((kind) => (
        <marker key={kind} id={`${props.id}-${kind}`} viewBox="0 0 8 8" refX={7} refY={4} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
          <path d="M0,0L8,4L0,8Z" fill={kind === 'ok' ? props.palette.link : props.palette.linkOutOfOrder} />
        </marker>
      ))}
    </defs>
  );
}
