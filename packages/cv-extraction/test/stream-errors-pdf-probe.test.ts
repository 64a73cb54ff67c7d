import type * as WorkerThreads from 'node:worker_threads';
import type { Worker as WorkerType } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PdfProbe } from '../src/intake/pdf-probe.js';
import { textPdf } from './support/intake-fixtures.js';

/**
 * The PDF reader's worker thread can die while no PDF is being read: an uncaught exception or a
 * stray rejection inside it (pdf.js settles promises after a document was destroyed), or an
 * out-of-memory exit landing just after a timeout detached the per-PDF listeners. Node then emits
 * 'error' on the Worker in the API's thread, and an 'error' nobody listens to ends the process.
 */

const workers: WorkerType[] = [];
vi.mock('node:worker_threads', async (importOriginal) => {
  const original = await importOriginal<typeof WorkerThreads>();
  class RecordedWorker extends original.Worker {
    constructor(...args: ConstructorParameters<typeof original.Worker>) {
      super(...args);
      workers.push(this);
    }
  }
  return { ...original, Worker: RecordedWorker };
});

const probe = new PdfProbe();
afterAll(() => probe.close());

const request = { maxPages: 10, maxTextChars: 10_000, timeoutMs: 30_000, mode: 'probe' } as const;

describe('the PDF reader when its worker dies between PDFs', () => {
  it('forgets the dead worker and reads the next PDF with a new one', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      expect(await probe.probe({ bytes: textPdf(), ...request })).toMatchObject({ ok: true, pageCount: 2 });
      expect(workers).toHaveLength(1);
      const first = workers[0]!;
      const exited = new Promise((resolve) => first.once('exit', resolve));
      // A message the worker cannot destructure: its handler rejects, nothing in the worker
      // catches that, and the thread ends with an 'error' event in this thread.
      first.postMessage(null);
      await exited;
      expect(uncaught).toEqual([]);

      expect(await probe.probe({ bytes: textPdf(), ...request })).toMatchObject({ ok: true, pageCount: 2 });
      expect(workers).toHaveLength(2);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  }, 60_000);
});
