import { inspectCvFile, readPdfLayout } from '../../src/intake/cv-intake.js';
import type { CvData } from '../../src/cv-data.js';
import { sanitizeCvData } from '../../src/sanitizer/cv-data-sanitizer.js';
import type { ExtractorResult } from '../../src/extractor.js';
import { createHeuristicExtractor } from '../../src/offline/heuristic-extractor.js';

export const heuristic = createHeuristicExtractor({ readPdfLayout: (bytes) => readPdfLayout(bytes) });

/** Intake then the offline extractor, as the pipeline runs them; the result sanitised. */
export async function extract(bytes: Buffer): Promise<{ data: CvData; result: ExtractorResult; dropped: unknown[] }> {
  const file = await inspectCvFile(bytes);
  const result = await heuristic.extract(
    { file, bytes, sha256: 'a'.repeat(64), originalFilename: 'cv' },
    { signal: new AbortController().signal, onStage: () => undefined },
  );
  const { data, dropped } = sanitizeCvData(result.data);
  return { data, result, dropped };
}
