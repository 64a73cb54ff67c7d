import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OpenAPIRouter, type Document } from 'openapi-backend';
import { loadApiSpec } from '../../src/spec.js';

/**
 * Checks a real HTTP response against openapi.yaml: the status must be documented for the matched
 * operation, the content type must be one the spec lists, and a JSON body must match its schema.
 * Unmatched routes must answer with a Problem document.
 */
export interface ResponseUnderTest {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  bodyText: string;
}

type JsonObject = Record<string, unknown>;

const spec = loadApiSpec();
const document = spec.document as unknown as JsonObject;
const router = new OpenAPIRouter({ definition: structuredClone(spec.document) as Document });
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi.json');

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolve(node: unknown, pointer: string[]): { node: JsonObject; pointer: string[] } {
  let current = node as JsonObject;
  let at = pointer;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) {
    const ref = current.$ref as string;
    at = ref
      .replace(/^#\//, '')
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = at.reduce<unknown>((n, key) => (n as JsonObject)[key], document) as JsonObject;
  }
  return { node: current, pointer: at };
}

function validatorFor(pointer: string[]): ReturnType<typeof ajv.compile> {
  const ref = `openapi.json#/${pointer.map(escapePointer).join('/')}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate;
}

function mediaTypeOf(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function assertMatchesSpec(res: ResponseUnderTest): void {
  const where = `${res.method} ${res.path} → ${res.status}`;
  if (!res.headers.get('x-request-id')) throw new Error(`${where}: no X-Request-Id header`);
  const operation = router.matchOperation({ method: res.method, path: res.path.split('?')[0]!, headers: {} });
  const type = mediaTypeOf(res.headers);

  if (!operation) {
    if (type !== 'application/problem+json')
      throw new Error(`${where}: unmatched route answered ${type}, not a problem`);
    checkBody(where, ['components', 'schemas', 'Problem'], res.bodyText);
    return;
  }
  const pathItem = resolve((document.paths as JsonObject)[operation.path], ['paths', operation.path]);
  const op = pathItem.node[operation.method] as JsonObject;
  const responsesPointer = [...pathItem.pointer, operation.method, 'responses'];
  const table = (op.responses ?? {}) as JsonObject;
  const key = [String(res.status), `${String(res.status)[0]}XX`, 'default'].find((k) => k in table);
  if (!key) throw new Error(`${where}: status ${res.status} is not documented for ${operation.operationId}`);
  const { node: response, pointer } = resolve(table[key], [...responsesPointer, key]);
  const content = response.content as JsonObject | undefined;
  if (!content) {
    if (res.bodyText.length > 0) throw new Error(`${where}: the spec documents no body but one was sent`);
    return;
  }
  if (!(type in content)) {
    throw new Error(`${where}: content type "${type}" is not one of ${Object.keys(content).join(', ')}`);
  }
  const media = content[type] as JsonObject;
  if (!media.schema || !type.endsWith('json')) return;
  checkBody(where, [...pointer, 'content', type, 'schema'], res.bodyText);
}

function checkBody(where: string, schemaPointer: string[], bodyText: string): void {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    throw new Error(`${where}: body is not JSON: ${bodyText.slice(0, 200)}`);
  }
  const validate = validatorFor(schemaPointer);
  if (!validate(body)) {
    throw new Error(
      `${where}: body does not match the spec: ${ajv.errorsText(validate.errors)}\n${bodyText.slice(0, 500)}`,
    );
  }
}
