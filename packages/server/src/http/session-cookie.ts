import { serialize } from 'cookie';
import type { Context } from 'koa';

export const SESSION_COOKIE = 'r2w_session';

/**
 * `Secure` everywhere except plain-HTTP development, where browsers would drop a Secure cookie.
 * Serialised by hand rather than with ctx.cookies, which refuses Secure cookies on the plain-HTTP
 * hop behind a TLS-terminating proxy unless the proxy is trusted.
 */
export function sessionCookieOptions(options: { backendUrl: string }): { secure: boolean } {
  return { secure: options.backendUrl.startsWith('https://') };
}

export function setSessionCookie(ctx: Context, token: string, expiresAt: Date, options: { secure: boolean }): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  ctx.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, token, { path: '/', maxAge, httpOnly: true, sameSite: 'lax', secure: options.secure }),
  );
}

export function clearSessionCookie(ctx: Context, options: { secure: boolean }): void {
  ctx.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: options.secure }),
  );
}
