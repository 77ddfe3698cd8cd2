/*
 * 0/1 knapsack with dependencies and several capacity pools (one per team).
 *
 * Items that depend on each other, directly or not, form a group. A group offers options:
 * the sets of its members that are closed under dependency (every member's dependencies
 * are in the set). Choosing at most one option per group is a multiple-choice knapsack,
 * solved exactly by dynamic programming on hours.
 * - Groups of up to EXACT_GROUP_LIMIT members offer every closed set: exact.
 * - Larger groups offer each member's closure and the unions of the densest closures
 *   taken in turn: a heuristic (the general problem is strongly NP-hard); `exact` is false.
 * - A group whose members sit in several pools is decided jointly with the pools: every
 *   combination of such groups' options is tried against each pool's DP table (exact) up
 *   to COMBINATION_LIMIT combinations, beyond that one option at a time until nothing
 *   improves (`exact` false).
 * Hours are counted in hundredths at most (finer fractions round the item up, so capacity
 * is never exceeded); the unit grows to the largest common divisor of the pool's hours, and
 * is coarsened (items rounded up) if a table would exceed MAX_CELLS, again with `exact` false.
 */

export interface KnapsackItem {
  /** Index of the capacity pool the item uses. */
  pool: number;
  hours: number;
  value: number;
  /** Indices of items that must be chosen whenever this one is. */
  dependsOn: number[];
}

export interface KnapsackResult {
  chosen: boolean[];
  /** True when the choice is proven optimal. */
  exact: boolean;
}

const EXACT_GROUP_LIMIT = 12;
const MAX_CELLS = 5_000_000;
const COMBINATION_LIMIT = 100_000;
const MAX_DECIMALS = 2;
const EPSILON = 1e-9;

interface Option {
  members: number[];
  value: number;
  /** Scaled hours per pool, in the global hundredths (or coarser) unit. */
  raw: Map<number, number>;
}

interface Group {
  options: Option[];
  pools: Set<number>;
}

export function solveKnapsack(items: readonly KnapsackItem[], capacities: readonly number[]): KnapsackResult {
  const state = { exact: true };
  const factor = 10 ** decimalsNeeded(items);
  const weights = items.map((item) => Math.ceil(item.hours * factor - 1e-6));
  const groups = groupsOf(items).map((members) => toGroup(members, items, weights, state));

  const tables = capacities.map((capacity, pool) => buildPoolTable(pool, capacity * factor, groups, state));
  const cross = groups.filter((group) => group.pools.size > 1);
  const crossChoice = chooseCross(cross, tables, state);

  const chosen = items.map(() => false);
  cross.forEach((group, g) => {
    if (crossChoice[g] >= 0) for (const m of group.options[crossChoice[g]].members) chosen[m] = true;
  });
  tables.forEach((table, pool) => {
    let c = table.cap - crossUse(cross, crossChoice, pool, table.unit);
    for (let g = table.groups.length - 1; g >= 0; g--) {
      const option = table.choice[g * (table.cap + 1) + c];
      if (option === 0) continue;
      const picked = table.groups[g].options[option - 1];
      for (const m of picked.members) chosen[m] = true;
      c -= table.weights[g][option - 1];
    }
  });
  return { chosen, exact: state.exact };
}

function decimalsNeeded(items: readonly KnapsackItem[]): number {
  let decimals = 0;
  for (const item of items) {
    while (decimals < MAX_DECIMALS && Math.abs(item.hours * 10 ** decimals - Math.round(item.hours * 10 ** decimals)) > 1e-6) {
      decimals++;
    }
  }
  return decimals;
}

/** Weakly connected components of the dependency graph, each in item order. */
function groupsOf(items: readonly KnapsackItem[]): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  items.forEach((item, i) => {
    for (const d of item.dependsOn) parent[find(i)] = find(d);
  });
  const byRoot = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const members = byRoot.get(root);
    if (members) members.push(i);
    else byRoot.set(root, [i]);
  });
  return [...byRoot.values()];
}

function makeOption(members: number[], items: readonly KnapsackItem[], weights: readonly number[]): Option {
  const raw = new Map<number, number>();
  let value = 0;
  for (const m of members) {
    value += items[m].value;
    raw.set(items[m].pool, (raw.get(items[m].pool) ?? 0) + weights[m]);
  }
  return { members, value, raw };
}

