import { acceptsJsonBody, mutateBytes, type BodyShape, type HostileBody, type ShapeInput } from './body-shape.js';
import { resolveSchema, type FuzzOperation } from './spec-operations.js';

const NESTING = 10_000;
// Any operation may receive these: the body is read (and refused) before routing looks at it.
const anyOperation = () => true;
// Well-formed JSON is ignored by an operation that takes no body (a 2xx would be right), so the
// shapes that stay well-formed go only to operations that read a body.
const readsBody = (op: FuzzOperation) => op.bodyMediaTypes.length > 0;

const FALLBACK = { fuzz: 'value', list: [1, 2, 3], nested: { key: 'text' } };

function jsonType(input: ShapeInput): string {
  const types = input.op.bodyMediaTypes.filter((t) => t === 'application/json' || t.endsWith('+json'));
  return types.length ? input.rng.pick(types) : 'application/json';
}

function baseText(op: FuzzOperation): string {
  return JSON.stringify(op.exampleBody ?? FALLBACK);
}

/** A proper prefix of an object's text is never valid JSON; offset 0 would be no body at all. */
export function truncatedText(input: ShapeInput): Buffer {
  const text = baseText(input.op);
  return Buffer.from(text.slice(0, input.rng.int(1, text.length - 1)));
}

const json = (input: ShapeInput, bytes: Buffer | string, framing?: HostileBody['framing']): HostileBody => ({
  contentType: jsonType(input),
  bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
  ...(framing && { framing }),
});

/** Puts raw bytes inside the first string value, where a lenient decoder would let them through. */
function insideFirstString(text: string, bytes: Buffer): Buffer {
  const at = text.indexOf(':"');
  if (at < 0) return Buffer.concat([Buffer.from('{"fuzz":"'), bytes, Buffer.from('"}')]);
  return Buffer.concat([Buffer.from(text.slice(0, at + 2)), bytes, Buffer.from(text.slice(at + 2))]);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether the server must refuse these bytes as the operation's body: not UTF-8, not JSON, or JSON
 * the contract rejects. A mutation can land on a valid body, which is then not sent.
 */
function mustBeRefused(input: ShapeInput, bytes: Buffer): boolean {
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8.decode(bytes));
  } catch {
    return true;
  }
  return readsBody(input.op) && !input.accepts(value);
}

const INVALID_UTF8 = [
  [0xff],
  [0xfe, 0xfe],
  [0xc0, 0xaf], // overlong "/"
  [0xc3, 0x28], // a lead byte without its continuation
  [0xe2, 0x82], // a sequence cut short
  [0xed, 0xa0, 0x80], // an encoded UTF-16 surrogate
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0x80], // a lone continuation byte
];

const TOP_LEVEL_WRONG: unknown[] = [null, [], 'text', 0, true, 1.5, [{}]];

function wrongValueFor(types: string[], input: ShapeInput): unknown {
  const candidates: [string[], unknown][] = [
    [['number', 'integer'], 12345],
    [['string'], 'x'.repeat(input.rng.int(0, 3))],
    [['boolean'], true],
    [['null'], null],
    [['array'], [1, 'two']],
    [['object'], { unexpected: 1 }],
  ];
  return input.rng.pick(candidates.filter(([kinds]) => !kinds.some((k) => types.includes(k))))[1];
}

/** The example body with one explicitly typed property given a value of another type. */
function wrongProperty(input: ShapeInput): unknown {
  const schema = input.op.bodySchema!;
  const properties = Object.entries((schema.properties ?? {}) as Record<string, unknown>)
    .map(([name, raw]) => {
      const resolved = resolveSchema(raw);
      const type = resolved.type;
      return { name, types: Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [] };
    })
    .filter((p) => p.types.length > 0);
  if (properties.length === 0) return input.rng.pick(TOP_LEVEL_WRONG);
  const property = input.rng.pick(properties);
  return { ...(input.op.exampleBody ?? {}), [property.name]: wrongValueFor(property.types, input) };
}

/** Serialises a well-formed body, unless the contract would accept it (then it is not hostile). */
function refused(input: ShapeInput, text: string): HostileBody | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return json(input, text);
  }
  return input.accepts(value) ? undefined : json(input, text);
}

