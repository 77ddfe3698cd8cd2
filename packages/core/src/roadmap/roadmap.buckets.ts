import type { Activity } from '../plan/plan.schema.js';
import type { EisenhowerQuadrant } from '../activities/activities.scores.js';

export const ROADMAP_BUCKETS = ['now', 'next', 'later'] as const;
export type RoadmapBucket = (typeof ROADMAP_BUCKETS)[number];

/**
 * Where an undated activity goes: in progress → now, planned → next, idea (or no status)
 * → later; an urgent and important one (Eisenhower "do") moves up one bucket.
 */
export function bucketOf(activity: Pick<Activity, 'status'>, quadrant: EisenhowerQuadrant | null): RoadmapBucket {
  const urgent = quadrant === 'do';
  if (activity.status === 'in_progress') return 'now';
  if (activity.status === 'planned') return urgent ? 'now' : 'next';
  return urgent ? 'next' : 'later';
}
