import type { Channel, FieldError, FunnelStage } from '@kurs/core';
import { FUNNEL_STAGES } from '@kurs/core/browser';
import { isApiError } from '../../shared/api/api.client';

/* The small facts the situation page derives from its entities and from a `?focus=` path. */

/** The collections of the situation, in the order the page shows them. */
export const SITUATION_COLLECTIONS = ['audiences', 'competitors', 'channels', 'campaigns'] as const;
export type SituationCollection = (typeof SITUATION_COLLECTIONS)[number];

/** The document path of one entity, as the health check names it: "situation.channels[2]". */
export function entityPath(collection: SituationCollection, index: number): string {
  return `situation.${collection}[${index}]`;
}

/** What a `?focus=` path points at on the situation page. */
export type SituationFocus =
  | { kind: 'entity'; collection: SituationCollection; index: number }
  | { kind: 'section'; section: SituationCollection | 'usp' | 'findings' };

export function situationFocus(path: string | null): SituationFocus | null {
  if (!path) return null;
  const entity = /^situation\.(audiences|competitors|channels|campaigns)\[(\d+)\]/.exec(path);
  if (entity) return { kind: 'entity', collection: entity[1] as SituationCollection, index: Number(entity[2]) };
  const section = /^situation\.(audiences|competitors|channels|campaigns|usp|findings)\b/.exec(path);
  if (section) return { kind: 'section', section: section[1] as SituationCollection | 'usp' | 'findings' };
  return null;
}

/**
 * A new channel's id from its name ("Google Ads" → "google-ads"), unique among `taken`.
 * Ids appear in URLs and in the plan document, so they stay short and readable.
 */
export function newChannelId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'channel';
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Where a stage's cell sits in the channel's band across the funnel: a run of neighbouring
 * stages is drawn as one band, so a channel that hands people on reads as one piece.
 */
export type BandPart = 'none' | 'alone' | 'start' | 'middle' | 'end';

export function stageBand(funnel: readonly FunnelStage[] | undefined): Record<FunnelStage, BandPart> {
  const on = new Set(funnel ?? []);
  const parts = {} as Record<FunnelStage, BandPart>;
  FUNNEL_STAGES.forEach((stage, i) => {
    if (!on.has(stage)) {
      parts[stage] = 'none';
      return;
    }
    const before = i > 0 && on.has(FUNNEL_STAGES[i - 1]!);
    const after = i < FUNNEL_STAGES.length - 1 && on.has(FUNNEL_STAGES[i + 1]!);
    parts[stage] = before && after ? 'middle' : before ? 'end' : after ? 'start' : 'alone';
  });
  return parts;
}

/** The one stage a present channel works on, when it works on exactly one: a silo (the Swedish WSI seed). */
export function siloStage(channel: Pick<Channel, 'present' | 'funnel'>): FunnelStage | undefined {
  if (channel.present === false) return undefined;
  const stages = new Set(channel.funnel ?? []);
  return stages.size === 1 ? [...stages][0] : undefined;
}

/** Present channels per stage: the ecosystem's footer, where an empty stage stands out. */
export function channelsPerStage(channels: readonly Pick<Channel, 'present' | 'funnel'>[]): Record<FunnelStage, number> {
  const counts = Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, 0])) as Record<FunnelStage, number>;
  for (const channel of channels) {
    if (channel.present === false) continue;
    for (const stage of new Set(channel.funnel ?? [])) counts[stage] += 1;
  }
  return counts;
}

/**
 * A refused save's field errors split into those a form shows at its own fields (paths are
 * relative to the entity: "name", "better_at[0]") and the rest.
 */
export function fieldErrors(
  error: unknown,
  fields: readonly string[],
  say: (error: FieldError) => string = (e) => e.message,
): { byField: Record<string, string>; other: FieldError[] } {
  const byField: Record<string, string> = {};
  const other: FieldError[] = [];
  if (!isApiError(error) || (error.status !== 400 && error.status !== 422)) return { byField, other };
  for (const fieldError of error.errors) {
    const field = /^[^.[]*/.exec(fieldError.path)![0];
    if (fields.includes(field) && !byField[field]) byField[field] = say(fieldError);
    else other.push(fieldError);
  }
  return { byField, other };
}
