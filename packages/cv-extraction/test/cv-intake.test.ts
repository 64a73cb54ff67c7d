import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CvInputError, type CvInputErrorCode } from '../src/cv-input-error.js';
import {
  ACCEPTED_MEDIA_TYPES,
  closeCvIntake,
  inspectCvFile,
  warmUpCvIntake,
  type CvIntakeOptions,
} from '../src/intake/cv-intake.js';
import * as fixtures from './support/intake-fixtures.js';

/** Runs intake on `bytes`, expecting a refusal; returns the error for the test to examine. */
async function refusal(bytes: Buffer, options?: CvIntakeOptions): Promise<CvInputError> {
  let outcome: unknown;
  try {
    outcome = await inspectCvFile(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CvInputError);
    return error as CvInputError;
  }
  throw new Error(`expected a refusal, got ${JSON.stringify(outcome).slice(0, 200)}`);
}

/** `members`: what the refusal says beside its code and detail (`reason`, `detectedType`, `acceptedTypes`). */
async function expectRefused(
  bytes: Buffer,
  code: CvInputErrorCode,
  detail: RegExp,
  members: Partial<Pick<CvInputError, 'reason' | 'detectedType' | 'acceptedTypes'>> = {},
  options?: CvIntakeOptions,
): Promise<CvInputError> {
  const problem = await refusal(bytes, options);
  expect({ code: problem.code, detail: problem.detail }).toEqual({ code, detail: expect.stringMatching(detail) });
  expect(problem).toMatchObject(members);
  return problem;
}

/** Time and resident-memory growth (peak, sampled) of one call. */
async function measured<T>(run: () => Promise<T>): Promise<{ ms: number; rssGrowthMb: number; result: T }> {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  try {
    const result = await run();
    const ms = performance.now() - start;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ms, rssGrowthMb: (peak - rssBefore) / (1024 * 1024), result };
  } finally {
    clearInterval(sampler);
  }
}

const ACCEPTED_LIST =
  /Accepted: PDF, Word \(DOCX or DOC\), plain text, Markdown, PNG, JPEG or WEBP images, and JSON Resume/;

beforeAll(async () => {
  // Loading pdf.js once takes about a second; no timing below should include it.
  await warmUpCvIntake();
});

afterAll(async () => {
  await closeCvIntake();
});

describe('PDF', () => {
  it('accepts a PDF with a text layer, counting its pages and reading its text', async () => {
    const file = await inspectCvFile(fixtures.textPdf());
    expect(file).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf', pageCount: 2 });
    expect(file.text).toContain('Ada Lovelace\nAnalyst & programmer - London');
    expect(file.text).toContain('Page two: references on request.');
  });

  it('accepts an image-only (scanned) PDF with empty text, for the extractor to decide', async () => {
    expect(await inspectCvFile(fixtures.imageOnlyPdf())).toEqual({
      kind: 'pdf',
      mediaType: 'application/pdf',
      pageCount: 1,
      text: '',
    });
  });

  it('refuses a PDF that needs a password to open', async () => {
    await expectRefused(
      fixtures.encryptedPdf('user-password'),
      'unprocessable-file',
      /password-protected PDF: remove the password and upload it again/,
      { reason: 'encrypted' },
    );
  });

  it('refuses a PDF with an /Encrypt dictionary even when it opens without a password', async () => {
    await expectRefused(fixtures.encryptedPdf('owner-password-only'), 'unprocessable-file', /password-protected PDF/, {
      reason: 'encrypted',
    });
  });

  it('refuses a truncated PDF', async () => {
    await expectRefused(fixtures.truncatedPdf(), 'unprocessable-file', /PDF is incomplete.*cut off/, {
      reason: 'truncated',
    });
  });

  it('refuses a file that starts and ends like a PDF but is not one, because it was opened', async () => {
    await expectRefused(fixtures.garbagePdf(), 'unprocessable-file', /PDF cannot be opened: it is damaged/, {
      reason: 'corrupt',
    });
  });

  it('refuses a PDF with more pages than a CV has (the cap is configurable)', async () => {
    await expectRefused(fixtures.manyPagePdf(51), 'unprocessable-file', /has 51 pages; a CV may have at most 50/, {
      reason: 'too-many-pages',
    });
    await expectRefused(
      fixtures.textPdf(),
      'unprocessable-file',
      /has 2 pages; a CV may have at most 1/,
      {},
      {
        maxPdfPages: 1,
      },
    );
  });

  it('stops a PDF that takes too long to read, and the next PDF is read normally', async () => {
    const bomb = fixtures.contentBombPdf();
    const { ms } = await measured(() =>
      expectRefused(
        bomb,
        'unprocessable-file',
        /could not be read within 300 ms/,
        { reason: 'timeout' },
        { pdfTimeoutMs: 300 },
      ),
    );
    expect(ms).toBeLessThan(1000);
    // The worker that overran was terminated; a new one serves the next file.
    expect(await inspectCvFile(fixtures.textPdf())).toMatchObject({ kind: 'pdf', pageCount: 2 });
  });

  it('leaves the caller’s buffer intact and serves concurrent calls', async () => {
    const files = [fixtures.textPdf(), fixtures.imageOnlyPdf(), fixtures.textPdf()];
    const copies = files.map((file) => Buffer.from(file));
    const results = await Promise.all(files.map((file) => inspectCvFile(file)));
    expect(results.map((file) => file.pageCount)).toEqual([2, 1, 2]);
    files.forEach((file, index) => expect(file.equals(copies[index]!)).toBe(true));
  });

  it('inspects a 2 MB PDF in well under 50 ms', async () => {
    const pdf = fixtures.largePdf(2 * 1024 * 1024);
    expect(pdf.length).toBeGreaterThan(2_000_000);
    // CPU time (all threads of this process, so the PDF worker's too) is the budget: wall time
    // also counts whatever else the machine is running, which a test cannot control.
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 20; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const file = await inspectCvFile(pdf);
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      expect(file).toMatchObject({ kind: 'pdf', pageCount: 2 });
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      `2 MB PDF: median ${median(cpu).toFixed(1)} ms CPU, ${median(wall).toFixed(1)} ms wall ` +
        `(wall min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)})`,
    );
    expect(median(cpu)).toBeLessThan(50);
  });
});

