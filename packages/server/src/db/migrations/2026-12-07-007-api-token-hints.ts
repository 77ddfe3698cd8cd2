import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * A token's hint was cut at the last "_" of the token, and the random part may hold one: a hint
 * could show nearly the whole token to anyone who lists the tokens. Hints are cut again at the
 * prefix, as auth.secrets.ts now makes them: "kurs_pat_" and four characters.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const rows: { id: string; hint: string }[] = await db.selectFrom('api_tokens').select(['id', 'hint']).execute();
  for (const { id, hint } of rows) {
    const cut = `${hint.slice(0, hint.indexOf('_', 'kurs_'.length) + 5).replace(/…$/, '')}…`;
    if (cut !== hint) await db.updateTable('api_tokens').set({ hint: cut }).where('id', '=', id).execute();
  }
}
