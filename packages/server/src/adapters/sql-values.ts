/**
 * The one place where row values cross the boundary between JavaScript and the database.
 *
 * The same queries run on SQLite (better-sqlite3) and PostgreSQL (pg), and the two drivers disagree
 * on almost every non-string type: SQLite has no boolean, date or JSON type, and pg returns bigint
 * as a string. Repositories write every non-text value through a `toDb*` function and read it back
 * through the matching `fromDb*`, so a value round-trips identically on both backends. See
 * docs/decisions/0002-database-portability.md.
 */

// PostgreSQL refuses U+0000 in both `text` and `jsonb`; SQLite accepts it. Storing U+FFFD on both
// keeps the two backends identical instead of failing only in production.
const NUL = '\u0000';
const REPLACEMENT_CHARACTER = '\uFFFD';

function withoutNul(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, REPLACEMENT_CHARACTER) : text;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return 'Date';
  return typeof value;
}

/** A free-text value (a file name, a user agent) made storable on both backends. */
export function toDbText(value: string): string {
  return withoutNul(value);
}

/**
 * Always a JSON string, never an object: pg would send a JS array as a PostgreSQL array literal
 * and better-sqlite3 cannot bind objects at all. Strings inside the value have U+0000 replaced.
 */
export function toDbJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? withoutNul(item) : item));
  if (text === undefined) {
    throw new TypeError(`toDbJson: a ${typeName(value)} cannot be stored as JSON`);
  }
  return text;
}

/**
 * The decoded value, or null for SQL NULL. Unlike the other readers this one does not throw on
 * NULL, because JSON's own `null` is a legitimate stored value and decodes to the same thing.
 *
 * SQLite returns the stored text; the pg connections made by `createSqlDatabase` also return json
 * and jsonb as text (so a top-level JSON string can never be mistaken for encoded JSON). An
 * already-parsed value, from a pg connection made elsewhere, is passed through as is.
 */
export function fromDbJson<T = unknown>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return JSON.parse(value) as T;
  if (Buffer.isBuffer(value)) return JSON.parse(value.toString('utf8')) as T;
  return value as T;
}

/**
 * knex's better-sqlite3 client binds booleans as 0/1 and pg binds them natively, so the value is
 * passed through; the check stops a truthy string or number from being stored as a flag.
 */
export function toDbBool(value: boolean): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`toDbBool: expected a boolean, got a ${typeName(value)}`);
  return value;
}

/** SQLite returns 0/1, pg returns a boolean. */
export function fromDbBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  if (value === 0n || value === 1n) return value === 1n;
  if (value === '0' || value === '1') return value === '1';
  throw new TypeError(`fromDbBool: expected a boolean or 0/1, got ${typeName(value)} ${String(value)}`);
}

/**
 * Times are written as Date objects: pg sends them with their offset into `timestamptz`, and knex's
 * better-sqlite3 client binds them as epoch milliseconds, so SQLite columns hold integers that sort
 * and compare correctly. Never compare a time column with the database's own clock
 * (`knex.fn.now()`, CURRENT_TIMESTAMP): on SQLite that is a text value and never compares with an
 * integer. Pass the application's clock instead.
 */
export function toDbTime(value: Date): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`toDbTime: expected a valid Date, got ${typeName(value)} ${String(value)}`);
  }
  return value;
}

export function toDbTimeOrNull(value: Date | null | undefined): Date | null {
  return value === null || value === undefined ? null : toDbTime(value);
}

const INTEGER_TEXT = /^-?\d+$/;
// A string without a zone designator is SQLite's CURRENT_TIMESTAMP format, which is UTC.
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** pg returns a Date; SQLite returns epoch milliseconds (or text, if something wrote text). */
export function fromDbTime(value: unknown): Date {
  let date: Date | undefined;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'bigint') date = new Date(Number(value));
  else if (typeof value === 'string') {
    const text = value.trim();
    if (INTEGER_TEXT.test(text)) date = new Date(Number(text));
    else date = new Date(HAS_ZONE.test(text) ? text : `${text.replace(' ', 'T')}Z`);
  }
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new TypeError(`fromDbTime: not a stored time: ${typeName(value)} ${String(value)}`);
  }
  return date;
}

export function fromDbTimeOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : fromDbTime(value);
}

/**
 * pg returns bigint (int8) columns and every count(*) as a string; SQLite returns numbers. Values
 * beyond Number.MAX_SAFE_INTEGER are refused rather than silently rounded.
 */
export function fromDbInt(value: unknown): number {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'bigint') n = Number(value);
  else if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) n = Number(value.trim());
  if (n === undefined || !Number.isSafeInteger(n)) {
    throw new TypeError(`fromDbInt: not a safe integer: ${typeName(value)} ${String(value)}`);
  }
  return n;
}

export function fromDbIntOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : fromDbInt(value);
}
