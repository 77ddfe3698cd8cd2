import type { ActivityStatus } from '@kurs/core';

/** The colour of each status's badge. */
export const STATUS_COLORS: Record<ActivityStatus, string> = {
  idea: 'gray',
  planned: 'blue',
  in_progress: 'violet',
  done: 'teal',
  dropped: 'red',
};
