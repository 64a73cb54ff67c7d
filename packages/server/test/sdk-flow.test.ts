import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Resume2Website, Resume2WebsiteError, type ExtractionEvent } from '@resume2website/sdk';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

// The whole product flow through the high-level SDK against a real server: what the README shows.
describe('the SDK flow against the real server', () => {
  let app: TestApp;
  let dir: string;
  beforeAll(async () => {
    app = await startTestApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'r2w-sdk-flow-'));
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('register → upload → events → wait → getData → patchData → themes → portfolio → publish → site → unpublish', async () => {
    const r2w = new Resume2Website({ baseUrl: app.url, timeoutMs: 10_000 });
    const session = await r2w.auth.register({
      email: `sdk-flow-${Date.now()}@example.com`,
      password: 'correct horse battery staple',
      full_name: 'Grace Hopper',
    });
    expect(r2w.token).toBe(session.session_id);
    expect((await r2w.auth.me()).user.email).toBe(session.user.email);

    // A JSON Resume is imported without a model, so the flow is fast and deterministic.
    const file = path.join(dir, 'grace-hopper.json');
    await writeFile(
      file,
      JSON.stringify({
        basics: { name: 'Grace Hopper', label: 'Rear admiral', email: 'grace@example.com', summary: 'Compilers.' },
        work: [{ name: 'US Navy', position: 'Computer scientist', startDate: '1943', highlights: ['COBOL'] }],
      }),
    );
    const cv = await r2w.cvs.upload(createReadStream(file), { contentType: 'application/json' });
    expect(cv.original_filename).toBe('grace-hopper.json');
    expect(cv.extraction).not.toBeNull();
    const extractionId = cv.extraction.id;

    const events: ExtractionEvent[] = [];
    for await (const event of r2w.extractions.events(extractionId)) events.push(event);
    expect(events.at(-1)?.type).toBe('succeeded');
    expect(events.filter((e) => e.type === 'status').length).toBeGreaterThan(0);

    const done = await r2w.extractions.wait(extractionId, { timeoutMs: 10_000 });
    expect(done).toMatchObject({ id: extractionId, status: 'succeeded' });

    const doc = await r2w.cvs.getData(cv.id);
    expect(doc.data.hero?.fullName).toBe('Grace Hopper');
    const resume = await r2w.cvs.getData(cv.id, { format: 'jsonresume' });
    expect(resume.basics?.name).toBe('Grace Hopper');

    const patched = await r2w.cvs.patchData(
      cv.id,
      { hero: { professionalTitle: 'Rear Admiral, USN' } },
      { baseVersion: doc.version },
    );
    expect(patched.version).toBe(doc.version + 1);
    expect(patched.data.hero?.professionalTitle).toBe('Rear Admiral, USN');
    expect(patched.data.hero?.fullName).toBe('Grace Hopper');
    // A stale base version is a 409 conflict, not retried.
    const stale = await r2w.cvs
      .patchData(cv.id, { hero: { professionalTitle: 'x' } }, { baseVersion: doc.version })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(stale).toBeInstanceOf(Resume2WebsiteError);
    expect(stale).toMatchObject({ status: 409, code: 'conflict' });
    expect((stale as Resume2WebsiteError).requestId).toBeTruthy();

    const cvs = await r2w.cvs.list({ limit: 1 }).toArray();
    expect(cvs.map((c) => c.id)).toEqual([cv.id]);

    const themes = await r2w.themes.list();
    expect(themes.map((t) => t.id)).toContain('classic');

    const p = await r2w.portfolios.create({ cv_id: cv.id, theme: themes[0]!.id });
    expect(p.status).toBe('draft');
    const live = await r2w.portfolios.publish(p.id, { wait: true, timeoutMs: 20_000, pollIntervalMs: 50 });
    expect(live.status).toBe('published');
    expect(live.published_url).toBeTruthy();

    const site = await fetch(app.url + new URL(live.published_url!).pathname);
    expect(site.status).toBe(200);
    expect(await site.text()).toContain('Grace Hopper');

    const off = await r2w.portfolios.unpublish(p.id, { wait: true, timeoutMs: 20_000, pollIntervalMs: 50 });
    expect(off).toMatchObject({ status: 'draft', published_url: null });

    await r2w.auth.logout();
    expect(r2w.token).toBeUndefined();
    await expect(r2w.auth.me()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('a repeated register with the same Idempotency-Key hands back the same session', async () => {
    const r2w = new Resume2Website({ baseUrl: app.url });
    const body = {
      email: `sdk-idem-${Date.now()}@example.com`,
      password: 'correct horse battery staple',
      full_name: 'A',
    };
    const first = await r2w.auth.register(body, { idempotencyKey: 'flow-key-1' });
    const again = await new Resume2Website({ baseUrl: app.url }).auth.register(body, { idempotencyKey: 'flow-key-1' });
    expect(again.session_id).toBe(first.session_id);
  });

  it("runs the SDK README's flow as printed", async () => {
    const readme = await readFile(new URL('../../sdk/README.md', import.meta.url), 'utf8');
    const block = /<!-- readme-flow[^\n]*-->\s*```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toContain("from '@resume2website/sdk'");
    // Strip the types and the import; the block runs with the SDK and a console that records.
    const { code } = await transform(block!.replace(/^import .*$/m, ''), { loader: 'ts' });
    const lines: string[] = [];
    const record = { log: (...args: unknown[]) => lines.push(args.join(' ')) };
    const AsyncFunction = (async () => undefined).constructor as new (
      ...args: string[]
    ) => (...args: unknown[]) => Promise<void>;
    const run = new AsyncFunction('Resume2Website', 'console', 'process', code);
    await run(Resume2Website, record, { env: { BASE_URL: app.url } });
    expect(lines.at(-1)).toMatch(/^live at http:\/\/.*\/sites\/ada-lovelace\/$/);
    expect(lines).toContain('succeeded succeeded');
  });
});
