import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Opens PDFs with pdf.js in a worker thread, so that a hard time limit is really hard.
 *
 * pdf.js in the API's own thread can only be cancelled between its steps: a 300 KB PDF whose
 * page content inflates to a few hundred megabytes held the event loop for seconds and took
 * 200 MB before a cancellation could land (measured on pdfjs-dist 5.6). A worker thread is
 * terminated mid-instruction when it overruns, its heap is capped, and the API's event loop never
 * runs PDF parsing at all. One worker, started lazily (or by `warmUp`), serves one PDF at a time;
 * a terminated worker is replaced on the next call.
 */

/**
 * What to read: `probe` opens the document only (page count, encryption: what an upload needs to
 * be accepted), `text` also reads every page's text layer, `layout` reads the text layer with each
 * fragment's position and size (for the offline extractor's reading-order rebuild).
 */
export type PdfProbeMode = 'probe' | 'text' | 'layout';

export interface PdfProbeRequest {
  bytes: Buffer;
  maxPages: number;
  maxTextChars: number;
  /**
   * Layout mode: most fragments read from one page (default `MAX_PAGE_ITEMS`). A dense real page
   * has a few thousand; the offline extractor's layout analysis is linear-ish in them, not free.
   */
  maxPageItems?: number;
  timeoutMs: number;
  /** Default `text`. */
  mode?: PdfProbeMode;
}

/**
 * A Link annotation's web or mail target and its area, in the text items' coordinates. Designed
 * CVs show "LinkedIn" or an icon whose address exists only here, never in the text layer.
 */
export interface PdfLink {
  /** An http(s) or mailto URL, at most `MAX_LINK_URL_CHARS` long. */
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One text fragment as pdf.js placed it: origin at the page's bottom left, in PDF points. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface PdfPageLayout {
  width: number;
  height: number;
  items: PdfTextItem[];
  /**
   * Layout mode, pages with letter-spaced text only: each letter-spaced run as its glyphs lie,
   * letters one space apart and words two ("V I D E O  P R O D U C T"). pdf.js's text layer puts
   * one space between letters and between words alike, so word breaks are only in the glyph gaps.
   */
  spacedRuns?: string[];
  /** Layout mode: the page's http(s) and mailto Link annotations, at most `MAX_PAGE_LINKS`. */
  links?: PdfLink[];
}

export type PdfProbeReply =
  | {
      ok: true;
      pageCount: number;
      encrypted: boolean;
      text: string;
      pages?: PdfPageLayout[];
      /** Text or fragments past `maxTextChars` or `maxPageItems` were left out. */
      truncated?: boolean;
    }
  | { ok: false; name: string; message: string };

export class PdfProbeTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`the PDF could not be read within ${timeoutMs} ms`);
    this.name = 'PdfProbeTimeout';
  }
}

