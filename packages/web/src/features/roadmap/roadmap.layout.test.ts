import { roadmapModel, type Activity } from '@kurs/core';
import { fromDayNumber, toDayNumber } from '@kurs/core/browser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barsInView, GEOMETRY, laneAt, lanesInView, layoutRoadmap, milestoneSpots } from './roadmap.layout';
import { activity, roadmapPlan } from './roadmap.test-plans';

const today = '2027-03-01';

describe('layoutRoadmap', () => {
  it('stacks the lanes, puts each bar in its lane and row, and orders a lane by start', () => {
    const model = roadmapModel(
      roadmapPlan(
        [
          activity('late', { theme: 'web', start: '2027-03-01', end: '2027-03-10' }),
          activity('early', { theme: 'web', start: '2027-01-01', end: '2027-03-05' }),
          activity('cx', { theme: 'cx', start: '2027-02-01', end: '2027-02-02' }),
        ],
        { milestones: [{ title: 'Live', date: '2027-03-10', theme: 'cx' }] },
      ),
      { today },
    );
    const layout = layoutRoadmap(model.lanes);
    const [web, cx] = layout.lanes;
    expect([web!.y, cx!.y]).toEqual([0, web!.height]);
    expect(layout.height).toBe(web!.height + cx!.height);
    expect(web!.milestoneY).toBeNull();
    expect(cx!.milestoneY).not.toBeNull();
    expect(web!.order.map((box) => box.bar.id)).toEqual(['early', 'late']);
    for (const box of layout.byId.values()) {
      const lane = layout.lanes[box.lane]!;
      expect(box.y).toBeGreaterThanOrEqual(lane.y);
      expect(box.y + GEOMETRY.barHeight).toBeLessThanOrEqual(lane.y + lane.height);
      expect(box.endDay - box.startDay).toBe(toDayNumber(box.bar.end) - toDayNumber(box.bar.start) + 1);
    }
    expect([...layout.byId.keys()].sort()).toEqual(['cx', 'early', 'late']);
  });
});

describe('milestoneSpots and laneAt', () => {
  it('finds each milestone by id in its lane, in date order, and the lane under a height', () => {
    const model = roadmapModel(
      roadmapPlan([activity('a', { theme: 'web', start: '2027-02-01', end: '2027-02-10' })], {
        milestones: [
          { id: 'live', title: 'Live', date: '2027-05-10', theme: 'cx' },
          { id: 'beta', title: 'Beta', date: '2027-03-10', theme: 'cx' },
          { id: 'fast', title: 'Fast', date: '2027-04-01', activity: 'a' },
        ],
      }),
      { today },
    );
    const layout = layoutRoadmap(model.lanes);
    const spots = milestoneSpots(layout);
    const where = (id: string) => [spots.get(id)!.lane.key, spots.get(id)!.index];
    expect([where('beta'), where('live'), where('fast')]).toEqual([['cx', 0], ['cx', 1], ['web', 0]]);
    const [web, cx] = layout.lanes;
    expect(laneAt(layout, web!.y)).toBe(web);
    expect(laneAt(layout, cx!.y - 1)).toBe(web);
    expect(laneAt(layout, cx!.y + cx!.height - 1)).toBe(cx);
    expect(laneAt(layout, layout.height)).toBeUndefined();
  });
});

const activityArb = fc.record({
  theme: fc.constantFrom('web', 'cx', undefined),
  start: fc.integer({ min: 0, max: 364 }),
  length: fc.integer({ min: 0, max: 80 }),
});

describe('barsInView', () => {
  it('finds exactly the bars that touch the window', () => {
    const first = toDayNumber('2027-01-01');
    fc.assert(
      fc.property(
        fc.array(activityArb, { maxLength: 80 }),
        fc.integer({ min: -20, max: 380 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: -50, max: 2000 }),
        fc.integer({ min: 0, max: 600 }),
        (specs, from, days, top, height) => {
          const activities: Activity[] = specs.map((spec, i) =>
            activity(`r${i}`, { theme: spec.theme, start: fromDayNumber(first + spec.start), end: fromDayNumber(first + spec.start + spec.length) }),
          );
          const layout = layoutRoadmap(roadmapModel(roadmapPlan(activities), { today }).lanes);
          const fromDay = first + from;
          const toDay = fromDay + days;
          const bottom = top + height;
          const found = barsInView(layout, fromDay, toDay, top, bottom).map((box) => box.bar.id).sort();
          const expected = [...layout.byId.values()]
            .filter((box) => box.endDay > fromDay && box.startDay < toDay)
            .filter((box) => {
              const rowTop = box.y - (GEOMETRY.rowHeight - GEOMETRY.barHeight) / 2;
              return rowTop + GEOMETRY.rowHeight >= top && rowTop <= bottom;
            })
            .map((box) => box.bar.id)
            .sort();
          expect(found).toEqual(expected);
          for (const lane of lanesInView(layout, top, bottom)) expect(lane.y + lane.height >= top && lane.y <= bottom).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
