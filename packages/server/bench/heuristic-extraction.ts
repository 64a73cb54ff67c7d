// `npm run bench` (part): the offline (heuristic) extractor's cost and accuracy.
//  - a 2-page PDF: intake plus extraction (positioned text read in the PDF worker, reading order,
//    sections), median, vs. the baseline of pdf.js reading the same file's text (intake alone);
//  - a DOCX: the same, vs. intake reading its text;
//  - field-level accuracy on the generated fixtures, per fixture and per section.
// Run alone with `npx tsx bench/heuristic-extraction.ts`.
import { fileURLToPath } from 'node:url';
import {
  closeCvIntake,
  createHeuristicExtractor,
  inspectCvFile,
  readPdfLayout,
  sanitizeCvData,
} from '@resume2website/cv-extraction';
import { ALL_SECTIONS, KNOWN_CVS, type KnownCv } from '../../cv-extraction/test/offline/fixtures/known-cvs.js';
import { renderDocx, renderPdf } from '../../cv-extraction/test/offline/fixtures/render-cv.js';
import { scoreCv, total } from '../../cv-extraction/corpus/field-score.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

export interface HeuristicReport {
  pdf_2_pages: { pages: number; baseline_median_ms: number; extractor_median_ms: number; ratio: number };
  docx: { baseline_median_ms: number; extractor_median_ms: number; ratio: number };
  accuracy: Record<string, { overall: number; sections: Record<string, number> }>;
}

const extractor = createHeuristicExtractor({ readPdfLayout: (bytes) => readPdfLayout(bytes) });

async function extract(bytes: Buffer) {
  const file = await inspectCvFile(bytes);
  return extractor.extract(
    { file, bytes, sha256: 'a'.repeat(64), originalFilename: 'cv' },
    { signal: new AbortController().signal, onStage: () => undefined },
  );
}

async function timed(work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now();
    await work();
    if (i >= 3) times.push(performance.now() - started); // JIT and the PDF worker warm up first
  }
  return times;
}

/** A two-page CV: the all-sections fixture with its experience repeated. */
function twoPageCv(): KnownCv {
  const items = ALL_SECTIONS.data.experience?.experienceItems ?? [];
  return {
    ...ALL_SECTIONS,
    data: {
      ...ALL_SECTIONS.data,
      experience: { sectionTitle: 'Experience', experienceItems: [...items, ...items, ...items, ...items] },
    },
  };
}

export async function measureHeuristic(): Promise<HeuristicReport> {
  const pdf = await renderPdf(twoPageCv());
  const pages = (await inspectCvFile(pdf)).pageCount ?? 0;
  const pdfBaseline = median(await timed(() => inspectCvFile(pdf)));
  const pdfExtract = median(await timed(() => extract(pdf)));
  const docx = await renderDocx(ALL_SECTIONS);
  const docxBaseline = median(await timed(() => inspectCvFile(docx)));
  const docxExtract = median(await timed(() => extract(docx)));

  const accuracy: HeuristicReport['accuracy'] = {};
  for (const known of KNOWN_CVS) {
    for (const format of ['pdf', 'docx'] as const) {
      const bytes = format === 'pdf' ? await renderPdf(known) : await renderDocx(known);
      const { data } = sanitizeCvData((await extract(bytes)).data);
      const scores = scoreCv(known.data, data);
      accuracy[`${known.name} (${format})`] = {
        overall: round(total(scores).accuracy),
        sections: Object.fromEntries(
          Object.entries(scores).map(([k, s]) => [k, round(s.expected ? s.matched / s.expected : 1)]),
        ),
      };
    }
  }
  return {
    pdf_2_pages: {
      pages,
      baseline_median_ms: round(pdfBaseline),
      extractor_median_ms: round(pdfExtract),
      ratio: round(pdfExtract / pdfBaseline),
    },
    docx: {
      baseline_median_ms: round(docxBaseline),
      extractor_median_ms: round(docxExtract),
      ratio: round(docxExtract / docxBaseline),
    },
    accuracy,
  };
}

export function describeHeuristic(r: HeuristicReport): string[] {
  const lines = [
    'Offline (heuristic) extractor',
    `  ${r.pdf_2_pages.pages}-page PDF: extraction median ${r.pdf_2_pages.extractor_median_ms} ms (budget 300 ms) vs pdf.js text read ${r.pdf_2_pages.baseline_median_ms} ms: ×${r.pdf_2_pages.ratio}`,
    `  DOCX: extraction median ${r.docx.extractor_median_ms} ms (budget 100 ms) vs intake text read ${r.docx.baseline_median_ms} ms: ×${r.docx.ratio}`,
    '  accuracy (fields matched / fields stated):',
  ];
  for (const [name, a] of Object.entries(r.accuracy)) {
    lines.push(
      `    ${name}: ${Math.round(a.overall * 1000) / 10}% — ` +
        Object.entries(a.sections)
          .map(([k, v]) => `${k} ${Math.round(v * 100)}%`)
          .join(', '),
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await measureHeuristic();
  process.stdout.write(describeHeuristic(report).join('\n') + '\n');
  await closeCvIntake();
}
