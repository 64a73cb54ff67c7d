import type { Knex } from 'knex';
import { newId } from '../../src/domain/ids.js';

/**
 * A CV row owned by `userId`, written straight to the database, for tests about ownership
 * (guest claims, cleanup) that do not need a stored file.
 */
export async function insertCvRow(db: Knex, userId: string): Promise<string> {
  const id = newId('cv');
  const now = new Date();
  await db('cvs').insert({
    id,
    user_id: userId,
    tenant_id: null,
    original_filename: 'cv.pdf',
    content_type: 'application/pdf',
    size_bytes: 1234,
    sha256: 'a'.repeat(64),
    storage_key: `cvs/${id}`,
    current_version: null,
    created_at: now,
    updated_at: now,
  });
  return id;
}
