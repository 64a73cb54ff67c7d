import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/database-kinds.js';
import { imageOnlyPdf } from '../../cv-extraction/test/support/intake-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';

const jsonResume = {
  basics: {
    name: 'Lucía Fernández',
    label: 'Ingeniera de software',
    email: 'lucia@example.com',
    summary: 'Ingeniera con diez años de experiencia en sistemas distribuidos.',
    location: { city: 'Madrid', countryCode: 'ES' },
    profiles: [{ network: 'GitHub', url: 'https://github.com/lucia' }],
  },
  work: [
    {
      name: 'Acme S.L.',
      position: 'Ingeniera principal',
      startDate: '2019-03',
      highlights: ['Diseñó la plataforma de pagos'],
    },
  ],
  skills: [{ name: 'Backend', keywords: ['Go', 'PostgreSQL'] }],
};

interface CvBody {
  id: string;
  extraction: { id: string; status: string } | null;
  has_data: boolean;
  sha256: string;
  original_filename: string;
  content_type: string;
}
interface ExtractionBody {
  id: string;
  status: string;
  cached: boolean;
  extractor: string | null;
  error: { code: string; message: string } | null;
}

function multipart(bytes: Buffer, filename: string, type = 'application/octet-stream', field = 'file') {
  const boundary = `----r2w${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    // As browsers do: quotes in the name are percent-encoded inside the quoted filename.
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename.replace(/"/g, '%22')}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const kinds = await databaseKinds('cv uploads and extraction');

describe.each(kinds)('CV uploads, extraction and documents [%s]', (database) => {
  let app: TestApp;
  let me: Record<string, string>;
  let other: Record<string, string>;

  async function guest(): Promise<Record<string, string>> {
    const res = await app.request('POST', '/api/v1/auth/guest');
    return { authorization: `Bearer ${res.json<{ session_id: string }>().session_id}` };
  }
  async function upload(bytes: Buffer, filename: string, headers = me, type?: string) {
    const form = multipart(bytes, filename, type);
    return app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...headers, 'content-type': form.contentType },
    });
  }
  async function settled(extractionId: string, headers = me): Promise<ExtractionBody> {
    for (let i = 0; i < 200; i++) {
      const res = await app.request('GET', `/api/v1/extractions/${extractionId}`, { headers });
      const body = res.json<ExtractionBody>();
      if (body.status === 'succeeded' || body.status === 'failed') return body;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('extraction never finished');
  }
  async function storedFiles(): Promise<string[]> {
    const root = app.config.storage.localDir;
    const out: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else out.push(full);
      }
    };
    await walk(root);
    return out;
  }

  beforeAll(async () => {
    app = await startTestApp({
      database,
      env: { MAX_UPLOAD_BYTES: String(256 * 1024), MAX_CVS_PER_USER: '5' },
      rateLimitOverrides: { guestPerIp: { points: 1000, durationSeconds: 60 } },
    });
    me = await guest();
    other = await guest();
  });
  afterAll(() => app.close());

  it('accepts a JSON Resume, extracts it without a model, and serves the document both ways', async () => {
    const res = await upload(Buffer.from(JSON.stringify(jsonResume)), 'lucia.json');
    expect(res.status).toBe(202);
    const cv = res.json<CvBody>();
    expect(res.headers.get('location')).toBe(`/api/v1/cvs/${cv.id}`);
    expect(cv).toMatchObject({ original_filename: 'lucia.json', content_type: 'application/json', has_data: false });
    expect(cv.extraction?.status).toBe('queued');

    const done = await settled(cv.extraction!.id);
    expect(done).toMatchObject({ status: 'succeeded', extractor: 'jsonresume', error: null });

    const doc = await app.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: me });
    expect(doc.status).toBe(200);
    const body = doc.json<{
      version: number;
      source: string;
      data: { hero: { fullName: string }; experience: { experienceItems: { companyName: string }[] } };
    }>();
    expect(body).toMatchObject({ version: 1, source: 'import' });
    expect(body.data.hero.fullName).toBe('Lucía Fernández');
    expect(body.data.experience.experienceItems[0]!.companyName).toBe('Acme S.L.');

    const exported = await app.request('GET', `/api/v1/cvs/${cv.id}/data?format=jsonresume`, { headers: me });
    expect(exported.json<{ basics: { name: string } }>().basics.name).toBe('Lucía Fernández');

    const got = await app.request('GET', `/api/v1/cvs/${cv.id}`, { headers: me });
    expect(got.json<CvBody>()).toMatchObject({ has_data: true, extraction: { status: 'succeeded' } });
  });

  it('answers a re-upload of the same file from the cache, and `force` bypasses it', async () => {
    const bytes = Buffer.from(JSON.stringify({ ...jsonResume, basics: { ...jsonResume.basics, name: 'Cache Test' } }));
    const first = (await upload(bytes, 'a.json')).json<CvBody>();
    expect((await settled(first.extraction!.id)).cached).toBe(false);
    const second = (await upload(bytes, 'b.json')).json<CvBody>();
    expect((await settled(second.extraction!.id)).cached).toBe(true);
    const forced = await app.request('POST', `/api/v1/cvs/${second.id}/extractions`, {
      json: { force: true },
      headers: me,
    });
    expect(forced.status).toBe(202);
    expect((await settled(forced.json<ExtractionBody>().id)).cached).toBe(false);

    // The list shows each CV's own latest extraction, as the CV itself does.
    const listed = (await app.request('GET', '/api/v1/cvs?limit=100', { headers: me })).json<{ items: CvBody[] }>();
    const byId = new Map(listed.items.map((cv) => [cv.id, cv.extraction?.id]));
    expect(byId.get(second.id)).toBe(forced.json<ExtractionBody>().id);
    expect(byId.get(first.id)).toBe(first.extraction!.id);
    for (const item of listed.items) {
      const single = (await app.request('GET', `/api/v1/cvs/${item.id}`, { headers: me })).json<CvBody>();
      expect(item.extraction).toEqual(single.extraction);
    }
  });

  it('keeps edits as new versions, refuses a stale base version and hostile URLs', async () => {
    const cv = (await upload(Buffer.from(JSON.stringify(jsonResume)), 'edit.json')).json<CvBody>();
    await settled(cv.extraction!.id);
    const edited = await app.request('PUT', `/api/v1/cvs/${cv.id}/data`, {
      headers: me,
      json: { base_version: 1, data: { hero: { fullName: 'Lucía F. Gómez', professionalTitle: 'Arquitecta' } } },
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, source: 'user', data: { hero: { fullName: 'Lucía F. Gómez' } } });

    const stale = await app.request('PUT', `/api/v1/cvs/${cv.id}/data`, {
      headers: me,
      json: { base_version: 1, data: {} },
    });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ type: `${PROBLEM}conflict`, current_version: 2 });

    const hostile = await app.request('PUT', `/api/v1/cvs/${cv.id}/data`, {
      headers: me,
      json: { data: { hero: { profilePhotoUrl: 'javascript:alert(1)' } } },
    });
    expect(hostile.status).toBe(422);
    const current = await app.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: me });
    expect(current.json()).toMatchObject({ version: 2 });
  });

  it('fails an extraction it cannot do with a reason, and keeps the file', async () => {
    // No CLAUDE_API_KEY: the offline extractor takes PDFs, but a scanned one has no text to read,
    // so it is stored and its extraction fails saying what is missing.
    const res = await upload(imageOnlyPdf(), 'cv.pdf');
    expect(res.status).toBe(202);
    const cv = res.json<CvBody>();
    const done = await settled(cv.extraction!.id);
    expect(done).toMatchObject({ status: 'failed', error: { code: 'extractor-unavailable' } });
    expect(done.error!.message).toContain('CLAUDE_API_KEY');
    const file = await app.request('GET', `/api/v1/cvs/${cv.id}/file`, { headers: me, unchecked: true });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('x-frame-options')).toBe('DENY');

    // The editor shows the PDF beside the form: inline, framable by this origin only, still inert.
    const inline = await app.request('GET', `/api/v1/cvs/${cv.id}/file?disposition=inline`, {
      headers: me,
      unchecked: true,
    });
    expect(inline.status).toBe(200);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="cv.pdf"/);
    expect(inline.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const policy = inline.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("default-src 'none'");
    const bad = await app.request('GET', `/api/v1/cvs/${cv.id}/file?disposition=render`, { headers: me });
    expect(bad.status, bad.text).toBe(400);
  });

  it('lists, downloads and deletes only the owner’s CVs; others get 404', async () => {
    const me = await guest();
    const bytes = Buffer.from(JSON.stringify(jsonResume));
    for (const name of ['one', 'two']) {
      const res = await upload(Buffer.from(JSON.stringify({ basics: { name } })), `${name}.json`, me);
      expect(res.status, res.text).toBe(202);
    }
    const uploaded = await upload(bytes, 'Currículum "final" ñ.json', me);
    expect(uploaded.status, uploaded.text).toBe(202);
    const cv = uploaded.json<CvBody>();
    const list = await app.request('GET', '/api/v1/cvs?limit=2', { headers: me });
    expect(list.status, list.text).toBe(200);
    expect(list.json<{ items: CvBody[]; next_cursor: string | null }>().items).toHaveLength(2);
    const next = list.json<{ next_cursor: string }>().next_cursor;
    expect(next).toBeTruthy();
    const page2 = await app.request('GET', `/api/v1/cvs?limit=2&cursor=${next}`, { headers: me });
    expect(page2.status, page2.text).toBe(200);
    const all = [
      ...list.json<{ items: CvBody[] }>().items,
      ...page2.json<{ items: CvBody[]; next_cursor: null }>().items,
    ];
    expect(all.map((c) => c.original_filename)).toEqual(['Currículum "final" ñ.json', 'two.json', 'one.json']);
    expect(page2.json<{ next_cursor: string | null }>().next_cursor).toBeNull();
    // One rule for every list: a cursor from another list, or none of ours, is refused, never read as page one.
    const portfolios = await app.request('GET', '/api/v1/portfolios?limit=1', { headers: me });
    expect(portfolios.status, portfolios.text).toBe(200);
    for (const bad of [
      'not-a-cursor',
      Buffer.from(JSON.stringify({ k: 'portfolios', t: 1, i: 'x' })).toString('base64url'),
    ]) {
      const refused = await app.request('GET', `/api/v1/cvs?limit=2&cursor=${bad}`, { headers: me });
      expect(refused.status, refused.text).toBe(400);
      expect(refused.json<{ type: string; errors: { pointer: string }[] }>()).toMatchObject({
        type: 'https://resume2website.com/problems/invalid-parameters',
        errors: [{ location: 'query', pointer: '/cursor', message: 'is not a cursor of this list' }],
      });
    }
    const refusedPortfolios = await app.request('GET', `/api/v1/portfolios?cursor=${next}`, { headers: me });
    expect(refusedPortfolios.status, refusedPortfolios.text).toBe(400);

    const file = await app.request('GET', `/api/v1/cvs/${cv.id}/file`, { headers: me, unchecked: true });
    expect(file.status).toBe(200);
    expect(file.text).toBe(bytes.toString());
    expect(file.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Curr%C3%ADculum%20%22final%22%20%C3%B1.json",
    );

    for (const [method, url] of [
      ['GET', `/api/v1/cvs/${cv.id}`],
      ['GET', `/api/v1/cvs/${cv.id}/file`],
      ['GET', `/api/v1/cvs/${cv.id}/data`],
      ['DELETE', `/api/v1/cvs/${cv.id}`],
      ['GET', `/api/v1/extractions/${cv.extraction!.id}`],
    ] as const) {
      const res = await app.request(method, url, { headers: other });
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
    }
    expect(
      (await app.request('GET', '/api/v1/cvs', { headers: other })).json<{ items: unknown[] }>().items,
    ).toHaveLength(0);

    const filesBefore = (await storedFiles()).length;
    expect((await app.request('DELETE', `/api/v1/cvs/${cv.id}`, { headers: me })).status).toBe(204);
    expect((await app.request('GET', `/api/v1/cvs/${cv.id}`, { headers: me })).status).toBe(404);
    expect((await storedFiles()).length).toBe(filesBefore - 1);
  });

  it('refuses bad files precisely and leaves nothing behind', async () => {
    const victim = await guest();
    const rowsBefore = await app.container.db('cvs').count({ n: '*' }).first();
    const filesBefore = (await storedFiles()).length;
    const cases: [Buffer, string, number, string][] = [
      [Buffer.alloc(0), 'empty.pdf', 422, 'unprocessable-file'],
      [Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary'), 'cv.pdf', 415, 'unsupported-media-type'],
      [Buffer.from('{"hello":"world"}'), 'cv.json', 422, 'not-a-cv'],
      [Buffer.alloc(300 * 1024, 0x41), 'big.txt', 413, 'payload-too-large'],
    ];
    for (const [bytes, name, status, slug] of cases) {
      const res = await upload(bytes, name, victim);
      expect({ name, status: res.status }).toEqual({ name, status });
      expect(res.json().type).toBe(`${PROBLEM}${slug}`);
    }
    const noField = multipart(Buffer.from('x'), 'x.txt', 'text/plain', 'document');
    const missing = await app.request('POST', '/api/v1/cvs', {
      body: noField.body,
      headers: { ...victim, 'content-type': noField.contentType },
    });
    expect(missing.status).toBe(422);
    const notMultipart = await app.request('POST', '/api/v1/cvs', { json: { file: 'x' }, headers: victim });
    expect(notMultipart.status).toBe(415);

    const rowsAfter = await app.container.db('cvs').count({ n: '*' }).first();
    expect(Number(rowsAfter?.n)).toBe(Number(rowsBefore?.n));
    expect((await storedFiles()).length).toBe(filesBefore);
  });

  it('removes a deleted account’s stored files along with its rows', async () => {
    const leaving = await guest();
    const before = (await storedFiles()).length;
    const res = await upload(
      Buffer.from(JSON.stringify({ basics: { name: 'Leaving Soon' } })),
      'leaving.json',
      leaving,
    );
    const cvId = res.json<CvBody>().id;
    await settled(res.json<CvBody>().extraction!.id, leaving);
    expect((await storedFiles()).length).toBe(before + 1);
    expect((await app.request('DELETE', '/api/v1/auth/me', { headers: leaving })).status).toBe(204);
    expect((await storedFiles()).length).toBe(before);
    expect(await app.container.db('cvs').where({ id: cvId }).first()).toBeUndefined();
  });

  it('refuses the CV past the per-account cap with 409 instead of deleting old ones', async () => {
    const capped = await guest();
    for (let i = 0; i < 5; i++) {
      expect(
        (await upload(Buffer.from(JSON.stringify({ ...jsonResume, basics: { name: `N ${i}` } })), `${i}.json`, capped))
          .status,
      ).toBe(202);
    }
    const sixth = await upload(Buffer.from(JSON.stringify(jsonResume)), '6.json', capped);
    expect(sixth.status).toBe(409);
    expect(sixth.json()).toMatchObject({ type: `${PROBLEM}cv-limit-reached` });
    expect(
      (await app.request('GET', '/api/v1/cvs?limit=100', { headers: capped })).json<{ items: unknown[] }>().items,
    ).toHaveLength(5);
  });

  it('streams real progress as Server-Sent Events until the extraction ends', async () => {
    const watcher = await guest();
    const uploaded = await upload(
      Buffer.from(JSON.stringify({ ...jsonResume, basics: { name: 'SSE' } })),
      'sse.json',
      watcher,
    );
    expect(uploaded.status).toBe(202);
    const cv = uploaded.json<CvBody>();
    const res = await fetch(`${app.url}/api/v1/extractions/${cv.extraction!.id}/events`, { headers: watcher });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    // As openapi.yaml states them.
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const text = await res.text(); // the server ends the stream after the terminal event
    const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events.at(-1)).toBe('succeeded');
    expect(events).toContain('status');
    // Every status event carries an `id:` (milliseconds), which EventSource sends back as Last-Event-ID.
    const statuses = [...text.matchAll(/^event: status\n(?:id: (.*)\n)?data: (.+)$/gm)];
    expect(statuses.length).toBeGreaterThan(0);
    for (const [, id] of statuses) expect(id).toMatch(/^\d{13}$/);
    const lastStatus = statuses.at(-1)![2]!;
    expect(JSON.parse(lastStatus)).toMatchObject({ id: cv.extraction!.id, status: 'succeeded' });
  });
});
