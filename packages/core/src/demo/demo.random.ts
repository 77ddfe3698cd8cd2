/*
 * Deterministic noise for the demo plan. Each value is drawn from a generator seeded by a key
 * (a KPI id and a date, say), so a value never depends on the order in which others were drawn.
 */

/** mulberry32: a small, fast 32-bit generator; good enough for believable noise. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a key into a seed. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) that depends only on the key. */
export function unitNoise(key: string): number {
  return mulberry32(hash(key))();
}

/** A factor in [1 - halfWidth, 1 + halfWidth] that depends only on the key. */
export function jitter(key: string, halfWidth: number): number {
  return 1 + halfWidth * (2 * unitNoise(key) - 1);
}
