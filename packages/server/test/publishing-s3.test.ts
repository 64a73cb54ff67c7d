import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '../src/adapters/blob-store.js';
import { createCloudFrontInvalidator } from '../src/adapters/cloudfront-invalidator.js';
import { createS3BlobStore } from '../src/adapters/s3-blob-store.js';
import { SitePublisher } from '../src/services/site-publisher.js';
import { createTemplatesRenderer } from '../src/services/templates-renderer.js';
import fullEn from './fixtures/cv/full-en.json' with { type: 'json' };
import { cvWithDocument, guestHeaders, jsonResumeFile } from './support/cv-uploads.js';
import { startCloudFrontStub, type CloudFrontStub } from './support/cloudfront-stub.js';
import { S3_TEST_CREDENTIALS, startS3TestServer, type S3TestServer } from './support/s3-test-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const silent = { warn: () => undefined };
let s3: S3TestServer;
let cloudFront: CloudFrontStub;

beforeAll(async () => {
  [s3, cloudFront] = await Promise.all([startS3TestServer('sites-bucket'), startCloudFrontStub()]);
});
afterAll(async () => {
  await Promise.all([s3.close(), cloudFront.close()]);
});

function s3Store(): BlobStore {
  return createS3BlobStore({
    bucket: s3.bucket,
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: S3_TEST_CREDENTIALS,
    conditionalWritesUnsupported: true,
  });
}

/** A store that remembers the order of writes, to check what a visitor could see mid-publish. */
function recording(store: BlobStore, log: string[]): BlobStore {
  return {
    ...store,
    put: async (key, body, options) => {
      const result = await store.put(key, body, options);
      log.push(key);
      return result;
    },
  };
}

describe('publishing to S3 (s3rver) with CloudFront invalidation (local stub)', () => {
  it('uploads assets first and the page last, with content types and cache headers, then invalidates', async () => {
    const store = s3Store();
    const writes: string[] = [];
    const cdn = createCloudFrontInvalidator({
      distributionId: 'E2EXAMPLE',
      region: 'us-east-1',
      endpoint: cloudFront.endpoint,
      credentials: S3_TEST_CREDENTIALS,
    });
    const publisher = new SitePublisher({ blobs: recording(store, writes), cdn, sitesBasePath: '/', logger: silent });
    const files = createTemplatesRenderer().render(fullEn, {
      theme: 'modern',
      mode: 'published',
      baseUrl: 'https://sites.example.com/ada/',
    });

    const hash = await publisher.publish('ada', files);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(writes.at(-1)).toBe('sites/ada/index.html');
    expect(writes).toHaveLength(files.length);

    const page = await store.head('sites/ada/index.html');
    expect(page).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'public, max-age=0, must-revalidate',
    });
    const css = files.find((f) => f.path.endsWith('.css'))!;
    expect(await store.head(`sites/ada/${css.path}`)).toMatchObject({
      contentType: css.contentType,
      cacheControl: 'public, max-age=31536000, immutable',
    });
    // Only the page: assets are content-hashed, and wildcards are scarce on CloudFront.
    expect(cloudFront.invalidations.at(-1)).toMatchObject({
      distributionId: 'E2EXAMPLE',
      paths: ['/ada/', '/ada/index.html'],
    });
    // Signed like any AWS call, so a real distribution would accept it.
    expect(cloudFront.invalidations.at(-1)!.authorization).toMatch(/^AWS4-HMAC-SHA256 /);

    // Re-publishing invalidates again, with a fresh caller reference (a repeated one is a no-op on AWS).
    await publisher.publish('ada', files);
    const [first, second] = cloudFront.invalidations.slice(-2);
    expect(second!.callerReference).not.toBe(first!.callerReference);

    await publisher.unpublish('ada');
    expect(await store.head('sites/ada/index.html')).toBeUndefined();
    expect(await store.head(`sites/ada/${css.path}`)).toBeUndefined();
    expect(cloudFront.invalidations.at(-1)!.paths).toEqual(['/ada/*']);
    cdn.close();
    await store.close();
  });

  it('keeps a publish whose files are live when the CDN refuses the invalidation, and says so', async () => {
    const store = s3Store();
    const cdn = createCloudFrontInvalidator({
      distributionId: 'E2EXAMPLE',
      region: 'us-east-1',
      endpoint: cloudFront.endpoint,
      credentials: S3_TEST_CREDENTIALS,
    });
    const warnings: unknown[] = [];
    const publisher = new SitePublisher({
      blobs: store,
      cdn,
      sitesBasePath: '/',
      logger: { warn: (obj: unknown) => void warnings.push(obj) },
    });
    const files = createTemplatesRenderer().render(fullEn, { theme: 'classic', mode: 'published' });
    cloudFront.failNext(10); // more than the SDK's own retries
    const before = cloudFront.invalidations.length;
    await publisher.publish('grace', files);
    expect(await store.head('sites/grace/index.html')).toBeDefined();
    expect(cloudFront.invalidations.length).toBe(before);
    expect(warnings).toHaveLength(1);
    cloudFront.failNext(0);
    await publisher.publish('grace', files);
    expect(cloudFront.invalidations.at(-1)!.paths).toEqual(['/grace/', '/grace/index.html']);
    cdn.close();
    await store.close();
  });
});