describe('DOCX', () => {
  it('accepts a DOCX and reads its text: header first, runs, tabs, one copy of a text box', async () => {
    const file = await inspectCvFile(fixtures.docx({ extraBody: fixtures.TEXT_BOX_XML }));
    expect(file).toEqual({
      kind: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: 'grace@example.com\n\nGrace Hopper\nRear admiral\tUS Navy\nWrote the first compiler, A-0 (1952).\nSkills: COBOL',
    });
  });

  it('refuses a zip bomb (1 GiB of zeros) from its central directory, fast and in flat memory', async () => {
    const bomb = fixtures.zipBomb();
    const { ms, rssGrowthMb } = await measured(() =>
      expectRefused(bomb, 'unprocessable-file', /would inflate 1\d{3}-fold .*1\.0 GiB.*limit is 100-fold.*zip bomb/, {
        reason: 'limit-exceeded',
      }),
    );
    console.log(
      `zip bomb (${bomb.length} bytes → 1 GiB): refused in ${ms.toFixed(1)} ms, RSS +${rssGrowthMb.toFixed(1)} MB`,
    );
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(50);
  });

  it('refuses an archive that declares more than the inflation cap in total', async () => {
    await expectRefused(fixtures.hugeDeclaredZip(), 'unprocessable-file', /4\.0 GiB.*zip bomb/, {
      reason: 'limit-exceeded',
    });
    // Under the ratio cap but over a total cap of 1 KiB: the total names its limit.
    await expectRefused(
      fixtures.docx(),
      'unprocessable-file',
      /declares more than 1\.0 KiB .*at most 1\.0 KiB/,
      {},
      {
        maxInflatedBytes: 1024,
      },
    );
  });

  it('refuses an archive whose sizes lie, while inflating, fast and in flat memory', async () => {
    const lying = fixtures.lyingSizesZip();
    const { ms, rssGrowthMb } = await measured(() =>
      expectRefused(lying, 'unprocessable-file', /inflates to more bytes than the ZIP archive declares.*zip bomb/, {
        reason: 'limit-exceeded',
      }),
    );
    console.log(
      `lying-sizes zip (${lying.length} bytes → 1 GiB): refused in ${ms.toFixed(1)} ms, RSS +${rssGrowthMb.toFixed(1)} MB`,
    );
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(50);
  });

  it('caps the entry count and the per-entry compression ratio (both configurable)', async () => {
    await expectRefused(fixtures.manyEntriesZip(2001), 'unprocessable-file', /2003 entries; at most 2000/, {
      reason: 'limit-exceeded',
    });
    await expectRefused(fixtures.docx(), 'unprocessable-file', /4 entries; at most 3/, {}, { maxZipEntries: 3 });
    await expectRefused(fixtures.highRatioDocx(), 'unprocessable-file', /"word\/media\/blank\.bin" would inflate/, {
      reason: 'limit-exceeded',
    });
    expect(await inspectCvFile(fixtures.highRatioDocx(), { maxCompressionRatio: 5000 })).toMatchObject({
      kind: 'docx',
    });
  });

  it('names other ZIP-based formats instead of accepting them', async () => {
    await expectRefused(fixtures.plainZip(), 'unsupported-media-type', /a ZIP archive that is not a Word document/, {
      detectedType: 'zip',
      acceptedTypes: [...ACCEPTED_MEDIA_TYPES],
    });
    await expectRefused(fixtures.xlsxZip(), 'unsupported-media-type', /an Excel workbook \(XLSX\)/, {
      detectedType: 'xlsx',
    });
    await expectRefused(
      fixtures.odtZip(),
      'unsupported-media-type',
      /an OpenDocument text \(ODT\); save it as DOCX or PDF/,
      {
        detectedType: 'odt',
      },
    );
  });

  it('refuses broken, encrypted and incomplete archives', async () => {
    await expectRefused(fixtures.truncatedZip(), 'unprocessable-file', /broken ZIP archive/, { reason: 'corrupt' });
    await expectRefused(fixtures.encryptedEntryZip(), 'unprocessable-file', /password-protected/, {
      reason: 'encrypted',
    });
    await expectRefused(
      fixtures.docxWithoutMainPart(),
      'unprocessable-file',
      /main part \(word\/document\.xml\) is missing/,
      {
        reason: 'corrupt',
      },
    );
  });

  it('refuses XML shaped to exhaust the parser’s memory within the inflation cap', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const hugeRun = fixtures.docxWithDocumentXml(
      `<w:document ${W}><w:body><w:p><w:r><w:t>${'A'.repeat(40 << 20)}</w:t></w:r></w:p></w:body></w:document>`,
    );
    const deep = fixtures.docxWithDocumentXml(
      `<w:document ${W}><w:body>${'<w:p>'.repeat(1_000_000)}</w:body></w:document>`,
    );
    const noRatioCap = { maxCompressionRatio: Number.MAX_SAFE_INTEGER };
    for (const [file, detail] of [
      [hugeRun, /more than 1\.0 MiB of text or markup between two tags/],
      [deep, /nests elements more than 256 deep/],
    ] as const) {
      const { ms, rssGrowthMb } = await measured(() =>
        expectRefused(file, 'unprocessable-file', detail, { reason: 'limit-exceeded' }, noRatioCap),
      );
      expect(ms).toBeLessThan(1000);
      expect(rssGrowthMb).toBeLessThan(50);
    }
  });

  it('refuses malformed XML and any DTD (no entity expansion)', async () => {
    await expectRefused(
      fixtures.docxWithDocumentXml('<w:document xmlns:w="x"><w:body><w:p></w:body>'),
      'unprocessable-file',
      /"word\/document\.xml" in the Word document is not well-formed XML/,
      { reason: 'corrupt' },
    );
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    await expectRefused(fixtures.docxWithDocumentXml(laughs), 'unprocessable-file', /declares a DTD/, {
      reason: 'corrupt',
    });
  });
});