function toGroup(members: number[], items: readonly KnapsackItem[], weights: readonly number[], state: { exact: boolean }): Group {
  const pools = new Set(members.map((m) => items[m].pool));
  if (members.length <= EXACT_GROUP_LIMIT) return { options: closedSets(members, items, weights, pools), pools };
  state.exact = false;
  const options = closureOptions(members, items, weights);
  const weight = (o: Option) => o.raw.values().next().value ?? 0;
  return { options: pools.size === 1 ? frontier(options, weight, (o) => o.value) : options, pools };
}

/**
 * In one pool, an option that weighs as much as another or more and is worth no more is
 * never needed: keep the rest, lightest first.
 */
function frontier<T>(list: readonly T[], weight: (t: T) => number, value: (t: T) => number): T[] {
  const sorted = [...list].sort((a, b) => weight(a) - weight(b) || value(b) - value(a));
  const kept: T[] = [];
  for (const t of sorted) {
    if (kept.length === 0 || value(t) > value(kept[kept.length - 1]) + EPSILON) kept.push(t);
  }
  return kept;
}

/** Every subset closed under dependency, as bit masks over the members, summed incrementally. */
function closedSets(members: number[], items: readonly KnapsackItem[], weights: readonly number[], pools: Set<number>): Option[] {
  const local = new Map(members.map((m, j) => [m, j]));
  const needs = members.map((m) => items[m].dependsOn.reduce((mask, d) => mask | (1 << (local.get(d) as number)), 0));
  const poolList = [...pools];
  const size = 1 << members.length;
  const value = new Float64Array(size);
  const raw = poolList.map(() => new Float64Array(size));
  const needed = new Int32Array(size);
  const closed: number[] = [];
  for (let mask = 1; mask < size; mask++) {
    // A mask's sums are those of the mask without its lowest member, plus that member.
    const j = 31 - Math.clz32(mask & -mask);
    const rest = mask & (mask - 1);
    const item = items[members[j]];
    value[mask] = value[rest] + item.value;
    needed[mask] = needed[rest] | needs[j];
    for (let p = 0; p < poolList.length; p++) raw[p][mask] = raw[p][rest] + (item.pool === poolList[p] ? weights[members[j]] : 0);
    if ((needed[mask] & ~mask) === 0) closed.push(mask);
  }
  const masks = poolList.length === 1 ? frontier(closed, (mask) => raw[0][mask], (mask) => value[mask]) : closed;
  return masks.map((mask) => ({
    members: members.filter((_, j) => mask & (1 << j)),
    value: value[mask],
    raw: new Map(poolList.map((pool, p) => [pool, raw[p][mask]])),
  }));
}

/** Each member with everything it needs, and the running unions of the densest of those. */
function closureOptions(members: number[], items: readonly KnapsackItem[], weights: readonly number[]): Option[] {
  const closures = members.map((m) => {
    const seen = new Set<number>([m]);
    const stack = [m];
    while (stack.length) {
      for (const d of items[stack.pop() as number].dependsOn) {
        if (!seen.has(d)) {
          seen.add(d);
          stack.push(d);
        }
      }
    }
    return makeOption([...seen].sort((a, b) => a - b), items, weights);
  });
  const density = (o: Option) => o.value / Math.max(1, [...o.raw.values()].reduce((a, b) => a + b, 0));
  const byDensity = [...closures].sort((a, b) => density(b) - density(a));
  const union = new Set<number>();
  const unions: Option[] = [];
  for (const closure of byDensity) {
    const before = union.size;
    for (const m of closure.members) union.add(m);
    if (union.size > before) unions.push(makeOption([...union].sort((a, b) => a - b), items, weights));
  }
  return [...closures, ...unions];
}

