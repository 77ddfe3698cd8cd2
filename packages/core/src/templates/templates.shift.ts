import type { Activity, Campaign, Goal, GoalPoint, Milestone, Period, PlanDocument } from '../plan/plan.schema.js';
import { addDays, daysBetween, fromDayNumber, minDate, toDayNumber, type IsoDate } from '../shared/dates.js';
import { DomainError, fieldError, type FieldError } from '../shared/errors.js';

/*
 * Moving a plan to another period: a starting plan into the period the user chose, or a
 * workspace template (saved from any plan, in any period) into a new plan's.
 */

type Move = (date: IsoDate) => IsoDate;

/**
 * How a date moves from the plan's period `from` to `to`:
 * - a date inside `from` moves by as many days as the period's start moved, and is clamped to
 *   the end of `to` where that would put it after the end (a 12-month plan moved into 6 months
 *   ends its later activities, milestones and targets on the last day);
 * - the last day of `from` becomes the last day of `to`, so a target "by the end of the plan"
 *   stays there whatever the lengths of the months in between;
 * - a date before `from` (a baseline, a past campaign) keeps its distance to the start, and a
 *   date after it (a long-term target) keeps its distance to the end.
 * Order is kept: a date never moves past one that was later than it.
 */
function mover(from: Period, to: Period): Move {
  const byStart = daysBetween(from.start, to.start);
  const byEnd = daysBetween(from.end, to.end);
  return (date) => {
    if (date >= from.end) return addDays(date, byEnd);
    if (date < from.start) return addDays(date, byStart);
    return minDate(addDays(date, byStart), to.end);
  };
}

function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDayNumber(toDayNumber(value)) === value;
}

/** What is wrong with a period, each error named `period.start` or `period.end`; none when it is valid. */
export function periodErrors(period: Period): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['start', 'end'] as const) {
    const value = period?.[field];
    if (!isIsoDate(value)) errors.push(fieldError(`period.${field}`, 'invalid_date', 'must be a date written YYYY-MM-DD', { value: String(value) }));
  }
  if (errors.length === 0 && period.end < period.start) {
    errors.push(fieldError('period.end', 'end_before_start', `end ${period.end} is before start ${period.start}`, { start: period.start, end: period.end }));
  }
  return errors;
}

function movedPoint(point: GoalPoint | undefined, move: Move): GoalPoint | undefined {
  return point?.date === undefined ? point : { ...point, date: move(point.date) };
}

/** The item with the named optional date fields moved; fields it lacks stay absent. */
function movedFields<T extends object>(item: T, fields: readonly (keyof T)[], move: Move): T {
  const out = { ...item };
  for (const field of fields) {
    const value = item[field];
    if (typeof value === 'string') out[field] = move(value) as T[keyof T];
  }
  return out;
}

function movedGoal(goal: Goal, move: Move): Goal {
  const out = { ...goal };
  if (goal.baseline) out.baseline = movedPoint(goal.baseline, move);
  if (goal.target) out.target = movedPoint(goal.target, move);
  return out;
}

const ACTIVITY_DATES = ['start', 'end'] as const satisfies readonly (keyof Activity)[];
const CAMPAIGN_DATES = ['start', 'end'] as const satisfies readonly (keyof Campaign)[];
const MILESTONE_DATES = ['date'] as const satisfies readonly (keyof Milestone)[];

/**
 * The plan placed in `period`: every date (goal baselines and targets, activity starts and
 * ends, milestones, past campaigns) moved as `mover` above says, the header's period set, and
 * what belonged to the old period's run left out: measurements and reviews. Pure; the
 * document is not changed. Throws DomainError 'invalid' when `period` is not a valid period.
 */
export function shiftPlanDates(document: PlanDocument, period: Period): PlanDocument {
  const errors = periodErrors(period);
  if (errors.length > 0) throw new DomainError('invalid', 'The period is not valid', errors);
  const move = mover(document.plan.period, period);
  const { measurements: _measurements, reviews: _reviews, ...kept } = document;
  const out: PlanDocument = { ...kept, plan: { ...document.plan, period: { start: period.start, end: period.end } } };
  const campaigns = document.situation?.campaigns;
  if (document.situation && campaigns) out.situation = { ...document.situation, campaigns: campaigns.map((c) => movedFields(c, CAMPAIGN_DATES, move)) };
  if (document.goals) out.goals = document.goals.map((goal) => movedGoal(goal, move));
  if (document.activities) out.activities = document.activities.map((a) => movedFields(a, ACTIVITY_DATES, move));
  if (document.milestones) out.milestones = document.milestones.map((m) => movedFields(m, MILESTONE_DATES, move));
  return out;
}
