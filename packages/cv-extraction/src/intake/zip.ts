import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { InspectedFile } from '../extractor.js';
import { CvInputError } from '../cv-input-error.js';
import { formatBytes, unprocessable, unsupported } from './refusals.js';
import type { DetectedType } from './signatures.js';
import { capText } from './text.js';

export interface ZipLimits {
  /** Cap on the bytes inflated from the archive, declared and actual. */
  maxInflatedBytes: number;
  maxZipEntries: number;
  /** Cap on one entry's uncompressed / compressed size (for entries above RATIO_FLOOR_BYTES). */
  maxCompressionRatio: number;
  maxTextChars: number;
}

/**
 * Entries smaller than this are not held to the compression-ratio cap: small, repetitive XML
 * parts legitimately compress more than 100:1, and a few hundred kilobytes are harmless whatever
 * the ratio. The total cap still counts them.
 */
export const RATIO_FLOOR_BYTES = 1 << 20;
/** `[Content_Types].xml` and an ODF `mimetype` are small; more is not a real package. */
const MAX_MANIFEST_BYTES = 1 << 20;
/**
 * The SAX parser holds a text node, comment or tag in memory until it ends, and keeps a stack of
 * open elements: within the inflation cap, one 40 MB text node or millions of nested elements
 * would still cost hundreds of megabytes. Word writes short runs and shallow trees.
 */
const MAX_XML_DEPTH = 256;
const MAX_BYTES_BETWEEN_TAGS = 1 << 20;

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const WORD_HEADER = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const WORD_FOOTER = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';
/** Main-part content types of packages that are not a Word document, by what to call them. */
const OTHER_PACKAGES: Record<string, DetectedType> = {
  'application/vnd.ms-word.document.macroEnabled.main+xml': {
    type: 'docm',
    description: 'a macro-enabled Word document (DOCM)',
    hint: 'save it as a plain Word document (.docx) and upload that',
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml': {
    type: 'dotx',
    description: 'a Word template (DOTX)',
    hint: 'save it as a Word document (.docx) and upload that',
  },
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml': {
    type: 'dotm',
    description: 'a macro-enabled Word template (DOTM)',
    hint: 'save it as a Word document (.docx) and upload that',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': {
    type: 'xlsx',
    description: 'an Excel workbook (XLSX)',
  },
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': { type: 'xlsm', description: 'an Excel workbook (XLSM)' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': {
    type: 'pptx',
    description: 'a PowerPoint presentation (PPTX)',
    hint: 'export it as PDF and upload that',
  },
};
const ODF: Record<string, DetectedType> = {
  'application/vnd.oasis.opendocument.text': {
    type: 'odt',
    description: 'an OpenDocument text (ODT)',
    hint: 'save it as DOCX or PDF and upload that',
  },
  'application/epub+zip': { type: 'epub', description: 'an EPUB e-book' },
};
const NOT_WORD_ZIP: DetectedType = {
  type: 'zip',
  description: 'a ZIP archive that is not a Word document',
  hint: 'upload the CV file itself, not an archive',
};

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // ISO 29500 strict
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const CT_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** What the archive's central directory declares, after the limits were checked against it. */
interface Directory {
  zip: ZipFile;
  /** By lower-cased name: OPC part names are case-insensitive. */
  entries: Map<string, Entry>;
}

/** The shared budget of bytes that may still be inflated from one archive. */
interface InflateBudget {
  remaining: number;
  limit: number;
}

function describeZipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, '');
}

/**
 * Reads the central directory only (nothing is inflated) and refuses the archive when it
 * declares more entries, more bytes in total, or a higher per-entry compression ratio than the
 * limits allow. `yauzl` also checks that each local header agrees with the directory.
 */
async function readDirectory(bytes: Buffer, limits: ZipLimits): Promise<Directory> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
      decodeStrings: true,
    });
  } catch (error) {
    throw unprocessable('corrupt', `The file is a broken ZIP archive (${describeZipError(error)}).`, error);
  }
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw unprocessable(
        'limit-exceeded',
        `The ZIP archive has ${zip.entryCount} entries; at most ${limits.maxZipEntries} are accepted.`,
      );
    }
    const entries = new Map<string, Entry>();
    let declared = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: unknown) =>
        reject(unprocessable('corrupt', `The file is a broken ZIP archive (${describeZipError(error)}).`, error)),
      );
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        declared += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.isEncrypted()) {
          reject(
            unprocessable(
              'encrypted',
              'The ZIP archive is password-protected: remove the password and upload the document itself.',
            ),
          );
        } else if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
          reject(
            unprocessable(
              'limit-exceeded',
              `The archive entry "${entry.fileName}" would inflate ${Math.round(ratio)}-fold ` +
                `(${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)}); ` +
                `the limit is ${limits.maxCompressionRatio}-fold. The file looks like a zip bomb.`,
            ),
          );
        } else if (declared > limits.maxInflatedBytes) {
          reject(
            unprocessable(
              'limit-exceeded',
              `The archive declares more than ${formatBytes(limits.maxInflatedBytes)} of uncompressed content; ` +
                `at most ${formatBytes(limits.maxInflatedBytes)} is accepted. The file looks like a zip bomb.`,
            ),
          );
        } else {
          entries.set(entry.fileName.toLowerCase(), entry);
          zip.readEntry();
        }
      });
      zip.readEntry();
    });
    return { zip, entries };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** An error thrown by the consumer of inflated chunks, carried through the stream handling as is. */
