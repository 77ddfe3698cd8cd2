import { lazy } from 'react';

/*
 * The milestone form and the activity details open on a click: their code (date field,
 * multi-select, tables) is loaded then, not before the timeline is drawn.
 */

export const LazyMilestoneEditor = lazy(() => import('./roadmap.milestone-form').then((m) => ({ default: m.MilestoneEditor })));

export const LazyRoadmapDetails = lazy(() => import('./roadmap.details').then((m) => ({ default: m.RoadmapDetails })));
