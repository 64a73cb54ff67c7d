import { describe, expect, it } from 'vitest';
import { authentication } from '../src/http/authentication.js';
import type { AppState } from '../src/http/app-state.js';
import type { CallerService } from '../src/services/caller-service.js';
import { loadApiSpec } from '../src/spec.js';

// A session is looked up only for operations that read one: a browser sends its cookie with
// every request, and /health, the site's pages or the widget script must not pay for it.

const { contract } = loadApiSpec();

describe('which operations read a session', () => {
  it('follows the contract: none for security [], one for the session schemes', () => {
    expect(contract.usesSession('GET', '/health')).toBe(false);
    expect(contract.usesSession('GET', '/')).toBe(false);
    expect(contract.usesSession('HEAD', '/widget/v1/r2w-widget.js')).toBe(false);
    expect(contract.usesSession('POST', '/api/v1/auth/password-reset')).toBe(false);
    expect(contract.usesSession('GET', '/api/v1/auth/me')).toBe(true);
    expect(contract.usesSession('GET', '/api/v1/auth/session')).toBe(true);
    expect(contract.usesSession('GET', '/api/v1/cvs/cv_6aiwbezhvwcyt8ch6xmt5r88ga/data')).toBe(true);
    expect(contract.usesSession('POST', '/api/v1/auth/register')).toBe(true); // claims a guest's work
    expect(contract.usesSession('GET', '/no/such/route')).toBe(false);
  });

  it('skips the look-up where none is read, and does it everywhere else', async () => {
    const identified: string[] = [];
    const callers = {
      identify: async (token: string) => {
        identified.push(token);
        return undefined;
      },
    } as unknown as CallerService;
    const middleware = authentication({
      callers,
      trustedOrigins: [],
      usesSession: (method, path) => contract.usesSession(method, path),
    });
    const run = async (method: string, path: string) => {
      const ctx = {
        method,
        path,
        state: {} as AppState,
        get: (name: string) => (name.toLowerCase() === 'authorization' ? 'Bearer tok' : ''),
      };
      let nextCalled = false;
      await middleware(ctx as never, async () => {
        nextCalled = true;
      });
      expect(nextCalled).toBe(true);
    };
    await run('GET', '/health');
    await run('GET', '/dashboard');
    expect(identified).toEqual([]);
    await run('GET', '/api/v1/auth/me');
    expect(identified).toEqual(['tok']);
  });
});
