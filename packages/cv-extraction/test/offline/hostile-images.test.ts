import { createDeflate } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake } from '../../src/intake/cv-intake.js';
import { pdfDocument } from '../support/intake-fixtures.js';
import { extract } from './support.js';

// In its own file, so it runs in a fresh process whose peak RSS says what this extraction cost.
afterAll(() => closeCvIntake());

/** `bytes` zero bytes, Flate-compressed, without ever holding them uncompressed. */
async function compressedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const chunk = Buffer.alloc(1 << 20);
  for (let written = 0; written < bytes; written += chunk.length) {
    if (!deflate.write(chunk.subarray(0, Math.min(chunk.length, bytes - written))))
      await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

describe('a PDF whose image inflates to hundreds of megabytes', () => {
  it('is read for its text without decoding the image (flat memory)', async () => {
    const side = 12_000; // 144 MB of grey pixels, ~600 MB once a renderer expands them
    const pdf = pdfDocument({
      pages: [
        {
          image: { width: side, height: side, flate: await compressedZeros(side * side) },
          // Letter-spaced text: the layout reader's glyph pass reads this page's operators too.
          lines: ['Jane Doe', 'jane.doe@example.com', 'E X P E R I E N C E', 'Engineer, Acme (2019 - 2023)'],
        },
      ],
    });
    expect(pdf.length).toBeLessThan(1_000_000);
    const before = peakRssMiB();
    const started = performance.now();
    const { data } = await extract(pdf);
    const ms = performance.now() - started;
    expect(data.contact?.email).toBe('jane.doe@example.com');
    expect(ms).toBeLessThan(3000);
    // pdf.js decodes images in the background, after the page's operators are answered: wait for
    // it, and for the PDF reader to take its next request, before reading the peak.
    await new Promise((r) => setTimeout(r, 3000));
    await extract(pdfDocument({ pages: [{ lines: ['Jane Doe', 'jane.doe@example.com'] }] })).catch(() => undefined);
    // Decoding the image would add several hundred MiB to this process's peak.
    expect(peakRssMiB() - before).toBeLessThan(100);
  });
});
