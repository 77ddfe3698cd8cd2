import fc from 'fast-check';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  AGGREGATIONS,
  AUDIENCE_KINDS,
  BUSINESS_LINKS,
  CHANNEL_TYPES,
  DIRECTIONS,
  FREQUENCIES,
  FUNNEL_STAGES,
  GOAL_STATUSES,
  HORIZONS,
  KPI_SOURCES,
  KPI_UNITS,
  LEVELS,
  LOCALES,
  RESOURCING,
  TRAFFIC,
  type Activity,
  type Goal,
  type GoalPoint,
  type Measurement,
  type Period,
  type PlanDocument,
  type ThemeQuarter,
} from '../plan/plan.schema.js';
import { fromDayNumber, toDayNumber } from '../shared/dates.js';
import { quarterGrid } from '../themes/themes.spread.js';
import { reviewQuarter } from '../plan/plan.rules.js';

/*
 * Random valid plans for property tests: every reference resolves, parents and dependencies
 * point only backwards (so there are no cycles), end dates follow start dates, texts are any
 * Unicode, and each optional field is present or absent (never set to undefined). A valid plan
 * is also a fixed point of the schema: required texts are already trimmed.
 */

/**
 * Records whose keys not in `required` may be absent. A value generated as undefined (a reference
 * into an empty list) is dropped too: a valid plan never holds a field set to undefined.
 */
function record<T, K extends keyof T = never>(
  model: { [P in keyof T]: fc.Arbitrary<T[P]> },
  required: K[] = [],
): fc.Arbitrary<{ [P in keyof T]?: Exclude<T[P], undefined> } & { [P in K]: Exclude<T[P], undefined> }> {
  return fc
    .record(model, { requiredKeys: required, noNullPrototype: true })
    .map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never);
}

const FIRST_ID_CHARS = ['a', 'b', 'k', 'x', 'z', '0', '7', 'æ', 'ø', 'å', 'é', 'ж', '中'];
const ID_CHARS = [...FIRST_ID_CHARS, '-', '_', '.'];

const id = fc
  .tuple(fc.constantFrom(...FIRST_ID_CHARS), fc.string({ unit: fc.constantFrom(...ID_CHARS), maxLength: 8 }))
  .map(([first, rest]) => first + rest);

/** Any Unicode text but NUL (which cannot be stored), also empty, blank or several lines: free text is kept as written. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }).map((value) => value.replaceAll('\0', '')),
  fc.constantFrom('', ' ', 'yes', 'null', '123', '2027-01-01', '- item', 'a: b', '#hash', 'line\nline', ' lead', 'trail\n'),
);

/** Text that identifies something: not empty, and without the spaces around it that the schema trims. */
const name = text.map((value) => value.trim()).filter((value) => value.length > 0);

const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value));
const nonNegative = fc.oneof(fc.nat({ max: 10_000 }), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }));
const score = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1, max: 10, noNaN: true }));

const FIRST_DAY = toDayNumber('1990-01-01');
const LAST_DAY = toDayNumber('2100-12-31');
const date = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);

/** Start and end, each maybe absent; when both are there the end is not before the start. */
const span = fc
  .record({ start: fc.option(date, { nil: undefined }), end: fc.option(date, { nil: undefined }) })
  .map(({ start, end }) => {
    const [from, to] = start !== undefined && end !== undefined && end < start ? [end, start] : [start, end];
    return { ...(from !== undefined && { start: from }), ...(to !== undefined && { end: to }) };
  });

/** One of the ids, or undefined (the field left out) when there is none to refer to. */
const refTo = (values: string[]): fc.Arbitrary<string | undefined> =>
  values.length > 0 ? fc.constantFrom(...values) : fc.constant(undefined);

const enumOf = <T extends readonly string[]>(values: T) => fc.constantFrom(...values);
const someOf = <T>(values: readonly T[]) => fc.subarray([...values]);

