/**
 * First look at a file: its leading bytes ("magic numbers"). This only routes the file to the
 * parser that decides (a ZIP may or may not be a DOCX, a compound file may or may not be a Word
 * document); and for the formats we refuse, it names what the file is so the answer can say so.
 */

export type Container = 'pdf' | 'zip' | 'ole2' | 'png' | 'jpeg' | 'webp';

export interface DetectedType {
  /** A short stable name (`gif`, `elf`, `zip`, …), sent as the problem's `detected_type`. */
  type: string;
  /** What the file is, for the problem's detail ("a GIF image"). */
  description: string;
  /** What to send instead, when there is something more useful to say than the accepted list. */
  hint?: string;
}

export type Sniffed = { container: Container } | { refused: DetectedType } | { container: 'text' };

const IMAGE_HINT = 'send the CV as a PDF, or the image as PNG, JPEG or WEBP';
const ARCHIVE_HINT = 'upload the CV file itself, not an archive';
const EXECUTABLE: Pick<DetectedType, 'hint'> = { hint: 'only documents and images are accepted' };

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('latin1', start, Math.min(end, bytes.length));
}

function startsWith(bytes: Buffer, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((value, index) => bytes[at + index] === value);
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Formats that are recognised only to be refused, most specific first. */
const REFUSED: { test(bytes: Buffer): boolean; detected: DetectedType }[] = [
  {
    test: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a',
    detected: { type: 'gif', description: 'a GIF image', hint: 'send PNG, JPEG or WEBP' },
  },
  {
    // "BM" alone starts many words; a BMP also has a known DIB header size at byte 14.
    test: (b) =>
      ascii(b, 0, 2) === 'BM' && b.length >= 18 && [12, 40, 52, 56, 64, 108, 124].includes(b.readUInt32LE(14)),
    detected: { type: 'bmp', description: 'a BMP image', hint: 'send PNG, JPEG or WEBP' },
  },
  {
    test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]),
    detected: { type: 'tiff', description: 'a TIFF image', hint: IMAGE_HINT },
  },
  {
    test: (b) =>
      ascii(b, 4, 8) === 'ftyp' && ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(ascii(b, 8, 12)),
    detected: { type: 'heic', description: 'a HEIC image (the iPhone photo format)', hint: 'send it as JPEG or PNG' },
  },
  {
    test: (b) => ascii(b, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(b, 8, 12)),
    detected: { type: 'avif', description: 'an AVIF image', hint: 'send PNG, JPEG or WEBP' },
  },
  {
    test: (b) => ascii(b, 4, 8) === 'ftyp',
    detected: { type: 'mp4', description: 'a video or audio file (MP4/QuickTime)' },
  },
  {
    test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE',
    detected: { type: 'wav', description: 'an audio file (WAV)' },
  },
  {
    test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'AVI ',
    detected: { type: 'avi', description: 'a video file (AVI)' },
  },
  {
    test: (b) => ascii(b, 0, 4) === '8BPS',
    detected: { type: 'psd', description: 'a Photoshop document', hint: IMAGE_HINT },
  },
  {
    test: (b) => ascii(b, 0, 5) === '{\\rtf',
    detected: { type: 'rtf', description: 'an RTF document', hint: 'save it as DOCX or PDF and upload that' },
  },
  {
    test: (b) => ascii(b, 0, 4) === '%!PS',
    detected: { type: 'postscript', description: 'a PostScript file', hint: 'save it as PDF and upload that' },
  },
  {
    test: (b) => startsWith(b, [0x7f, 0x45, 0x4c, 0x46]),
    detected: { type: 'elf', description: 'an executable (ELF)', ...EXECUTABLE },
  },
  {
    // A PE file: "MZ", then at the offset stored at 0x3C the "PE\0\0" signature.
    test: (b) => {
      if (ascii(b, 0, 2) !== 'MZ' || b.length < 0x40) return false;
      const pe = b.readUInt32LE(0x3c);
      return pe + 4 <= b.length && ascii(b, pe, pe + 4) === 'PE\0\0';
    },
    detected: { type: 'exe', description: 'an executable (Windows EXE/DLL)', ...EXECUTABLE },
  },
  {
    test: (b) =>
      [
        [0xfe, 0xed, 0xfa, 0xce],
        [0xfe, 0xed, 0xfa, 0xcf],
        [0xce, 0xfa, 0xed, 0xfe],
        [0xcf, 0xfa, 0xed, 0xfe],
      ].some((signature) => startsWith(b, signature)),
    detected: { type: 'macho', description: 'an executable (Mach-O)', ...EXECUTABLE },
  },
  {
    test: (b) => startsWith(b, [0xca, 0xfe, 0xba, 0xbe]),
    detected: {
      type: 'java-class-or-fat-binary',
      description: 'a compiled program (Java class or macOS binary)',
      ...EXECUTABLE,
    },
  },
  {
    test: (b) => startsWith(b, [0x00, 0x61, 0x73, 0x6d]),
    detected: { type: 'wasm', description: 'a WebAssembly module', ...EXECUTABLE },
  },
  {
    test: (b) => startsWith(b, [0x1f, 0x8b]),
    detected: { type: 'gzip', description: 'a gzip archive', hint: ARCHIVE_HINT },
  },
  {
    test: (b) => ascii(b, 0, 3) === 'BZh' && b.length > 3 && b[3]! >= 0x31 && b[3]! <= 0x39,
    detected: { type: 'bzip2', description: 'a bzip2 archive', hint: ARCHIVE_HINT },
  },
  {
    test: (b) => startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]),
    detected: { type: 'xz', description: 'an xz archive', hint: ARCHIVE_HINT },
  },
  {
    test: (b) => startsWith(b, [0x28, 0xb5, 0x2f, 0xfd]),
    detected: { type: 'zstd', description: 'a Zstandard archive', hint: ARCHIVE_HINT },
  },
  {
    test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]),
    detected: { type: '7z', description: 'a 7-Zip archive', hint: ARCHIVE_HINT },
  },
  {
    test: (b) => ascii(b, 0, 6) === 'Rar!\x1a\x07',
    detected: { type: 'rar', description: 'a RAR archive', hint: ARCHIVE_HINT },
  },
  {
    test: (b) => ascii(b, 257, 262) === 'ustar',
    detected: { type: 'tar', description: 'a tar archive', hint: ARCHIVE_HINT },
  },
  {
    test: (b) => ascii(b, 0, 16) === 'SQLite format 3\0',
    detected: { type: 'sqlite', description: 'an SQLite database' },
  },
  {
    test: (b) => ascii(b, 0, 3) === 'ID3' && b.length > 5 && b[3]! < 0x10 && b[4]! < 0x10,
    detected: { type: 'mp3', description: 'an audio file (MP3)' },
  },
  { test: (b) => ascii(b, 0, 4) === 'OggS', detected: { type: 'ogg', description: 'an audio or video file (Ogg)' } },
  { test: (b) => ascii(b, 0, 4) === 'fLaC', detected: { type: 'flac', description: 'an audio file (FLAC)' } },
  {
    test: (b) => startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]),
    detected: { type: 'matroska', description: 'a video file (WebM/Matroska)' },
  },
  {
    test: (b) => ['wOFF', 'wOF2', 'OTTO'].includes(ascii(b, 0, 4)) || startsWith(b, [0x00, 0x01, 0x00, 0x00, 0x00]),
    detected: { type: 'font', description: 'a font file' },
  },
];

/** Where a PDF header may start: at 0, or after a little leading whitespace some exporters add. */
function pdfHeaderAt(bytes: Buffer): boolean {
  let at = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) at = 3;
  while (
    at < Math.min(bytes.length, 64) &&
    (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)
  )
    at++;
  return ascii(bytes, at, at + 5) === '%PDF-';
}

export function sniff(bytes: Buffer): Sniffed {
  if (pdfHeaderAt(bytes)) return { container: 'pdf' };
  if (ascii(bytes, 0, 2) === 'PK' && [0x0304, 0x0506, 0x0708].includes(bytes.length >= 4 ? bytes.readUInt16BE(2) : 0)) {
    return { container: 'zip' };
  }
  if (startsWith(bytes, OLE2)) return { container: 'ole2' };
  if (startsWith(bytes, PNG)) return { container: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { container: 'jpeg' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { container: 'webp' };
  for (const { test, detected } of REFUSED) if (test(bytes)) return { refused: detected };
  if (ascii(bytes, 0, 4) === 'RIFF') {
    return { refused: { type: 'riff', description: 'a RIFF media file that is not a WEBP image' } };
  }
  return { container: 'text' };
}
