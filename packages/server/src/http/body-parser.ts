import contentType from 'content-type';
import type { Middleware } from 'koa';
import getRawBody from 'raw-body';
import secureJson from 'secure-json-parse';
import type { AppState } from './app-state.js';
import { ProblemError } from '../domain/problem.js';

const JSON_TYPES = new Set(['application/json', 'application/merge-patch+json']);

// `fatal`: a lenient decoder would turn invalid bytes into U+FFFD and store text the client never sent.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads JSON bodies with a hard size cap while streaming, keeps the raw bytes (signature checks
 * need them byte for byte), and refuses prototype-poisoning keys. Other content types (multipart
 * uploads) are left unread for the route that streams them.
 */
export function jsonBodyParser(options: { limitBytes: number }): Middleware<AppState> {
  const parse: Middleware<AppState> = async (ctx, next) => {
    const header = ctx.get('content-type');
    let parsed: contentType.ParsedMediaType;
    try {
      parsed = contentType.parse(header);
    } catch {
      throw new ProblemError(
        'unsupported-media-type',
        `The Content-Type header "${header.slice(0, 100)}" cannot be parsed.`,
      );
    }
    if (!JSON_TYPES.has(parsed.type)) return next();
    const charset = (parsed.parameters.charset ?? 'utf-8').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') {
      throw new ProblemError('unsupported-media-type', `JSON bodies must be UTF-8, not ${charset}.`);
    }
    const raw = await getRawBody(ctx.req, { limit: options.limitBytes, length: ctx.request.length });
    ctx.state.rawBody = raw;
    let text: string;
    try {
      text = utf8.decode(raw);
    } catch {
      throw new ProblemError('malformed-request', 'The request body is not valid UTF-8.');
    }
    try {
      ctx.request.body = secureJson.parse(text, undefined, {
        protoAction: 'error',
        constructorAction: 'error',
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const detail = /forbidden/i.test(message)
        ? 'The request body contains a forbidden key ("__proto__" or "constructor.prototype").'
        : `The request body is not valid JSON: ${message}.`;
      throw new ProblemError('malformed-request', detail);
    }
    return next();
  };
  // Requests without a body (most of them) pass straight on, without an async layer of their own.
  return (ctx, next) =>
    (ctx.request.length || ctx.get('transfer-encoding')) && ctx.get('content-type') ? parse(ctx, next) : next();
}
