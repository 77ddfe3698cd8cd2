import type { ActivityStatus, ActivityType, FunnelStage, Level } from '@kurs/core';
import type { MessageId } from '../../i18n/i18n.messages';

/** The message of each choice of the plan format, for selects, badges and filters. */

export const TYPE_MESSAGES: Record<ActivityType, MessageId> = {
  campaign: 'activities.type.campaign',
  project: 'activities.type.project',
  task: 'activities.type.task',
  maintenance: 'activities.type.maintenance',
};

export const STATUS_MESSAGES: Record<ActivityStatus, MessageId> = {
  idea: 'activities.status.idea',
  planned: 'activities.status.planned',
  in_progress: 'activities.status.in_progress',
  done: 'activities.status.done',
  dropped: 'activities.status.dropped',
};

export const LEVEL_MESSAGES: Record<Level, MessageId> = {
  low: 'activities.level.low',
  medium: 'activities.level.medium',
  high: 'activities.level.high',
};

export const FUNNEL_MESSAGES: Record<FunnelStage, MessageId> = {
  reach: 'activities.funnel.reach',
  engage: 'activities.funnel.engage',
  convert: 'activities.funnel.convert',
  retain: 'activities.funnel.retain',
};
