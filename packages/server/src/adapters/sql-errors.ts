/** A unique constraint refused the write, on PostgreSQL or SQLite. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return (
    e !== null &&
    typeof e === 'object' &&
    (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e.message ?? ''))
  );
}
