import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake, inspectCvFile } from '../src/services/cv-intake.js';
import { ENGLISH_SINGLE, SPANISH } from './heuristic/fixtures/known-cvs.js';
import { scoreCv, total } from './heuristic/fixtures/score.js';
import { extract } from './heuristic/support.js';
import { guestHeaders, multipart, settledExtraction } from './support/cv-uploads.js';
import { startTestApp } from './support/test-app.js';

// Word 97 files as LibreOffice writes them (see fixtures/word97/README.md), for the known CVs.
const documents = [
  { file: 'english-single-column.doc', known: ENGLISH_SINGLE },
  { file: 'spanish-single-column.doc', known: SPANISH },
];
const read = (name: string) => readFile(new URL(`./fixtures/word97/${name}`, import.meta.url));

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

  it('goes through upload and extraction with no API key', async () => {
    const app = await startTestApp();
    try {
      const auth = await guestHeaders(app);
      const form = multipart(await read('english-single-column.doc'), 'cv.doc', 'application/msword');
      const res = await app.request('POST', '/api/v1/cvs', {
        body: form.body,
        headers: { ...auth, 'content-type': form.contentType },
      });
      expect(res.status).toBe(202);
      const cv = res.json<{ id: string; content_type: string; extraction: { id: string } }>();
      expect(cv.content_type).toBe('application/msword');
      expect(await settledExtraction(app, auth, cv.extraction.id)).toMatchObject({
        status: 'succeeded',
        extractor: 'heuristic',
      });
      const doc = await app.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: auth });
      expect(doc.json<{ data: { hero: { fullName: string } } }>().data.hero.fullName).toBe(
        ENGLISH_SINGLE.data.hero!.fullName,
      );
    } finally {
      await app.close();
    }
  });
});
