import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ENGLISH_SINGLE } from '../../cv-extraction/test/offline/fixtures/known-cvs.js';
import { guestHeaders, multipart, settledExtraction } from './support/cv-uploads.js';
import { startTestApp } from './support/test-app.js';

// A Word 97 file as LibreOffice writes it, from the CV pipeline's fixtures (its tests read it faithfully).
const read = (name: string) => readFile(new URL(`../../cv-extraction/test/fixtures/word97/${name}`, import.meta.url));

describe('real Word 97 (.doc) CVs', () => {
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
