// `npm run bench` (part): the CV pipeline's own costs, each beside a baseline.
//  - upload of a 2 MB PDF: request time on loopback (≈ server time), vs. a bare Koa body read;
//  - extraction runs that need no model (JSON Resume import): duration of a cache hit, and of a
//    cold run (queue pick-up excluded: it is reported separately as the wait from upload to start);
//  - a zip bomb refused: time and the server's peak resident memory before and after.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { largePdf, zipBomb } from '../../cv-extraction/test/support/intake-fixtures.js';
import { startChildServer } from '../test/support/child-server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

function multipart(bytes: Buffer, filename: string): { body: Buffer; type: string } {
  const boundary = `----r2wbench${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const round = (x: number) => Math.round(x * 100) / 100;
function vmHwmMiB(pid: number): number {
  const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

async function timedUploads(url: string, headers: Record<string, string>, bytes: Buffer): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const form = multipart(bytes, 'cv.pdf');
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': form.type },
      body: form.body,
    });
    await res.arrayBuffer();
    if (res.status !== 202) throw new Error(`upload answered ${res.status}`);
    if (i >= 3) times.push(performance.now() - started); // the first few warm the JIT and the PDF reader
  }
  return times;
}

export interface CvPipelineReport {
  upload_2mb_pdf: { baseline_median_ms: number; server_median_ms: number; server_p95_ms: number; ratio: number };
  extraction: { cold_median_ms: number; cache_hit_median_ms: number; queue_wait_median_ms: number };
  zip_bomb: { refused_ms: number; status: number; peak_rss_before_mib: number; peak_rss_after_mib: number };
}

export async function measureCvPipeline(): Promise<CvPipelineReport> {
  const pdf = largePdf(2 * 1024 * 1024);
  const bare = await startChildServer(fileURLToPath(new URL('./targets/bare-upload.ts', import.meta.url)), {});
  let baseline: number[];
  try {
    baseline = await timedUploads(`${bare.url}/`, {}, pdf);
  } finally {
    bare.child.kill('SIGKILL');
    await bare.exited;
  }

  const server = await startChildServer(fileURLToPath(new URL('./targets/cv-app.ts', import.meta.url)), {});
  try {
    const guest = await (await fetch(`${server.url}/api/v1/auth/guest`, { method: 'POST' })).json();
    const auth = { authorization: `Bearer ${(guest as { session_id: string }).session_id}` };
    const uploads = await timedUploads(`${server.url}/api/v1/cvs`, auth, pdf);

    // Extraction without a model: JSON Resume files, each distinct for cold runs, then one repeated.
    const runOnce = async (json: unknown) => {
      const form = multipart(Buffer.from(JSON.stringify(json)), 'cv.json');
      const uploadedAt = Date.now();
      const res = await fetch(`${server.url}/api/v1/cvs`, {
        method: 'POST',
        headers: { ...auth, 'content-type': form.type },
        body: form.body,
      });
      const cv = (await res.json()) as { extraction: { id: string } };
      for (;;) {
        const e = (await (
          await fetch(`${server.url}/api/v1/extractions/${cv.extraction.id}`, { headers: auth })
        ).json()) as {
          status: string;
          duration_ms: number;
          cached: boolean;
          started_at: string;
        };
        if (e.status === 'succeeded')
          return { duration: e.duration_ms, cached: e.cached, wait: Date.parse(e.started_at) - uploadedAt };
        if (e.status === 'failed') throw new Error('bench extraction failed');
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const cold: number[] = [];
    const waits: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await runOnce({
        basics: { name: `Bench Person ${i}`, email: `p${i}@example.com` },
        work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }],
      });
      cold.push(r.duration);
      waits.push(r.wait);
    }
    const repeated = { basics: { name: 'Cache Person' }, work: [{ name: 'Acme', position: 'Engineer' }] };
    await runOnce(repeated);
    const hits: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await runOnce(repeated);
      if (!r.cached) throw new Error('expected a cache hit');
      hits.push(r.duration);
    }

    const pid = server.child.pid!;
    const before = vmHwmMiB(pid);
    const bomb = multipart(zipBomb(), 'cv.docx');
    const started = performance.now();
    const res = await fetch(`${server.url}/api/v1/cvs`, {
      method: 'POST',
      headers: { ...auth, 'content-type': bomb.type },
      body: bomb.body,
    });
    await res.arrayBuffer();
    const refusedMs = performance.now() - started;

    return {
      upload_2mb_pdf: {
        baseline_median_ms: round(median(baseline)),
        server_median_ms: round(median(uploads)),
        server_p95_ms: round(p95(uploads)),
        ratio: round(median(uploads) / median(baseline)),
      },
      extraction: {
        cold_median_ms: median(cold),
        cache_hit_median_ms: median(hits),
        queue_wait_median_ms: median(waits),
      },
      zip_bomb: {
        refused_ms: round(refusedMs),
        status: res.status,
        peak_rss_before_mib: before,
        peak_rss_after_mib: vmHwmMiB(pid),
      },
    };
  } finally {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}