describe('the server publishing to S3 through its configuration', () => {
  let app: TestApp;
  const savedEnv = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

  beforeAll(async () => {
    // The SDK's default credential chain, as a deployment would provide them.
    process.env.AWS_ACCESS_KEY_ID = S3_TEST_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = S3_TEST_CREDENTIALS.secretAccessKey;
    app = await startTestApp({
      env: {
        S3_BUCKET_NAME: s3.bucket,
        S3_ENDPOINT: s3.endpoint,
        S3_FORCE_PATH_STYLE: 'true',
        AWS_REGION: s3.region,
        CLOUDFRONT_DISTRIBUTION_ID: 'E3SERVER',
        CLOUDFRONT_ENDPOINT: cloudFront.endpoint,
      },
    });
  });
  afterAll(async () => {
    await app.close();
    process.env.AWS_ACCESS_KEY_ID = savedEnv.id;
    process.env.AWS_SECRET_ACCESS_KEY = savedEnv.secret;
    if (savedEnv.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    if (savedEnv.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  });

  it('publishes a portfolio into the bucket, invalidates its path, and unpublishes it', async () => {
    const me = await guestHeaders(app);
    const cv = {
      id: await cvWithDocument(
        app,
        me,
        jsonResumeFile({ basics: { name: 'Bucket Person', email: 'bucket@example.com' } }),
      ),
    };
    const p = (
      await app.request('POST', '/api/v1/portfolios', { json: { cv_id: cv.id, theme: 'minimal' }, headers: me })
    ).json<{ id: string; slug: string }>();
    expect((await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me })).status).toBe(202);
    let status = 'publishing';
    for (let i = 0; i < 300 && status === 'publishing'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await app.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).json<{ status: string }>()
        .status;
    }
    expect(status).toBe('published');

    const store = s3Store();
    expect((await store.head(`sites/${p.slug}/index.html`))?.contentType).toBe('text/html; charset=utf-8');
    expect(cloudFront.invalidations.at(-1)).toMatchObject({
      distributionId: 'E3SERVER',
      paths: [`/sites/${p.slug}/`, `/sites/${p.slug}/index.html`],
    });
    const page = await app.request('GET', `/sites/${p.slug}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Bucket Person');

    await app.request('POST', `/api/v1/portfolios/${p.id}/unpublish`, { headers: me });
    for (let i = 0; i < 300 && status !== 'draft'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await app.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).json<{ status: string }>()
        .status;
    }
    expect(status).toBe('draft');
    expect(await store.head(`sites/${p.slug}/index.html`)).toBeUndefined();
    await store.close();
  });
});
