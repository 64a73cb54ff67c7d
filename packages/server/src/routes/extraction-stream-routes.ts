import { PassThrough } from 'node:stream';
import type { Extraction } from '../domain/cv.js';
import { requireAuth, type OperationHandlers } from '../http/openapi-dispatcher.js';
import type { CvService } from '../services/cv-service.js';
import type { ExtractionEvents } from '../services/extraction-events.js';
import { toApiExtraction } from './cv-representation.js';

export interface ExtractionStreamDeps {
  cvs: CvService;
  events: ExtractionEvents;
  /** Re-read the row this often, for workers in other processes. */
  pollMs?: number;
  heartbeatMs?: number;
}

/**
 * `GET /api/v1/extractions/{id}/events`: Server-Sent Events with the real state of the job: a
 * `status` event now and at every change, then `succeeded` or `failed`, and the stream ends.
 */
export function extractionStreamRoutes(deps: ExtractionStreamDeps): OperationHandlers {
  return {
    async streamExtractionEvents(ctx, { params }) {
      const auth = requireAuth(ctx);
      const first = await deps.cvs.extraction(auth, params.extraction_id);
      const stream = new PassThrough();
      ctx.req.socket.setTimeout(0);
      ctx.req.socket.setNoDelay(true);
      ctx.set('Cache-Control', 'no-cache, no-transform');
      ctx.set('X-Accel-Buffering', 'no');
      ctx.type = 'text/event-stream; charset=utf-8';
      ctx.status = 200;
      ctx.body = stream;

      let last = '';
      let closed = false;
      const send = (extraction: Extraction) => {
        if (closed) return;
        const body = JSON.stringify(toApiExtraction(extraction));
        if (body === last) return;
        last = body;
        stream.write(`event: status\nid: ${Date.now()}\ndata: ${body}\n\n`);
        if (extraction.status === 'succeeded' || extraction.status === 'failed') {
          stream.write(`event: ${extraction.status}\ndata: ${body}\n\n`);
          finish();
        }
      };
      const unsubscribe = deps.events.subscribe(first.id, send);
      const poll = setInterval(() => {
        // A failed poll is retried on the next tick. `send` is inside the chain too: this promise
        // belongs to no request, so a rejection here would reach the process.
        deps.cvs
          .currentExtraction(auth, first.id)
          .then((e) => e && send(e))
          .catch(() => undefined);
      }, deps.pollMs ?? 1000);
      const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), deps.heartbeatMs ?? 15_000);
      function finish() {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(poll);
        clearInterval(heartbeat);
        stream.end();
      }
      // Koa destroys the body stream when the response finishes or its socket closes, and at once
      // (on the next tick) when the client already left while `first` was being looked up: then
      // the request's 'close' has been emitted before anyone listened for it.
      stream.once('close', finish);
      ctx.req.once('close', finish);
      send(first);
    },
  };
}
