import { Writable } from 'node:stream';
import Koa from 'koa';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '../src/http/app-state.js';
import { requestContext } from '../src/http/request-context.js';
import { securityHeaders } from '../src/http/security-headers.js';
import { listen, type RunningServer } from '../src/server-lifecycle.js';

type Line = Record<string, unknown>;

function collectingLogger(level: string): { lines: Line[]; logger: pino.Logger } {
  const lines: Line[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  return { lines, logger: pino({ level }, destination) };
}

describe('request context', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.drain(1_000);
    running = undefined;
  });

  async function serve(level: string): Promise<{ lines: Line[]; url: string }> {
    const { lines, logger } = collectingLogger(level);
    const app = new Koa<AppState>();
    app.use(requestContext(logger));
    app.use(securityHeaders({ hsts: false }));
    app.use((ctx) => {
      if (ctx.path === '/warn') ctx.state.log.warn({ detail: 'odd' }, 'handler warning');
      if (ctx.path === '/crash') {
        ctx.status = 500;
        ctx.body = 'crashed';
        return;
      }
      ctx.body = { ok: true };
    });
    running = await listen(app, { host: '127.0.0.1', port: 0 });
    return { lines, url: running.url };
  }

  it('writes one access line per request at info, stamped with the request id it answered with', async () => {
    const { lines, url } = await serve('info');
    const res = await fetch(`${url}/ok`, { headers: { 'x-request-id': 'caller-1' } });
    expect(res.headers.get('x-request-id')).toBe('caller-1');
    const access = lines.filter((l) => l.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      request_id: 'caller-1',
      req: { method: 'GET', url: '/ok' },
      res: { status: 200 },
    });
  });

  it('below info writes no access line, but a handler warning and a failed request carry the request id', async () => {
    const { lines, url } = await serve('warn');
    await fetch(`${url}/ok`);
    expect(lines).toEqual([]);

    const warned = await fetch(`${url}/warn`);
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'handler warning',
        detail: 'odd',
        request_id: warned.headers.get('x-request-id'),
      }),
    ]);

    lines.length = 0;
    const crashed = await fetch(`${url}/crash`);
    expect(crashed.status).toBe(500);
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'request failed',
        request_id: crashed.headers.get('x-request-id'),
        res: { status: 500 },
      }),
    ]);
  });
});
