/** The base, or base-2, base-3… : the first that `taken` says is free (a new plan's or template's id). */
export async function freeSlug(base: string, taken: (slug: string) => Promise<unknown>): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}
