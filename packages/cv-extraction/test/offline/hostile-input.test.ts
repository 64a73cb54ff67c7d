import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CvInputError } from '../../src/cv-input-error.js';
import { closeCvIntake, inspectCvFile } from '../../src/intake/cv-intake.js';
import { ExtractionError, type ExtractionErrorCode } from '../../src/extractor.js';
import { MAX_PAGE_ITEMS, PdfProbe } from '../../src/intake/pdf-probe.js';
import { MAX_LINE_CHARS } from '../../src/offline/linear-text.js';
import { detectColumns } from '../../src/offline/pdf-layout.js';
import { readPdfLayout } from '../../src/offline/reading-order.js';
import { readText } from '../../src/offline/text-reading.js';
import { pdfDocument } from '../support/intake-fixtures.js';
import { heuristic } from './support.js';

/**
 * Text an attacker chooses must not hold the event loop: the extraction is synchronous once the
 * text is read, so the job's time limit cannot interrupt a regex that backtracks. Each attack runs
 * intake and the offline extractor end to end, as the extraction job does, and must finish within
 * the bound with a document or a stated failure, never an internal error.
 */

afterAll(() => closeCvIntake());

/** Generous for a CI machine: the old rules took from 3 s to minutes on these inputs. */
const BOUND_MS = 2000;

const CV_HEAD = ['Jane Doe', 'jane.doe@example.com', '+44 20 7946 0000', ''];

type Outcome = { ms: number } & ({ ok: true; unclassified: number } | { ok: false; code: ExtractionErrorCode });

/** Intake (the job's inspection) then the extractor, with the job's mapping of intake refusals. */
async function run(bytes: Buffer, options: { probeOnly?: boolean } = {}): Promise<Outcome> {
  const started = performance.now();
  try {
    const file = await inspectCvFile(bytes, options.probeOnly ? { pdfText: false } : {}).catch((error: unknown) => {
      if (error instanceof CvInputError) throw new ExtractionError('unprocessable-file', error.detail);
      throw error;
    });
    const result = await heuristic.extract(
      { file, bytes, sha256: 'a'.repeat(64), originalFilename: 'cv' },
      { signal: new AbortController().signal, onStage: () => undefined },
    );
    const { unclassifiedText } = result.data as { unclassifiedText?: string };
    const unclassified = unclassifiedText?.length ?? 0;
    return { ms: performance.now() - started, ok: true, unclassified };
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    return { ms: performance.now() - started, ok: false, code: error.code };
  }
}

/**
 * A page of `count` two-letter fragments. The font size alternates, so pdf.js cannot merge
 * neighbours into one item: the page really has `count` text items.
 */
function denseItemsPdf(count: number): Buffer {
  const ops = ['BT'];
  for (let i = 0; i < count; i++) {
    const x = 20 + (i % 500) * 1.1;
    const y = 20 + Math.floor(i / 500) * 2.5;
    ops.push(`/F1 ${i % 2 ? 1 : 1.5} Tf 1 0 0 1 ${x.toFixed(1)} ${y.toFixed(1)} Tm (ab) Tj`);
  }
  ops.push('ET');
  return pdfDocument({
    pages: [
      { lines: [...CV_HEAD, 'Experience', 'Engineer, Acme, 2019 - 2021', 'Education', 'BSc, Oxford, 2015'] },
      { flateContent: deflateSync(Buffer.from(ops.join('\n'), 'latin1')) },
    ],
  });
}

function text(lines: string[]): Buffer {
  return Buffer.from([...CV_HEAD, ...lines].join('\n'));
}

