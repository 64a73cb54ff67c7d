import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import FindMyWay, { type HTTPVersion, type Instance as Router } from 'find-my-way';
import type { ProblemFieldError } from '../domain/problem.js';

/**
 * openapi.yaml compiled for use at run time: a router from method + path to the operation, and
 * validators for each operation's parameters, request body and responses.
 *
 * The document is registered once with ajv and every validator is a `$ref` into it, so a schema
 * used by many operations (the CV document) compiles once and start-up stays in milliseconds.
 * The same object serves the server (requests) and the tests (responses), so both read the
 * contract the same way.
 */

type Json = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const DOC_ID = 'openapi.json';
const PARAM_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;
type ParamLocation = (typeof PARAM_LOCATIONS)[number];

export interface ContractOperation {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/api/v1/cvs/{cv_id}`. */
  path: string;
  /** JSON pointer segments to the operation object. */
  pointer: string[];
  bodyMediaTypes: string[];
  bodyRequired: boolean;
  /** A signed-in (or guest) session is required: the operation lists the session schemes and no anonymous option. */
  sessionRequired: boolean;
  /** The operation reads a session at all (lists a session scheme); `security: []` ones never do. */
  sessionUsed: boolean;
  /** The header parameters the operation declares, lowercase (`idempotency-key`, …). */
  headerParameters: string[];
}

export interface RouteMatch {
  operation: ContractOperation;
  params: Record<string, string>;
}

export interface ParameterInput {
  path: Record<string, string>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  cookie: Record<string, unknown>;
}

export type MatchResult =
  { kind: 'matched'; match: RouteMatch } | { kind: 'method-not-allowed'; allowed: string[] } | { kind: 'not-found' };

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function refTo(pointer: string[]): { $ref: string } {
  return { $ref: `${DOC_ID}#/${pointer.map(escapePointer).join('/')}` };
}