export const JSON_SHAPES: BodyShape[] = [
  {
    family: 'json',
    shape: 'truncated',
    instances: 4,
    applies: anyOperation,
    make: (input) => json(input, truncatedText(input)),
  },
  {
    family: 'json',
    shape: 'byte-mutations',
    instances: 4,
    applies: anyOperation,
    make: (input) => {
      const bytes = mutateBytes(Buffer.from(baseText(input.op)), input);
      return bytes.length > 0 && mustBeRefused(input, bytes) ? json(input, bytes) : undefined;
    },
  },
  {
    family: 'json',
    shape: 'invalid-utf8',
    instances: 3,
    applies: anyOperation,
    make: (input) => json(input, insideFirstString(baseText(input.op), Buffer.from(input.rng.pick(INVALID_UTF8)))),
  },
  {
    family: 'json',
    shape: 'utf16-with-bom',
    instances: 1,
    applies: anyOperation,
    make: (input) =>
      json(input, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(baseText(input.op), 'utf16le')])),
  },
  {
    family: 'json',
    shape: 'huge-string',
    instances: 1,
    applies: anyOperation,
    make: (input) =>
      json(
        input,
        `{"fuzz":"${'a'.repeat(input.limits.maxJsonBodyBytes + input.rng.int(1, 32 * 1024))}"}`,
        'content-length',
      ),
  },
  {
    family: 'json',
    shape: 'huge-string-chunked',
    instances: 1,
    applies: anyOperation,
    // No Content-Length to refuse up front: the limit must hold while streaming.
    make: (input) =>
      json(input, `{"fuzz":"${'b'.repeat(input.limits.maxJsonBodyBytes + input.rng.int(1, 32 * 1024))}"}`, 'chunked'),
  },
  {
    family: 'json',
    shape: 'nested-unclosed',
    instances: 1,
    applies: anyOperation,
    make: (input) => json(input, input.rng.chance(0.5) ? '['.repeat(NESTING) : '{"a":'.repeat(NESTING)),
  },
  {
    family: 'json',
    shape: 'nested-arrays',
    instances: 1,
    applies: readsBody,
    make: (input) => refused(input, '['.repeat(NESTING) + ']'.repeat(NESTING)),
  },
  {
    family: 'json',
    shape: 'nested-objects',
    instances: 1,
    applies: readsBody,
    make: (input) => refused(input, '{"a":'.repeat(NESTING) + '1' + '}'.repeat(NESTING)),
  },
  {
    family: 'json',
    // Prototype-poisoning scanners walk every object under a "constructor" key.
    shape: 'nested-constructor-keys',
    instances: 1,
    applies: readsBody,
    make: (input) => refused(input, '{"constructor":'.repeat(NESTING) + '1' + '}'.repeat(NESTING)),
  },
  {
    family: 'json',
    shape: 'prototype-poisoning',
    instances: 2,
    applies: anyOperation,
    make: (input) => {
      const poison = input.instance === 0 ? '"__proto__":{"admin":true}' : '"constructor":{"prototype":{"admin":true}}';
      const text = baseText(input.op);
      return json(input, `{${poison},${text.slice(1)}`);
    },
  },
  {
    family: 'json',
    shape: 'trailing-garbage',
    instances: 1,
    applies: anyOperation,
    make: (input) =>
      json(input, Buffer.concat([Buffer.from(baseText(input.op)), Buffer.from('}]{"x":'), input.rng.bytes(16)])),
  },
  {
    family: 'json',
    shape: 'raw-control-characters',
    instances: 1,
    applies: anyOperation,
    make: (input) =>
      json(input, insideFirstString(baseText(input.op), Buffer.from([0x00, input.rng.int(1, 0x1f), 0x1b, 0x0a]))),
  },
  {
    family: 'json',
    shape: 'unsupported-charset',
    instances: 1,
    applies: anyOperation,
    make: (input) => ({
      contentType: `application/json; charset=${input.rng.pick(['iso-8859-1', 'utf-16', 'utf-7', 'x-unknown'])}`,
      bytes: truncatedText(input),
    }),
  },
  {
    family: 'json',
    // Media types the parser must refuse; the body is broken too, so a lenient parse still fails.
    shape: 'unparseable-content-type',
    instances: 2,
    applies: anyOperation,
    make: (input) => ({
      contentType: input.rng.pick([
        'application/json; charset="utf-8',
        'application/json;;;=',
        'application/json; charset',
        '/json',
        'application/json; b=\u0001',
        `application/json; ${'p'.repeat(8000)}`,
      ]),
      bytes: truncatedText(input),
    }),
  },
  {
    family: 'json',
    shape: 'wrong-types',
    instances: 4,
    applies: acceptsJsonBody,
    make: (input) =>
      refused(input, JSON.stringify(input.instance < 2 ? input.rng.pick(TOP_LEVEL_WRONG) : wrongProperty(input))),
  },
  {
    family: 'json',
    shape: 'number-bombs',
    instances: 2,
    applies: acceptsJsonBody,
    make: (input) => {
      const bomb =
        input.instance === 0
          ? input.rng.pick(['1e999999', '-1e-999999', '1' + '0'.repeat(400)])
          : '-' + '9'.repeat(Math.floor(input.limits.maxJsonBodyBytes / 2));
      const text = JSON.stringify(wrongProperty(input)).replace(/:(12345|"x*"|true|null)/, `:${bomb}`);
      return refused(input, text);
    },
  },
];
