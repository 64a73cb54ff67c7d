import type { InspectedFile } from '../extractor.js';
import { inspectImage } from './image.js';
import { inspectOle2 } from './ole2.js';
import { inspectPdf } from './pdf.js';
import { PdfProbe, type PdfPageLayout } from './pdf-probe.js';
import { unprocessable, unsupported } from './refusals.js';
import { sniff } from './signatures.js';
import { inspectText } from './text.js';
import { inspectZip } from './zip.js';

export { ACCEPTED_MEDIA_TYPES } from './refusals.js';
export type { PdfPageLayout, PdfTextItem } from './pdf-probe.js';

/**
 * Upload intake: decides what an uploaded CV file is from its bytes — by magic numbers and then
 * by opening it with a parser for that format — never from its name or the declared
 * `Content-Type`. Accepted files come back as an `InspectedFile` (kind, canonical media type and,
 * where intake had to read it anyway, the text); everything else is a `CvInputError`:
 *
 * - `unsupported-media-type` for a type we do not take, naming it when known (`detectedType`) and
 *   listing what is accepted (`acceptedTypes`);
 * - `unprocessable-file` for an accepted type that cannot be used: empty, truncated, corrupt,
 *   encrypted, over a limit (zip bombs, page count, image size), with a `reason`;
 * - `not-a-cv` for JSON that is not a JSON Resume document.
 *
 * The caller must have capped the file's size while reading it (the server answers `413` past
 * MAX_UPLOAD_BYTES): intake takes the whole file as a Buffer and its limits are about what the
 * bytes expand to.
 */

export interface CvIntakeOptions {
  /** Cap on bytes inflated from a DOCX, by the central directory's declarations and in fact. Default 50 MiB. */
  maxInflatedBytes?: number;
  /** Cap on the entries in a DOCX's ZIP archive. Default 2000. */
  maxZipEntries?: number;
  /** Cap on one ZIP entry's uncompressed/compressed ratio (entries over 1 MiB). Default 100. */
  maxCompressionRatio?: number;
  /** Cap on a PDF's pages. Default 50. */
  maxPdfPages?: number;
  /**
   * Hard cap on the time to open a PDF and read its text layer. Default 1000 ms: a CV takes about
   * 10 ms, while a hostile PDF's memory keeps growing until it is stopped (measured: +60 MB at
   * 1 s, +200 MB at 2 s).
   */
  pdfTimeoutMs?: number;
  /** Cap on `InspectedFile.text`, in UTF-16 code units. Default 200,000. */
  maxTextChars?: number;
  /**
   * Read a PDF's text layer (default true). The upload path passes false: accepting a PDF needs
   * only a probe (it opens, is not encrypted, has few enough pages), and the extraction job reads
   * the text itself, so reading it at upload too would be paid twice.
   */
  pdfText?: boolean;
}

export const CV_INTAKE_DEFAULTS: Required<CvIntakeOptions> = {
  maxInflatedBytes: 50 * 1024 * 1024,
  maxZipEntries: 2000,
  maxCompressionRatio: 100,
  maxPdfPages: 50,
  pdfTimeoutMs: 1000,
  maxTextChars: 200_000,
  pdfText: true,
};

let sharedPdfProbe: PdfProbe | undefined;
function pdfProbe(): PdfProbe {
  sharedPdfProbe ??= new PdfProbe();
  return sharedPdfProbe;
}

/** Loads the PDF reader (about a second, once) so the first PDF upload does not wait for it. */
export async function warmUpCvIntake(): Promise<void> {
  await pdfProbe().warmUp();
}

/** Stops the PDF reader's worker thread (at shutdown; the next inspection starts a new one). */
export async function closeCvIntake(): Promise<void> {
  const probe = sharedPdfProbe;
  sharedPdfProbe = undefined;
  await probe?.close();
}

/**
 * A PDF's text layer with every fragment's position, page by page, read in the same guarded worker
 * as intake (time and heap limits). For the offline extractor; the file must have passed intake.
 */
export async function readPdfLayout(
  bytes: Buffer,
  options: Pick<CvIntakeOptions, 'maxPdfPages' | 'pdfTimeoutMs' | 'maxTextChars'> = {},
): Promise<PdfPageLayout[]> {
  const limits = { ...CV_INTAKE_DEFAULTS, ...stripUndefined(options) };
  const reply = await pdfProbe().probe({
    bytes,
    maxPages: limits.maxPdfPages,
    maxTextChars: limits.maxTextChars,
    timeoutMs: limits.pdfTimeoutMs,
    mode: 'layout',
  });
  // A file fault, said as intake says it: the extractor reports it as `unprocessable-file`.
  if (!reply.ok) throw unprocessable('corrupt', `The PDF cannot be read: ${reply.message.replace(/\.$/, '')}.`);
  return reply.pages ?? [];
}

export async function inspectCvFile(bytes: Buffer, options: CvIntakeOptions = {}): Promise<InspectedFile> {
  const limits = { ...CV_INTAKE_DEFAULTS, ...stripUndefined(options) };
  if (bytes.length === 0) throw unprocessable('empty', 'The file is empty: it has no content at all.');
  const sniffed = sniff(bytes);
  if ('refused' in sniffed) throw unsupported(sniffed.refused);
  switch (sniffed.container) {
    case 'pdf':
      return inspectPdf(bytes, pdfProbe(), {
        maxPages: limits.maxPdfPages,
        timeoutMs: limits.pdfTimeoutMs,
        maxTextChars: limits.maxTextChars,
        readText: limits.pdfText,
      });
    case 'zip':
      return inspectZip(bytes, limits);
    case 'ole2':
      return inspectOle2(bytes, limits.maxTextChars);
    case 'png':
    case 'jpeg':
    case 'webp':
      return inspectImage(sniffed.container, bytes);
    case 'text':
      return inspectText(bytes, limits.maxTextChars);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
