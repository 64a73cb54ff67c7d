import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthContext } from '../src/domain/caller.js';
import type { Extraction } from '../src/domain/cv.js';
import type { ApiContext } from '../src/http/openapi-dispatcher.js';
import { extractionStreamRoutes } from '../src/routes/extraction-stream-routes.js';
import type { CvService } from '../src/services/cv-service.js';
import { ExtractionEvents } from '../src/services/extraction-events.js';

/**
 * The extraction event stream keeps a poll timer, a heartbeat and a subscription per client. A
 * client that leaves must release all three, including one that leaves while the handler is still
 * looking the extraction up (before the stream exists).
 */

const running: Extraction = {
  id: 'ext_1',
  cvId: 'cv_1',
  status: 'running',
  stage: 'reading',
  cached: false,
  forced: false,
  extractor: 'heuristic',
  model: null,
  promptVersion: null,
  cacheKey: null,
  errorCode: null,
  errorMessage: null,
  durationMs: null,
  usage: null,
  signals: null,
  createdAt: new Date('2025-01-01T00:00:00Z'),
  startedAt: new Date('2025-01-01T00:00:01Z'),
  finishedAt: null,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  url: string;
  polls: () => number;
  subscribers: () => number;
  close(): Promise<void>;
}

const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

async function startStream(options: {
  lookupMs: number;
  poll?: () => Promise<Extraction | undefined>;
}): Promise<Harness> {
  let polls = 0;
  const events = new ExtractionEvents();
  const subscribed = new Set<unknown>();
  const countingEvents = {
    publish: (e: Extraction) => events.publish(e),
    subscribe: (id: string, listener: (e: Extraction) => void) => {
      const token = {};
      subscribed.add(token);
      const unsubscribe = events.subscribe(id, listener);
      return () => {
        subscribed.delete(token);
        unsubscribe();
      };
    },
  } as ExtractionEvents;
  const routes = extractionStreamRoutes({
    cvs: {
      extraction: async () => {
        await sleep(options.lookupMs);
        return running;
      },
      currentExtraction: async () => {
        polls++;
        return options.poll ? options.poll() : running;
      },
    } as unknown as CvService,
    events: countingEvents,
    pollMs: 10,
    heartbeatMs: 10,
  });
  const app = new Koa();
  app.silent = true;
  app.use((ctx) => {
    // What the dispatcher guarantees for this operation: a signed-in caller.
    ctx.state.auth = {
      token: 'session',
      userId: 'usr_1',
      isGuest: true,
      tenantId: null,
      sessionTokenHash: 'hash',
      sessionExpiresAt: new Date('2099-01-01T00:00:00Z'),
      via: 'bearer',
    } satisfies AuthContext;
    return routes.streamExtractionEvents!(ctx as unknown as ApiContext, {
      params: { extraction_id: 'ext_1' },
      query: {},
      headers: {},
      body: undefined,
    });
  });
  const server = http.createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    polls: () => polls,
    subscribers: () => subscribed.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends the request, then leaves after `leaveAfterMs` (reading whatever arrived meanwhile). */
function visit(url: string, leaveAfterMs: number): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received));
    socket.write('GET /events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n', () =>
      setTimeout(() => socket.destroy(), leaveAfterMs),
    );
  });
}

describe('extraction event stream when the client leaves', () => {
  it('stops polling and heartbeats when the client leaves mid-stream', async () => {
    const stream = await startStream({ lookupMs: 0 });
    open.push(stream);
    const received = await visit(stream.url, 80);
    expect(received).toContain('event: status');
    await sleep(50);
    const polls = stream.polls();
    await sleep(150);
    expect(stream.polls()).toBe(polls);
    expect(stream.subscribers()).toBe(0);
  });

  it('stops polling and heartbeats when the client left before the stream started', async () => {
    // The client is gone while the extraction is still being looked up: Node has already
    // emitted the request's 'close', so a listener added afterwards would never run.
    const stream = await startStream({ lookupMs: 100 });
    open.push(stream);
    expect(await visit(stream.url, 10)).toBe('');
    await sleep(250);
    const polls = stream.polls();
    await sleep(150);
    expect(stream.polls()).toBe(polls);
    expect(stream.subscribers()).toBe(0);
  });

  it('survives a poll that fails, and one whose row cannot be shown', async () => {
    let n = 0;
    const stream = await startStream({
      lookupMs: 0,
      poll: async () => {
        n++;
        if (n % 2) throw new Error('the database went away');
        // A row the representation cannot render (an invalid date) must not become an
        // unhandled rejection: the poll runs outside any request's promise chain.
        return { ...running, stage: 'extracting', startedAt: new Date(Number.NaN) };
      },
    });
    open.push(stream);
    const received = await visit(stream.url, 120);
    expect(received).toContain('event: status');
    expect(n).toBeGreaterThan(2);
  });
});
