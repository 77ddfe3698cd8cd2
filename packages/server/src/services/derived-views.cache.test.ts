import { describe, expect, it } from 'vitest';
import { LruCache } from './derived-views.cache.js';

describe('LruCache', () => {
  it('forgets the least recently used entry beyond its number of entries', () => {
    const cache = new LruCache<string>({ entries: 2, bytes: 100 });
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.usage.entries).toBe(2);
  });

  it('keeps the sizes under its bytes, also when a size is given later', () => {
    const cache = new LruCache<string>({ entries: 10, bytes: 100 });
    cache.set('a', 'A', 40);
    cache.set('b', 'B');
    cache.set('c', 'C', 40);
    expect(cache.usage).toEqual({ entries: 3, bytes: 80 });
    cache.resize('b', 'B', 30);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.usage).toEqual({ entries: 2, bytes: 70 });
    // An entry larger than the whole cache is not kept.
    cache.set('d', 'D', 101);
    expect(cache.get('d')).toBeUndefined();
    expect(cache.usage.bytes).toBeLessThanOrEqual(100);
  });

  it('resizes and deletes only the value it is given, not a newer one under the same key', () => {
    const cache = new LruCache<string>({ entries: 10, bytes: 100 });
    cache.set('a', 'old', 10);
    cache.set('a', 'new', 20);
    cache.resize('a', 'old', 90);
    cache.delete('a', 'old');
    expect(cache.get('a')).toBe('new');
    expect(cache.usage).toEqual({ entries: 1, bytes: 20 });
    cache.delete('a');
    expect(cache.usage).toEqual({ entries: 0, bytes: 0 });
  });
});
