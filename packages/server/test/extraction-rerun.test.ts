import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvWithDocument, guestHeaders, jsonResumeFile } from './support/cv-uploads.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// A worker killed after the document was stored but before the extraction was marked finished
// leaves it "running"; the queue runs the job again on another worker (the scale-out test kills
// workers mid-job). That run must finish the extraction, not store the document a second time.
describe('an extraction job run again after its worker died', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('completes the extraction without adding a second document version', async () => {
    const me = await guestHeaders(app);
    const cvId = await cvWithDocument(app, me, jsonResumeFile({ basics: { name: 'Rerun Person' } }));
    const db = app.container.db;
    const { id: extractionId } = await db('extractions').where({ cv_id: cvId }).first();
    // The state a kill between the two writes leaves behind.
    await db('extractions').where({ id: extractionId }).update({ status: 'running', finished_at: null });

    await app.container.services.cvs.pipeline.run(extractionId, new AbortController().signal);

    const versions = await db('cv_data_versions').where({ cv_id: cvId });
    expect(versions.map((v: { extraction_id: string }) => v.extraction_id)).toEqual([extractionId]);
    const extraction = await app.request('GET', `/api/v1/extractions/${extractionId}`, { headers: me });
    expect(extraction.json()).toMatchObject({ status: 'succeeded' });
  });

  it('leaves an edit saved after the orphaned document in place', async () => {
    const me = await guestHeaders(app);
    const cvId = await cvWithDocument(app, me, jsonResumeFile({ basics: { name: 'Rerun Person' } }));
    const db = app.container.db;
    const { id: extractionId } = await db('extractions').where({ cv_id: cvId }).first();
    await db('extractions').where({ id: extractionId }).update({ status: 'running', finished_at: null });
    const edited = await app.request('PATCH', `/api/v1/cvs/${cvId}/data`, {
      headers: { ...me, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ data: { hero: { fullName: 'Edited Name' } } }),
    });
    expect(edited.status).toBe(200);

    await app.container.services.cvs.pipeline.run(extractionId, new AbortController().signal);

    const data = await app.request('GET', `/api/v1/cvs/${cvId}/data`, { headers: me });
    expect(data.json()).toMatchObject({ version: 2, data: { hero: { fullName: 'Edited Name' } } });
    expect(await db('cv_data_versions').where({ cv_id: cvId })).toHaveLength(2);
  });
});