interface PoolTable {
  /** Capacity in units. */
  cap: number;
  /** Hours per unit, in the global scaled unit. */
  unit: number;
  /** The groups that use this pool only. */
  groups: Group[];
  /** Weight in units of each option of each group. */
  weights: number[][];
  /** best[c]: the highest value of this pool's groups within c units. */
  best: Float64Array;
  /** choice[g * (cap + 1) + c]: 1 + the option taken for group g at capacity c, 0 for none. */
  choice: Uint16Array;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function buildPoolTable(pool: number, scaledCapacity: number, groups: Group[], state: { exact: boolean }): PoolTable {
  const local = groups.filter((group) => group.pools.size === 1 && group.pools.has(pool));
  const touching = groups.filter((group) => group.pools.has(pool));
  let divisor = 0;
  let total = 0;
  let optionCount = 0;
  for (const group of touching) {
    for (const option of group.options) {
      const w = option.raw.get(pool) ?? 0;
      divisor = gcd(divisor, w);
    }
  }
  for (const group of touching) total += Math.max(...group.options.map((o) => o.raw.get(pool) ?? 0));
  for (const group of local) optionCount += group.options.length;
  let unit = Math.max(divisor, 1);
  const fullCap = Math.max(0, Math.floor(scaledCapacity + 1e-6));
  let cap = Math.min(Math.floor(fullCap / unit), Math.ceil(total / unit));
  if (optionCount * (cap + 1) > MAX_CELLS) {
    const coarsen = Math.ceil((optionCount * (cap + 1)) / MAX_CELLS);
    unit *= coarsen;
    cap = Math.min(Math.floor(fullCap / unit), Math.ceil(total / unit));
    state.exact = false;
  }
  const weights = local.map((group) => group.options.map((o) => Math.ceil((o.raw.get(pool) ?? 0) / unit - EPSILON)));
  const best = new Float64Array(cap + 1);
  const choice = new Uint16Array(local.length * (cap + 1));
  const before = new Float64Array(cap + 1);
  local.forEach((group, g) => {
    const row = g * (cap + 1);
    // A single option reads best[c - w] before this group touches it (c goes down); several
    // options must all read the values from before the group, so those are copied first.
    const from = group.options.length === 1 ? best : before;
    if (from === before) before.set(best);
    group.options.forEach((option, o) => {
      const weight = weights[g][o];
      for (let c = cap; c >= weight; c--) {
        const take = from[c - weight] + option.value;
        if (take > best[c] + EPSILON) {
          best[c] = take;
          choice[row + c] = o + 1;
        }
      }
    });
  });
  return { cap, unit, groups: local, weights, best, choice };
}

/** Units of `pool` used by the chosen options of the cross-pool groups. */
function crossUse(cross: Group[], choice: number[], pool: number, unit: number): number {
  let raw = 0;
  cross.forEach((group, g) => {
    if (choice[g] >= 0) raw += group.options[choice[g]].raw.get(pool) ?? 0;
  });
  return Math.ceil(raw / unit - EPSILON);
}

/** The total value of a choice for the cross-pool groups plus the best the pools can add; -1 when it does not fit. */
function evaluate(cross: Group[], choice: number[], tables: PoolTable[]): number {
  let value = 0;
  cross.forEach((group, g) => {
    if (choice[g] >= 0) value += group.options[choice[g]].value;
  });
  for (let pool = 0; pool < tables.length; pool++) {
    const left = tables[pool].cap - crossUse(cross, choice, pool, tables[pool].unit);
    if (left < 0) return -1;
    value += tables[pool].best[left];
  }
  return value;
}

/** The option (-1 for none) taken for each cross-pool group. */
function chooseCross(cross: Group[], tables: PoolTable[], state: { exact: boolean }): number[] {
  let choice = cross.map(() => -1);
  let bestValue = evaluate(cross, choice, tables);
  const combinations = cross.reduce((n, group) => n * (group.options.length + 1), 1);
  if (combinations <= COMBINATION_LIMIT) {
    const current = [...choice];
    for (let k = 1; k < combinations; k++) {
      // Mixed-radix counter over (options + 1) per group; digit 0 means "none".
      for (let g = 0; g < cross.length; g++) {
        current[g]++;
        if (current[g] < cross[g].options.length) break;
        current[g] = -1;
      }
      const value = evaluate(cross, current, tables);
      if (value > bestValue + EPSILON) {
        bestValue = value;
        choice = [...current];
      }
    }
    return choice;
  }
  state.exact = false;
  for (let improved = true; improved; ) {
    improved = false;
    cross.forEach((group, g) => {
      for (let o = -1; o < group.options.length; o++) {
        const trial = [...choice];
        trial[g] = o;
        const value = evaluate(cross, trial, tables);
        if (value > bestValue + EPSILON) {
          bestValue = value;
          choice = trial;
          improved = true;
        }
      }
    });
  }
  return choice;
}
