import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createSqlCvStore } from '../src/adapters/sql-cv-store.js';
import { createSqlPortfolioStore } from '../src/adapters/sql-portfolio-store.js';
import { CleanupService } from '../src/services/cleanup-service.js';
import fullEn from './fixtures/cv/full-en.json' with { type: 'json' };
import { insertCvRow } from './support/cv-rows.js';
import { cvWithDocument as uploadedCv, guestHeaders, jsonResumeFile } from './support/cv-uploads.js';
import { databaseKinds } from './support/database-kinds.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';

interface PortfolioBody {
  id: string;
  cv_id: string;
  theme: string;
  slug: string;
  status: string;
  preview_url: string | null;
  preview_expires_at: string | null;
  published_url: string | null;
  published_at: string | null;
  paid: boolean;
}

/** A JSON Resume for `name`: imported without a model, so a CV gets a document in milliseconds. */
function jsonResume(name: string) {
  return {
    basics: { name, label: 'Site reliability engineer', email: 'someone@example.com', summary: 'Keeps things up.' },
    work: [{ name: 'Acme', position: 'Engineer', startDate: '2019-03', highlights: ['Cut paging by half'] }],
  };
}

const sitePath = (url: string) => new URL(url).pathname;

const kinds = await databaseKinds('portfolios');