/** The worker died: out of heap on a hostile file (`outOfMemory`), or stopped by `close()`. */
export class PdfProbeCrash extends Error {
  readonly outOfMemory: boolean;
  constructor(message: string, options: { cause?: unknown; outOfMemory?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PdfProbeCrash';
    this.outOfMemory = options.outOfMemory ?? false;
  }
}

const resolve = createRequire(import.meta.url).resolve;
const PDFJS_PATHS = {
  pdfjs: resolve('pdfjs-dist/legacy/build/pdf.mjs'),
  pdfjsWorker: resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
};
/** Fragments kept per page in layout mode: many times a dense CV page (one per letter, ~5,000). */
export const MAX_PAGE_ITEMS = 20_000;
/** Links kept per page in layout mode: a CV has a handful; a hostile page may have thousands. */
export const MAX_PAGE_LINKS = 200;
/** Longer link targets are dropped: a profile URL is far shorter, a data-stuffed one is not wanted. */
export const MAX_LINK_URL_CHARS = 2000;
/** Loading pdf.js takes about a second on a cold machine; more than this is a fault. */
const STARTUP_TIMEOUT_MS = 30_000;
/** Heap for the worker: several times what pdf.js needs for a 10 MB PDF's text. */
const WORKER_HEAP_MB = 256;

/**
 * The worker's program. It is plain JavaScript evaluated by `new Worker(…, { eval: true })`, so
 * that it runs the same from the TypeScript sources (tests) and from `dist/`.
 *
 * pdf.js options: no `eval` (isEvalSupported: false), no fonts loaded into a page, no network,
 * no XFA, no image decoding (maxImageSize: 0); the text of every page (up to the page cap) is read from the text layer, never
 * rendered. The security handler's filter name in the document info marks an encrypted file. Layout
 * mode also reads Link annotations' targets (pdf.js parses them; nothing is fetched or opened).
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
// Letter-spaced runs kept per page, and the longest (in glyphs): titles and dates, not body text.
const MAX_SPACED_RUNS = 200;
const MAX_SPACED_RUN = 120;
const { pathToFileURL } = require('node:url');
(async () => {
  // pdf.js's legacy build (the one that runs on Node 20) carries core-js, which replaces V8's
  // Array.prototype.push with a JavaScript one over a spec corner (lengths near 2^53, non-writable
  // length) that neither pdf.js nor this worker reaches. pdf.js pushes for every operator and glyph:
  // the polyfill cost a tenth to a fifth of a page's operator-list and text time (measured), so the
  // native one is put back (the polyfills that add missing methods stay).
  const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  const pdfjs = await import(pathToFileURL(workerData.pdfjs).href);
  // Loaded up front, so pdf.js's in-thread "fake worker" does not import it per document.
  globalThis.pdfjsWorker = await import(pathToFileURL(workerData.pdfjsWorker).href);
  Object.defineProperty(Array.prototype, 'push', nativePush);
  // Letter-spaced text ("V I D E O  P R O D U C T"): most space-separated pieces are one letter.
  const looksLetterSpaced = (str) => {
    if (str.length > MAX_SPACED_RUN * 2) return false;
    const tokens = str.trim().split(' ').filter((t) => t.length > 0);
    // Kerned pairs come out joined ("H I S TO RY"): short pieces count, most must be single.
    const short = tokens.filter((t) => t.length <= 2).length;
    const single = tokens.filter((t) => t.length === 1).length;
    return tokens.length >= 4 && short >= tokens.length * 0.8 && single >= tokens.length * 0.5;
  };
  // A showText's glyphs as letters with their gaps (in text space: glyph widths are 1/1000 em, TJ
  // numbers move back by n/1000 em, Tc follows every glyph and Tw every space). Within a
  // letter-spaced run the gap between letters is about constant; a word gap is clearly wider.
  const spacedRun = (glyphs, state) => {
    if (glyphs.length > MAX_SPACED_RUN) return undefined;
    const em = state.size * state.hScale;
    const letters = [];
    let x = 0;
    let end;
    for (const g of glyphs) {
      if (typeof g === 'number') {
        x -= (g / 1000) * em;
        continue;
      }
      if (!g || typeof g.unicode !== 'string') continue;
      const width = ((g.width || 0) / 1000) * em;
      const space = g.isSpace || g.unicode.trim().length === 0;
      if (!space) {
        letters.push({ ch: g.unicode, gap: end === undefined ? 0 : x - end });
        end = x + width;
      }
      x += width + state.charSpacing * state.hScale + (space ? state.wordSpacing * state.hScale : 0);
    }
    if (letters.length < 4) return undefined;
    const gaps = letters.slice(1).map((l) => l.gap).sort((a, b) => a - b);
    const median = gaps[Math.floor(gaps.length / 2)];
    // Ordinary text has no gap between letters; a run needs visible tracking to be letter-spaced.
    if (!(median >= 0.05 * em)) return undefined;
    let text = '';
    for (const [i, l] of letters.entries()) {
      if (i > 0) text += l.gap > median * 1.8 && l.gap - median > 0.15 * em ? '  ' : ' ';
      text += l.ch;
    }
    return text;
  };
  // Web and mail targets only: javascript:, file:, tel: and in-document destinations are not the
  // person's links (pdf.js already keeps unsafe schemes out of the url field; checked again here).
  //
  // Read with getAnnotationsByType, not page.getAnnotations: for a page with a Link, the latter
  // extracts the page's whole text again to attach the text under each link ('overlaidText', unused
  // here), which cost as much as reading the page's text (~40-100 ms a page on the corpus). Every
  // other page is skipped, so a page's broken annotations still cost that page its links only.
  const LINK_TYPES = new Set([pdfjs.AnnotationType.LINK]);
  // getAnnotations({ intent: 'display' }) keeps the viewable ones only: flags Invisible (bit 1) and
  // NoView (bit 6) in the PDF spec (pdf.js does not export its AnnotationFlag; it already clears
  // Invisible on a Link, kept in the mask all the same).
  const HIDDEN_FROM_VIEW = 0x01 | 0x20;
  const pageLinks = async (doc, pageIndex, view, maxLinks, maxUrlChars) => {
    const others = new Set();
    for (let i = 0; i < doc.numPages; i++) if (i !== pageIndex) others.add(i);
    const annotations = (await doc.getAnnotationsByType(LINK_TYPES, others)) || [];
    const links = [];
    for (const a of annotations) {
      if (links.length >= maxLinks) break;
      if (!a || a.pageIndex !== pageIndex || (a.annotationFlags & HIDDEN_FROM_VIEW) !== 0) continue;
      if (a.subtype !== 'Link' || typeof a.url !== 'string' || a.url.length > maxUrlChars) continue;
      const url = a.url.trim();
      if (!/^(?:https?:\/\/|mailto:)/i.test(url)) continue;
      const r = Array.isArray(a.rect) || ArrayBuffer.isView(a.rect) ? Array.from(a.rect) : [];
      if (r.length !== 4 || !r.every((v) => typeof v === 'number' && Number.isFinite(v))) continue;
      const x = Math.min(r[0], r[2]);
      const y = Math.min(r[1], r[3]);
      links.push({ url, x: x - view[0], y: y - view[1], width: Math.abs(r[2] - r[0]), height: Math.abs(r[3] - r[1]) });
    }
    return links;
  };
  const spacedRuns = async (page) => {
    const OPS = pdfjs.OPS;
    const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    const runs = [];
    const state = { size: 10, hScale: 1, charSpacing: 0, wordSpacing: 0 };
    for (let i = 0; i < list.fnArray.length && runs.length < MAX_SPACED_RUNS; i++) {
      const fn = list.fnArray[i];
      const args = list.argsArray[i];
      if (fn === OPS.setFont) state.size = Math.abs(args[1]) || state.size;
      else if (fn === OPS.setCharSpacing) state.charSpacing = args[0];
      else if (fn === OPS.setWordSpacing) state.wordSpacing = args[0];
      else if (fn === OPS.setHScale) state.hScale = args[0] / 100;
      else if (fn === OPS.showText || fn === OPS.showSpacedText) {
        const run = Array.isArray(args[0]) ? spacedRun(args[0], state) : undefined;
        if (run) runs.push(run);
      }
    }
    return runs;
  };
  parentPort.on('message', async ({ id, data, maxPages, maxTextChars, maxPageItems, maxPageLinks, maxLinkUrlChars, mode }) => {
    let task;
    try {
      task = pdfjs.getDocument({
        data,
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        disableAutoFetch: true,
        disableStream: true,
        disableRange: true,
        enableXfa: false,
        // No image is ever decoded: we read text and glyph positions, never pixels, and a decoded
        // image lives outside the worker's heap cap (a 0.7 MB PDF with one 16000×16000 image took
        // the process from 130 MB to 730 MB when the glyph pass asked for operator lists).
        maxImageSize: 0,
        stopAtErrors: false,
        verbosity: 0,
      });
      const doc = await task.promise;
      const pageCount = doc.numPages;
      const { info } = await doc.getMetadata();
      const encrypted = Boolean(info && info.EncryptFilterName);
      if (encrypted || pageCount > maxPages || mode === 'probe') {
        // Refused, or only probed: no text to read.
        parentPort.postMessage({ id, ok: true, pageCount, encrypted, text: '' });
        return;
      }
      const pages = [];
      const layouts = [];
      let length = 0;
      let truncated = false;
      for (let n = 1; n <= pageCount && length < maxTextChars; n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        let text = '';
        const items = [];
        const view = page.view;
        for (const item of content.items) {
          if (typeof item.str !== 'string') continue;
          // Capped inside the page, not only between pages: one hostile page could otherwise carry
          // any number of fragments to the API's thread.
          if (length + text.length >= maxTextChars) {
            truncated = true;
            break;
          }
          text += item.str + (item.hasEOL ? '\n' : '');
          if (mode === 'layout' && item.str.length > 0) {
            if (items.length >= maxPageItems) {
              truncated = true;
              break;
            }
            const t = item.transform;
            items.push({
              str: item.str,
              x: t[4] - view[0],
              y: t[5] - view[1],
              width: item.width,
              // Rotated or skewed text reports a height of 0; the matrix still holds the size.
              height: item.height || Math.hypot(t[2], t[3]),
              fontName: item.fontName,
              hasEOL: item.hasEOL,
            });
          }
        }
        if (mode === 'layout') {
          const layout = { width: view[2] - view[0], height: view[3] - view[1], items };
          // The operator list costs about as much as the text again: only for pages that need it.
          if (items.some((i) => looksLetterSpaced(i.str))) layout.spacedRuns = await spacedRuns(page);
          // A page with no text has no word a link could sit on. A broken annotation costs the
          // page its links, not the document its text.
          if (items.length > 0) {
            const links = await pageLinks(doc, n - 1, view, maxPageLinks, maxLinkUrlChars).catch(() => []);
            if (links.length > 0) layout.links = links;
          }
          layouts.push(layout);
        }
        pages.push(text);
        length += text.length;
        page.cleanup();
      }
      parentPort.postMessage({
        id,
        ok: true,
        pageCount,
        encrypted: false,
        truncated,
        text: pages.join('\n\n'),
        ...(mode === 'layout' && { pages: layouts }),
      });
    } catch (error) {
      parentPort.postMessage({
        id,
        ok: false,
        name: (error && error.name) || 'Error',
        message: String((error && error.message) || error),
      });
    } finally {
      if (task) await task.destroy().catch(() => {});
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => parentPort.postMessage({ ready: false, message: String((error && error.stack) || error) }));
`;

type WorkerMessage = { ready: true } | { ready: false; message: string } | ({ id: number } & PdfProbeReply);

export class PdfProbe {
  #worker: Worker | undefined;
  #ready: Promise<Worker> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;

  /** Starts the worker and loads pdf.js now rather than on the first PDF. */
  async warmUp(): Promise<void> {
    await this.#start();
  }

