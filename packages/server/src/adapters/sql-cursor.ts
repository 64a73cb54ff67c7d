/**
 * Keyset pagination over (created_at, id), newest first: the cursor names the last row shown, so
 * pages stay stable while rows are added. Opaque to clients (base64url), checked when read back.
 */
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeKeysetCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.getTime()}:${row.id}`).toString('base64url');
}

/** undefined for a cursor this server did not issue; callers answer it as the first page. */
export function decodeKeysetCursor(cursor: string): KeysetPosition | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (!at || !id || !/^\d+$/.test(at)) return undefined;
  return { at: new Date(Number(at)), id };
}