describe('offline extractor: hostile text finishes in linear time', () => {
  it('a Markdown heading with a long run of spaces (cubic heading regex)', async () => {
    const bytes = text(['# Experience', '', '# a' + ' '.repeat(3000) + 'b', '', '## Education', 'BSc, Oxford, 2015']);
    const outcome = await run(bytes);
    expect(outcome.ms).toBeLessThan(BOUND_MS);
    expect(outcome).toMatchObject({ ok: true });
  });

  it('a date range followed by a long run of separators', async () => {
    const bytes = text(['Experience', 'Engineer, Acme, 2019 – 2021' + ' -'.repeat(20_000) + ' x', 'Built things.']);
    const outcome = await run(bytes);
    expect(outcome.ms).toBeLessThan(BOUND_MS);
    expect(outcome).toMatchObject({ ok: true });
  });

  it('long runs of whitespace inside entry heads and list items', async () => {
    const run20k = '\u2003'.repeat(20_000);
    const bytes = text([
      'Experience',
      `Engineer, Acme, full-time,${run20k}x 2019 – 2021`,
      'Built things.',
      '',
      'Certifications',
      `AWS Solutions Architect https://aws.example.com/cert ,${run20k}x`,
      '',
      'Skills',
      `Python,${run20k}, SQL`,
    ]);
    const outcome = await run(bytes);
    expect(outcome.ms).toBeLessThan(BOUND_MS);
    expect(outcome).toMatchObject({ ok: true });
  });

  it('a 200,000-character line of mixed CV text, without losing it', async () => {
    const piece =
      '# Senior Engineer at **Acme Corp**, London, UK | 2019 – 2021 - full-time ; Python, SQL · [site](https://a.example.com)   ';
    const line = piece.repeat(Math.ceil(200_000 / piece.length)).slice(0, 200_000 - 200);
    const outcome = await run(text([line]));
    expect(outcome.ms).toBeLessThan(BOUND_MS);
    expect(outcome).toMatchObject({ ok: true });
  });

  it('a PDF page of 150,000 tiny text items', async () => {
    const bytes = denseItemsPdf(150_000);
    // As the pipeline runs: upload probes the PDF, the job inspects it and the extractor reads it.
    // pdf.js alone needs ~3 s for this page, so its time limit (1 s) ends it: a clear refusal.
    for (const probeOnly of [false, true]) {
      const outcome = await run(bytes, { probeOnly });
      expect(outcome.ms).toBeLessThan(BOUND_MS);
      if (!outcome.ok) expect(outcome.code).toBe('unprocessable-file');
    }
  });
});

describe('offline extractor: long lines are split, not cut', () => {
  it('keeps every word of a line over the cap, in order', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const doc = readText(words.join(' '), { markdown: false });
    expect(doc.lines.length).toBeGreaterThan(1);
    for (const line of doc.lines) expect(line.text.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(doc.lines.map((l) => l.text).join(' ')).toBe(words.join(' '));
  });

  it("still drops a Markdown heading's closing hashes", () => {
    const doc = readText('# Jane Doe\n## Skills ##\n## C#', { markdown: true });
    expect(doc.lines.map((l) => l.text)).toEqual(['Jane Doe', 'Skills', 'C#']);
  });
});

describe('offline extractor: hostile PDF pages are capped', () => {
  it('the reader passes at most MAX_PAGE_ITEMS fragments of a page to the API thread', async () => {
    const probe = new PdfProbe();
    try {
      const reply = await probe.probe({
        bytes: denseItemsPdf(30_000),
        maxPages: 50,
        maxTextChars: 1_000_000,
        maxPageItems: 10_000,
        timeoutMs: 30_000,
        mode: 'layout',
      });
      expect(reply.ok).toBe(true);
      if (!reply.ok) return;
      expect(reply.pages?.[1]?.items.length).toBe(10_000);
      expect(reply.truncated).toBe(true);
    } finally {
      await probe.close();
    }
  }, 60_000);

  it('a long run of separators under a link is read in linear time', () => {
    const str = 'a' + ','.repeat(150_000) + 'b ' + 'z'.repeat(150_000);
    const item = { str, x: 20, y: 700, width: 560, height: 9, fontName: 'f', hasEOL: false };
    const link = { url: 'https://example.com/', x: 20, y: 698, width: 280, height: 12 };
    const started = performance.now();
    const doc = readPdfLayout([{ width: 595, height: 842, items: [item], links: [link] }]);
    expect(doc.lines.map((l) => l.text).join('').length).toBeGreaterThan(150_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('column detection takes 200,000 fragments without overflowing the stack', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => ({
      str: 'ab',
      x: 20 + (i % 500),
      y: 20 + Math.floor(i / 500),
      width: 1,
      height: 1,
      fontName: 'f',
      hasEOL: false,
    }));
    const started = performance.now();
    expect(() => detectColumns(items, 595)).not.toThrow();
    expect(MAX_PAGE_ITEMS).toBeLessThan(items.length);
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
