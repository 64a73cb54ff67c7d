import { acceptsMultipart, type BodyShape, type HostileBody, type ShapeInput } from './body-shape.js';
import { authHeaders, encodeHead, type AuthVariant, type FuzzCase } from './fuzz-case.js';
import type { FuzzIdentities } from './fuzz-identities.js';
import { ANSWER_ABORTS, framings, intactFraming, type Framing, type HeadBuilder } from './framings.js';
import { DOCUMENT_SHAPES } from './document-bodies.js';
import { JSON_SHAPES, truncatedText } from './json-bodies.js';
import { MULTIPART_SHAPES, wellFramedUpload } from './multipart-bodies.js';
import { createPrng, deriveSeed, type Prng } from './prng.js';
import { HOSTILE_METHODS, HOSTILE_PATH_VALUES } from './request-targets.js';
import { plausibleValue, type FuzzOperation } from './spec-operations.js';

export const BODY_SHAPES: BodyShape[] = [...JSON_SHAPES, ...MULTIPART_SHAPES, ...DOCUMENT_SHAPES];

export interface GeneratorInput {
  seed: number;
  operations: FuzzOperation[];
  identities: FuzzIdentities;
  limits: ShapeInput['limits'];
  requestTimeoutMs: number;
  /** Whether the contract accepts a JSON body for the operation. */
  accepts(operationId: string, value: unknown): boolean;
}

/** The credentials an operation's security names, plus none and a forged one. */
function authVariantsFor(op: FuzzOperation): AuthVariant[] {
  const variants: AuthVariant[] = ['anonymous'];
  if (op.schemes.has('bearerAuth')) variants.push('bogus-bearer', 'guest-bearer', 'user-bearer', 'tenant-secret');
  if (op.schemes.has('cookieAuth')) variants.push('guest-cookie');
  if (op.schemes.has('adminToken')) variants.push('admin-token');
  if (op.schemes.has('publishableKey')) variants.push('publishable-key');
  return variants;
}

/** The credentials that get a request furthest into the operation (past authentication). */
function primaryVariantsFor(op: FuzzOperation): AuthVariant[] {
  if (op.schemes.has('adminToken')) return ['admin-token'];
  if (op.schemes.has('cookieAuth')) return ['guest-bearer', 'user-bearer'];
  if (op.schemes.has('bearerAuth')) return ['tenant-secret'];
  return ['anonymous'];
}

/**
 * An operation that reads a body is hit twice per shape: with the credential that reaches its
 * parser (uploads are read only after authentication) and with another. Other operations refuse
 * the body before authentication matters: once. The other credential takes turns (`turn` counts
 * the operation's cases), so every credential the operation names is used, none by chance.
 */
function authsFor(op: FuzzOperation, rng: Prng, turn: number): AuthVariant[] {
  const all = authVariantsFor(op);
  if (op.bodyMediaTypes.length === 0) return [all[turn % all.length]!];
  const primary = rng.pick(primaryVariantsFor(op));
  const others = all.filter((v) => v !== primary);
  return others.length ? [primary, others[turn % others.length]!] : [primary];
}

/** The request target: real or plausible ids, except `hostile` (raw, already escaped) in one parameter. */
function targetFor(op: FuzzOperation, identities: FuzzIdentities, hostile?: { param: string; value: string }): string {
  let target = op.pathTemplate;
  for (const param of op.pathParams) {
    const value =
      param.name === hostile?.param
        ? hostile.value
        : encodeURIComponent(identities.ids[param.name] ?? plausibleValue(param.schema));
    target = target.replace(`{${param.name}}`, value);
  }
  return target;
}

/** The body the framing shapes break: what the operation would parse, already hostile inside. */
function frameableBody(input: ShapeInput): HostileBody {
  if (acceptsMultipart(input.op)) return wellFramedUpload(input);
  return { contentType: 'application/json', bytes: truncatedText(input) };
}

/**
 * Every hostile request of the run, in a fixed order: each (operation, shape, instance) draws from
 * its own seeded generator, so a case's bytes depend on the run's seed and its id only.
 */
