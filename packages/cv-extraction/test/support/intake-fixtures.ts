import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { crc32, deflateRawSync, deflateSync, constants as zlibConstants } from 'node:zlib';
import CFB from 'cfb';

/**
 * Builds every file the upload-intake tests need, in memory: no committed binaries, and each
 * fixture says by its code exactly what is (and is not) in it. Where a real file format is
 * involved the output is a structurally valid file of that format (correct offsets, CRCs and
 * lengths), so the intake is tested on what real producers write, and the hostile ones differ from
 * a valid file in one deliberate way.
 */

// --------------------------------------------------------------------------------------------- PDF

interface PdfPage {
  /** Lines of text drawn with a standard font (a text layer). */
  lines?: string[];
  /** A grey image of this size drawn on the page (what a scanner makes); `flate`: its pixels, compressed. */
  image?: { width: number; height: number; bytes?: Buffer; flate?: Buffer };
  /** A ready-made FlateDecode content stream, instead of one built from `lines` and `image`. */
  flateContent?: Buffer;
}

interface PdfOptions {
  pages: PdfPage[];
  /** Adds a standard security handler (/Encrypt) to the trailer. */
  encrypt?: 'user-password' | 'owner-password-only';
}

const PDF_PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** RC4, as the PDF standard security handler (revision 2) uses it; OpenSSL 3 no longer ships it. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function pdfEscape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function hex(bytes: Buffer): string {
  return `<${bytes.toString('hex')}>`;
}

/** A PDF 1.4 file written object by object, with a correct cross-reference table. */
export function pdfDocument(options: PdfOptions): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dict: string, data: Buffer): Buffer =>
    Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);

  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesIndex = add(''); // filled in once the kids are known
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of options.pages) {
    const ops: string[] = [];
    let xobjects = '';
    if (page.image) {
      const { width, height } = page.image;
      const dictionary = `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8`;
      const image = add(
        page.image.flate
          ? stream(`${dictionary} /Filter /FlateDecode`, page.image.flate)
          : stream(dictionary, page.image.bytes ?? Buffer.alloc(width * height, 0xc8)),
      );
      xobjects = `/XObject << /Im1 ${image} 0 R >>`;
      ops.push(`q 595 0 0 842 0 0 cm /Im1 Do Q`);
    }
    if (page.lines?.length) {
      ops.push('BT /F1 11 Tf 14 TL 56 780 Td');
      for (const line of page.lines) ops.push(`(${pdfEscape(line)}) Tj T*`);
      ops.push('ET');
    }
    const content = add(
      page.flateContent
        ? stream('/Filter /FlateDecode', page.flateContent)
        : stream('', Buffer.from(ops.join('\n'), 'latin1')),
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesIndex} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R >> ${xobjects} >> >>`,
      ),
    );
  }
  objects[pagesIndex - 1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );

  let trailerExtra = '';
  if (options.encrypt) {
    const id = createHash('md5').update('intake-fixture').digest();
    const permissions = -4;
    let owner: Buffer;
    let user: Buffer;
    if (options.encrypt === 'owner-password-only') {
      // Revision 2 (RC4, 40-bit): opens without a password, but is still an encrypted file.
      const ownerKey = createHash('md5')
        .update(Buffer.concat([Buffer.from('owner'), PDF_PASSWORD_PADDING]).subarray(0, 32))
        .digest()
        .subarray(0, 5);
      owner = rc4(ownerKey, PDF_PASSWORD_PADDING);
      const p = Buffer.alloc(4);
      p.writeInt32LE(permissions);
      const fileKey = createHash('md5')
        .update(Buffer.concat([PDF_PASSWORD_PADDING, owner, p, id]))
        .digest()
        .subarray(0, 5);
      user = rc4(fileKey, PDF_PASSWORD_PADDING);
    } else {
      // A /U entry no empty password matches: a reader must ask for the user password.
      owner = randomBytes(32);
      user = randomBytes(32);
    }
    const encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O ${hex(owner)} /U ${hex(user)} /P ${permissions} >>`);
    trailerExtra = ` /Encrypt ${encrypt} 0 R /ID [${hex(id)} ${hex(id)}]`;
  }

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${trailerExtra} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

export const CV_LINES = [
  'Ada Lovelace',
  'Analyst & programmer - London',
  'Experience',
  'Analytical Engine notes (1842-1843): wrote the first published algorithm.',
  'Education',
  'Private tuition in mathematics with Augustus De Morgan.',
];

export function textPdf(): Buffer {
  return pdfDocument({ pages: [{ lines: CV_LINES }, { lines: ['Page two: references on request.'] }] });
}

