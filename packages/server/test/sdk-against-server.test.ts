import { createResume2WebsiteClient } from '@resume2website/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

// The generated types and the real server agree: what the SDK types say is what arrives.
describe('the SDK against the real server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('reads health and readiness with their typed shapes', async () => {
    const client = createResume2WebsiteClient({ baseUrl: app.url });
    const health = await client.GET('/health');
    expect(health.data?.status).toBe('ok');
    const ready = await client.GET('/ready');
    expect(ready.data?.status).toBe('ready');
    expect(ready.data?.checks.database?.status).toBe('up');
  });

  it('surfaces a validation problem as the error with its field list', async () => {
    const client = createResume2WebsiteClient({ baseUrl: app.url });
    const { error, response } = await client.POST('/api/v1/auth/register', {
      // Deliberately wrong at runtime; the cast is what a JavaScript caller could send.
      body: { email: 'nope', password: '1', full_name: '' } as never,
    });
    expect(response.status).toBe(422);
    expect(error?.type).toBe('https://resume2website.com/problems/validation-error');
    expect(error?.errors?.map((e) => e.pointer).sort()).toEqual(['/email', '/full_name', '/password']);
  });
});
