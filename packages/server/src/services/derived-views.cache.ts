/** How much a cache may hold: at most `entries` entries whose sizes (approximate bytes) add up to at most `bytes`. */
export interface CacheLimits {
  entries: number;
  bytes: number;
}

/**
 * A map that forgets what was used least recently once it holds more than its limits. A value's
 * size may be unknown when it is put (a read still under way) and given later with `resize`.
 */
export class LruCache<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(private readonly limits: CacheLimits) {}

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    // A Map keeps insertion order: moving the entry to the end makes it the most recent.
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, size = 0): void {
    this.delete(key);
    this.map.set(key, { value, size });
    this.total += size;
    this.evict();
  }

  /** Gives the size of the value still under `key` (the same value: a newer one keeps its own). */
  resize(key: string, value: V, size: number): void {
    const entry = this.map.get(key);
    if (!entry || entry.value !== value) return;
    this.total += size - entry.size;
    entry.size = size;
    this.evict();
  }

  /** Forgets the key, if it still holds `value` when one is given. */
  delete(key: string, value?: V): void {
    const entry = this.map.get(key);
    if (!entry || (value !== undefined && entry.value !== value)) return;
    this.map.delete(key);
    this.total -= entry.size;
  }

  /** The number of entries and their total size. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.map.size, bytes: this.total };
  }

  private evict(): void {
    for (const [key, entry] of this.map) {
      if (this.map.size <= this.limits.entries && this.total <= this.limits.bytes) return;
      this.map.delete(key);
      this.total -= entry.size;
    }
  }
}
