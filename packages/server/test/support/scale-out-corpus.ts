import { readFileSync } from 'node:fs';

/**
 * Real CVs from the extractor's corpus, made unique per simulated user: the extraction cache is
 * keyed by the file's hash, and a hundred people do not upload one file, so every upload must be a
 * cold extraction like theirs. The bytes change where readers ignore them: a comment after a PDF's
 * end, the archive comment of a DOCX.
 */

export interface CvFile {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

const CORPUS = new URL('../../../cv-extraction/corpus/', import.meta.url);

/** Single- and two-column PDFs and DOCX, in four languages. */
const SOURCES = [
  'public/Amsterdam-Modern-Resume-Template.pdf',
  'public/Berlin-Simple-Resume-Template.pdf',
  'public/London-Resume-Template-Professional.pdf',
  'public/Stockholm-Resume-Template-Simple.pdf',
  'own/en-single-column.pdf',
  'own/fr-sidebar.pdf',
  'own/es-two-column.pdf',
  'own/en-cv.docx',
  'own/de-cv.docx',
] as const;

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function corpusFileFor(user: number, tag: string): CvFile {
  const source = SOURCES[user % SOURCES.length]!;
  const original = readFileSync(new URL(source, CORPUS));
  const marker = `r2w-scale-out ${tag} user-${user}`;
  const docx = source.endsWith('.docx');
  return {
    bytes: docx ? withZipComment(original, marker) : Buffer.concat([original, Buffer.from(`\n%${marker}\n`)]),
    filename: source.split('/').pop()!,
    contentType: docx ? DOCX : PDF,
  };
}

/** The same archive with `comment` as its end-of-central-directory comment (readers check its length). */
function withZipComment(zip: Buffer, comment: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) throw new Error('not a ZIP archive');
  const text = Buffer.from(comment);
  const out = Buffer.concat([zip.subarray(0, end + 22), text]);
  out.writeUInt16LE(text.length, end + 20);
  return out;
}
