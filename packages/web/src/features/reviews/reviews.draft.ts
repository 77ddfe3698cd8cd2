import { experimentDraft, reviewOf, type ReviewDraft } from './reviews.model';

/*
 * The review editor keeps what is typed in the browser (localStorage) until it is saved or
 * discarded, so a reload, a crash or a closed tab does not lose an hour's review. A draft is
 * kept per user, workspace, plan and review: the review's id, or "new-<quarter>" for a review
 * not saved yet. It is offered back when the editor opens again, never restored by itself.
 */

export interface DraftPlace {
  user: string;
  ws: string;
  plan: string;
}

export interface StoredDraft {
  /** When the draft was last written (ISO date and time). */
  savedAt: string;
  /** The version of the stored review the draft was made on (the key names the review); null for a new review. */
  baseVersion: number | null;
  draft: ReviewDraft;
}

/** Why the offer needs a word of warning: the review changed after the draft was made, or a review of the draft's quarter was saved since. */
export type ChangedSince = 'review' | 'created' | null;

export interface DraftOffer {
  key: string;
  stored: StoredDraft;
  changedSince: ChangedSince;
}

const PREFIX = 'kurs.review-draft';

const prefixOf = (place: DraftPlace) => `${PREFIX}/${encodeURIComponent(place.user)}/${encodeURIComponent(place.ws)}/${encodeURIComponent(place.plan)}/`;

export function draftKey(place: DraftPlace, slot: string): string {
  return prefixOf(place) + encodeURIComponent(slot);
}

/** The slot of a review not saved yet, by the quarter the editor opened for. */
export function newSlot(quarter: string): string {
  return `new-${quarter}`;
}

export function saveDraft(storage: Storage, key: string, stored: StoredDraft): void {
  try {
    storage.setItem(key, JSON.stringify(stored));
  } catch {
    // A full or forbidden storage leaves the unsaved-work question as the only guard.
  }
}

export function dropDraft(storage: Storage, key: string): void {
  storage.removeItem(key);
}

export function loadDraft(storage: Storage, key: string): StoredDraft | null {
  const text = storage.getItem(key);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isStoredDraft(value) ? value : null;
  } catch {
    return null;
  }
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { savedAt, baseVersion, draft } = value as Record<string, unknown>;
  if (typeof savedAt !== 'string') return false;
  if (baseVersion !== null && typeof baseVersion !== 'number') return false;
  if (typeof draft !== 'object' || draft === null) return false;
  const d = draft as Record<string, unknown>;
  return typeof d.date === 'string' && typeof d.period === 'string' && typeof d.summary === 'string' && Array.isArray(d.goals) && Array.isArray(d.experiments);
}

/** Whether two drafts would save the same review (texts trimmed, the experiments' list keys aside). */
export function sameReview(a: ReviewDraft, b: ReviewDraft): boolean {
  return JSON.stringify(reviewOf(a)) === JSON.stringify(reviewOf(b));
}

/**
 * The draft to offer when the editor opens on `review` (null: a new review), if it holds more
 * than `initial`, what the editor opens with (its period is the quarter). An edit looks for its
 * own draft, then for a new review's draft of the same quarter written before that review was saved.
 */
export function draftOffer(storage: Storage, place: DraftPlace, opening: { review: { id: string; version: number } | null; initial: ReviewDraft }): DraftOffer | null {
  const offer = (key: string, stored: StoredDraft | null, changedSince: ChangedSince): DraftOffer | null =>
    stored && !sameReview(stored.draft, initial) ? { key, stored, changedSince } : null;
  const { review, initial } = opening;
  if (!review) {
    const key = draftKey(place, newSlot(initial.period));
    return offer(key, loadDraft(storage, key), null);
  }
  const own = draftKey(place, review.id);
  const stored = loadDraft(storage, own);
  if (stored) return offer(own, stored, stored.baseVersion === review.version ? null : 'review');
  for (const key of keysOf(storage, prefixOf(place) + encodeURIComponent(newSlot('')))) {
    const written = loadDraft(storage, key);
    if (written?.draft.period === initial.period) return offer(key, written, 'created');
  }
  return null;
}

function keysOf(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** A stored draft back in the editor; each experiment gets a list key of this page's own. */
export function restoredDraft(stored: StoredDraft): ReviewDraft {
  return { ...stored.draft, experiments: stored.draft.experiments.map((e) => ({ ...e, key: experimentDraft().key })) };
}
