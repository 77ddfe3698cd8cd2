import {
  activitySchema,
  audienceSchema,
  campaignSchema,
  channelSchema,
  competitorSchema,
  experimentSchema,
  goalSchema,
  journeyStepSchema,
  kpiSchema,
  milestoneSchema,
  reviewGoalSchema,
  reviewSchema,
  themeSchema,
} from '@kurs/core';
import type { z } from 'zod';
import type { CollectionTableName } from '../db/tables.js';

/*
 * How each collection of the plan document maps to its table. Columns are derived from the
 * core schema (one name per thing), so a field added to the schema needs only a migration.
 */

export type ColumnKind = 'text' | 'number' | 'bool' | 'list';

export interface ColumnMap {
  /** Path of the field in the entity, e.g. ["baseline", "value"]. */
  field: readonly string[];
  column: string;
  kind: ColumnKind;
}

export interface ChildList {
  /** The entity field that holds the list (a review's "goals"). */
  field: string;
  table: CollectionTableName;
  /** The column that holds the parent row's id. */
  parentColumn: string;
  columns: ColumnMap[];
}

export interface CollectionDescriptor {
  name: CollectionName;
  table: CollectionTableName;
  /** Where the list sits in the plan document. */
  documentPath: readonly string[];
  /** True when the format lets the id out; the import then derives one (normalizePlan). */
  idOptional: boolean;
  schema: z.ZodObject;
  columns: ColumnMap[];
  children: ChildList[];
}

export const COLLECTION_NAMES = [
  'audiences',
  'competitors',
  'channels',
  'campaigns',
  'goals',
  'kpis',
  'themes',
  'activities',
  'milestones',
  'reviews',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** Field names that are SQL words or references get a clearer column name. */
const COLUMN_NAMES: Record<string, string> = {
  channel: 'channel_key',
  parent: 'parent_key',
  kpi: 'kpi_key',
  theme: 'theme_key',
  activity: 'activity_key',
  goal: 'goal_key',
  start: 'start_date',
  end: 'end_date',
  next: 'next_step',
};

function kindOf(schema: z.ZodType): ColumnKind | 'object' {
  const type = (schema.def as { type: string }).type;
  if (type === 'optional') return kindOf((schema as unknown as z.ZodOptional<z.ZodType>).unwrap());
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'bool';
  if (type === 'array') return 'list';
  if (type === 'object') return 'object';
  return 'text';
}

function innerObject(schema: z.ZodType): z.ZodObject {
  const type = (schema.def as { type: string }).type;
  return (type === 'optional' ? (schema as unknown as z.ZodOptional<z.ZodObject>).unwrap() : schema) as z.ZodObject;
}

/** Columns for every field of an item schema; nested objects flatten to parent_child. */
export function columnsOf(
  schema: z.ZodObject,
  skip: readonly string[] = ['id'],
  names: Record<string, string> = COLUMN_NAMES,
): ColumnMap[] {
  const columns: ColumnMap[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    if (skip.includes(field)) continue;
    const kind = kindOf(fieldSchema as z.ZodType);
    if (kind === 'object') {
      for (const [sub, subSchema] of Object.entries(innerObject(fieldSchema as z.ZodType).shape)) {
        columns.push({ field: [field, sub], column: `${field}_${sub}`, kind: kindOf(subSchema as z.ZodType) as ColumnKind });
      }
    } else {
      columns.push({ field: [field], column: names[field] ?? field, kind });
    }
  }
  return columns;
}

function collection(
  name: CollectionName,
  schema: z.ZodObject,
  options: { situation?: boolean; children?: ChildList[]; names?: Record<string, string> } = {},
): CollectionDescriptor {
  const idOptional = (schema.shape.id?.def as { type: string } | undefined)?.type === 'optional';
  const skip = ['id', ...(options.children ?? []).map((c) => c.field)];
  return {
    name,
    table: name,
    documentPath: options.situation ? ['situation', name] : [name],
    idOptional,
    schema,
    columns: columnsOf(schema, skip, { ...COLUMN_NAMES, ...options.names }),
    children: options.children ?? [],
  };
}

export const COLLECTIONS: Record<CollectionName, CollectionDescriptor> = {
  audiences: collection('audiences', audienceSchema, { situation: true }),
  competitors: collection('competitors', competitorSchema, { situation: true }),
  // A channel's goal is its purpose in words, not a reference to a goal.
  channels: collection('channels', channelSchema, { situation: true, names: { goal: 'goal' } }),
  campaigns: collection('campaigns', campaignSchema, { situation: true }),
  goals: collection('goals', goalSchema),
  kpis: collection('kpis', kpiSchema),
  themes: collection('themes', themeSchema),
  activities: collection('activities', activitySchema),
  milestones: collection('milestones', milestoneSchema),
  reviews: collection('reviews', reviewSchema, {
    children: [
      { field: 'goals', table: 'review_goals', parentColumn: 'review_id', columns: columnsOf(reviewGoalSchema, []) },
      { field: 'experiments', table: 'experiments', parentColumn: 'review_id', columns: columnsOf(experimentSchema, []) },
    ],
  }),
};

/** Lists of the plan's singletons that are stored one row per item. */
export const JOURNEY_COLUMNS = columnsOf(journeyStepSchema, []);
