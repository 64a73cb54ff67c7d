// Debug aid: prints the lines the offline extractor reads from a file (reading order, region,
// position, size, font, gap), then its extraction. `npx tsx bench/dump-lines.ts <file> [--json]`.
import { readFileSync } from 'node:fs';
import { closeCvIntake, inspectCvFile, readPdfLayout } from '../src/intake/cv-intake.js';
import { readDocument } from '../src/offline/heuristic-extractor.js';
import { extract } from '../test/offline/support.js';

const path = process.argv[2]!;
const bytes = readFileSync(path);
const file = await inspectCvFile(bytes);
const doc = await readDocument({ file, bytes }, { readPdfLayout: (b) => readPdfLayout(b) });
const out: string[] = [`layout ${doc.layout} bodyFont ${doc.bodyFont} bodySize ${doc.bodySize}`];
for (const l of doc.lines)
  out.push(
    `${l.page} ${l.region.padEnd(4)} x${Math.round(l.x)} r${Math.round(l.right)} s${l.size} g${l.gapBefore}${l.font === doc.bodyFont ? '' : ' F:' + l.font.slice(-6)}${l.letterSpaced ? ' LS' : ''} | ${l.text.replace(/\t/g, ' ⇥ ')}`,
  );
if (process.argv.includes('--json')) out.push(JSON.stringify((await extract(bytes)).data, null, 1));
process.stdout.write(out.join('\n') + '\n');
await closeCvIntake();
