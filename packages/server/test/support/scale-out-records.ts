import pg from 'pg';

/**
 * What PostgreSQL holds after a scale-out run, per account: the ground truth the test compares with
 * what each simulated person was told, read directly rather than through the API under test.
 */

export interface AccountRecords {
  userId: string;
  email: string;
  cvs: { id: string; sha256: string }[];
  extractions: { id: string; cvId: string; status: string }[];
  /** Document versions: an extraction that ran twice to the end leaves two. */
  versions: { cvId: string; extractionId: string | null; source: string }[];
  portfolios: { id: string; cvId: string; status: string; publishedSlug: string | null }[];
}

export async function readAccountRecords(databaseUrl: string): Promise<Map<string, AccountRecords>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One after another: a pg client runs one query at a time anyway.
    const users = await client.query<{ id: string; email: string }>('select id, email from users');
    const cvs = await client.query<{ id: string; user_id: string; sha256: string }>(
      'select id, user_id, sha256 from cvs',
    );
    const extractions = await client.query<{ id: string; cv_id: string; status: string; user_id: string }>(
      'select e.id, e.cv_id, e.status, c.user_id from extractions e join cvs c on c.id = e.cv_id',
    );
    const versions = await client.query<{
      cv_id: string;
      extraction_id: string | null;
      source: string;
      user_id: string;
    }>('select v.cv_id, v.extraction_id, v.source, c.user_id from cv_data_versions v join cvs c on c.id = v.cv_id');
    const portfolios = await client.query<{
      id: string;
      cv_id: string;
      status: string;
      published_slug: string | null;
      user_id: string;
    }>('select id, cv_id, status, published_slug, user_id from portfolios');
    const accounts = new Map<string, AccountRecords>();
    for (const user of users.rows) {
      accounts.set(user.id, {
        userId: user.id,
        email: user.email,
        cvs: [],
        extractions: [],
        versions: [],
        portfolios: [],
      });
    }
    const of = (userId: string) => {
      const account = accounts.get(userId);
      if (!account) throw new Error(`a row belongs to user ${userId}, who does not exist`);
      return account;
    };
    for (const row of cvs.rows) of(row.user_id).cvs.push({ id: row.id, sha256: row.sha256 });
    for (const row of extractions.rows) {
      of(row.user_id).extractions.push({ id: row.id, cvId: row.cv_id, status: row.status });
    }
    for (const row of versions.rows) {
      of(row.user_id).versions.push({ cvId: row.cv_id, extractionId: row.extraction_id, source: row.source });
    }
    for (const row of portfolios.rows) {
      of(row.user_id).portfolios.push({
        id: row.id,
        cvId: row.cv_id,
        status: row.status,
        publishedSlug: row.published_slug,
      });
    }
    return accounts;
  } finally {
    await client.end();
  }
}
