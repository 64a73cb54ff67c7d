import {
  ExtractionError,
  type ExtractionInput,
  type Extractor,
  type ExtractorContext,
  type ExtractorResult,
  type InspectedFile,
} from '../extractor.js';
import { CvInputError } from '../cv-input-error.js';
import { PdfProbeCrash, PdfProbeTimeout, type PdfPageLayout } from '../intake/pdf-probe.js';
import { parseCv, type ParsedCv } from './cv-parser.js';
import { readPdfLayout } from './reading-order.js';
import { readText } from './text-reading.js';
import type { ReadDocument } from './types.js';

/**
 * The offline extractor: rule-based, no network, no model. It reads a PDF's positioned text (or a
 * Word/text file's text), rebuilds reading
 * order, finds section headings in eight languages and parses each section into the CV document.
 */

/** Part of the extraction cache key: bump whenever the rules change. */
export const HEURISTIC_PROMPT_VERSION = 'heuristic-2026.5';

/** A PDF with less text than this is a scan. */
const MIN_PDF_TEXT_CHARS = 40;

/** What this extractor needs from a logger; a pino logger fits. */
export interface HeuristicExtractorLogger {
  debug(obj: object, msg: string): void;
}

export interface HeuristicExtractorDeps {
  readPdfLayout: (bytes: Buffer) => Promise<PdfPageLayout[]>;
  logger?: HeuristicExtractorLogger;
}

const NEEDS_CLAUDE = (what: string) =>
  new ExtractionError(
    'extractor-unavailable',
    `${what} has no text layer to read: reading it needs a Claude API key (CLAUDE_API_KEY) on this server, or upload the CV as a PDF with selectable text, DOCX or TXT.`,
  );

/**
 * The positioned text of a PDF. A file that times out, exhausts the reader's memory or cannot be
 * opened is the file's fault: it fails as `unprocessable-file`, not as an internal error.
 */
async function readPages(bytes: Buffer, deps: HeuristicExtractorDeps): Promise<PdfPageLayout[]> {
  try {
    return await deps.readPdfLayout(bytes);
  } catch (error) {
    const fileFault =
      error instanceof PdfProbeTimeout ||
      (error instanceof PdfProbeCrash && error.outOfMemory) ||
      (error instanceof CvInputError && error.code === 'unprocessable-file');
    if (!fileFault) throw error;
    const detail = error instanceof CvInputError ? error.detail : error.message;
    throw new ExtractionError('unprocessable-file', `The PDF could not be read: ${detail}`, { cause: error });
  }
}

export async function readDocument(
  input: { file: InspectedFile; bytes: Buffer },
  deps: HeuristicExtractorDeps,
): Promise<ReadDocument> {
  const { file, bytes } = input;
  switch (file.kind) {
    case 'pdf': {
      const pages = await readPages(bytes, deps);
      const chars = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0);
      if (chars < MIN_PDF_TEXT_CHARS) throw NEEDS_CLAUDE('This PDF is a scan (images only): it');
      return readPdfLayout(pages);
    }
    case 'image':
      // OCR is not offered offline: see docs/offline-extractor.md for the measurements.
      throw NEEDS_CLAUDE('An image');
    case 'markdown':
      return readText(file.text ?? bytes.toString('utf8'), { markdown: true });
    case 'docx':
    case 'doc':
    case 'text':
      if (file.text === undefined) throw new ExtractionError('unprocessable-file', 'The file has no readable text.');
      return readText(file.text, { markdown: false });
    case 'jsonresume':
      throw new ExtractionError('internal-error', 'JSON Resume files are imported, not extracted.');
  }
}

/** Not a CV: no recognised CV section and no way to reach the person. */
function assertCv(parsed: ParsedCv): void {
  const contact = parsed.data.contact;
  const reachable = Boolean(contact?.email || contact?.phone);
  if (parsed.recognisedSections === 0 && !reachable) {
    throw new ExtractionError(
      'not-a-cv',
      'This document does not look like a CV: it has no name with contact details and no CV sections (experience, education, skills…).',
    );
  }
}

export function createHeuristicExtractor(deps: HeuristicExtractorDeps): Extractor {
  return {
    name: 'heuristic',
    model: null,
    promptVersion: HEURISTIC_PROMPT_VERSION,
    supports(file: InspectedFile): boolean {
      // Images are taken, to fail with the reason (needs Claude) rather than "no extractor".
      return file.kind !== 'jsonresume';
    },
    async extract(input: ExtractionInput, context: ExtractorContext): Promise<ExtractorResult> {
      context.onStage('reading');
      const started = performance.now();
      const doc = await readDocument(input, deps);
      context.onStage('extracting');
      const parsed = parseCv(doc, { markdown: input.file.kind === 'markdown' });
      assertCv(parsed);
      const data = {
        ...parsed.data,
        meta: {
          ...parsed.data.meta,
          extractor: 'heuristic',
          ...(/^[0-9a-f]{64}$/.test(input.sha256) && { sourceSha256: input.sha256 }),
        },
      };
      deps.logger?.debug(
        { layout: parsed.layout, ms: Math.round(performance.now() - started), sections: parsed.recognisedSections },
        'heuristic extraction',
      );
      return {
        data,
        usage: null,
        signals: {
          layout: parsed.layout,
          section_confidence: parsed.sectionConfidence,
          unclassified_chars: parsed.unclassifiedChars,
          flagged_values: parsed.flagged,
        },
      };
    },
  };
}