class ConsumerError extends Error {
  constructor(readonly error: unknown) {
    super('consumer error');
  }
}

function isRefusal(error: unknown): error is CvInputError {
  return error instanceof CvInputError;
}

/**
 * Inflates one entry chunk by chunk into `onChunk`, counting every inflated byte against the
 * archive's budget and aborting the moment it is spent: declared sizes were checked already, but
 * they can lie. (`yauzl` independently fails a stream that outgrows its declared size.) Returns
 * early, without an error, when `onChunk` answers `false` (the caller has read enough).
 */
async function inflateEntry(
  directory: Directory,
  entry: Entry,
  budget: InflateBudget,
  onChunk: (chunk: Buffer) => boolean | void,
): Promise<void> {
  let stream: Readable;
  try {
    stream = await directory.zip.openReadStreamPromise(entry);
  } catch (error) {
    throw unprocessable(
      'corrupt',
      `"${entry.fileName}" in the ZIP archive cannot be read (${describeZipError(error)}).`,
      error,
    );
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.remaining -= chunk.length;
      if (budget.remaining < 0) {
        throw unprocessable(
          'limit-exceeded',
          `The archive inflates to more than ${formatBytes(budget.limit)}; at most ${formatBytes(budget.limit)} is accepted. ` +
            'The file looks like a zip bomb.',
        );
      }
      let more: boolean | void;
      try {
        more = onChunk(chunk);
      } catch (error) {
        throw new ConsumerError(error);
      }
      if (more === false) return;
    }
  } catch (error) {
    if (error instanceof ConsumerError) throw error.error;
    if (isRefusal(error)) throw error;
    const message = describeZipError(error);
    const lying = /too many bytes|expected \d+/i.test(message);
    throw unprocessable(
      lying ? 'limit-exceeded' : 'corrupt',
      lying
        ? `"${entry.fileName}" inflates to more bytes than the ZIP archive declares: the file is corrupt or a zip bomb.`
        : `"${entry.fileName}" in the ZIP archive cannot be inflated (${message}).`,
      error,
    );
  } finally {
    stream.destroy();
  }
}

async function readSmallEntry(directory: Directory, entry: Entry, budget: InflateBudget): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  await inflateEntry(directory, entry, budget, (chunk) => {
    size += chunk.length;
    if (size > MAX_MANIFEST_BYTES) {
      throw unprocessable(
        'corrupt',
        `"${entry.fileName}" is ${formatBytes(size)} or more: not a real package manifest.`,
      );
    }
    chunks.push(chunk);
  });
  return Buffer.concat(chunks).toString('utf8');
}

function newXmlParser(name: string) {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('doctype', () => {
    // OOXML never has a DTD; refusing one closes the door on entity-expansion tricks.
    throw unprocessable('corrupt', `"${name}" in the Word document declares a DTD, which Word files never do.`);
  });
  return parser;
}

