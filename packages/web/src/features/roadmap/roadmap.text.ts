/** Average advance of a character of Inter at the bars' 11 px, a little generous. */
const CHAR_PX = 6.3;

/**
 * The part of `text` that fits `width` pixels, ending in "…" when cut, or null when not even
 * a few letters fit: text is drawn only where it can be read.
 */
export function fitText(text: string, width: number, charPx = CHAR_PX): string | null {
  const chars = Math.floor(width / charPx);
  if (chars >= text.length) return text;
  if (chars < 4) return null;
  return `${text.slice(0, chars - 1).trimEnd()}…`;
}
