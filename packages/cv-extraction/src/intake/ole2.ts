import WordExtractor from 'word-extractor';
import type { InspectedFile } from '../extractor.js';
import { CompoundFileError, parseCompoundFile, type CompoundFile } from './compound-file.js';
import { unprocessable, unsupported } from './refusals.js';
import type { DetectedType } from './signatures.js';
import { capText } from './text.js';

const PASSWORD_PROTECTED =
  'The file is a password-protected Office document: remove the password (in Word: File › Info › Protect Document) and upload it again.';

/** Compound files that are not Word documents, by a stream or storage only they have. */
const OTHER_OLE2: { entry: string; detected: DetectedType }[] = [
  { entry: 'Workbook', detected: { type: 'xls', description: 'an Excel 97-2003 workbook (XLS)' } },
  { entry: 'Book', detected: { type: 'xls', description: 'an Excel 5.0/95 workbook (XLS)' } },
  {
    entry: 'PowerPoint Document',
    detected: { type: 'ppt', description: 'a PowerPoint 97-2003 presentation (PPT)', hint: 'export it as PDF' },
  },
  { entry: '__properties_version1.0', detected: { type: 'msg', description: 'an Outlook message (MSG)' } },
  { entry: 'VisioDocument', detected: { type: 'vsd', description: 'a Visio drawing' } },
  { entry: 'Quill', detected: { type: 'pub', description: 'a Publisher document' } },
];

/** Offsets in the File Information Block at the start of the WordDocument stream ([MS-DOC] 2.5.2). */
const FIB = { wIdent: 0x00, nFib: 0x02, flags: 0x0a, fcClx: 0x1a2, lcbClx: 0x1a6, end: 0x1aa } as const;
const WORD_IDENT = 0xa5ec;
/** nFib of Word 97 and later; Word 6 and 95 wrote 101-105 and a different FIB. */
const WORD_97_NFIB = 0x00c1;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE_STREAM = 0x0200;

function broken(why: string, cause?: unknown) {
  return unprocessable('corrupt', `The Word 97-2003 document (DOC) cannot be read: ${why}.`, cause);
}

/**
 * An OLE2 compound file: a Word 97-2003 document, a password-protected Office file (refused), or
 * another Office format (refused, named). The container is checked by our own reader before
 * `word-extractor` sees it (see compound-file.ts).
 */
export async function inspectOle2(bytes: Buffer, maxTextChars: number): Promise<InspectedFile> {
  let file: CompoundFile;
  try {
    file = parseCompoundFile(bytes);
  } catch (error) {
    if (!(error instanceof CompoundFileError)) throw error;
    throw unprocessable('corrupt', `The file is a broken OLE2 compound file (${error.message}).`, error);
  }
  // Office encrypts DOCX, XLSX and PPTX into exactly this shape, whatever the original type.
  if (file.root.has('EncryptedPackage') || file.root.has('EncryptionInfo')) {
    throw unprocessable('encrypted', PASSWORD_PROTECTED);
  }
  const wordDocument = file.root.get('WordDocument');
  if (!wordDocument || wordDocument.type !== 'stream') {
    const other = OTHER_OLE2.find(({ entry }) => file.root.has(entry));
    throw unsupported(
      other?.detected ?? { type: 'ole2', description: 'an OLE2 compound file that is not a Word document' },
    );
  }

  let fib: Buffer;
  let tableStreamName: string;
  try {
    fib = file.read(wordDocument, FIB.end);
    if (fib.length < FIB.end) throw broken('its WordDocument stream is too short');
    if (fib.readUInt16LE(FIB.wIdent) !== WORD_IDENT) throw broken('its WordDocument stream has no Word signature');
    const flags = fib.readUInt16LE(FIB.flags);
    if (flags & F_ENCRYPTED) throw unprocessable('encrypted', PASSWORD_PROTECTED);
    if (fib.readUInt16LE(FIB.nFib) < WORD_97_NFIB) {
      throw unsupported({
        type: 'doc-word6',
        description: 'a Word 6.0/95 document',
        hint: 'open it in Word or LibreOffice, save it as DOCX and upload that',
      });
    }
    tableStreamName = flags & F_WHICH_TABLE_STREAM ? '1Table' : '0Table';
    const table = file.root.get(tableStreamName);
    if (!table || table.type !== 'stream') throw broken(`its ${tableStreamName} stream is missing`);
    // Read both whole once: this checks their sector chains before word-extractor follows them.
    file.read(wordDocument);
    const tableBytes = file.read(table);
    const fcClx = fib.readUInt32LE(FIB.fcClx);
    const lcbClx = fib.readUInt32LE(FIB.lcbClx);
    if (lcbClx === 0 || fcClx + lcbClx > tableBytes.length) throw broken('its piece table is missing');
  } catch (error) {
    if (error instanceof CompoundFileError) throw broken(error.message, error);
    throw error;
  }

  let text: string;
  try {
    const document = await new WordExtractor().extract(bytes);
    text = [
      document.getHeaders({ includeFooters: false }),
      document.getBody(),
      document.getTextboxes({ includeHeadersAndFooters: false, includeBody: true }),
      document.getFootnotes(),
      document.getFooters(),
    ]
      .map((part) => part.trim())
      .filter(Boolean)
      .join('\n\n');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw broken(message.replace(/\.$/, ''), error);
  }
  return { kind: 'doc', mediaType: 'application/msword', text: capText(text, maxTextChars) };
}
