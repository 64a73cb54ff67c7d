import { describe, expect, it } from 'vitest';
import { cvWithDocument, guestHeaders, jsonResumeFile } from './support/cv-uploads.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { startTestApp } from './support/test-app.js';

const available = await requireService('redis', 'publishing through BullMQ');

describe.runIf(available)('publishing with REDIS_URL (BullMQ)', () => {
  it('publishes and unpublishes through a worker process, the API serving the result', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL };
    const api = await startTestApp({ env });
    const worker = await startTestApp({
      env: { ...env, DATABASE_URL: api.config.databaseUrl ?? '', DATA_DIR: api.config.dataDir },
      runJobs: true,
    });
    try {
      const me = await guestHeaders(api);
      const cvId = await cvWithDocument(api, me, jsonResumeFile({ basics: { name: `Queue Person ${Date.now()}` } }));
      const created = await api.request('POST', '/api/v1/portfolios', {
        json: { cv_id: cvId, theme: 'modern' },
        headers: me,
      });
      const p = created.json<{ id: string; slug: string }>();
      const status = async () =>
        (await api.request('GET', `/api/v1/portfolios/${p.id}`, { headers: me })).json<{ status: string }>().status;
      const settle = async (want: string) => {
        for (let i = 0; i < 300 && (await status()) !== want; i++) await new Promise((r) => setTimeout(r, 25));
        return status();
      };

      // Three clicks at once: one publish request, one site.
      const answers = await Promise.all(
        [1, 2, 3].map(() => api.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me })),
      );
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
      expect(await settle('published')).toBe('published');
      const page = await api.request('GET', `/sites/${p.slug}/`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Queue Person');

      await api.request('POST', `/api/v1/portfolios/${p.id}/unpublish`, { headers: me });
      expect(await settle('draft')).toBe('draft');
      expect((await api.request('GET', `/sites/${p.slug}/`)).status).toBe(404);
    } finally {
      await worker.close();
      await api.close();
    }
  });
});
