/** Lower-case words of a text; hyphens and punctuation split words ("Instagram-følgere"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function hasNumber(text: string): boolean {
  return /\p{N}/u.test(text);
}
