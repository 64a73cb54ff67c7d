import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * The CV document's contract (`openapi.yaml` → `components/schemas/CvData`) as one standalone JSON
 * Schema (draft 2020-12) that a model API accepts as a tool's `input_schema`.
 *
 * - Every `$ref: '#/components/schemas/X'` becomes `$ref: '#/$defs/X'`, and X (with everything it
 *   refers to) is copied into `$defs`, so the schema needs nothing outside itself.
 * - Only the keywords of the subset the Claude API documents for structured outputs and strict
 *   tools are kept as keywords (the same subset as the SDK's own `transformJSONSchema`):
 *   `type` (including `[x, 'null']` unions), `properties`, `additionalProperties: false`,
 *   `required`, `items`, `enum`/`const` of primitives, `anyOf`/`allOf`, local `$ref`/`$defs`,
 *   `description`, `title`, `format` (date-time, time, date, duration, email, hostname, uri, ipv4,
 *   ipv6, uuid) and `minItems` of 0 or 1.
 * - Value constraints outside that subset (`maxLength`, `pattern`, `maxItems`, `minimum`,
 *   `maximum`, …) are not enforced by the API, so they are written into the `description` as a
 *   hint (`Constraints: maxLength 2000; …`) and left for the pipeline's validation to enforce.
 * - Documentation-only keywords (`examples`, `example`, `deprecated`, `readOnly`, `x-…`, …) are
 *   dropped: they cost prompt tokens, and the contract's example CV would put a real-looking
 *   person's details in front of the model, inviting it to copy them.
 * - `oneOf` becomes `anyOf` (the API has no `oneOf`; for these schemas the alternatives are
 *   disjoint, so nothing changes).
 *
 * Every change is listed in `adjustments`, so a test (and the ADR) can show exactly what the model
 * sees differently from the contract.
 */

export type JsonSchema = { [keyword: string]: unknown };

export interface SchemaAdjustment {
  /** JSON pointer into the produced schema. */
  pointer: string;
  keyword: string;
  action: 'described' | 'dropped' | 'rewritten';
  value: unknown;
}

export interface CvJsonSchema {
  schema: JsonSchema;
  adjustments: SchemaAdjustment[];
}

export interface CvJsonSchemaOptions {
  /** The component to start from (default `CvData`). */
  root?: string;
  /**
   * When set, the `CvMeta` definition keeps only these members: the model states the CV's
   * language, while the extractor, model and file hash are facts the server knows itself.
   */
  metaMembers?: readonly string[];
}

const COMPONENT_PREFIX = '#/components/schemas/';

/** Kept as keywords: the subset the API documents (see the module comment). */
const KEPT = new Set([
  'type',
  'description',
  'title',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'enum',
  'const',
  'anyOf',
  'allOf',
  '$ref',
]);

/** Constraints the API does not enforce: kept as words in the description. */
const DESCRIBED = new Set([
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'format',
]);

const SUPPORTED_FORMATS = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'uri',
  'ipv4',
  'ipv6',
  'uuid',
]);

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function buildCvJsonSchema(document: Record<string, unknown>, options: CvJsonSchemaOptions = {}): CvJsonSchema {
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const rootName = options.root ?? 'CvData';
  const adjustments: SchemaAdjustment[] = [];
  const defs: Record<string, JsonSchema> = {};
  const pending: string[] = [];

  const component = (name: string): JsonSchema => {
    const found = schemas[name];
    if (!isObject(found)) throw new Error(`openapi.yaml has no schema components/schemas/${name}`);
    return found;
  };

  const refer = (ref: string): string => {
    if (!ref.startsWith(COMPONENT_PREFIX)) throw new Error(`Only local component references are supported, got ${ref}`);
    const name = ref.slice(COMPONENT_PREFIX.length);
    component(name);
    if (!(name in defs) && !pending.includes(name)) pending.push(name);
    return `#/$defs/${escapePointer(name)}`;
  };

  const convert = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => convert(item, `${pointer}/${i}`));
    if (!isObject(node)) return node;
    const out: JsonSchema = {};
    const hints: string[] = [];
    for (const [keyword, value] of Object.entries(node)) {
      const at = `${pointer}/${escapePointer(keyword)}`;
      if (keyword === '$ref' && typeof value === 'string') {
        out.$ref = refer(value);
      } else if (keyword === 'properties' && isObject(value)) {
        out.properties = Object.fromEntries(
          Object.entries(value).map(([name, sub]) => [name, convert(sub, `${at}/${escapePointer(name)}`)]),
        );
      } else if (keyword === 'oneOf' && Array.isArray(value)) {
        out.anyOf = convert(value, `${pointer}/anyOf`);
        adjustments.push({ pointer: at, keyword, action: 'rewritten', value: 'anyOf' });
      } else if (keyword === 'additionalProperties') {
        // The API accepts only `false` here; an object schema without it is closed too.
        out.additionalProperties = false;
        if (value !== false) adjustments.push({ pointer: at, keyword, action: 'rewritten', value });
      } else if (keyword === 'format' && typeof value === 'string' && SUPPORTED_FORMATS.has(value)) {
        out.format = value;
      } else if (keyword === 'minItems' && (value === 0 || value === 1)) {
        out.minItems = value;
      } else if (KEPT.has(keyword)) {
        out[keyword] = convert(value, at);
      } else if (DESCRIBED.has(keyword)) {
        hints.push(`${keyword} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
        adjustments.push({ pointer: at, keyword, action: 'described', value });
      } else {
        adjustments.push({ pointer: at, keyword, action: 'dropped', value });
      }
    }
    if (hints.length > 0) {
      const described = typeof out.description === 'string' ? `${out.description.trimEnd()}\n\n` : '';
      out.description = `${described}Constraints: ${hints.join('; ')}.`;
    }
    const types = Array.isArray(out.type) ? out.type : [out.type];
    if (types.includes('object') && out.additionalProperties === undefined) out.additionalProperties = false;
    return out;
  };

  const root = convert(component(rootName), '') as JsonSchema;
  while (pending.length > 0) {
    const name = pending.shift()!;
    defs[name] = {}; // reserve the name so a self-reference does not queue it twice
    defs[name] = convert(component(name), `/$defs/${escapePointer(name)}`) as JsonSchema;
  }

  if (options.metaMembers && isObject(defs.CvMeta) && isObject(defs.CvMeta.properties)) {
    const keep = new Set(options.metaMembers);
    const properties = defs.CvMeta.properties;
    for (const member of Object.keys(properties)) {
      if (!keep.has(member)) {
        adjustments.push({
          pointer: `/$defs/CvMeta/properties/${member}`,
          keyword: 'properties',
          action: 'dropped',
          value: member,
        });
        delete properties[member];
      }
    }
  }

  // Definitions in a stable order, so the serialised schema (and the prompt cache) never changes
  // with the order the references happened to be met in.
  const sortedDefs = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((name) => [name, defs[name]!]),
  );
  return { schema: { ...root, $defs: sortedDefs }, adjustments };
}

/**
 * Checks a value against the schema's shape (types, members, nesting: everything the schema keeps
 * as keywords). Value constraints that became descriptions are the pipeline's to enforce.
 * Returns the problems, at most `limit`, as `pointer: message` strings; empty when the value fits.
 */
export function createSchemaChecker(schema: JsonSchema, limit = 10): (value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateFormats: false });
  const validate: ValidateFunction = ajv.compile(schema);
  return (value) => {
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, limit).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
      return `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}${extra}`;
    });
  };
}