export function imageOnlyPdf(): Buffer {
  return pdfDocument({ pages: [{ image: { width: 64, height: 90 } }] });
}

export function encryptedPdf(kind: 'user-password' | 'owner-password-only'): Buffer {
  return pdfDocument({ pages: [{ lines: CV_LINES }], encrypt: kind });
}

/** A text PDF cut off part-way, as an interrupted upload or a broken export leaves it. */
export function truncatedPdf(): Buffer {
  const whole = textPdf();
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/** Starts like a PDF and ends like one, but nothing in between is PDF. */
export function garbagePdf(): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n', 'latin1'),
    randomBytes(4000).map((b) => (b === 0x25 ? 0x20 : b)),
    Buffer.from('\n%%EOF\n'),
  ]);
}

/**
 * A CV-shaped PDF of about `targetBytes`: two pages of text and a scanned-photo-like image of
 * incompressible pixels, which is what makes real CV PDFs big.
 */
export function largePdf(targetBytes: number): Buffer {
  const width = 1000;
  const height = Math.max(1, Math.floor(targetBytes / width));
  return pdfDocument({
    pages: [
      { lines: CV_LINES, image: { width, height, bytes: randomBytes(width * height) } },
      { lines: Array.from({ length: 50 }, (_, i) => `Project ${i + 1}: delivered on time and within budget.`) },
    ],
  });
}

/**
 * A hostile PDF of about 1 MB whose only page's content stream inflates to 1 GiB of drawing
 * operators: cheap to send, and a reader that parses page content runs for many seconds.
 */
export function contentBombPdf(): Buffer {
  const unit = Buffer.from('0 0 m\n'.repeat(174_763)); // ~1 MiB of "moveto" operators
  const block = deflateRawSync(unit, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  // A zlib stream: header, the same raw block 1024 times, the final block, and an Adler-32 that
  // is left zero (no reader gets that far).
  const flate = Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    ...Array.from({ length: 1024 }, () => block),
    deflateRawSync(Buffer.alloc(0)),
    Buffer.alloc(4),
  ]);
  return pdfDocument({ pages: [{ flateContent: flate }] });
}

/** Many pages of text: more pages than any CV has. */
export function manyPagePdf(pages: number): Buffer {
  return pdfDocument({ pages: Array.from({ length: pages }, (_, i) => ({ lines: [`Chapter ${i + 1}`] })) });
}

// --------------------------------------------------------------------------------------------- ZIP

export interface ZipEntrySpec {
  name: string;
  /** The content; deflated unless `stored`. */
  data?: Buffer | string;
  stored?: boolean;
  /** Already-deflated content with the true inflated size and CRC, for entries too big to build. */
  raw?: { compressed: Buffer; uncompressedSize: number; crc: number };
  /** Overrides the uncompressed size written in the headers (a lying archive). */
  declaredUncompressedSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** A ZIP archive written byte by byte (local headers, data, central directory, end record). */
export function zipArchive(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let compressed: Buffer;
    let uncompressedSize: number;
    let crc: number;
    let method: number;
    if (entry.raw) {
      ({ compressed, uncompressedSize, crc } = entry.raw);
      method = 8;
    } else {
      const data = Buffer.from(entry.data ?? '');
      uncompressedSize = data.length;
      crc = crc32(data);
      method = entry.stored ? 0 : 8;
      compressed = entry.stored ? data : deflateRawSync(data);
    }
    const size = entry.declaredUncompressedSize ?? uncompressedSize;
    const flags = (entry.flags ?? 0) | 0x0800; // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

function contentTypes(overrides: Record<string, string>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join('') +
    '</Types>'
  );
}

const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

function paragraphXml(text: string): string {
  // A run split in two, a tab and a tab-stop definition: what Word writes, and what a naive
  // extractor gets wrong.
  const [first, ...rest] = text.split('\t');
  return (
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="4320"/></w:tabs></w:pPr>' +
    `<w:r><w:t xml:space="preserve">${escapeXml(first ?? '')}</w:t></w:r>` +
    rest.map((part) => `<w:r><w:tab/><w:t>${escapeXml(part)}</w:t></w:r>`).join('') +
    '</w:p>'
  );
}

export function documentXml(paragraphs: string[], extraBody = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${W_NS}" xmlns:mc="${MC_NS}"><w:body>` +
    paragraphs.map(paragraphXml).join('') +
    extraBody +
    '</w:body></w:document>'
  );
}

export const DOCX_PARAGRAPHS = ['Grace Hopper', 'Rear admiral\tUS Navy', 'Wrote the first compiler, A-0 (1952).'];