describe.each(kinds)('portfolios, previews and publishing [%s]', (database) => {
  let app: TestApp;
  let me: Record<string, string>;
  let other: Record<string, string>;
  const invalidations: string[][] = [];
  let hold: Promise<void> | undefined;
  let heldAt: (() => void) | undefined;
  /** The next publish stops after uploading, until `release` is called. */
  function holdNextPublish(): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    hold = new Promise<void>((r) => (release = r));
    const reached = new Promise<void>((r) => (heldAt = r));
    return { reached, release };
  }

  const guest = () => guestHeaders(app);
  /** A CV with a document for `name`, uploaded as JSON Resume. */
  const cvWithDocument = (name: string, headers = me) => uploadedCv(app, headers, jsonResumeFile(jsonResume(name)));

  async function createPortfolio(body: Record<string, unknown>, headers = me) {
    return app.request('POST', '/api/v1/portfolios', { json: body, headers });
  }

  async function settledPortfolio(id: string, headers = me): Promise<PortfolioBody> {
    for (let i = 0; i < 300; i++) {
      const p = (await app.request('GET', `/api/v1/portfolios/${id}`, { headers })).json<PortfolioBody>();
      if (p.status !== 'publishing' && p.status !== 'unpublishing') return p;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('portfolio never settled');
  }

  /** The site's stored files, through the store's own listing. */
  async function siteFiles(slug: string): Promise<string[]> {
    const files: string[] = [];
    for await (const entry of app.container.blobs.list(`sites/${slug}/`)) {
      files.push(entry.key.slice(`sites/${slug}/`.length));
    }
    return files.sort();
  }

  beforeAll(async () => {
    app = await startTestApp({
      database,
      rateLimitOverrides: { guestPerIp: { points: 1000, durationSeconds: 60 } },
      cdn: {
        invalidate: async (paths) => {
          invalidations.push(paths);
          // A test may hold a publish here: its files are up, its state not yet recorded.
          if (hold) {
            const release = hold;
            hold = undefined;
            heldAt?.();
            await release;
          }
        },
      },
    });
    me = await guest();
    other = await guest();
  });
  afterAll(() => app.close());

  it('lists at least three themes, publicly', async () => {
    const res = await app.request('GET', '/api/v1/themes');
    expect(res.status).toBe(200);
    const ids = res.json<{ items: { id: string }[] }>().items.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['classic', 'modern', 'minimal']));
  });

  it('creates a draft with a readable slug from the name, made unique, and a working noindex preview', async () => {
    const cvId = await cvWithDocument('Zoë Müller-Łukasz');
    const first = await createPortfolio({ cv_id: cvId, theme: 'classic' });
    expect(first.status).toBe(201);
    const a = first.json<PortfolioBody>();
    expect(first.headers.get('location')).toBe(`/api/v1/portfolios/${a.id}`);
    expect(a).toMatchObject({ slug: 'zoe-muller-lukasz', status: 'draft', published_url: null, paid: false });
    const b = (await createPortfolio({ cv_id: cvId, theme: 'modern' })).json<PortfolioBody>();
    expect(b.slug).toBe('zoe-muller-lukasz-2');

    const page = await app.request('GET', sitePath(a.preview_url!));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(page.text).toContain('Zoë Müller-Łukasz');
    expect(page.text).toMatch(/<meta name="robots" content="noindex/);
    // HEAD answers like GET, without the body.
    const head = await app.request('HEAD', sitePath(a.preview_url!));
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    for (const name of ['content-type', 'x-robots-tag', 'cache-control', 'content-security-policy']) {
      expect(head.headers.get(name), name).toBe(page.headers.get(name));
    }
    const css = /href="([^"]+\.css)"/.exec(page.text)?.[1];
    expect(css).toBeTruthy();
    const style = await app.request('GET', `${sitePath(a.preview_url!)}${css}`);
    expect(style.status).toBe(200);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);

    const bare = await app.request('GET', sitePath(a.preview_url!).replace(/\/$/, ''), { unchecked: true });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(sitePath(a.preview_url!));
  });

  it('shows the CV as it is now: an edited document appears in the preview at once', async () => {
    const cvId = await cvWithDocument('Ana Torres');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'minimal' })).json<PortfolioBody>();
    const doc = (await app.request('GET', `/api/v1/cvs/${cvId}/data`, { headers: me })).json<{
      version: number;
      data: { hero: Record<string, unknown> };
    }>();
    const edited = { ...doc.data, hero: { ...doc.data.hero, fullName: 'Ana Torres Vidal' } };
    const put = await app.request('PUT', `/api/v1/cvs/${cvId}/data`, {
      json: { base_version: doc.version, data: edited },
      headers: me,
    });
    expect(put.status).toBe(200);
    expect((await app.request('GET', sitePath(p.preview_url!))).text).toContain('Ana Torres Vidal');
  });

  it('refuses bad creations precisely and leaves nothing behind', async () => {
    const cvId = await cvWithDocument('Refused Person');
    const theirs = await cvWithDocument('Someone Else', other);
    const myId = (await app.request('GET', '/api/v1/auth/me', { headers: me })).json<{ user: { id: string } }>().user
      .id;
    const noDocument = await insertCvRow(app.container.db, myId);
    const before = (await app.request('GET', '/api/v1/portfolios?limit=100', { headers: me })).json<{
      items: unknown[];
    }>().items.length;

    const cases: [Record<string, unknown>, number, string, string?][] = [
      [{ cv_id: cvId, theme: 'no-such-theme' }, 422, 'validation-error', '/theme'],
      [{ cv_id: theirs, theme: 'classic' }, 422, 'validation-error', '/cv_id'],
      [{ cv_id: noDocument, theme: 'classic' }, 422, 'validation-error', '/cv_id'],
      [{ cv_id: cvId, theme: 'classic', slug: 'Not A Slug' }, 422, 'validation-error'],
      [{ cv_id: cvId, theme: 'classic', extra: true }, 422, 'validation-error'],
    ];
    for (const [body, status, slug, pointer] of cases) {
      const res = await createPortfolio(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = res.json<{ type: string; errors?: { pointer: string }[] }>();
      expect(problem.type).toBe(PROBLEM + slug);
      if (pointer) expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    }
    const taken = (
      await createPortfolio({ cv_id: cvId, theme: 'classic', slug: 'refused-taken' })
    ).json<PortfolioBody>();
    const clash = await createPortfolio({ cv_id: theirs, theme: 'classic', slug: taken.slug }, other);
    expect(clash.status).toBe(409);
    expect(clash.json<{ type: string }>().type).toBe(PROBLEM + 'conflict');

    const after = (await app.request('GET', '/api/v1/portfolios?limit=100', { headers: me })).json<{
      items: unknown[];
    }>().items.length;
    expect(after).toBe(before + 1);
    expect((await app.request('POST', '/api/v1/portfolios', { json: { cv_id: cvId, theme: 'classic' } })).status).toBe(
      401,
    );
  });

  it("hides other people's portfolios behind 404 everywhere", async () => {
    const cvId = await cvWithDocument('Private Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    for (const [method, suffix] of [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/publish'],
      ['POST', '/unpublish'],
    ] as const) {
      const res = await app.request(method, `/api/v1/portfolios/${p.id}${suffix}`, {
        headers: other,
        ...(method === 'PATCH' && { json: { theme: 'modern' } }),
      });
      expect(res.status, `${method} ${suffix}`).toBe(404);
    }
    expect((await app.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).status).toBe(200);
  });

  it('publishes assets before the page, serves the site with a strict policy, and unpublishes it', async () => {
    const cvId = await cvWithDocument('Published Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'modern' })).json<PortfolioBody>();
    const started = await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    expect(started.status).toBe(202);
    expect(started.json<PortfolioBody>().status).toBe('publishing');
    const live = await settledPortfolio(p.id);
    expect(live).toMatchObject({ status: 'published', published_url: `${app.config.sitesBaseUrl}${p.slug}/` });
    expect(live.published_at).not.toBeNull();
    expect(invalidations).toContainEqual([`/sites/${p.slug}/`, `/sites/${p.slug}/index.html`]);

    const page = await app.request('GET', `/sites/${p.slug}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Published Person');
    expect(page.text).toContain(`<link rel="canonical" href="${app.config.sitesBaseUrl}${p.slug}/"`);
    expect(page.text).not.toMatch(/noindex/);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = page.headers.get('etag')!;
    const head = await app.request('HEAD', `/sites/${p.slug}/`);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('etag')).toBe(etag);
    expect(head.headers.get('content-type')).toBe(page.headers.get('content-type'));
    const again = await app.request('GET', `/sites/${p.slug}/`, {
      // fetch adds `Cache-Control: no-cache` (which forbids a 304) unless the request sets its own.
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
      unchecked: true,
    });
    expect(again.status).toBe(304);
    const css = /href="([^"]+\.css)"/.exec(page.text)![1]!;
    const style = await app.request('GET', `/sites/${p.slug}/${css}`);
    expect(style.status).toBe(200);
    expect(style.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await siteFiles(p.slug)).toEqual([css, 'index.html'].sort());

    // Publishing again is idempotent: one page, one stylesheet.
    expect((await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me })).status).toBe(202);
    await settledPortfolio(p.id);
    expect(await siteFiles(p.slug)).toEqual([css, 'index.html'].sort());

    const off = await app.request('POST', `/api/v1/portfolios/${p.id}/unpublish`, { headers: me });
    expect(off.status).toBe(202);
    expect(await settledPortfolio(p.id)).toMatchObject({ status: 'draft', published_url: null, published_at: null });
    expect((await app.request('GET', `/sites/${p.slug}/`)).status).toBe(404);
    expect((await app.request('GET', `/sites/${p.slug}/${css}`)).status).toBe(404);
    expect(await siteFiles(p.slug)).toEqual([]);
    const twice = await app.request('POST', `/api/v1/portfolios/${p.id}/unpublish`, { headers: me });
    expect(twice.status).toBe(409);
  });

  it('keeps a changed slug reserved and the old site live until the next publish moves it', async () => {
    const cvId = await cvWithDocument('Moving Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic', slug: 'moving-old' })).json<PortfolioBody>();
    await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    await settledPortfolio(p.id);
    const patched = await app.request('PATCH', `/api/v1/portfolios/${p.id}`, {
      json: { slug: 'moving-new', theme: 'minimal' },
      headers: me,
    });
    expect(patched.status).toBe(200);
    expect(patched.json<PortfolioBody>()).toMatchObject({
      slug: 'moving-new',
      theme: 'minimal',
      published_url: `${app.config.sitesBaseUrl}moving-old/`,
    });
    // The live address is still someone's: nobody else may take it.
    const otherCv = await cvWithDocument('Squatter', other);
    expect((await createPortfolio({ cv_id: otherCv, theme: 'classic', slug: 'moving-old' }, other)).status).toBe(409);
    expect((await app.request('GET', '/sites/moving-old/')).status).toBe(200);

    await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    expect((await settledPortfolio(p.id)).published_url).toBe(`${app.config.sitesBaseUrl}moving-new/`);
    expect((await app.request('GET', '/sites/moving-new/')).status).toBe(200);
    expect((await app.request('GET', '/sites/moving-old/')).status).toBe(404);
    expect(await siteFiles('moving-old')).toEqual([]);
  });

  it('ends concurrent publishes of one portfolio in one consistent version', async () => {
    const cvId = await cvWithDocument('Racing Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(202));
    expect((await settledPortfolio(p.id)).status).toBe('published');
    const files = await siteFiles(p.slug);
    expect(files.filter((f) => f.endsWith('.css'))).toHaveLength(1);
    const page = await app.request('GET', `/sites/${p.slug}/`);
    expect(page.text).toContain(files.find((f) => f.endsWith('.css'))!);
  });

  it('takes the site down when the portfolio or its CV is deleted', async () => {
    const cvId = await cvWithDocument('Leaving Person');
    const a = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    const b = (await createPortfolio({ cv_id: cvId, theme: 'modern' })).json<PortfolioBody>();
    for (const p of [a, b]) {
      await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
      await settledPortfolio(p.id);
    }
    expect((await app.request('DELETE', `/api/v1/portfolios/${a.id}`, { headers: me })).status).toBe(204);
    expect((await app.request('GET', `/sites/${a.slug}/`)).status).toBe(404);
    expect(await siteFiles(a.slug)).toEqual([]);

    expect((await app.request('DELETE', `/api/v1/cvs/${cvId}`, { headers: me })).status).toBe(204);
    expect((await app.request('GET', `/api/v1/portfolios/${b.id}`, { headers: me })).status).toBe(404);
    expect((await app.request('GET', `/sites/${b.slug}/`)).status).toBe(404);
    expect(await siteFiles(b.slug)).toEqual([]);
  });

  it('issues a new preview address once the old one has expired', async () => {
    const cvId = await cvWithDocument('Expiring Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    await app.container
      .db('portfolios')
      .where({ id: p.id })
      .update({ preview_expires_at: new Date(Date.now() - 1000) });
    expect((await app.request('GET', sitePath(p.preview_url!))).status).toBe(404);
    const renewed = (await app.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).json<PortfolioBody>();
    expect(renewed.preview_url).not.toBe(p.preview_url);
    expect(new Date(renewed.preview_expires_at!).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect((await app.request('GET', sitePath(renewed.preview_url!))).status).toBe(200);
  });

  it('takes down the files of a publish that was in flight when its portfolio was deleted', async () => {
    const cvId = await cvWithDocument('Vanishing Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    const held = holdNextPublish();
    await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    await held.reached;
    expect(await siteFiles(p.slug)).toContain('index.html');
    expect((await app.request('DELETE', `/api/v1/portfolios/${p.id}`, { headers: me })).status).toBe(204);
    held.release();
    for (let i = 0; i < 200 && (await siteFiles(p.slug)).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await siteFiles(p.slug)).toEqual([]);
    expect((await app.request('GET', `/sites/${p.slug}/`)).status).toBe(404);
  });

  it('lets a job left over from an earlier publish request change nothing', async () => {
    const cvId = await cvWithDocument('Leftover Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    await settledPortfolio(p.id);
    const runOf = async () =>
      ((await app.container.db('portfolios').where({ id: p.id }).first()) as { publish_run: string }).publish_run;
    const firstRun = await runOf();
    await app.request('PATCH', `/api/v1/portfolios/${p.id}`, { json: { theme: 'minimal' }, headers: me });
    const held = holdNextPublish();
    await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    await held.reached;
    expect(await runOf()).not.toBe(firstRun);
    const before = invalidations.length;
    // The earlier request's job runs again (a retry, a duplicate): it must not touch the site.
    await app.container.portfolios.service.runPublish(p.id, firstRun);
    expect(invalidations.length).toBe(before);
    // Nor can it fail the current request when it gives up.
    await app.container.portfolios.service.markFailed(p.id, 'gave up', { run: firstRun });
    await app.container.portfolios.service.markFailed(p.id, 'gave up', { unpublish: true });
    expect((await app.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).json<PortfolioBody>().status).toBe(
      'publishing',
    );
    held.release();
    const done = await settledPortfolio(p.id);
    expect(done).toMatchObject({ status: 'published', theme: 'minimal' });
  });

  it('waits for a publish in flight before taking the site down for a refund', async () => {
    const cvId = await cvWithDocument('Refunded Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    const held = holdNextPublish();
    await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    await held.reached;
    // The delayed unpublish job finds it still publishing: it leaves it, and looks again later.
    await app.container.portfolios.service.runUnpublish(p.id);
    expect((await app.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).json<PortfolioBody>().status).toBe(
      'publishing',
    );
    held.release();
    expect((await settledPortfolio(p.id)).status).toBe('published');
    await app.container.portfolios.service.runUnpublish(p.id);
    expect(await settledPortfolio(p.id)).toMatchObject({ status: 'draft', published_url: null });
    expect(await siteFiles(p.slug)).toEqual([]);
  });

  it('sweeps expired previews and orphaned site files on schedule, never uploads, live sites or a publish in flight', async () => {
    const cvId = await cvWithDocument('Sweeping Person');
    const p = (await createPortfolio({ cv_id: cvId, theme: 'classic' })).json<PortfolioBody>();
    await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    await settledPortfolio(p.id);
    const blobs = app.container.blobs;
    // A folder no portfolio claims: as a crash leaves it, or as a publish in flight looks for a moment.
    await blobs.put('sites/ghost-site/index.html', Buffer.from('<p>left over</p>'), { contentType: 'text/html' });
    // An asset of an earlier version of the live site.
    await blobs.put(`sites/${p.slug}/style.0123abcd.css`, Buffer.from('p{}'), { contentType: 'text/css' });
    const draft = (await createPortfolio({ cv_id: cvId, theme: 'modern' })).json<PortfolioBody>();
    await app.container
      .db('portfolios')
      .where({ id: draft.id })
      .update({ preview_expires_at: new Date(Date.now() - 1) });
    const previewToken = async () =>
      ((await app.container.db('portfolios').where({ id: draft.id }).first()) as { preview_token: unknown })
        .preview_token;

    // The scheduled job, through the queue: expired previews go; files written just now stay.
    await app.container.portfolios.scheduleCleanup();
    for (let i = 0; i < 200 && (await previewToken()) !== null; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await previewToken()).toBeNull();
    expect(await siteFiles('ghost-site')).toEqual(['index.html']);
    expect(await siteFiles(p.slug)).toContain('style.0123abcd.css');

    // A day later: the orphan folder and the replaced asset go; the live page and its stylesheet stay.
    const sweep = new CleanupService({
      portfolios: createSqlPortfolioStore(app.container.db),
      blobs,
      removeSite: async (slug) => void (await blobs.deletePrefix(`sites/${slug}/`)),
      cleanupAccounts: async () => ({ sessions: 0, guests: 0 }),
      staleAssetGraceMs: 24 * 3600_000,
      orphanGraceMs: 15 * 60_000,
      logger: pino({ level: 'silent' }),
      clock: () => new Date(Date.now() + 25 * 3600_000),
    });
    const report = await sweep.run();
    // Other tests in this file leave their own replaced assets; these two are this test's.
    expect(report.orphanedSites).toBeGreaterThanOrEqual(1);
    expect(report.staleAssets).toBeGreaterThanOrEqual(1);
    expect(await siteFiles('ghost-site')).toEqual([]);
    const live = await siteFiles(p.slug);
    expect(live).not.toContain('style.0123abcd.css');
    expect(live).toHaveLength(2);
    expect((await app.request('GET', `/sites/${p.slug}/`)).status).toBe(200);
    const css = /href="([^"]+\.css)"/.exec((await app.request('GET', `/sites/${p.slug}/`)).text)![1]!;
    expect((await app.request('GET', `/sites/${p.slug}/${css}`)).status).toBe(200);
    expect((await app.request('GET', `/api/v1/cvs/${cvId}/file`, { headers: me, unchecked: true })).status).toBe(200);
  });
});

describe('publishing behind a paywall', () => {
  let app: TestApp;
  let me: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({
      env: {
        STRIPE_SECRET_KEY: 'sk_test_unused',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_unused',
        STRIPE_WEBHOOK_SECRET: 'whsec_unused',
        STRIPE_PRICE_ID: 'price_unused',
      },
    });
    me = await guestHeaders(app);
  });
  afterAll(() => app.close());

  it('answers 402 with how to pay, and the preview stays free', async () => {
    const cv = { id: await uploadedCv(app, me, jsonResumeFile(jsonResume('Paying Person'))) };
    const p = (
      await app.request('POST', '/api/v1/portfolios', { json: { cv_id: cv.id, theme: 'classic' }, headers: me })
    ).json<PortfolioBody>();
    const res = await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    expect(res.status).toBe(402);
    const problem = res.json<{ type: string; detail: string }>();
    expect(problem.type).toBe(PROBLEM + 'payment-required');
    expect(problem.detail).toContain(`/api/v1/portfolios/${p.id}/checkout`);
    expect((await app.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).json<PortfolioBody>().status).toBe(
      'draft',
    );
    expect((await app.request('GET', sitePath(p.preview_url!))).status).toBe(200);
  });
});

// The full 18-section fixture renders through the server's preview in every theme.
describe('previews of a full document', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('renders every theme with the CV as written', async () => {
    const me = await guestHeaders(app);
    const userId = (await app.request('GET', '/api/v1/auth/me', { headers: me })).json<{ user: { id: string } }>().user
      .id;
    const cvId = await insertCvRow(app.container.db, userId);
    await createSqlCvStore(app.container.db).appendData(
      cvId,
      { source: 'user', extractionId: null, data: fullEn },
      null,
      new Date(),
    );
    const themes = (await app.request('GET', '/api/v1/themes')).json<{ items: { id: string }[] }>().items;
    for (const { id } of themes) {
      const p = (
        await app.request('POST', '/api/v1/portfolios', { json: { cv_id: cvId, theme: id }, headers: me })
      ).json<PortfolioBody>();
      const page = await app.request('GET', sitePath(p.preview_url!));
      expect(page.status, id).toBe(200);
      expect(page.text).toContain((fullEn as { hero: { fullName: string } }).hero.fullName);
    }
  });
});