  /** Opens one PDF; calls are served one after another. */
  probe(request: PdfProbeRequest): Promise<PdfProbeReply> {
    const run = this.#queue.then(() => this.#run(request));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#forget();
    if (worker) await worker.terminate();
  }

  #forget(worker?: Worker): void {
    if (worker && worker !== this.#worker) return;
    this.#worker = undefined;
    this.#ready = undefined;
  }

  #start(): Promise<Worker> {
    if (this.#ready) return this.#ready;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: PDFJS_PATHS,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // pdf.js may print; keep it out of the server's structured logs.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    this.#worker = worker;
    worker.on('exit', () => this.#forget(worker));
    // Listeners for one PDF come and go; this one stays. The worker can die while no PDF is being
    // read (a stray rejection inside pdf.js, or an out-of-memory exit just after a timeout took
    // the per-PDF listeners away), and an 'error' nobody listens to would end the process. The
    // next call starts a new worker.
    worker.on('error', () => this.#forget(worker));
    this.#ready = new Promise<Worker>((resolveReady, rejectReady) => {
      const fail = (error: Error) => {
        cleanup();
        this.#forget(worker);
        void worker.terminate();
        rejectReady(error);
      };
      const timer = setTimeout(
        () => fail(new PdfProbeCrash('the PDF reader did not start in time')),
        STARTUP_TIMEOUT_MS,
      );
      const onMessage = (message: WorkerMessage) => {
        if (!('ready' in message)) return;
        if (!message.ready) return fail(new PdfProbeCrash(`the PDF reader failed to start: ${message.message}`));
        cleanup();
        resolveReady(worker);
      };
      const onError = (error: Error) => fail(new PdfProbeCrash('the PDF reader failed to start', { cause: error }));
      const onExit = (code: number) =>
        fail(new PdfProbeCrash(`the PDF reader exited with code ${code} while starting`));
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
    return this.#ready;
  }

  async #run(request: PdfProbeRequest): Promise<PdfProbeReply> {
    const worker = await this.#start();
    const id = this.#nextId++;
    // A copy, transferred: the caller's buffer stays whole (and may share a pool with others).
    const data = new Uint8Array(request.bytes);
    return new Promise<PdfProbeReply>((resolveReply, rejectReply) => {
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        outcome();
      };
      const timer = setTimeout(
        () =>
          settle(() => {
            this.#forget(worker);
            void worker.terminate();
            rejectReply(new PdfProbeTimeout(request.timeoutMs));
          }),
        request.timeoutMs,
      );
      const onMessage = (message: WorkerMessage) => {
        if ('id' in message && message.id === id) {
          settle(() => {
            const { id: _id, ...reply } = message;
            resolveReply(reply);
          });
        }
      };
      const onError = (error: Error & { code?: string }) =>
        settle(() => {
          this.#forget(worker);
          const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
          rejectReply(new PdfProbeCrash(error.message, { cause: error, outOfMemory }));
        });
      const onExit = (code: number) =>
        settle(() => {
          this.#forget(worker);
          rejectReply(new PdfProbeCrash(`the PDF reader exited with code ${code}`));
        });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(
        {
          id,
          data,
          maxPages: request.maxPages,
          maxTextChars: request.maxTextChars,
          maxPageItems: request.maxPageItems ?? MAX_PAGE_ITEMS,
          maxPageLinks: MAX_PAGE_LINKS,
          maxLinkUrlChars: MAX_LINK_URL_CHARS,
          mode: request.mode ?? 'text',
        },
        [data.buffer],
      );
    });
  }
}