export class ApiContract {
  private readonly router: Router<HTTPVersion.V1>;
  private readonly operations = new Map<string, ContractOperation>();
  private readonly paramsAjv: Ajv2020;
  private readonly dataAjv: Ajv2020;
  private readonly paramValidators = new Map<string, ValidateFunction>();
  private readonly bodyValidators = new Map<string, ValidateFunction>();
  private readonly schemaValidators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    // Parameters arrive as strings: coerce them to the declared types and fill defaults.
    this.paramsAjv = new Ajv2020({
      strict: false,
      allErrors: true,
      coerceTypes: 'array',
      useDefaults: true,
      logger: false,
    });
    this.dataAjv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    for (const ajv of [this.paramsAjv, this.dataAjv]) {
      addFormats.default(ajv);
      ajv.addSchema(document, DOC_ID);
    }
    this.router = FindMyWay({ ignoreTrailingSlash: true, ignoreDuplicateSlashes: false, caseSensitive: true });
    for (const [path, rawItem] of Object.entries((document.paths ?? {}) as Json)) {
      const { node: item, pointer: itemPointer } = this.resolve(rawItem, ['paths', path]);
      for (const method of HTTP_METHODS) {
        const op = item[method] as Json | undefined;
        if (!op) continue;
        const operation = this.addOperation(path, method, item, itemPointer, op);
        this.router.on(method.toUpperCase() as 'GET', path.replace(/\{([^}]+)\}/g, ':$1'), () => undefined, {
          operation,
        });
      }
    }
  }

  /** Follows `$ref`s inside the document; returns the node and where it lives. */
  resolve(node: unknown, pointer: string[]): { node: Json; pointer: string[] } {
    let current = (node ?? pointer.reduce<unknown>((n, key) => (n as Json | undefined)?.[key], this.document)) as Json;
    let at = pointer;
    for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
      if (hops > 20) throw new Error(`$ref cycle at ${at.join('/')}`);
      const ref = current.$ref as string;
      if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
      at = ref
        .slice(2)
        .split('/')
        .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
      current = at.reduce<unknown>((n, key) => (n as Json | undefined)?.[key], this.document) as Json;
      if (current === undefined) throw new Error(`unresolvable $ref ${ref}`);
    }
    return { node: current, pointer: at };
  }

  private addOperation(path: string, method: string, item: Json, itemPointer: string[], op: Json): ContractOperation {
    const operationId = op.operationId as string;
    if (!operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
    const opPointer = [...itemPointer, method];

    // Path-level parameters apply unless the operation overrides the same name and location.
    const params = new Map<
      string,
      { location: ParamLocation; name: string; required: boolean; schemaPointer: string[] }
    >();
    const collect = (list: unknown, listPointer: string[]) => {
      ((list ?? []) as unknown[]).forEach((raw, index) => {
        const { node, pointer } = this.resolve(raw, [...listPointer, String(index)]);
        const location = node.in as ParamLocation;
        const name = location === 'header' ? String(node.name).toLowerCase() : String(node.name);
        params.set(`${location}:${name}`, {
          location,
          name,
          required: node.required === true || location === 'path',
          schemaPointer: [...pointer, 'schema'],
        });
      });
    };
    collect(item.parameters, [...itemPointer, 'parameters']);
    collect(op.parameters, [...opPointer, 'parameters']);

    const paramSchema: Json = { type: 'object', properties: {} as Json, required: [] as string[] };
    for (const location of PARAM_LOCATIONS) {
      const properties: Json = {};
      const required: string[] = [];
      for (const p of params.values()) {
        if (p.location !== location) continue;
        properties[p.name] = refTo(p.schemaPointer);
        if (p.required) required.push(p.name);
      }
      (paramSchema.properties as Json)[location] = { type: 'object', properties, required };
    }
    this.paramValidators.set(operationId, this.paramsAjv.compile(paramSchema));

    let bodyMediaTypes: string[] = [];
    let bodyRequired = false;
    if (op.requestBody) {
      const { node: body, pointer: bodyPointer } = this.resolve(op.requestBody, [...opPointer, 'requestBody']);
      const content = (body.content ?? {}) as Json;
      bodyMediaTypes = Object.keys(content);
      bodyRequired = body.required === true;
      const json = bodyMediaTypes.find((t) => t === 'application/json' || t.endsWith('+json'));
      if (json && (content[json] as Json).schema) {
        this.bodyValidators.set(operationId, this.dataAjv.compile(refTo([...bodyPointer, 'content', json, 'schema'])));
      }
    }

    const security = ((op.security ?? this.document.security ?? []) as Json[]).map((r) => Object.keys(r));
    const sessionRequired =
      security.length > 0 && !security.some((r) => r.length === 0) && security.some((r) => r.includes('cookieAuth'));
    const sessionUsed = security.some((r) => r.includes('cookieAuth') || r.includes('bearerAuth'));
    const operation: ContractOperation = {
      operationId,
      method: method.toUpperCase(),
      path,
      pointer: opPointer,
      bodyMediaTypes,
      bodyRequired,
      sessionRequired,
      sessionUsed,
      headerParameters: [...params.values()].filter((p) => p.location === 'header').map((p) => p.name),
    };
    if (this.operations.has(operationId)) throw new Error(`duplicate operationId ${operationId}`);
    this.operations.set(operationId, operation);
    return operation;
  }

  has(operationId: string): boolean {
    return this.operations.has(operationId);
  }

  operation(operationId: string): ContractOperation | undefined {
    return this.operations.get(operationId);
  }

  /**
   * The operation for a request. HEAD is answered by the path's GET operation unless the contract
   * lists a HEAD of its own: HTTP defines HEAD as GET without the body (RFC 9110 §9.3.2), so
   * the contract does not repeat every GET as a HEAD.
   */
  /** Whether the operation at `method path` reads a session; nothing there reads none. */
  usesSession(method: string, path: string): boolean {
    const found = this.router.find(method as 'GET', path) ?? (method === 'HEAD' ? this.router.find('GET', path) : null);
    return found ? (found.store as { operation: ContractOperation }).operation.sessionUsed : false;
  }

  match(method: string, path: string): MatchResult {
    const found = this.router.find(method as 'GET', path) ?? (method === 'HEAD' ? this.router.find('GET', path) : null);
    if (found) {
      const { operation } = found.store as { operation: ContractOperation };
      return { kind: 'matched', match: { operation, params: found.params as Record<string, string> } };
    }
    const allowed = HTTP_METHODS.map((m) => m.toUpperCase()).filter((m) => this.router.find(m as 'GET', path));
    if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.splice(allowed.indexOf('GET') + 1, 0, 'HEAD');
    return allowed.length ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  }

  /** Validates (and coerces, in place) path, query, header and cookie parameters. */
  validateParameters(operationId: string, input: ParameterInput): ProblemFieldError[] {
    const validate = this.paramValidators.get(operationId)!;
    return validate(input) ? [] : toFieldErrors(validate.errors, 'parameters');
  }

  validateBody(operationId: string, body: unknown): ProblemFieldError[] {
    const validate = this.bodyValidators.get(operationId);
    if (!validate) return [];
    return validate(body) ? [] : toFieldErrors(validate.errors, 'body');
  }

  /** Validates any value against a schema addressed by JSON pointer segments into the document. */
  validateAt(pointer: string[], value: unknown): string | undefined {
    const key = pointer.join('\u0000');
    let validate = this.schemaValidators.get(key);
    if (!validate) {
      validate = this.dataAjv.compile(refTo(pointer));
      this.schemaValidators.set(key, validate);
    }
    return validate(value) ? undefined : this.dataAjv.errorsText(validate.errors);
  }
}

function toFieldErrors(errors: ErrorObject[] | null | undefined, kind: 'parameters' | 'body'): ProblemFieldError[] {
  return (errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      let segments = e.instancePath.split('/').slice(1);
      let location: ProblemFieldError['location'] = 'body';
      if (kind === 'parameters') {
        location = (segments[0] ?? 'query') as ProblemFieldError['location'];
        segments = segments.slice(1);
      }
      let message = e.message ?? 'is invalid';
      if (e.keyword === 'required') {
        segments.push(String(e.params.missingProperty));
        message = 'is required';
      } else if (e.keyword === 'additionalProperties') {
        segments.push(String(e.params.additionalProperty));
        message = 'is not a known member';
      } else if (e.keyword === 'enum') {
        message = `must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`;
      }
      return { location, pointer: segments.length ? `/${segments.join('/')}` : '', message };
    });
}
