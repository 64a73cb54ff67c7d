import type { Knex } from 'knex';

/**
 * Deletes one row by id and answers its `user_id` as the delete itself read it, so a row that
 * changed owner just before (a guest's work moving to an account) is reported under its last owner.
 * Raw SQL because knex drops `returning` from deletes on SQLite, which has had RETURNING since 3.35.
 */
export async function deleteReturningOwner(
  db: Knex,
  table: 'cvs' | 'portfolios',
  id: string,
): Promise<string | undefined> {
  const result = (await db.raw('delete from ?? where id = ? returning user_id', [table, id])) as
    { user_id: string }[] | { rows: { user_id: string }[] };
  const rows = Array.isArray(result) ? result : result.rows;
  return rows[0]?.user_id;
}