function xmlProblem(name: string, error: unknown): Error {
  if (isRefusal(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return unprocessable('corrupt', `"${name}" in the Word document is not well-formed XML (${message}).`, error);
}

/** `[Content_Types].xml`: part name → content type (overrides only; main parts are always overrides). */
function parseContentTypes(xml: string): Map<string, string> {
  const overrides = new Map<string, string>();
  try {
    const parser = newXmlParser('[Content_Types].xml');
    parser.on('opentag', (tag) => {
      if (tag.uri !== CT_NAMESPACE || tag.local !== 'Override') return;
      const part = tag.attributes['PartName']?.value;
      const type = tag.attributes['ContentType']?.value;
      if (part && type) overrides.set(part.replace(/^\//, '').toLowerCase(), type.trim());
    });
    parser.write(xml).close();
  } catch (error) {
    throw xmlProblem('[Content_Types].xml', error);
  }
  return overrides;
}

/**
 * Streams one WordprocessingML part through a SAX parser and appends its text: `w:t` runs,
 * tabs and breaks inside runs, a newline per paragraph. Deleted text (`w:delText`), field codes
 * (`w:instrText`) and the `mc:Fallback` copy of text boxes are left out. Stops reading once
 * `maxChars` are collected.
 */
async function partText(directory: Directory, entry: Entry, budget: InflateBudget, maxChars: number): Promise<string> {
  let text = '';
  const stack: string[] = [];
  let inText = 0;
  let skipping = 0;
  let sinceTag = 0;
  const parser = newXmlParser(entry.fileName);
  parser.on('opentag', (tag: SaxesTagNS) => {
    sinceTag = 0;
    if (stack.length >= MAX_XML_DEPTH) {
      throw unprocessable(
        'limit-exceeded',
        `"${entry.fileName}" nests elements more than ${MAX_XML_DEPTH} deep: it is not a real Word document.`,
      );
    }
    const parent = stack[stack.length - 1];
    const name = W_NAMESPACES.has(tag.uri) ? tag.local : tag.uri === MC_NAMESPACE ? `mc:${tag.local}` : '';
    stack.push(name);
    if (skipping || name === 'mc:Fallback') {
      skipping++;
      return;
    }
    if (name === 't') inText++;
    else if (parent === 'r' && name === 'tab') text += '\t';
    else if (parent === 'r' && (name === 'br' || name === 'cr')) text += '\n';
    else if (parent === 'r' && name === 'noBreakHyphen') text += '-';
  });
  parser.on('closetag', () => {
    sinceTag = 0;
    const name = stack.pop();
    if (skipping) {
      skipping--;
      return;
    }
    if (name === 't') inText--;
    else if (name === 'p') text += '\n';
  });
  parser.on('text', (value) => {
    if (inText > 0 && !skipping) text += value;
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    await inflateEntry(directory, entry, budget, (chunk) => {
      sinceTag += chunk.length;
      parser.write(decoder.decode(chunk, { stream: true }));
      if (sinceTag > MAX_BYTES_BETWEEN_TAGS) {
        throw unprocessable(
          'limit-exceeded',
          `"${entry.fileName}" has more than ${formatBytes(MAX_BYTES_BETWEEN_TAGS)} of text or markup between two tags: ` +
            'it is not a real Word document.',
        );
      }
      return text.length < maxChars;
    });
    if (text.length < maxChars) parser.write(decoder.decode()).close();
  } catch (error) {
    throw xmlProblem(entry.fileName, error);
  }
  return text;
}

async function identifyOtherZip(directory: Directory, budget: InflateBudget): Promise<DetectedType> {
  const mimetype = directory.entries.get('mimetype');
  if (mimetype) {
    const declared = (await readSmallEntry(directory, mimetype, budget)).trim();
    if (ODF[declared]) return ODF[declared];
    if (declared.startsWith('application/vnd.oasis.opendocument.')) {
      return { type: 'odf', description: 'an OpenDocument file' };
    }
  }
  if (directory.entries.has('meta-inf/manifest.mf')) {
    return { type: 'jar', description: 'a Java archive (JAR)', hint: 'only documents and images are accepted' };
  }
  if (directory.entries.has('androidmanifest.xml')) {
    return { type: 'apk', description: 'an Android app (APK)', hint: 'only documents and images are accepted' };
  }
  return NOT_WORD_ZIP;
}

function dedupe(parts: string[]): string[] {
  const seen = new Set<string>();
  return parts.map((part) => part.trim()).filter((part) => part && !seen.has(part) && seen.add(part));
}

/**
 * A ZIP upload: a DOCX (an Office Open XML package whose `[Content_Types].xml` declares the
 * WordprocessingML main document, and that holds that part — `word/document.xml` as Word names
 * it), or a refusal naming what it is.
 */
export async function inspectZip(bytes: Buffer, limits: ZipLimits): Promise<InspectedFile> {
  const directory = await readDirectory(bytes, limits);
  const budget: InflateBudget = { remaining: limits.maxInflatedBytes, limit: limits.maxInflatedBytes };
  try {
    const manifest = directory.entries.get('[content_types].xml');
    if (!manifest) throw unsupported(await identifyOtherZip(directory, budget));
    const parts = [...parseContentTypes(await readSmallEntry(directory, manifest, budget)).entries()];
    const main = parts.find(([, type]) => type === WORD_MAIN)?.[0];
    if (!main) {
      const other = parts.map(([, type]) => OTHER_PACKAGES[type]).find((known) => known !== undefined);
      throw unsupported(
        other ?? { type: 'ooxml', description: 'an Office Open XML package that is not a Word document' },
      );
    }
    const document = directory.entries.get(main);
    if (!document) {
      throw unprocessable(
        'corrupt',
        `The Word document is incomplete: its main part (${main}) is missing from the archive.`,
      );
    }
    const partsOfType = (type: string): Entry[] =>
      parts
        .filter(([name, partType]) => partType === type && directory.entries.has(name))
        .map(([name]) => directory.entries.get(name)!)
        .sort((a, b) => a.fileName.localeCompare(b.fileName));

    let room = limits.maxTextChars;
    const read = async (entries: Entry[]): Promise<string[]> => {
      const texts: string[] = [];
      for (const entry of entries) {
        if (room <= 0) break;
        const text = await partText(directory, entry, budget, room);
        room -= text.length;
        texts.push(text);
      }
      return texts;
    };
    // Headers first: a CV's name and contact details often live there. Word repeats a header
    // for first, even and odd pages, so identical ones are kept once.
    const headers = dedupe(await read(partsOfType(WORD_HEADER)));
    const body = (await read([document])).join('').trim();
    const footers = dedupe(await read(partsOfType(WORD_FOOTER)));
    const text = [...headers, body, ...footers]
      .filter(Boolean)
      .join('\n\n')
      .replace(/\n{3,}/g, '\n\n');
    return {
      kind: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: capText(text, limits.maxTextChars),
    };
  } finally {
    directory.zip.close();
  }
}
