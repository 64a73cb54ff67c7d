import { Resume2Website } from '@resume2website/sdk';
import { BALANCED_ORIGIN, type Balancer } from './scale-out-balancer.js';
import type { CvFile } from './scale-out-corpus.js';

/**
 * One simulated person, through the SDK as an integrator would use it: register → upload a CV →
 * follow the extraction by Server-Sent Events → create a portfolio → publish → read the site. The
 * SDK retries network errors and 502/503/504 with the same `Idempotency-Key` on every POST, and the
 * balancer sends each attempt to the next API, so a retry lands on another process.
 */

export const FLOW_STEPS = ['register', 'upload', 'extraction', 'portfolio', 'publish', 'site'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

export interface SimulatedUser {
  index: number;
  email: string;
  /** Each person comes from their own address (per-address limits apply per person). */
  ip: string;
  file: CvFile;
}

export interface CompletedFlow {
  user: SimulatedUser;
  userId: string;
  sessionToken: string;
  cvId: string;
  extractionId: string;
  portfolioId: string;
  siteUrl: string;
  /** Milliseconds per step; `extraction` and `publish` include the wait for the worker. */
  steps: Record<FlowStep, number>;
}

const THEMES = ['classic', 'modern', 'minimal'] as const;
// Generous but bounded: a request whose process was killed is claimed for the idempotency lease,
// and a job held by a killed worker waits for BullMQ's stalled check.
const STEP_TIMEOUT_MS = 150_000;

export async function runUserFlow(balancer: Balancer, user: SimulatedUser): Promise<CompletedFlow> {
  const client = new Resume2Website({
    baseUrl: BALANCED_ORIGIN,
    fetch: balancer.fetchFor(user.ip),
    // The SDK backs off up to 8 s a try: this outlasts an idempotency lease left by a killed API.
    maxRetries: 40,
    timeoutMs: 60_000,
  });
  const steps = {} as Record<FlowStep, number>;
  const timed = async <T>(step: FlowStep, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    steps[step] = performance.now() - started;
    return result;
  };

  const session = await timed('register', () =>
    client.auth.register({ email: user.email, password: `scale-out ${user.email}`, full_name: `User ${user.index}` }),
  );
  const cv = await timed('upload', () =>
    client.cvs.upload(user.file.bytes, { filename: user.file.filename, contentType: user.file.contentType }),
  );
  await timed('extraction', () =>
    client.extractions.wait(cv.extraction.id, { mode: 'stream', maxReconnects: 20, timeoutMs: STEP_TIMEOUT_MS }),
  );
  const draft = await timed('portfolio', () =>
    client.portfolios.create({ cv_id: cv.id, theme: THEMES[user.index % THEMES.length]! }),
  );
  const published = await timed('publish', () =>
    client.portfolios.publish(draft.id, { wait: true, pollIntervalMs: 250, timeoutMs: STEP_TIMEOUT_MS }),
  );
  const siteUrl = published.published_url;
  if (!siteUrl) throw new Error(`portfolio ${draft.id} is published without an address`);
  await timed('site', () => readSite(siteUrl));

  return {
    user,
    userId: session.user.id,
    sessionToken: session.session_id,
    cvId: cv.id,
    extractionId: cv.extraction.id,
    portfolioId: draft.id,
    siteUrl,
    steps,
  };
}

/** What a visitor gets: the page straight from the bucket (S3 has no index documents). */
async function readSite(siteUrl: string): Promise<void> {
  const response = await fetch(`${siteUrl}index.html`);
  const html = await response.text();
  if (response.status !== 200 || !/<html/i.test(html)) {
    throw new Error(`${siteUrl} answered ${response.status}: ${html.slice(0, 200)}`);
  }
}
