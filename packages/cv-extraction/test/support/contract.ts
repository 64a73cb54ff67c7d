import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * The API contract (openapi.yaml at the repository root) for the tests: the parsed document, as
 * the server passes it to `createClaudeExtractor`, and a validator for any of its schemas, reading
 * them as the server does (ajv, draft 2020-12, formats checked).
 */

const DOC_ID = 'openapi.json';

export const CONTRACT_PATH = new URL('../../../../openapi.yaml', import.meta.url);

export const contractDocument = parse(readFileSync(CONTRACT_PATH, 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
addFormats.default(ajv);
ajv.addSchema(contractDocument, DOC_ID);
const validators = new Map<string, ValidateFunction>();

/** Undefined when `value` matches the schema at `pointer` (e.g. `components/schemas/CvData`), else the errors. */
export function validateAt(pointer: string[], value: unknown): string | undefined {
  const key = pointer.join('/');
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({
      $ref: `${DOC_ID}#/${pointer.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`,
    });
    validators.set(key, validate);
  }
  return validate(value) ? undefined : ajv.errorsText(validate.errors);
}

/** A CV fixture shared with the server's and the templates' tests (`packages/server/test/fixtures/cv/`). */
export function cvFixture(name: string): Record<string, unknown> {
  const url = new URL(`../../../server/test/fixtures/cv/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** The contract in the shape the server's `loadApiSpec()` has: the document and a validator. */
export function loadContract(): { document: Record<string, unknown>; contract: { validateAt: typeof validateAt } } {
  return { document: contractDocument, contract: { validateAt } };
}
