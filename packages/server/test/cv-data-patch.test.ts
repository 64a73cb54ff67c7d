import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/database-kinds.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';
const MERGE_PATCH = 'application/merge-patch+json';

interface DocumentBody {
  version: number;
  source: string;
  data: Record<string, unknown>;
}

const kinds = await databaseKinds('cv document merge patch');

describe.each(kinds)('PATCH /api/v1/cvs/{cv_id}/data (RFC 7396) [%s]', (database) => {
  let app: TestApp;
  let me: Record<string, string>;
  let other: Record<string, string>;

  async function guest(): Promise<Record<string, string>> {
    const res = await app.request('POST', '/api/v1/auth/guest');
    return { authorization: `Bearer ${res.json<{ session_id: string }>().session_id}` };
  }

  /** A CV with a document at version 1, written by hand (no extraction needed). */
  async function cvWithDocument(): Promise<string> {
    const boundary = '----r2wpatch';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\nContent-Type: text/plain\r\n\r\n` +
        `Lucía Fernández\nIngeniera de software\n\r\n--${boundary}--\r\n`,
    );
    const uploaded = await app.request('POST', '/api/v1/cvs', {
      body,
      headers: { ...me, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(uploaded.status, uploaded.text).toBe(202);
    const { id } = uploaded.json<{ id: string }>();
    // Wait for the extraction so it cannot write a version under the test's feet.
    for (let i = 0; i < 200; i++) {
      const got = await app.request('GET', `/api/v1/cvs/${id}`, { headers: me });
      const status = got.json<{ extraction: { status: string } | null }>().extraction?.status;
      if (status === 'succeeded' || status === 'failed') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const current = await app.request('GET', `/api/v1/cvs/${id}/data`, { headers: me, unchecked: true });
    const base = current.status === 200 ? current.json<DocumentBody>().version : undefined;
    const put = await app.request('PUT', `/api/v1/cvs/${id}/data`, {
      headers: me,
      json: {
        ...(base && { base_version: base }),
        data: {
          hero: { fullName: 'Lucía Fernández', professionalTitle: 'Backend Engineer' },
          contact: { email: 'lucia@example.com', phone: '+34 612 345 678' },
          skills: { skillCategories: [{ categoryName: 'Backend', skills: ['Go', 'PostgreSQL'] }] },
        },
      },
    });
    expect(put.status, put.text).toBe(200);
    return id;
  }

  function patch(cvId: string, body: unknown, headers = me, type = MERGE_PATCH) {
    return app.request('PATCH', `/api/v1/cvs/${cvId}/data`, {
      body: JSON.stringify(body),
      headers: { ...headers, 'content-type': type },
    });
  }

  async function current(cvId: string): Promise<DocumentBody> {
    return (await app.request('GET', `/api/v1/cvs/${cvId}/data`, { headers: me })).json<DocumentBody>();
  }

  beforeAll(async () => {
    app = await startTestApp({
      database,
      rateLimitOverrides: { guestPerIp: { points: 1000, durationSeconds: 60 } },
    });
    me = await guest();
    other = await guest();
  });
  afterAll(() => app.close());

  it('merges nested members, removes one with null and replaces arrays whole', async () => {
    const id = await cvWithDocument();
    const before = await current(id);
    const res = await patch(id, {
      base_version: before.version,
      data: {
        hero: { professionalTitle: 'Staff Engineer' },
        contact: { phone: null },
        skills: { skillCategories: [{ categoryName: 'Data', skills: ['SQL'] }] },
      },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('etag')).toBe(`"v${before.version + 1}"`);
    const body = res.json<DocumentBody>();
    expect(body).toMatchObject({ version: before.version + 1, source: 'user' });
    expect(body.data.hero).toMatchObject({ fullName: 'Lucía Fernández', professionalTitle: 'Staff Engineer' });
    expect(body.data.contact).toMatchObject({ email: 'lucia@example.com' });
    expect(body.data.contact).not.toHaveProperty('phone');
    expect(body.data.skills).toMatchObject({ skillCategories: [{ categoryName: 'Data', skills: ['SQL'] }] });
    expect(await current(id)).toEqual(body);

    // Without base_version the patch applies to whatever is current.
    const unconditional = await patch(id, { data: { hero: { professionalTitle: 'Principal Engineer' } } });
    expect(unconditional.status, unconditional.text).toBe(200);
    expect(unconditional.json<DocumentBody>()).toMatchObject({
      version: before.version + 2,
      data: { hero: { fullName: 'Lucía Fernández', professionalTitle: 'Principal Engineer' } },
    });
  });

  it('refuses a stale base_version with 409 and writes nothing', async () => {
    const id = await cvWithDocument();
    const before = await current(id);
    const stale = await patch(id, { base_version: before.version + 5, data: { hero: { fullName: 'X' } } });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ type: `${PROBLEM}conflict`, current_version: before.version });
    expect(await current(id)).toEqual(before);
  });

  it('validates the patched document like a PUT: 422 with pointers, nothing written', async () => {
    const id = await cvWithDocument();
    const before = await current(id);
    const hostile = await patch(id, { data: { hero: { profilePhotoUrl: 'javascript:alert(1)' } } });
    expect(hostile.status).toBe(422);
    const problem = hostile.json<{ type: string; errors: { location: string; pointer: string }[] }>();
    expect(problem.type).toBe(`${PROBLEM}validation-error`);
    expect(problem.errors.map((e) => e.pointer)).toContain('/data/hero/profilePhotoUrl');

    const unknown = await patch(id, { data: { hero: { shoeSize: 42 } } });
    expect(unknown.status).toBe(422);
    expect(unknown.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toContain(
      '/data/hero/shoeSize',
    );

    const notAPatch = await patch(id, { data: [1, 2] });
    expect(notAPatch.status).toBe(422);
    expect(await current(id)).toEqual(before);
  });

  it('takes only application/merge-patch+json (415 otherwise)', async () => {
    const id = await cvWithDocument();
    const before = await current(id);
    const asJson = await patch(id, { data: { hero: { fullName: 'X' } } }, me, 'application/json');
    expect(asJson.status).toBe(415);
    expect(asJson.json()).toMatchObject({ type: `${PROBLEM}unsupported-media-type` });
    const asText = await patch(id, { data: { hero: { fullName: 'X' } } }, me, 'text/plain');
    expect(asText.status).toBe(415);
    expect(await current(id)).toEqual(before);
  });

  it('answers 404 to someone else, and 401 without a session; nothing written', async () => {
    const id = await cvWithDocument();
    const before = await current(id);
    const theirs = await patch(id, { data: { hero: { fullName: 'Mallory' } } }, other);
    expect(theirs.status).toBe(404);
    expect(theirs.json()).toMatchObject({ type: `${PROBLEM}not-found` });
    const anonymous = await patch(id, { data: { hero: { fullName: 'Mallory' } } }, {});
    expect(anonymous.status).toBe(401);
    expect(await current(id)).toEqual(before);
  });

  it('reads the document again as stored: an edit, another caller and a deletion are seen at once', async () => {
    const id = await cvWithDocument();
    const read = () => app.request('GET', `/api/v1/cvs/${id}/data`, { headers: me, unchecked: true });
    const first = await read();
    const second = await read();
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    const before = first.json<DocumentBody>();

    const patched = await patch(id, { base_version: before.version, data: { hero: { professionalTitle: 'CTO' } } });
    expect(patched.status, patched.text).toBe(200);
    const after = await read();
    expect(after.headers.get('etag')).toBe(`"v${before.version + 1}"`);
    expect(after.json<DocumentBody>().data.hero).toMatchObject({ professionalTitle: 'CTO' });
    const exported = await app.request('GET', `/api/v1/cvs/${id}/data?format=jsonresume`, { headers: me });
    expect(exported.json<{ basics: { label: string } }>().basics.label).toBe('CTO');

    const stranger = await app.request('GET', `/api/v1/cvs/${id}/data`, { headers: other });
    expect(stranger.status).toBe(404);

    expect((await app.request('DELETE', `/api/v1/cvs/${id}`, { headers: me })).status).toBe(204);
    const gone = await app.request('GET', `/api/v1/cvs/${id}/data`, { headers: me });
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