/** A minimal but complete DOCX: content types, package relationships, document and a header. */
export function docx(
  options: { paragraphs?: string[]; extraBody?: string; extraEntries?: ZipEntrySpec[] } = {},
): Buffer {
  const header =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}">` +
    paragraphXml('grace@example.com') +
    '</w:hdr>';
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/word/document.xml': WORD_MAIN,
        '/word/header1.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
      }),
    },
    { name: '_rels/.rels', data: PACKAGE_RELS },
    { name: 'word/document.xml', data: documentXml(options.paragraphs ?? DOCX_PARAGRAPHS, options.extraBody) },
    { name: 'word/header1.xml', data: header },
    ...(options.extraEntries ?? []),
  ]);
}

/** A one-part DOCX around the given `word/document.xml`, for hostile or malformed XML. */
export function docxWithDocumentXml(xml: string): Buffer {
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    { name: 'word/document.xml', data: xml },
  ]);
}

/** Content types that declare a Word main document the archive does not hold. */
export function docxWithoutMainPart(): Buffer {
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    { name: '_rels/.rels', data: PACKAGE_RELS },
  ]);
}

/** An entry of 2 MiB of zeros: compresses about 1000-fold, so only the ratio cap stops it. */
export function highRatioDocx(): Buffer {
  return docx({ extraEntries: [{ name: 'word/media/blank.bin', raw: deflatedZeros(2 << 20) }] });
}

/** A text box as Word writes it: the same text twice, in mc:Choice and in the mc:Fallback. */
export const TEXT_BOX_XML =
  '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
  '<w:p><w:r><w:t>Skills: COBOL</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
  '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Skills: COBOL</w:t></w:r></w:p></w:txbxContent>' +
  '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';

export function xlsxZip(): Buffer {
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      }),
    },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
  ]);
}

export function odtZip(): Buffer {
  return zipArchive([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
    { name: 'content.xml', data: '<office:document-content/>' },
  ]);
}

export function plainZip(): Buffer {
  return zipArchive([
    { name: 'photos/cv.txt', data: 'Not a Word document.' },
    { name: 'notes.md', data: '# Notes' },
  ]);
}

/**
 * `bytes` zero bytes, raw-deflated without ever holding them: one megabyte of zeros is deflated
 * once with a full flush (which resets the window, so every megabyte compresses to the same
 * bytes), and that block is repeated. CRC-32 is computed over the same megabyte, chained.
 */
export function deflatedZeros(bytes: number): { compressed: Buffer; uncompressedSize: number; crc: number } {
  const mebibyte = 1 << 20;
  if (bytes % mebibyte !== 0) throw new Error('deflatedZeros takes whole mebibytes');
  const zeros = Buffer.alloc(mebibyte);
  const block = deflateRawSync(zeros, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const final = deflateRawSync(Buffer.alloc(0));
  const count = bytes / mebibyte;
  let crc = 0;
  for (let i = 0; i < count; i++) crc = crc32(zeros, crc);
  return {
    compressed: Buffer.concat([...Array.from({ length: count }, () => block), final]),
    uncompressedSize: bytes,
    crc,
  };
}

/** A DOCX-shaped zip bomb: `word/document.xml` honestly declares and holds 1 GiB of zeros. */
export function zipBomb(): Buffer {
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    { name: 'word/document.xml', raw: deflatedZeros(1 << 30) },
  ]);
}

/** A tiny archive whose central directory claims entries of nearly 4 GiB each. */
export function hugeDeclaredZip(): Buffer {
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    { name: 'word/document.xml', data: documentXml(['Small']), declaredUncompressedSize: 0xfffffff0 },
  ]);
}

/**
 * A lying archive: `word/document.xml` declares a few kilobytes (so the central directory passes
 * every check) but really inflates to 1 GiB of well-formed-looking XML.
 */
