import { loadApiSpec, type ApiSpec } from '../../../src/spec.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface FuzzOperation {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/api/v1/cvs/{cv_id}`. */
  pathTemplate: string;
  pathParams: { name: string; schema: Json }[];
  /** The request body's media types; empty when the operation takes no body. */
  bodyMediaTypes: string[];
  /** The JSON body's schema, `$ref`s at the top resolved; undefined for non-JSON bodies. */
  bodySchema: Json | undefined;
  /** A valid JSON body from the spec's examples, for the fuzzer to break. */
  exampleBody: Json | undefined;
  /** Every security scheme any of the operation's requirements names. */
  schemes: Set<string>;
}

/**
 * Every operation in openapi.yaml, read the way the server reads it, so an operation added to the
 * contract is fuzzed without anyone touching the suite.
 */
export function readOperations(spec: ApiSpec = loadApiSpec()): FuzzOperation[] {
  const document = spec.document;
  const resolve = (node: unknown, pointer: string[] = []) => spec.contract.resolve(node, pointer).node;
  const operations: FuzzOperation[] = [];
  for (const [pathTemplate, rawItem] of Object.entries((document.paths ?? {}) as Json)) {
    const item = resolve(rawItem);
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const params = [...((item.parameters ?? []) as unknown[]), ...((op.parameters ?? []) as unknown[])].map((p) =>
        resolve(p),
      );
      const pathParams = params
        .filter((p) => p.in === 'path')
        .map((p) => ({ name: String(p.name), schema: resolve(p.schema ?? {}) }));
      const body = op.requestBody ? resolve(op.requestBody) : undefined;
      const content = (body?.content ?? {}) as Json;
      const bodyMediaTypes = Object.keys(content);
      const jsonType = bodyMediaTypes.find((t) => t === 'application/json' || t.endsWith('+json'));
      const media = jsonType ? (content[jsonType] as Json) : undefined;
      const bodySchema = media?.schema ? resolve(media.schema) : undefined;
      const example = media?.example ?? (bodySchema?.examples as unknown[] | undefined)?.[0] ?? bodySchema?.example;
      const security = (op.security ?? document.security ?? []) as Json[];
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        pathTemplate,
        pathParams,
        bodyMediaTypes,
        bodySchema,
        exampleBody: isObject(example) ? example : undefined,
        schemes: new Set(security.flatMap((requirement) => Object.keys(requirement))),
      });
    }
  }
  return operations;
}

/** A value the parameter's schema accepts: its example, its first enum member, or a safe token. */
export function plausibleValue(schema: Json): string {
  const examples = schema.examples as unknown[] | undefined;
  const candidate = examples?.[0] ?? schema.example ?? (schema.enum as unknown[] | undefined)?.[0];
  return candidate === undefined ? 'fuzz' : String(candidate);
}

/** Follows `$ref`s from any schema node (the fuzzer breaks bodies property by property). */
export function resolveSchema(node: unknown, spec: ApiSpec = loadApiSpec()): Json {
  return spec.contract.resolve(node, []).node;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the contract accepts a JSON body for an operation (the fuzzer never sends a valid one). */
export function contractAccepts(spec: ApiSpec = loadApiSpec()): (operationId: string, value: unknown) => boolean {
  return (operationId, value) => {
    try {
      return spec.contract.validateBody(operationId, value).length === 0;
    } catch {
      return false; // a validator that overflows on a deep body certainly does not accept it
    }
  };
}