describe('DOC and other OLE2 compound files', () => {
  it('accepts a Word 97-2003 document and reads its text', async () => {
    expect(await inspectCvFile(fixtures.wordDoc(['Ada Lovelace', 'Analyst & programmer']))).toEqual({
      kind: 'doc',
      mediaType: 'application/msword',
      text: 'Ada Lovelace\nAnalyst & programmer',
    });
  });

  it('refuses password-protected Office files: encrypted DOCX (EncryptedPackage) and encrypted DOC', async () => {
    for (const file of [fixtures.encryptedOfficeFile(), fixtures.wordDoc(['secret'], { encrypted: true })]) {
      await expectRefused(file, 'unprocessable-file', /password-protected Office document: remove the password/, {
        reason: 'encrypted',
      });
    }
  });

  it('names other compound files and old Word versions', async () => {
    await expectRefused(fixtures.excelOleFile(), 'unsupported-media-type', /an Excel 97-2003 workbook/, {
      detectedType: 'xls',
    });
    await expectRefused(
      fixtures.wordDoc(['old'], { nFib: 0x68 }),
      'unsupported-media-type',
      /Word 6\.0\/95 document; .*save it as DOCX/,
      {
        detectedType: 'doc-word6',
      },
    );
  });

  it('refuses a compound file whose sector chain loops, at once', async () => {
    const { ms } = await measured(() =>
      expectRefused(
        fixtures.cyclicWordDoc(),
        'unprocessable-file',
        /Word 97-2003 document \(DOC\) cannot be read: .*loops/,
        {
          reason: 'corrupt',
        },
      ),
    );
    expect(ms).toBeLessThan(500);
  });

  it('refuses a truncated compound file', async () => {
    const doc = fixtures.wordDoc(['Cut short']);
    await expectRefused(doc.subarray(0, 1024), 'unprocessable-file', /broken OLE2 compound file|cannot be read/, {
      reason: 'corrupt',
    });
  });
});

