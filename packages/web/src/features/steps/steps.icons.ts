import {
  IconChartLine,
  IconChess,
  IconClipboardCheck,
  IconLayoutDashboard,
  IconListCheck,
  IconMap2,
  IconStack2,
  IconTarget,
  IconTimeline,
  type Icon,
} from '@tabler/icons-react';
import type { StepId } from './steps.list';

export const STEP_ICONS: Record<StepId, Icon> = {
  dashboard: IconLayoutDashboard,
  situation: IconMap2,
  goals: IconTarget,
  kpis: IconChartLine,
  strategy: IconChess,
  activities: IconListCheck,
  themes: IconStack2,
  roadmap: IconTimeline,
  reviews: IconClipboardCheck,
};