/** Lists whose optional ids, where present, differ. */
const listWithIds = <T extends { id?: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(item, { maxLength, selector: (entry) => entry.id ?? Symbol('no id') });

const goalPoint = record({ value: number, date }) as fc.Arbitrary<GoalPoint>;

function goal(goalId: string, parents: string[], kpiIds: string[]): fc.Arbitrary<Goal> {
  return record(
    {
      id: fc.constant(goalId),
      title: name,
      horizon: enumOf(HORIZONS),
      parent: refTo(parents),
      description: text,
      department: text,
      business_link: enumOf(BUSINESS_LINKS),
      kpi: refTo(kpiIds),
      baseline: goalPoint,
      target: goalPoint,
      owner: text,
      weight: fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
      draft: fc.boolean(),
    },
    ['id', 'title', 'horizon'],
  ).map((value) => {
    const { baseline, target } = value;
    if (baseline?.date === undefined || target?.date === undefined || target.date >= baseline.date) return value as Goal;
    return { ...value, baseline: { ...baseline, date: target.date }, target: { ...target, date: baseline.date } } as Goal;
  });
}

function activity(activityId: string, earlier: string[], ids: PlanIds): fc.Arbitrary<Activity> {
  return fc
    .tuple(
      record(
        {
          id: fc.constant(activityId),
          title: name,
          description: text,
          type: enumOf(ACTIVITY_TYPES),
          theme: refTo(ids.themes),
          goals: someOf(ids.goals),
          kpis: someOf(ids.kpis),
          funnel_stage: enumOf(FUNNEL_STAGES),
          owner: text,
          team: text,
          estimate_hours: nonNegative,
          actual_hours: nonNegative,
          cost: nonNegative,
          value: score,
          effort: score,
          confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((value) => (value === 0 ? 0 : value)),
          reach: nonNegative,
          urgency: enumOf(LEVELS),
          importance: enumOf(LEVELS),
          status: enumOf(ACTIVITY_STATUSES),
          depends_on: someOf(earlier),
          draft: fc.boolean(),
        },
        ['id', 'title'],
      ),
      span,
    )
    .map(([value, dates]) => ({ ...value, ...dates }) as Activity);
}

interface PlanIds {
  channels: string[];
  goals: string[];
  kpis: string[];
  themes: string[];
  activities: string[];
}

const ids = (maxLength: number) => fc.uniqueArray(id, { maxLength });

function plan(planIds: PlanIds): fc.Arbitrary<PlanDocument> {
  const { channels, goals, kpis, themes, activities } = planIds;
  const pick = (values: string[]) => fc.constantFrom(...values);

  const situation = record(
    {
      usp: text,
      audiences: listWithIds(
        record({ id, name, kind: enumOf(AUDIENCE_KINDS), notes: text, draft: fc.boolean() }, ['name']) as fc.Arbitrary<{ id?: string; name: string }>,
        3,
      ),
      competitors: listWithIds(
        record({ id, name, better_at: fc.array(name, { maxLength: 3 }), our_difference: text, notes: text, draft: fc.boolean() }, ['name']),
        3,
      ),
      channels: fc.tuple(
        ...channels.map((channelId) =>
          record(
            {
              id: fc.constant(channelId),
              name,
              type: enumOf(CHANNEL_TYPES),
              present: fc.boolean(),
              funnel: fc.array(enumOf(FUNNEL_STAGES), { maxLength: 3 }),
              goal: text,
              challenges: text,
              notes: text,
              draft: fc.boolean(),
            },
            ['id', 'name'],
          ),
        ),
      ),
      campaigns: listWithIds(
        fc
          .tuple(
            record(
              { id, name, channel: refTo(channels), spend: nonNegative, result: text, learning: text },
              ['name'],
            ) as fc.Arbitrary<{ id?: string; name: string }>,
            span,
          )
          .map(([value, dates]) => ({ ...value, ...dates })),
        3,
      ),
      findings: fc.array(name, { maxLength: 3 }),
    },
    channels.length > 0 ? ['channels'] : [],
  );

  // A few dates only, so that some measurements repeat a KPI and date.
  const measurementDate = fc.constantFrom('2027-01-31', '2027-02-28', '2027-03-31', '2026-12-31');
  const measurements: fc.Arbitrary<Measurement[]> =
    kpis.length > 0
      ? fc.array(record({ kpi: pick(kpis), date: measurementDate, value: number }, ['kpi', 'date', 'value']), {
          maxLength: 8,
        })
      : fc.constant([]);

  const strategy = record({
    funnel: record({ reach: text, engage: text, convert: text, retain: text }),
    positioning: text,
    traffic: enumOf(TRAFFIC),
    content: text,
    resourcing: enumOf(RESOURCING),
    journey: fc.uniqueArray(record({ stage: name, touchpoints: someOf(channels) }, ['stage']), {
      maxLength: 3,
      selector: (step) => step.stage,
    }),
  });

  const review = record(
    {
      id,
      date,
      period: fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      summary: text,
      goals: someOf(goals).chain((reviewed) =>
        fc.tuple(
          ...reviewed.map((goalId) =>
            record(
              { goal: fc.constant(goalId), status: enumOf(GOAL_STATUSES), progress: number, decision: text, notes: text },
              ['goal'],
            ),
          ),
        ),
      ),
      experiments: fc.array(
        fc
          .tuple(
            record(
              { hypothesis: name, goal: refTo(goals), kpi: refTo(kpis), result: text, learning: text, next: text },
              ['hypothesis'],
            ),
            span,
          )
          .map(([value, dates]) => ({ ...value, ...dates })),
        { maxLength: 2 },
      ),
    },
    ['date'],
  );

  const header = fc
    .tuple(
      record(
        {
          name,
          organisation: text,
          locale: enumOf(LOCALES),
          currency: fc.constantFrom('NOK', 'SEK', 'DKK', 'EUR', 'USD'),
          business_objective: text,
        },
        ['name'],
      ),
      date,
      date,
    )
    .map(([value, a, b]) => ({ ...value, period: a <= b ? { start: a, end: b } : { start: b, end: a } }));

  return header.chain((head) => record(
    {
      kurs: fc.constant(1 as const),
      plan: fc.constant(head),
      situation,
      goals: fc.tuple(...goals.map((goalId, i) => goal(goalId, goals.slice(0, i), kpis))),
      kpis: fc.tuple(
        ...kpis.map((kpiId) =>
          record(
            {
              id: fc.constant(kpiId),
              name,
              definition: text,
              unit: enumOf(KPI_UNITS),
              direction: enumOf(DIRECTIONS),
              aggregation: enumOf(AGGREGATIONS),
              frequency: enumOf(FREQUENCIES),
              owner: text,
              funnel_stage: enumOf(FUNNEL_STAGES),
              conversion: fc.boolean(),
              source: enumOf(KPI_SOURCES),
              draft: fc.boolean(),
            },
            ['id', 'name'],
          ),
        ),
      ),
      measurements,
      strategy,
      themes: fc.tuple(
        ...themes.map((themeId) =>
          fc
            .tuple(
              record(
                {
                  id: fc.constant(themeId),
                  name,
                  description: text,
                  budget_hours: nonNegative,
                  color: fc.constantFrom('#2f6fdf', '#A0B1C2', '#000000'),
                  maintenance: fc.boolean(),
                  draft: fc.boolean(),
                },
                ['id', 'name'],
              ),
              budgetQuarters(head.period),
            )
            // With quarters, budget_hours is absent or their sum (plan.rules.ts).
            .map(([theme, quarters]) => {
              if (quarters === undefined) return theme;
              const sum = quarters.reduce((total, q) => total + q.hours, 0);
              return theme.budget_hours === undefined ? { ...theme, quarters } : { ...theme, budget_hours: sum, quarters };
            }),
        ),
      ),
      activities: fc.tuple(...activities.map((activityId, i) => activity(activityId, activities.slice(0, i), planIds))),
      milestones: listWithIds(
        record(
          {
            id,
            title: name,
            date,
            theme: refTo(themes),
            activity: refTo(activities),
            goals: someOf(goals),
            description: text,
            draft: fc.boolean(),
          },
          ['title', 'date'],
        ) as fc.Arbitrary<{ id?: string; title: string; date: string }>,
        3,
      ),
      // One review per quarter (plan.rules.ts).
      reviews: listWithIds(review as fc.Arbitrary<{ id?: string; date: string }>, 2).filter(
        (reviews) => new Set(reviews.map(reviewQuarter)).size === reviews.length,
      ),
    },
    // A collection that others refer to is there whenever it has entries.
    [
      'kurs',
      'plan',
      ...(['goals', 'kpis', 'themes', 'activities'] as const).filter((key) => planIds[key].length > 0),
      ...(channels.length > 0 ? (['situation'] as const) : []),
    ],
  )) as fc.Arbitrary<PlanDocument>;
}

/** Hours of a quarter: small enough that their sum stays finite. */
const hours = fc.oneof(fc.nat({ max: 10_000 }), fc.double({ min: 0, max: 1e9, noNaN: true }));

/** A theme's budget per quarter, or none: each quarter once, within the plan period (of its first eight quarters). */
function budgetQuarters(period: Period): fc.Arbitrary<ThemeQuarter[] | undefined> {
  const quarters = quarterGrid(period.start, period.end).quarters.slice(0, 8).map((q) => q.quarter);
  const list = fc
    .uniqueArray(fc.constantFrom(...quarters), { maxLength: 3 })
    .chain((chosen) => fc.tuple(...chosen.map(() => hours)).map((given) => chosen.map((quarter, i) => ({ quarter, hours: given[i] }))));
  return fc.option(list, { nil: undefined });
}

export function arbitraryPlan(): fc.Arbitrary<PlanDocument> {
  return record(
    { channels: ids(3), goals: ids(4), kpis: ids(4), themes: ids(3), activities: ids(5) },
    ['channels', 'goals', 'kpis', 'themes', 'activities'],
  ).chain(plan);
}
