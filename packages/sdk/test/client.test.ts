import { describe, expect, it } from 'vitest';
import { createResume2WebsiteClient, isProblem, problemSlug } from '../src/index.js';

function recordingFetch(status: number, body: unknown, contentType = 'application/json') {
  const requests: Request[] = [];
  const fetch = async (input: Request) => {
    requests.push(input);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
  };
  return { fetch, requests };
}

describe('createResume2WebsiteClient', () => {
  it('sends the session as a bearer token and the publishable key, to the right URL', async () => {
    const { fetch, requests } = recordingFetch(200, { items: [], next_cursor: null });
    const client = createResume2WebsiteClient({
      baseUrl: 'https://api.example.com/',
      token: 'sess_token',
      publishableKey: 'pk_live_abc',
      fetch,
    });
    const { data, error } = await client.GET('/api/v1/cvs', { params: { query: { limit: 5 } } });
    expect(error).toBeUndefined();
    expect(data).toEqual({ items: [], next_cursor: null });
    const sent = requests[0]!;
    expect(sent.url).toBe('https://api.example.com/api/v1/cvs?limit=5');
    expect(sent.headers.get('authorization')).toBe('Bearer sess_token');
    expect(sent.headers.get('x-publishable-key')).toBe('pk_live_abc');
  });

  it('reads the token lazily, so a login mid-session is picked up', async () => {
    const { fetch, requests } = recordingFetch(200, { status: 'ok' });
    let token: string | undefined = undefined;
    const client = createResume2WebsiteClient({ baseUrl: 'http://localhost:2000', token: () => token, fetch });
    await client.GET('/health');
    token = 'after-login';
    await client.GET('/health');
    expect(requests[0]!.headers.get('authorization')).toBeNull();
    expect(requests[1]!.headers.get('authorization')).toBe('Bearer after-login');
  });

  it('returns problems as typed errors with a stable slug', async () => {
    const problem = {
      type: 'https://resume2website.com/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: 'Try again in 30 seconds.',
    };
    const { fetch } = recordingFetch(429, problem, 'application/problem+json');
    const client = createResume2WebsiteClient({ baseUrl: 'http://localhost:2000', fetch });
    const { data, error } = await client.POST('/api/v1/auth/login', {
      body: { email: 'ada@example.com', password: 'correct horse' },
    });
    expect(data).toBeUndefined();
    expect(isProblem(error)).toBe(true);
    if (isProblem(error)) expect(problemSlug(error)).toBe('rate-limited');
  });
});
