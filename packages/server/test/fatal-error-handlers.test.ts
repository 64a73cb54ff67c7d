import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { installFatalErrorHandlers } from '../src/fatal-error-handlers.js';
import { createRequestScope } from '../src/http/request-scope.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, destination) };
}

describe('the fatal error handlers', () => {
  it('log an uncaught exception with the request in flight, and exit for the supervisor', async () => {
    const events = new EventEmitter();
    const scope = createRequestScope();
    const { lines, logger } = capture();
    const exits: number[] = [];
    installFatalErrorHandlers({ logger, exit: (code) => exits.push(code), events, scope });

    await scope.run('req-42', async () => {
      events.emit('uncaughtException', new Error('stream blew up'), 'uncaughtException');
    });
    await new Promise((r) => setImmediate(r));
    expect(exits).toEqual([70]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 60,
      request_id: 'req-42',
      in_flight_request_ids: ['req-42'],
      err: { message: 'stream blew up' },
    });
    expect(lines[0]!.msg).toMatch(/^fatal: uncaught exception/);
  });

  it('name every request in flight when more than one could be the cause, and exit once', async () => {
    const events = new EventEmitter();
    const scope = createRequestScope();
    const { lines, logger } = capture();
    const exits: number[] = [];
    installFatalErrorHandlers({ logger, exit: (code) => exits.push(code), events, scope });

    const releases: (() => void)[] = [];
    const slow = ['req-a', 'req-b'].map((id) => scope.run(id, () => new Promise<void>((r) => releases.push(r))));
    events.emit('unhandledRejection', new Error('socket callback'));
    events.emit('uncaughtException', new Error('a second one'), 'uncaughtException');
    for (const release of releases) release();
    await Promise.all(slow);
    expect(exits).toEqual([70]);
    expect(lines.map((l) => [l.request_id, l.in_flight_request_ids, l.msg])).toEqual([
      [null, ['req-a', 'req-b'], expect.stringMatching(/^fatal: unhandled rejection/)],
      [null, ['req-a', 'req-b'], expect.stringMatching(/^fatal: uncaught exception/)],
    ]);
    expect(scope.inFlight()).toEqual([]);
  });
});
