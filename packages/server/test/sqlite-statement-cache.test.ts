import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachePreparedStatements } from '../src/adapters/sqlite-statement-cache.js';

describe('prepared statements kept per SQLite connection', () => {
  it('prepares one query text once, and each text its own statement', () => {
    const db = new Database(':memory:');
    cachePreparedStatements(db);
    db.exec('create table t (id text primary key, n integer)');
    const select = 'select n from t where id = ?';
    expect(db.prepare(select)).toBe(db.prepare(select));
    expect(db.prepare('select id from t')).not.toBe(db.prepare(select));
    db.prepare('insert into t values (?, ?)').run('a', 1);
    db.prepare('insert into t values (?, ?)').run('b', 2);
    expect(db.prepare(select).all('b')).toEqual([{ n: 2 }]);
    db.close();
  });

  it('a kept statement sees a schema a migration changed after it was prepared', () => {
    const db = new Database(':memory:');
    cachePreparedStatements(db);
    db.exec('create table t (id text primary key)');
    db.prepare('insert into t values (?)').run('a');
    expect(db.prepare('select * from t').all()).toEqual([{ id: 'a' }]);
    db.exec("alter table t add column label text not null default 'x'");
    expect(db.prepare('select * from t').all()).toEqual([{ id: 'a', label: 'x' }]);
    db.close();
  });

  it('keeps at most its bound of statements', () => {
    const db = new Database(':memory:');
    cachePreparedStatements(db, 2);
    const first = db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 3');
    expect(db.prepare('select 1')).not.toBe(first);
    db.close();
  });
});