describe('images', () => {
  it('accepts PNG, JPEG and WEBP by their bytes (a PNG is a PNG whatever it was called)', async () => {
    expect(await inspectCvFile(fixtures.png())).toEqual({ kind: 'image', mediaType: 'image/png' });
    expect(await inspectCvFile(fixtures.jpeg())).toEqual({ kind: 'image', mediaType: 'image/jpeg' });
    expect(await inspectCvFile(fixtures.webp())).toEqual({ kind: 'image', mediaType: 'image/webp' });
  });

  it('refuses images that are too small or too large', async () => {
    await expectRefused(fixtures.png(16, 400), 'unprocessable-file', /only 16×400 pixels: too small/, {
      reason: 'image-dimensions',
    });
    await expectRefused(fixtures.jpeg(12_001, 800), 'unprocessable-file', /12001×800 pixels; at most 12000/, {
      reason: 'image-dimensions',
    });
    await expectRefused(fixtures.webp(800, 12_500), 'unprocessable-file', /800×12500 pixels/, {
      reason: 'image-dimensions',
    });
  });

  it('refuses images with broken or truncated headers', async () => {
    const png = fixtures.png();
    const damaged = Buffer.from(png);
    damaged.writeUInt8(damaged.readUInt8(20) ^ 0xff, 20); // inside IHDR: its CRC no longer matches
    await expectRefused(damaged, 'unprocessable-file', /PNG image cannot be read: its header \(IHDR\) is damaged/, {
      reason: 'corrupt',
    });
    await expectRefused(
      png.subarray(0, png.length - 20),
      'unprocessable-file',
      /PNG image cannot be read: it is truncated/,
    );
    await expectRefused(
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a]),
      'unprocessable-file',
      /JPEG image cannot be read/,
    );
    await expectRefused(
      fixtures.webp().subarray(0, 24),
      'unprocessable-file',
      /WEBP image cannot be read: it is truncated/,
    );
  });

  it('refuses GIF with a hint to send PNG, JPEG or WEBP', async () => {
    await expectRefused(fixtures.gif(), 'unsupported-media-type', /a GIF image; send PNG, JPEG or WEBP\. /, {
      detectedType: 'gif',
    });
  });
});

describe('refused types', () => {
  it('refuses executables, naming them and listing what is accepted', async () => {
    const elf = await expectRefused(fixtures.elfExecutable(), 'unsupported-media-type', /an executable \(ELF\)/, {
      detectedType: 'elf',
    });
    expect(elf.detail).toMatch(ACCEPTED_LIST);
    await expectRefused(fixtures.windowsExecutable(), 'unsupported-media-type', /an executable \(Windows EXE\/DLL\)/, {
      detectedType: 'exe',
    });
  });

  it('refuses binary data and markup, and says when the type is unknown', async () => {
    await expectRefused(fixtures.textWithNuls(), 'unsupported-media-type', /binary data/, { detectedType: 'binary' });
    await expectRefused(
      Buffer.from('<!DOCTYPE html><html><body>CV</body></html>'),
      'unsupported-media-type',
      /an HTML page/,
    );
    await expectRefused(
      Buffer.from('{\\rtf1\\ansi CV}'),
      'unsupported-media-type',
      /an RTF document; save it as DOCX or PDF/,
    );
    await expectRefused(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'unsupported-media-type', /a gzip archive/);
  });
});

describe('empty files', () => {
  it('refuses an empty file', async () => {
    await expectRefused(Buffer.alloc(0), 'unprocessable-file', /The file is empty/, { reason: 'empty' });
  });

  it('refuses a file of blank space', async () => {
    await expectRefused(Buffer.from(' \n\t\r\n '), 'unprocessable-file', /only blank space/, { reason: 'empty' });
  });
});

