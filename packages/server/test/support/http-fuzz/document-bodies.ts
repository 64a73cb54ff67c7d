import {
  docx,
  docxWithDocumentXml,
  documentXml,
  CV_LINES,
  png,
  textPdf,
  utf8Text,
  wordDoc,
} from '../../../../cv-extraction/test/support/intake-fixtures.js';
import { acceptsMultipart, mutateBytes, type BodyShape, type ShapeInput } from './body-shape.js';
import { uploadOf } from './multipart-bodies.js';

/** Valid files of every accepted kind, built once: the mutations start from these. */
const SEEDS: { filename: string; type: string; bytes: () => Buffer }[] = [
  { filename: 'cv.pdf', type: 'application/pdf', bytes: textPdf },
  { filename: 'cv.docx', type: 'application/octet-stream', bytes: () => docx() },
  { filename: 'cv.doc', type: 'application/msword', bytes: () => wordDoc(CV_LINES) },
  { filename: 'cv.png', type: 'image/png', bytes: () => png(64, 64) },
  { filename: 'cv.txt', type: 'text/plain', bytes: () => utf8Text() },
];
const built = new Map<string, Buffer>();
const seedBytes = (seed: (typeof SEEDS)[number]) => {
  let bytes = built.get(seed.filename);
  if (!bytes) built.set(seed.filename, (bytes = seed.bytes()));
  return bytes;
};

/**
 * Well-framed uploads of damaged documents, for the readers behind the upload (PDF, DOCX's zip and
 * XML, Word 97's compound file, image headers) and for the extraction job that runs in this same
 * process. A damaged file may still be accepted (202) and fail later: that is a valid request, so
 * the verdict only demands the process survives and never answers 5xx.
 */
export const DOCUMENT_SHAPES: BodyShape[] = [
  {
    family: 'document',
    shape: 'mutated-file',
    instances: 16,
    applies: acceptsMultipart,
    make: (input: ShapeInput) => {
      const seed = input.rng.pick(SEEDS);
      const bytes = seedBytes(seed);
      const damaged = input.rng.chance(0.3)
        ? bytes.subarray(0, input.rng.int(1, bytes.length - 1))
        : mutateBytes(bytes, input);
      return { ...uploadOf(input, damaged, seed.filename, seed.type), maySucceed: true };
    },
  },
  {
    family: 'document',
    // A valid zip around broken XML: the XML parser, not the unzipper, meets the damage.
    shape: 'docx-with-mutated-xml',
    instances: 6,
    applies: acceptsMultipart,
    make: (input: ShapeInput) => {
      const xml = mutateBytes(Buffer.from(documentXml(CV_LINES)), input).toString('latin1');
      return { ...uploadOf(input, docxWithDocumentXml(xml), 'cv.docx', 'application/octet-stream'), maySucceed: true };
    },
  },
];

/**
 * Uploads each valid seed once and waits for its extraction, so the readers (pdf.js above all) are
 * loaded before the first RSS sample: memory they take once is not growth.
 */
export async function warmUpDocumentReaders(url: string, session: string): Promise<void> {
  const headers = { authorization: `Bearer ${session}` };
  for (const seed of SEEDS) {
    const form = new FormData();
    form.append('file', new Blob([seedBytes(seed)], { type: seed.type }), seed.filename);
    const res = await fetch(`${url}/api/v1/cvs`, { method: 'POST', headers, body: form });
    const cv = (await res.json()) as { extraction?: { id: string } | null };
    if (res.status !== 202 || !cv.extraction) continue; // refused at intake: nothing to wait for
    for (let i = 0; i < 500; i++) {
      const poll = await fetch(`${url}/api/v1/extractions/${cv.extraction.id}`, { headers });
      const { status } = (await poll.json()) as { status: string };
      if (status === 'succeeded' || status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
