import { localeFromAcceptLanguage } from '../domain/user.js';
import type { ClientInfo } from '../services/auth-service.js';
import type { ApiContext } from '../http/openapi-dispatcher.js';

/** Who is asking, as sessions record it and a new account's messages are addressed. */
export function clientOf(ctx: ApiContext): ClientInfo {
  return {
    ip: ctx.ip,
    userAgent: ctx.get('user-agent') || null,
    locale: localeFromAcceptLanguage(ctx.get('accept-language') || undefined),
  };
}
