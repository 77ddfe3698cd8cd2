/*
 * Ids are the users' own short strings (plan-document.md): letters and digits, then also
 * "-", "_" and ".", at most 80 characters. A new entity gets one from its name.
 */

const MAX_LENGTH = 60;

/** An id made from a name, e.g. "Rebuild the mobile checkout!" → "rebuild-the-mobile-checkout", unique among `taken`. */
export function idFromName(name: string, taken: Iterable<string>, fallback = 'item'): string {
  const base =
    name
      .toLocaleLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_LENGTH)
      .replace(/-+$/, '') || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
