import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CvData } from '../src/cv-data.js';

/** One corpus document and its hand-written truth (see README.md here). */
export interface CorpusFile {
  /** Path under `corpus/`, e.g. `public/Berlin-Simple-Resume-Template.pdf`. */
  file: string;
  language: string;
  layout: string;
  notes?: string;
  absent: string[];
  data: CvData;
  bytes: Buffer;
}

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** Every truth file with the document it describes, in name order. */
export function loadCorpus(): CorpusFile[] {
  return readdirSync(ROOT + 'truth')
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const truth = JSON.parse(readFileSync(`${ROOT}truth/${name}`, 'utf8')) as Omit<CorpusFile, 'bytes'>;
      return { ...truth, absent: truth.absent ?? [], bytes: readFileSync(ROOT + truth.file) };
    });
}
