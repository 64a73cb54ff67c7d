import { EventEmitter } from 'node:events';
import type { Extraction } from '../domain/cv.js';

/**
 * In-process notifications of extraction changes, so a Server-Sent Events stream in the same
 * process hears about them at once. Streams also re-read the row on a timer, which covers workers
 * running in other processes (BullMQ mode).
 */
export class ExtractionEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(extraction: Extraction): void {
    this.emitter.emit(extraction.id, extraction);
  }

  subscribe(extractionId: string, listener: (extraction: Extraction) => void): () => void {
    this.emitter.on(extractionId, listener);
    return () => this.emitter.off(extractionId, listener);
  }
}
