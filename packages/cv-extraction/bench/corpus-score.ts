// `npm run bench` (cv-extraction): the offline extractor on the scored corpus (`corpus/`): every
// file's field-level score against its hand-written truth, the average and the weakest file, then
// the speed on the corpus's two-page PDFs beside the time pdf.js takes to read their text alone.
// `BENCH_MISSES=1` also lists every missed field. Results also go to bench-results/corpus-score.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { closeCvIntake, inspectCvFile } from '../src/intake/cv-intake.js';
import { loadCorpus } from '../corpus/corpus-files.js';
import { scoreCv, total } from '../corpus/field-score.js';
import { extractPatiently as extract, retries } from '../test/offline/support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SHOW_MISSES = process.env.BENCH_MISSES === '1';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const ms = (x: number) => Math.round(x * 10) / 10;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now();
    await work();
    if (i >= 3) times.push(performance.now() - started); // JIT and the PDF worker warm up first
  }
  return median(times);
}

const corpus = loadCorpus();
const files: Record<string, { score: number; matched: number; expected: number; sections: Record<string, string> }> =
  {};
const lines: string[] = ['Offline extractor on the scored corpus (fields matched / fields the truth states)'];
const width = Math.max(...corpus.map((c) => c.file.length));
for (const doc of corpus) {
  const { data } = await extract(doc.bytes);
  const scores = scoreCv(doc.data, data, doc.absent);
  const t = total(scores);
  const sections = Object.fromEntries(Object.entries(scores).map(([k, s]) => [k, `${s.matched}/${s.expected}`]));
  files[doc.file] = { score: t.accuracy, matched: t.matched, expected: t.expected, sections };
  const weak = Object.entries(scores)
    .filter(([, s]) => s.matched < s.expected)
    .map(([k, s]) => `${k} ${s.matched}/${s.expected}`)
    .join(', ');
  lines.push(
    `  ${doc.file.padEnd(width)}  ${pct(t.accuracy).padStart(6)}  (${t.matched}/${t.expected})${weak ? `  missed in: ${weak}` : ''}`,
  );
  if (SHOW_MISSES)
    for (const [k, s] of Object.entries(scores)) for (const m of s.misses) lines.push(`      ${k}: ${m}`);
}
const scores = Object.values(files).map((f) => f.score);
const average = scores.reduce((a, b) => a + b, 0) / scores.length;
const weakest = Object.entries(files).sort((a, b) => a[1].score - b[1].score)[0]!;
lines.push(
  `  average ${pct(average)} over ${scores.length} files; weakest ${weakest[0]} ${pct(weakest[1].score)}; files ≥ 95 %: ${scores.filter((s) => s >= 0.95).length}/${scores.length}`,
);

const speed: Record<
  string,
  { pages: number; text_read_median_ms: number; extraction_median_ms: number; ratio: number }
> = {};
lines.push('', 'Speed on the two-page PDFs (median of ' + RUNS + ' runs, one process; budget 300 ms)');
for (const doc of corpus.filter((c) => c.file.endsWith('.pdf'))) {
  const pages = (await inspectCvFile(doc.bytes)).pageCount ?? 0;
  if (pages !== 2) continue;
  const textRead = await timed(() => inspectCvFile(doc.bytes));
  const extraction = await timed(() => extract(doc.bytes));
  speed[doc.file] = {
    pages,
    text_read_median_ms: ms(textRead),
    extraction_median_ms: ms(extraction),
    ratio: ms(extraction / textRead),
  };
  lines.push(
    `  ${doc.file.padEnd(width)}  extraction ${ms(extraction)} ms vs text read ${ms(textRead)} ms: ×${ms(extraction / textRead)}`,
  );
}

if (retries.count > 0) lines.push('', `PDF reads tried again after the reader's 1 s limit ran out: ${retries.count}`);
process.stdout.write(lines.join('\n') + '\n');
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/corpus-score.json', JSON.stringify({ average, files, speed }, null, 2) + '\n');
await closeCvIntake();
