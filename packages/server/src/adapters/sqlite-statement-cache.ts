import type BetterSqlite3 from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/**
 * knex prepares every query's statement again (`connection.prepare(sql)` per query): 8 % of the
 * embedded server's CPU in a profile of `GET /api/v1/cvs/{id}` under load. The SQL knex builds for
 * one query shape is always the same text (values are bound), so each connection keeps its prepared
 * statements by text. Bounded, since `whereIn` lists of many lengths each make their own text.
 * Reusing a statement is safe here: better-sqlite3 runs it to completion synchronously (knex never
 * iterates one), and SQLite re-prepares a statement itself when a migration changes the schema.
 */
export function cachePreparedStatements(connection: BetterSqlite3.Database, max = 500): void {
  const prepare = connection.prepare.bind(connection);
  const statements = new LRUCache<string, BetterSqlite3.Statement>({ max });
  connection.prepare = ((sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }) as typeof connection.prepare;
}
