import { describe, expect, it } from 'vitest';
import { draftKey, draftOffer, dropDraft, loadDraft, newSlot, restoredDraft, sameReview, saveDraft, type DraftPlace } from './reviews.draft';
import { experimentDraft, newReviewDraft, type ReviewDraft } from './reviews.model';

/** localStorage as the browser has it, in memory. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const kari: DraftPlace = { user: 'user-kari', ws: 'demo', plan: 'strategy-2027' };
const ola: DraftPlace = { ...kari, user: 'user-ola' };
const opened = (period: string, date: string): ReviewDraft => ({ ...newReviewDraft(['sell-books'], [], date), period });
const typed = (draft: ReviewDraft, summary: string): ReviewDraft => ({ ...draft, summary });

describe('the review editor’s draft in the browser', () => {
  it('is kept per user, workspace, plan and review, and read back as it was written', () => {
    const storage = new MemoryStorage();
    const draft = typed(opened('2027-Q1', '2027-03-30'), 'Visits ahead of plan');
    saveDraft(storage, draftKey(kari, 'review-2027-q1'), { savedAt: '2027-03-30T14:05:00.000Z', baseVersion: 3, draft });

    expect(loadDraft(storage, draftKey(kari, 'review-2027-q1'))).toEqual({ savedAt: '2027-03-30T14:05:00.000Z', baseVersion: 3, draft });
    expect(loadDraft(storage, draftKey(ola, 'review-2027-q1'))).toBeNull();
    expect(loadDraft(storage, draftKey({ ...kari, plan: 'other' }, 'review-2027-q1'))).toBeNull();
    expect(loadDraft(storage, draftKey(kari, newSlot('2027-Q1')))).toBeNull();

    dropDraft(storage, draftKey(kari, 'review-2027-q1'));
    expect(loadDraft(storage, draftKey(kari, 'review-2027-q1'))).toBeNull();
  });

  it('reads anything else in its place as no draft', () => {
    const storage = new MemoryStorage();
    const key = draftKey(kari, newSlot('2027-Q1'));
    for (const junk of ['{', '"text"', '{"savedAt":5}', '{"savedAt":"2027-03-30T14:05:00Z","baseVersion":null,"draft":{"goals":"x"}}']) {
      storage.setItem(key, junk);
      expect(loadDraft(storage, key)).toBeNull();
    }
  });

  it('offers an edit’s draft back, and says when the stored review changed after the draft was made', () => {
    const storage = new MemoryStorage();
    const initial = opened('2027-Q1', '2027-03-31');
    const draft = typed(initial, 'Conversion behind: move budget to search');
    saveDraft(storage, draftKey(kari, 'review-2027-q1'), { savedAt: '2027-04-02T09:00:00.000Z', baseVersion: 3, draft });

    const same = draftOffer(storage, kari, { review: { id: 'review-2027-q1', version: 3 }, initial });
    expect(same).toMatchObject({ key: draftKey(kari, 'review-2027-q1'), changedSince: null });
    expect(same?.stored.draft.summary).toBe('Conversion behind: move budget to search');

    const moved = draftOffer(storage, kari, { review: { id: 'review-2027-q1', version: 4 }, initial });
    expect(moved?.changedSince).toBe('review');

    // Another user opening the same review is offered nothing.
    expect(draftOffer(storage, ola, { review: { id: 'review-2027-q1', version: 3 }, initial })).toBeNull();
  });

  it('does not offer a draft that holds nothing more than what the editor opens with', () => {
    const storage = new MemoryStorage();
    const initial = opened('2027-Q2', '2027-06-30');
    // Only the experiments' list keys differ, and a summary of spaces is no summary.
    const same = { ...typed(initial, '   '), experiments: [] };
    saveDraft(storage, draftKey(kari, newSlot('2027-Q2')), { savedAt: '2027-06-30T10:00:00.000Z', baseVersion: null, draft: same });
    expect(draftOffer(storage, kari, { review: null, initial })).toBeNull();
    expect(sameReview(initial, same)).toBe(true);
    expect(sameReview(initial, typed(initial, 'Held late'))).toBe(false);
  });

  it('offers a new review’s draft on the review of its quarter saved since, saying so', () => {
    const storage = new MemoryStorage();
    const draft = typed(opened('2027-Q1', '2027-03-30'), 'Written while a colleague saved the Q1 review');
    saveDraft(storage, draftKey(kari, newSlot('2027-Q1')), { savedAt: '2027-03-30T14:05:00.000Z', baseVersion: null, draft });

    const stored = opened('2027-Q1', '2027-03-31');
    const offer = draftOffer(storage, kari, { review: { id: 'review-2027-q1', version: 1 }, initial: stored });
    expect(offer).toMatchObject({ key: draftKey(kari, newSlot('2027-Q1')), changedSince: 'created' });
    // A review of another quarter is not offered this draft.
    expect(draftOffer(storage, kari, { review: { id: 'review-2027-q2', version: 1 }, initial: opened('2027-Q2', '2027-06-30') })).toBeNull();
    // A new draft whose quarter was changed in the editor goes with the quarter it names.
    saveDraft(storage, draftKey(kari, newSlot('2027-Q3')), { savedAt: '2027-06-01T08:00:00.000Z', baseVersion: null, draft: typed(opened('2027-Q2', '2027-06-01'), 'Moved to Q2') });
    expect(draftOffer(storage, kari, { review: { id: 'review-2027-q2', version: 1 }, initial: opened('2027-Q2', '2027-06-30') })).toMatchObject({
      key: draftKey(kari, newSlot('2027-Q3')),
      changedSince: 'created',
    });
  });

  it('gives restored experiments list keys of their own', () => {
    const first = experimentDraft({ hypothesis: 'Gift guides lift conversion' });
    const draft = { ...opened('2027-Q1', '2027-03-30'), experiments: [first] };
    const restored = restoredDraft({ savedAt: '2027-03-30T14:05:00.000Z', baseVersion: null, draft });
    expect(restored.experiments.map((e) => e.hypothesis)).toEqual(['Gift guides lift conversion']);
    expect(restored.experiments[0]!.key).not.toBe(first.key);
  });
});