export function generateCases(input: GeneratorInput): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const turns = new Map<string, number>();
  const fastTimeoutMs = 5000;
  const slowTimeoutMs = input.requestTimeoutMs * 3 + 3000;
  const add = (
    op: FuzzOperation,
    label: { family: string; shape: string; instance: number },
    rng: Prng,
    body: HostileBody,
    framing: Framing,
    request: { target?: string; method?: string; auths?: AuthVariant[] } = {},
  ) => {
    const target = request.target ?? targetFor(op, input.identities);
    const turn = turns.get(op.operationId) ?? 0;
    turns.set(op.operationId, turn + 1);
    for (const auth of request.auths ?? authsFor(op, rng, turn)) {
      const requestId = `fuzz.${cases.length}`;
      const base: [string, string][] = [
        ['X-Request-Id', requestId],
        ...authHeaders(auth, input.identities),
        ...(body.contentType === undefined ? [] : [['Content-Type', body.contentType] as [string, string]]),
      ];
      const head: HeadBuilder = (framingHeaders, options = {}) => {
        const hosts: [string, string][] =
          options.host === 'omit'
            ? []
            : options.host === 'duplicate'
              ? [
                  ['Host', 'localhost'],
                  ['Host', 'evil.example'],
                ]
              : [['Host', 'localhost']];
        const connection: [string, string][] = options.keepAlive ? [] : [['Connection', 'close']];
        return encodeHead(request.method ?? op.method, target, [...hosts, ...base, ...connection, ...framingHeaders]);
      };
      cases.push({
        id: `${op.operationId}/${label.family}.${label.shape}/${label.instance}/${auth}`,
        requestId,
        operationId: op.operationId,
        family: label.family,
        shape: label.shape,
        auth,
        steps: framing.plan(head, body.bytes, rng),
        expectAnswer: framing.expectAnswer,
        maySucceed: body.maySucceed ?? false,
        slow: framing.slow,
        timeoutMs: framing.slow ? slowTimeoutMs : fastTimeoutMs,
      });
    }
  };

  // Deletions last: one the server wrongly carried out would take away what later cases aim at.
  const operations = [...input.operations].sort(
    (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
  );
  for (const op of operations) {
    const shapeInput = (rng: Prng, instance: number): ShapeInput => ({
      op,
      rng,
      instance,
      limits: input.limits,
      accepts: (value) => input.accepts(op.operationId, value),
    });
    for (const shape of BODY_SHAPES) {
      if (!shape.applies(op)) continue;
      for (let instance = 0; instance < shape.instances; instance++) {
        const rng = createPrng(deriveSeed(input.seed, `${op.operationId}/${shape.family}.${shape.shape}/${instance}`));
        const body = shape.make(shapeInput(rng, instance));
        if (!body) continue;
        const framing = intactFraming(body.framing ?? (rng.chance(0.25) ? 'chunked' : 'content-length'));
        add(op, { family: shape.family, shape: shape.shape, instance }, rng, body, framing);
      }
    }
    const empty: HostileBody = { contentType: undefined, bytes: Buffer.alloc(0) };
    HOSTILE_PATH_VALUES.forEach((value, instance) => {
      if (op.pathParams.length === 0) return;
      const rng = createPrng(deriveSeed(input.seed, `${op.operationId}/target.hostile-path-parameter/${instance}`));
      const param = rng.pick(op.pathParams).name;
      const label = { family: 'target', shape: 'hostile-path-parameter', instance };
      add(op, label, rng, empty, intactFraming('content-length'), {
        target: targetFor(op, input.identities, { param, value }),
      });
    });
    for (const method of HOSTILE_METHODS) {
      const shape = method.toLowerCase();
      const rng = createPrng(deriveSeed(input.seed, `${op.operationId}/method.${shape}/0`));
      add(op, { family: 'method', shape, instance: 0 }, rng, empty, intactFraming('content-length'), { method });
    }
    if (op.method === 'GET') {
      for (const abort of ANSWER_ABORTS) {
        const rng = createPrng(deriveSeed(input.seed, `${op.operationId}/answer.${abort.shape}/0`));
        // A valid request with the credential it needs: the client, not the request, misbehaves.
        add(op, { family: 'answer', shape: abort.shape, instance: 0 }, rng, { ...empty, maySucceed: true }, abort, {
          auths: [rng.pick(primaryVariantsFor(op))],
        });
      }
    }
    for (const framing of framings(input.requestTimeoutMs)) {
      const rng = createPrng(deriveSeed(input.seed, `${op.operationId}/framing.${framing.shape}/0`));
      add(
        op,
        { family: 'framing', shape: framing.shape, instance: 0 },
        rng,
        frameableBody(shapeInput(rng, 0)),
        framing,
      );
    }
  }
  return cases;
}
