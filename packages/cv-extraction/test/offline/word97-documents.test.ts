import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake, inspectCvFile } from '../../src/intake/cv-intake.js';
import { ENGLISH_SINGLE, SPANISH } from './fixtures/known-cvs.js';
import { scoreCv, total } from '../../corpus/field-score.js';
import { extract } from './support.js';

// Word 97 files as LibreOffice writes them (see ../fixtures/word97/README.md), for the known CVs.
const documents = [
  { file: 'english-single-column.doc', known: ENGLISH_SINGLE },
  { file: 'spanish-single-column.doc', known: SPANISH },
];
const read = (name: string) => readFile(new URL(`../fixtures/word97/${name}`, import.meta.url));

afterAll(() => closeCvIntake());

describe('real Word 97 (.doc) CVs', () => {
  it.each(documents)('$file is taken as a Word document and read faithfully', async ({ file, known }) => {
    const bytes = await read(file);
    const inspected = await inspectCvFile(bytes);
    expect(inspected).toMatchObject({ kind: 'doc', mediaType: 'application/msword' });
    expect(inspected.text).toContain(known.data.hero!.fullName!);

    const { data } = await extract(bytes);
    const scores = scoreCv(known.data, data);
    const misses = Object.entries(scores).flatMap(([section, s]) => s.misses.map((m) => `${section}: ${m}`));
    expect(total(scores).accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(data.meta?.language).toBe(known.language);
  });
});
