// Publishing a rendered portfolio to S3 (s3rver on loopback): render + upload of every file, page
// last, against a baseline of the same bytes uploaded with no rendering and no ordering (all puts
// at once). Budget: publish ≤ 200 ms median.
import { performance } from 'node:perf_hooks';
import { createS3BlobStore } from '../src/adapters/s3-blob-store.js';
import { SitePublisher } from '../src/services/site-publisher.js';
import { createTemplatesRenderer } from '../src/services/templates-renderer.js';
import fullEn from '../test/fixtures/cv/full-en.json' with { type: 'json' };
import { S3_TEST_CREDENTIALS, startS3TestServer } from '../test/support/s3-test-server.js';

export interface PublishReport {
  runs: number;
  publish_median_ms: number;
  publish_p95_ms: number;
  baseline_parallel_put_median_ms: number;
  ratio_to_baseline: number;
  render_median_ms: number;
  site_bytes: number;
  budget_ms: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measurePublish(runs = 40): Promise<PublishReport> {
  const s3 = await startS3TestServer('bench-sites');
  const store = createS3BlobStore({
    bucket: s3.bucket,
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: S3_TEST_CREDENTIALS,
    conditionalWritesUnsupported: true,
  });
  const renderer = createTemplatesRenderer();
  const publisher = new SitePublisher({
    blobs: store,
    cdn: undefined,
    sitesBasePath: '/',
    logger: { warn: () => undefined },
  });
  try {
    const publish: number[] = [];
    const baseline: number[] = [];
    const render: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 5; i++) {
      const t0 = performance.now();
      const files = renderer.render(fullEn, {
        theme: ['classic', 'modern', 'minimal'][i % 3]!,
        mode: 'published',
        baseUrl: `https://sites.example.com/bench-${i}/`,
      });
      const t1 = performance.now();
      await publisher.publish(`bench-${i}`, files);
      const t2 = performance.now();
      await Promise.all(
        files.map((f) =>
          store.put(`baseline/bench-${i}/${f.path}`, Buffer.from(f.body), { contentType: f.contentType }),
        ),
      );
      const t3 = performance.now();
      if (i < 5) continue; // warm-up: connections, JIT
      render.push(t1 - t0);
      publish.push(t2 - t0);
      baseline.push(t3 - t2);
      bytes = files.reduce((n, f) => n + Buffer.byteLength(f.body), 0);
    }
    const publishMedian = percentile(publish, 50);
    const baselineMedian = percentile(baseline, 50);
    return {
      runs,
      publish_median_ms: round(publishMedian),
      publish_p95_ms: round(percentile(publish, 95)),
      baseline_parallel_put_median_ms: round(baselineMedian),
      ratio_to_baseline: round(publishMedian / baselineMedian),
      render_median_ms: round(percentile(render, 50)),
      site_bytes: bytes,
      budget_ms: 200,
    };
  } finally {
    await store.close();
    await s3.close();
  }
}

export function describePublish(r: PublishReport): string[] {
  return [
    `publish to s3rver (render + upload, page last): median ${r.publish_median_ms} ms, p95 ${r.publish_p95_ms} ms (budget ≤ ${r.budget_ms} ms)`,
    `  baseline (same bytes, all puts at once, no render): median ${r.baseline_parallel_put_median_ms} ms → ratio ${r.ratio_to_baseline}`,
    `  render inside it: median ${r.render_median_ms} ms; site ${r.site_bytes} bytes`,
  ];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