export function lyingSizesZip(): Buffer {
  const start = Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body>`);
  // Deflate the opening, then the same block of `<w:p/>`s repeated behind full flushes.
  const unit = Buffer.from('<w:p/>'.repeat(174_763)); // ~1 MiB
  const head = deflateRawSync(start, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const block = deflateRawSync(unit, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const tail = deflateRawSync(Buffer.alloc(0));
  const copies = 1024;
  const compressed = Buffer.concat([head, ...Array.from({ length: copies }, () => block), tail]);
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    {
      name: 'word/document.xml',
      raw: { compressed, uncompressedSize: start.length + unit.length * copies, crc: 0 },
      declaredUncompressedSize: 4096,
    },
  ]);
}

export function manyEntriesZip(count: number): Buffer {
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    { name: 'word/document.xml', data: documentXml(['x']) },
    ...Array.from({ length: count }, (_, i) => ({ name: `word/media/${i}.bin`, data: '' })),
  ]);
}

/** A well-formed archive cut short: its end-of-central-directory record is gone. */
export function truncatedZip(): Buffer {
  const whole = docx();
  return whole.subarray(0, whole.length - 40);
}

export function encryptedEntryZip(): Buffer {
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    // Traditional PKWARE encryption: a 12-byte encryption header, then the encrypted data.
    { name: 'word/document.xml', data: randomBytes(212), stored: true, flags: 1, declaredUncompressedSize: 200 },
  ]);
}

// -------------------------------------------------------------------------------------------- OLE2

/**
 * A Word 97-2003 binary document: a File Information Block (FIB) whose piece table points at the
 * text, in a `WordDocument` stream, plus the `1Table` stream holding the piece table, inside an
 * OLE2 compound file written by `cfb`. It is the minimum a reader needs, and `word-extractor`
 * reads it the way it reads files Word wrote.
 */
export function wordDoc(paragraphs: string[], options: { encrypted?: boolean; nFib?: number } = {}): Buffer {
  const text = Buffer.from(paragraphs.join('\r') + '\r', 'latin1');
  const textOffset = 0x800;
  const wordDocument = Buffer.alloc(Math.max(4096, textOffset + text.length));
  wordDocument.writeUInt16LE(0xa5ec, 0x00); // wIdent
  wordDocument.writeUInt16LE(options.nFib ?? 0x00c1, 0x02); // nFib: Word 97
  // fWhichTblStm (the table is in "1Table"), plus fEncrypted when asked.
  wordDocument.writeUInt16LE(0x0200 | (options.encrypted ? 0x0100 : 0), 0x0a);
  wordDocument.writeUInt32LE(textOffset, 0x18); // fcMin
  wordDocument.writeUInt32LE(textOffset + text.length, 0x1c); // fcMac
  wordDocument.writeUInt32LE(text.length, 0x4c); // ccpText
  // Clx in the table stream: one piece (PlcPcd: CPs [0, n] and one PCD).
  const clx = Buffer.alloc(1 + 4 + 8 + 8);
  clx.writeUInt8(0x02, 0); // Pcdt
  clx.writeUInt32LE(4 + 4 + 8, 1); // lcb of the PlcPcd
  clx.writeUInt32LE(0, 5);
  clx.writeUInt32LE(text.length, 9);
  clx.writeUInt16LE(0, 13); // PCD flags
  clx.writeUInt32LE(((textOffset * 2) | 0x40000000) >>> 0, 15); // 8-bit ("compressed") text
  clx.writeUInt16LE(0, 19); // prm
  wordDocument.writeUInt32LE(0, 0x1a2); // fcClx: the Clx is at the start of the table stream
  wordDocument.writeUInt32LE(clx.length, 0x1a6); // lcbClx
  text.copy(wordDocument, textOffset);

  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, '/WordDocument', wordDocument);
  CFB.utils.cfb_add(file, '/1Table', Buffer.concat([clx, Buffer.alloc(512)]));
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Uint8Array);
}

/**
 * A password-protected Office file as Office writes one (for DOCX too): an OLE2 compound file
 * with `EncryptionInfo` and `EncryptedPackage` streams and no `WordDocument`.
 */
export function encryptedOfficeFile(): Buffer {
  const file = CFB.utils.cfb_new();
  const info = Buffer.alloc(64);
  info.writeUInt16LE(4, 0); // agile encryption: version 4.4
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const payload = Buffer.concat([cipher.update(randomBytes(8000)), cipher.final()]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(8000, 0);
  CFB.utils.cfb_add(file, '/EncryptionInfo', info);
  CFB.utils.cfb_add(file, '/EncryptedPackage', Buffer.concat([size, payload]));
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Uint8Array);
}

export function excelOleFile(): Buffer {
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, '/Workbook', Buffer.alloc(5000, 1));
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Uint8Array);
}

/**
 * A hostile compound file: a valid Word document whose `WordDocument` sector chain is turned
 * into a loop (its last sector points back at its first) — a reader that follows chains without
 * a visited set never stops.
 */
export function cyclicWordDoc(): Buffer {
  const bytes = Buffer.from(wordDoc(['Loop']));
  const sectorSize = 1 << bytes.readUInt16LE(0x1e);
  const firstFatSector = bytes.readInt32LE(0x4c);
  const fatOffset = (firstFatSector + 1) * sectorSize;
  // Find the WordDocument directory entry and its first sector.
  const dirStart = bytes.readInt32LE(0x30);
  const dirOffset = (dirStart + 1) * sectorSize;
  for (let entry = 0; entry < sectorSize / 128; entry++) {
    const at = dirOffset + entry * 128;
    const nameLength = bytes.readUInt16LE(at + 0x40);
    const name = bytes.toString('utf16le', at, at + Math.max(0, nameLength - 2));
    if (name !== 'WordDocument') continue;
    const start = bytes.readInt32LE(at + 0x74);
    let sector = start;
    for (;;) {
      const next = bytes.readInt32LE(fatOffset + sector * 4);
      if (next < 0) {
        bytes.writeInt32LE(start, fatOffset + sector * 4);
        return bytes;
      }
      sector = next;
    }
  }
  throw new Error('no WordDocument entry');
}

// ------------------------------------------------------------------------------------------ images

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/** A real, decodable greyscale PNG. */
export function png(width = 600, height = 800): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xff);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The segments a baseline JPEG starts with, up to and including the frame header (SOF0). */
export function jpeg(width = 600, height = 800): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  const dqt = Buffer.concat([Buffer.from([0xff, 0xdb, 0x00, 0x43, 0x00]), Buffer.alloc(64, 1)]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, dqt, sof, Buffer.from([0xff, 0xd9])]);
}

/** A lossless WEBP (VP8L) header with the given size. */
export function webp(width = 600, height = 800): Buffer {
  const vp8l = Buffer.alloc(10);
  vp8l.writeUInt8(0x2f, 0); // signature
  const bits = (width - 1) | ((height - 1) << 14); // 14 bits each, then alpha and version
  vp8l.writeUInt32LE(bits >>> 0, 1);
  const chunk = Buffer.concat([Buffer.from('VP8L', 'latin1'), Buffer.alloc(4), vp8l]);
  chunk.writeUInt32LE(vp8l.length, 4);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + chunk.length, 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, chunk]);
}

export function gif(): Buffer {
  return Buffer.concat([
    Buffer.from('GIF89a', 'latin1'),
    Buffer.from([0x20, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00]),
    Buffer.from([0x2c, 0, 0, 0, 0, 0x20, 0, 0x20, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b]),
  ]);
}

// ------------------------------------------------------------------------------------ executables

export function elfExecutable(): Buffer {
  const header = Buffer.alloc(64);
  header.write('\x7fELF', 0, 'latin1');
  header.writeUInt8(2, 4); // 64-bit
  header.writeUInt8(1, 5); // little-endian
  header.writeUInt8(1, 6);
  header.writeUInt16LE(2, 16); // ET_EXEC
  header.writeUInt16LE(0x3e, 18); // x86-64
  return Buffer.concat([header, randomBytes(1000)]);
}

export function windowsExecutable(): Buffer {
  const file = Buffer.alloc(512);
  file.write('MZ', 0, 'latin1');
  file.writeUInt32LE(0x80, 0x3c);
  file.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  file.write('PE\0\0', 0x80, 'latin1');
  return file;
}

// -------------------------------------------------------------------------------------------- text

export const PLAIN_CV = [
  'Katherine Johnson',
  'Mathematician',
  '',
  'Experience',
  '- NASA Langley, 1953-1986: trajectory analysis for Freedom 7 and Apollo 11',
  '',
  'Education',
  'West Virginia State College, 1937 — mathematics and French',
  '',
].join('\r\n');

export const MARKDOWN_CV = [
  '# Margaret Hamilton',
  '',
  '**Director**, Software Engineering Division, MIT Instrumentation Laboratory',
  '',
  '## Experience',
  '',
  '- Led the team that wrote the Apollo on-board flight software',
  '- Coined the term [software engineering](https://en.wikipedia.org/wiki/Software_engineering)',
  '',
].join('\n');

export function utf8Text(text = PLAIN_CV, options: { bom?: boolean } = {}): Buffer {
  return Buffer.concat([options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
}

export function utf16Text(text = PLAIN_CV, endian: 'le' | 'be' = 'le'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

export const JSON_RESUME = {
  basics: { name: 'Alan Turing', label: 'Mathematician', email: 'alan@example.com' },
  work: [{ name: 'Government Code and Cypher School', position: 'Cryptanalyst', startDate: '1939-09-04' }],
};

export function jsonFile(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2));
}

export function textWithNuls(): Buffer {
  return Buffer.concat([Buffer.from('Name: Someone\nSkills: '), Buffer.from([0, 0, 0, 1, 2, 0]), Buffer.from('more')]);
}
