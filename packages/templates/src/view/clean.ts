// CV documents arrive validated, but the renderer must not depend on that: every value is read
// defensively, so a wrong type, a control character or an inherited key can never reach a template.

type Bag = Record<string, unknown>;

// Half of a surrogate pair cannot be encoded as UTF-8 (String#toWellFormed is ES2024, not in our lib).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// C0/C1 controls (except tab and newline) have no place in page text; NUL even turns into U+FFFD.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function asRecord(value: unknown): Bag | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Bag) : null;
}

/** Reads an own property only: `constructor`, `__proto__` and friends never come from the prototype. */
export function own(record: Bag | null, key: string): unknown {
  return record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function cleanText(value: unknown): string | null {
  let raw: string;
  if (typeof value === 'string') raw = value;
  else if (typeof value === 'number' && Number.isFinite(value)) raw = String(value);
  else return null;
  const cleaned = raw.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL_CHARS, '').replace(/\r\n?/g, '\n').trim();
  return cleaned === '' ? null : cleaned;
}

export function cleanTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    const text = cleanText(item);
    if (text !== null) out.push(text);
  }
  return out;
}

/** Maps a list of records, dropping entries that are not records or that `map` finds empty. */
export function cleanList<T>(value: unknown, map: (record: Bag) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const item of value) {
    const record = asRecord(item);
    const mapped = record === null ? null : map(record);
    if (mapped !== null) out.push(mapped);
  }
  return out;
}

/** True when at least one value is a non-empty string, a non-empty list or a non-null object. */
export function hasAny(values: readonly unknown[]): boolean {
  return values.some((v) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== false));
}
