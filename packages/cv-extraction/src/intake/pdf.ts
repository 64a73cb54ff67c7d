import type { InspectedFile } from '../extractor.js';
import { PdfProbeCrash, PdfProbeTimeout, type PdfProbe } from './pdf-probe.js';
import { unprocessable } from './refusals.js';
import { capText } from './text.js';

export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
  maxTextChars: number;
  /**
   * Read the text layer (default true). False only probes the file (opens, encryption, pages):
   * enough to accept an upload, and the extraction job reads the text later anyway.
   */
  readText?: boolean;
}

const PASSWORD_PROTECTED = 'The file is a password-protected PDF: remove the password and upload it again.';
/** Where `%%EOF` must appear: writers may add a little after it (newlines, padding). */
const EOF_WINDOW = 1024;

/**
 * A PDF: complete (ends with `%%EOF`), opened by pdf.js (a broken cross-reference table that
 * pdf.js can rebuild is accepted, as every viewer accepts it), not encrypted, and within the page
 * cap. Its text layer, when it has one, becomes `text`; an image-only (scanned) PDF is accepted
 * with empty text, and the extractor decides what to do with it.
 */
export async function inspectPdf(bytes: Buffer, probe: PdfProbe, limits: PdfLimits): Promise<InspectedFile> {
  const tail = bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW));
  if (!tail.includes('%%EOF', 0, 'latin1')) {
    throw unprocessable(
      'truncated',
      'The PDF is incomplete (it has no end-of-file marker): it was cut off. Upload the whole file.',
    );
  }
  let reply;
  try {
    reply = await probe.probe({
      bytes,
      maxPages: limits.maxPages,
      maxTextChars: limits.maxTextChars,
      timeoutMs: limits.timeoutMs,
      mode: limits.readText === false ? 'probe' : 'text',
    });
  } catch (error) {
    if (error instanceof PdfProbeTimeout) {
      throw unprocessable(
        'timeout',
        `The PDF could not be read within ${limits.timeoutMs} ms: it is damaged or unusually complex. Export it again (for example with "Save as PDF") and upload that.`,
        error,
      );
    }
    if (error instanceof PdfProbeCrash && error.outOfMemory) {
      throw unprocessable(
        'limit-exceeded',
        'The PDF needs more memory to open than is allowed: it is damaged or unusually complex.',
        error,
      );
    }
    throw error;
  }
  if (!reply.ok) {
    // A user password stops pdf.js before it can report the encryption any other way.
    if (reply.name === 'PasswordException' || bytes.includes('/Encrypt', 0, 'latin1')) {
      throw unprocessable('encrypted', PASSWORD_PROTECTED);
    }
    throw unprocessable('corrupt', `The PDF cannot be opened: it is damaged (${reply.message.replace(/\.$/, '')}).`);
  }
  if (reply.encrypted) throw unprocessable('encrypted', PASSWORD_PROTECTED);
  if (reply.pageCount < 1) throw unprocessable('corrupt', 'The PDF has no pages.');
  if (reply.pageCount > limits.maxPages) {
    throw unprocessable(
      'too-many-pages',
      `The PDF has ${reply.pageCount} pages; a CV may have at most ${limits.maxPages}. Upload the CV on its own.`,
    );
  }
  if (limits.readText === false) return { kind: 'pdf', mediaType: 'application/pdf', pageCount: reply.pageCount };
  // Line by line: a regex over the whole text (`/[ \t]+\n/g`) backtracks quadratically on a long
  // run of spaces, and the text is the sender's to choose.
  const text = reply.text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return {
    kind: 'pdf',
    mediaType: 'application/pdf',
    pageCount: reply.pageCount,
    text: capText(text, limits.maxTextChars),
  };
}