describe('text, Markdown and JSON', () => {
  const plain = fixtures.PLAIN_CV.replace(/\r\n/g, '\n');

  it('accepts UTF-8 text (with or without a BOM), normalising line ends', async () => {
    for (const bytes of [fixtures.utf8Text(), fixtures.utf8Text(undefined, { bom: true })]) {
      expect(await inspectCvFile(bytes)).toEqual({ kind: 'text', mediaType: 'text/plain', text: plain });
    }
  });

  it('accepts UTF-16 text with a byte-order mark, converting it', async () => {
    for (const endian of ['le', 'be'] as const) {
      expect(await inspectCvFile(fixtures.utf16Text(undefined, endian))).toEqual({
        kind: 'text',
        mediaType: 'text/plain',
        text: plain,
      });
    }
  });

  it('refuses text in other encodings with how to fix it', async () => {
    await expectRefused(
      Buffer.from('Curriculum vitæ: José Müller, Zürich. Études à Paris.', 'latin1'),
      'unsupported-media-type',
      /legacy encoding.*save it as UTF-8/,
    );
    await expectRefused(
      Buffer.from(fixtures.PLAIN_CV, 'utf16le'),
      'unsupported-media-type',
      /UTF-16 text without a byte-order mark/,
    );
  });

  it('tells Markdown from plain text', async () => {
    expect(await inspectCvFile(fixtures.utf8Text(fixtures.MARKDOWN_CV))).toMatchObject({
      kind: 'markdown',
      mediaType: 'text/markdown',
      text: fixtures.MARKDOWN_CV,
    });
    // Starting with a link is Markdown, not a JSON array.
    expect(await inspectCvFile(Buffer.from('[Jane Doe](https://jane.example)\n\n# Experience\n'))).toMatchObject({
      kind: 'markdown',
    });
    // Bullets and an underline alone are what plain-text CVs look like.
    expect(await inspectCvFile(Buffer.from('Jane Doe\n========\n- one\n- two\n'))).toMatchObject({ kind: 'text' });
  });

  it('accepts a JSON Resume document', async () => {
    expect(await inspectCvFile(fixtures.jsonFile(fixtures.JSON_RESUME))).toEqual({
      kind: 'jsonresume',
      mediaType: 'application/json',
      json: fixtures.JSON_RESUME,
    });
    expect(await inspectCvFile(fixtures.jsonFile({ work: [{ name: 'Acme' }] }))).toMatchObject({ kind: 'jsonresume' });
  });

  it('refuses JSON that is not a JSON Resume document as not a CV', async () => {
    await expectRefused(
      fixtures.jsonFile({ name: 'left-pad', version: '1.3.0' }),
      'not-a-cv',
      /is JSON \(an object with "name", "version"\) but not a JSON Resume document.*"basics".*"work"/,
    );
    await expectRefused(fixtures.jsonFile([1, 2, 3]), 'not-a-cv', /is JSON \(an array\) but not a JSON Resume/);
  });

  it('refuses broken or hostile JSON as unprocessable', async () => {
    await expectRefused(
      Buffer.from('{"basics": {"name": "x"'),
      'unprocessable-file',
      /looks like JSON but is not valid JSON/,
      {
        reason: 'invalid-json',
      },
    );
    await expectRefused(
      Buffer.from('{"basics": {}, "__proto__": {"admin": true}}'),
      'unprocessable-file',
      /not valid JSON/,
    );
  });

  it('classifies hostile text in linear time', async () => {
    for (const unit of ['x', '*', '[', ' ', '** a', '[a', '#', '-\n', 'a\n=\n']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const start = performance.now();
      await inspectCvFile(Buffer.from(text)).catch((error: unknown) => expect(error).toBeInstanceOf(CvInputError));
      // Quadratic backtracking over 200,000 characters would take minutes; linear is milliseconds.
      expect(performance.now() - start, JSON.stringify(unit)).toBeLessThan(1000);
    }
  });

  it('caps the text it returns', async () => {
    const long = 'x'.repeat(250_000);
    expect((await inspectCvFile(Buffer.from(long)))?.text).toHaveLength(200_000);
    const file = await inspectCvFile(Buffer.from(`${'a'.repeat(9)}😀`), { maxTextChars: 10 });
    expect(file.text).toBe('a'.repeat(9)); // never half a surrogate pair
  });
});
