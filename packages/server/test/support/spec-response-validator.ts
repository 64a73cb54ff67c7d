import { loadApiSpec } from '../../src/spec.js';

/**
 * Checks a real HTTP response against openapi.yaml, through the same compiled contract the server
 * validates requests with: the status must be documented for the matched operation, the content
 * type must be one the spec lists, a JSON body must match its schema, and unmatched routes must
 * answer with a Problem document.
 */
export interface ResponseUnderTest {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  bodyText: string;
}

type Json = Record<string, unknown>;

const { contract } = loadApiSpec();

function mediaTypeOf(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function checkJson(where: string, schemaPointer: string[], bodyText: string): void {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    throw new Error(`${where}: body is not JSON: ${bodyText.slice(0, 200)}`);
  }
  const failure = contract.validateAt(schemaPointer, body);
  if (failure) throw new Error(`${where}: body does not match the spec: ${failure}\n${bodyText.slice(0, 500)}`);
}

export function assertMatchesSpec(res: ResponseUnderTest): void {
  const where = `${res.method} ${res.path} → ${res.status}`;
  if (!res.headers.get('x-request-id')) throw new Error(`${where}: no X-Request-Id header`);
  const type = mediaTypeOf(res.headers);
  // HEAD is the GET without its body (the contract matches it to the GET operation): the status
  // and media type are checked, and there must be no body.
  const head = res.method.toUpperCase() === 'HEAD';
  if (head && res.bodyText.length > 0) throw new Error(`${where}: a HEAD response carried a body`);
  const result = contract.match(res.method, res.path.split('?')[0]!);
  if (result.kind !== 'matched') {
    if (type !== 'application/problem+json')
      throw new Error(`${where}: unmatched route answered ${type}, not a problem`);
    if (!head) checkJson(where, ['components', 'schemas', 'Problem'], res.bodyText);
    return;
  }
  const { operation } = result.match;
  const op = contract.resolve(undefined, operation.pointer).node;
  const table = (op.responses ?? {}) as Json;
  const key = [String(res.status), `${String(res.status)[0]}XX`, 'default'].find((k) => k in table);
  if (!key) throw new Error(`${where}: status ${res.status} is not documented for ${operation.operationId}`);
  const { node: response, pointer } = contract.resolve(table[key], [...operation.pointer, 'responses', key]);
  const content = response.content as Json | undefined;
  if (!content) {
    if (res.bodyText.length > 0) throw new Error(`${where}: the spec documents no body but one was sent`);
    return;
  }
  if (!(type in content))
    throw new Error(`${where}: content type "${type}" is not one of ${Object.keys(content).join(', ')}`);
  if (!head && (content[type] as Json).schema && type.endsWith('json'))
    checkJson(where, [...pointer, 'content', type, 'schema'], res.bodyText);
}
