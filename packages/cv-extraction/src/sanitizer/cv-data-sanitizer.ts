import {
  CV_DOCUMENT_SHAPE,
  CV_LIMITS,
  LANGUAGE_TAG_PATTERN,
  ORDERED_DATE_PAIRS,
  PROTOTYPE_KEYS,
  compareCvDates,
  isAllowedCvUrl,
  isCvDate,
  isRecord,
  jsonPointer,
  ownValue,
  parseLocationText,
  type CvData,
  type CvDataIssue,
  type CvFieldSpec,
  type CvShape,
} from '../cv-data.js';
import { CvInputError, type CvFieldError } from '../cv-input-error.js';
import { readCvDate } from '../dates/cv-date-reader.js';

/**
 * The CV document at the two doors it comes in through.
 *
 * - `sanitizeCvData` takes what an extractor (a model, a heuristic, a JSON Resume import) produced
 *   and repairs it into a valid `CvData`: it never refuses, and it records every value it had to
 *   drop or cut so the pipeline can show them to the person.
 * - `validateUserCvData` takes a person's edit, which the contract has already validated, and adds
 *   the rules JSON Schema cannot express (dates running backwards, "current" with an end date, days
 *   that do not exist), refusing the edit with an error that points at each failing value.
 *
 * Both walk the same model of the document (`CV_DOCUMENT_SHAPE`) and produce the same canonical
 * form: trimmed text without control characters, no empty or `null` members (absent means "not in
 * this CV"), and an ongoing period written `{ endDate: null, isCurrent: true }`. So anything the
 * sanitizer produces is accepted unchanged by `validateUserCvData`.
 *
 * Text is kept as text: markup and template syntax are not stripped (templates escape every value
 * and never compile CV text), only control characters are removed.
 */

export interface SanitizedCvData {
  data: CvData;
  /** Every value that was dropped or cut, by JSON Pointer into the candidate. */
  dropped: CvDataIssue[];
}

type Mode = 'repair' | 'strict';

interface Walk {
  mode: Mode;
  issues: CvDataIssue[];
  unlisted: number;
  /** How to read `03/04/2021`: day first (most languages), month first (US English) or unknown. */
  dayFirst: boolean | null;
}

type Path = readonly (string | number)[];

/** A hostile document can produce an issue per value; the list stays bounded. */
const MAX_ISSUES = 500;

const PRESENT = Symbol('present');

function note(w: Walk, path: Path, problem: string, repairAction?: string): void {
  if (w.issues.length >= MAX_ISSUES) {
    w.unlisted++;
    return;
  }
  const reason = w.mode === 'repair' && repairAction ? `${problem}; ${repairAction}` : problem;
  w.issues.push({ pointer: jsonPointer(path), reason });
}

function finish(w: Walk): CvDataIssue[] {
  if (w.unlisted > 0) w.issues.push({ pointer: '', reason: `${w.unlisted} more problems not listed` });
  return w.issues;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value);
}

// ------------------------------------------------------------------------------------------------
// Text

// C0 controls except tab and newline, DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Line breaks become `\n`, control characters (NUL, ESC, …; not tab or newline) are removed, lone
 * surrogates (which cannot be stored as UTF-8) become U+FFFD, and the ends are trimmed.
 */
export function cleanCvText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').replace(LONE_SURROGATE, '\uFFFD').trim();
}

/** Keeps the first `max` characters (code points, as the contract counts them); never splits a pair. */
function cut(value: string, max: number): string {
  let end = 0;
  for (let count = 0; count < max && end < value.length; count++) {
    const code = value.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < value.length ? 2 : 1;
  }
  return value.slice(0, end).trimEnd();
}

function codePointLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function textValue(raw: unknown, maxLength: number, path: Path, w: Walk): string | undefined {
  let value: string;
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') value = raw;
  else if (w.mode === 'repair' && typeof raw === 'number' && Number.isFinite(raw)) value = String(raw);
  else {
    note(w, path, `expected text, got ${describe(raw)}`, 'dropped');
    return undefined;
  }
  value = cleanCvText(value);
  if (value.length === 0) return undefined;
  if (value.length > maxLength) {
    const length = codePointLength(value);
    if (length <= maxLength) return value;
    if (w.mode === 'strict') {
      note(w, path, `must not be longer than ${maxLength} characters`);
      return undefined;
    }
    value = cut(value, maxLength);
    note(w, path, `was ${length} characters long`, `cut to ${maxLength}`);
  }
  return value;
}

function tokenValue(
  raw: unknown,
  spec: Extract<CvFieldSpec, { kind: 'token' }>,
  field: string,
  path: Path,
  w: Walk,
): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    note(w, path, `expected text, got ${describe(raw)}`, 'dropped');
    return undefined;
  }
  let value = cleanCvText(raw);
  if (value.length === 0) return undefined;
  if (w.mode === 'strict') {
    // The contract already bounds these; only normalise.
    return spec.lowercase ? value.toLowerCase() : value;
  }
  if (spec.lowercase) value = value.toLowerCase();
  if (spec.pattern === LANGUAGE_TAG_PATTERN) value = value.replace(/_/g, '-');
  if (value.length > spec.maxLength || (spec.pattern && !spec.pattern.test(value))) {
    note(w, path, `${quote(value)} is not a valid ${field}`, 'dropped');
    return undefined;
  }
  return value;
}

// ------------------------------------------------------------------------------------------------
// URLs

function urlProblem(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme && !/^(https?|mailto)$/i.test(scheme)) return `uses the "${scheme.toLowerCase()}:" scheme`;
  if (/\s/.test(value)) return 'contains whitespace, so it is not a valid URL';
  if (value.startsWith('//')) return 'is a protocol-relative URL, not an absolute http(s) or mailto: one';
  if (!scheme) return 'is a relative URL, not an absolute http(s) or mailto: one';
  if (value.length > CV_LIMITS.text) return `is longer than ${CV_LIMITS.text} characters`;
  return 'is not a valid absolute http(s) or mailto: URL';
}

function urlValue(raw: unknown, path: Path, w: Walk): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    note(w, path, `expected a URL, got ${describe(raw)}`, 'dropped');
    return undefined;
  }
  // Control characters go first: `java\u0000script:` must be judged as what a browser would see.
  const value = cleanCvText(raw);
  if (value.length === 0) return undefined;
  if (!isAllowedCvUrl(value)) {
    note(w, path, `${quote(value)} ${urlProblem(value)}`, 'dropped');
    return undefined;
  }
  return value;
}

// ------------------------------------------------------------------------------------------------
// Dates

function dateValue(raw: unknown, path: Path, w: Walk): string | typeof PRESENT | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (w.mode === 'strict') {
    if (typeof raw !== 'string') {
      note(w, path, `expected a date, got ${describe(raw)}`);
      return undefined;
    }
    const value = cleanCvText(raw);
    if (value.length === 0) return undefined;
    if (isCvDate(value)) return value;
    note(w, path, `${quote(value)} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    return undefined;
  }
  let text: string;
  if (typeof raw === 'string') text = cleanCvText(raw);
  else if (typeof raw === 'number' && Number.isInteger(raw)) text = String(raw);
  else {
    note(w, path, `expected a date, got ${describe(raw)}`, 'dropped');
    return undefined;
  }
  if (text.length === 0) return undefined;
  const reading = readCvDate(text, { dayFirst: w.dayFirst });
  if (reading.kind === 'present') return PRESENT;
  if (reading.kind === 'invalid') {
    note(w, path, `${quote(text)} is not a date: ${reading.reason}`, 'dropped');
    return undefined;
  }
  if (reading.note) note(w, path, `${quote(text)} read as ${reading.value}: ${reading.note}`);
  return reading.value;
}

function plainDate(raw: unknown, path: Path, w: Walk): string | undefined {
  const value = dateValue(raw, path, w);
  if (value !== PRESENT) return value;
  note(w, path, `"${String(raw).trim()}" is not a date here (only an end date can be ongoing)`, 'dropped');
  return undefined;
}

function dateRangeValue(raw: Record<string, unknown>, path: Path, w: Walk): Record<string, unknown> | undefined {
  let start = dateValue(ownValue(raw, 'startDate'), [...path, 'startDate'], w);
  let end: string | null | typeof PRESENT | undefined = dateValue(ownValue(raw, 'endDate'), [...path, 'endDate'], w);
  let current = booleanValue(ownValue(raw, 'isCurrent'), [...path, 'isCurrent'], w);
  if (start === PRESENT) {
    note(w, [...path, 'startDate'], `"${String(ownValue(raw, 'startDate')).trim()}" is not a start date`, 'dropped');
    start = undefined;
  }
  if (end === PRESENT) {
    end = null;
    current = true;
  }
  if (current === true && typeof end === 'string') {
    if (w.mode === 'strict') note(w, [...path, 'endDate'], 'must be null when isCurrent is true');
    else {
      note(w, [...path, 'isCurrent'], `isCurrent is true but endDate is ${end}`, 'isCurrent dropped');
      current = undefined;
    }
  }
  if (typeof start === 'string' && typeof end === 'string' && compareCvDates(end, start) < 0) {
    if (w.mode === 'strict') note(w, [...path, 'endDate'], `is before startDate (${start})`);
    else {
      note(w, [...path, 'endDate'], `${end} is before startDate ${start}`, 'endDate dropped');
      end = undefined;
    }
  }
  if (current === true) end = null;
  // A period with no date that is not ongoing states nothing.
  if (start === undefined && (end === undefined || end === null) && current !== true) return undefined;
  const range: Record<string, unknown> = {};
  if (start !== undefined) range.startDate = start;
  if (end !== undefined) range.endDate = end;
  if (current !== undefined) range.isCurrent = current;
  return range;
}

// ------------------------------------------------------------------------------------------------
// Other scalars

function booleanValue(raw: unknown, path: Path, w: Walk): boolean | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'boolean') return raw;
  if (w.mode === 'repair' && typeof raw === 'string') {
    const value = raw.trim().toLowerCase();
    if (value === 'true') return true;
    if (value === 'false') return false;
    if (value === '') return undefined;
  }
  note(w, path, `expected true or false, got ${typeof raw === 'string' ? quote(raw) : describe(raw)}`, 'dropped');
  return undefined;
}

function numberValue(
  raw: unknown,
  spec: Extract<CvFieldSpec, { kind: 'number' }>,
  path: Path,
  w: Walk,
): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  let value: number | undefined;
  if (typeof raw === 'number') value = raw;
  else if (w.mode === 'repair' && typeof raw === 'string') {
    if (raw.trim() === '') return undefined;
    const m = /^\s*(\d{1,4}(?:[.,]\d+)?)\s*\+?\s*$/.exec(raw);
    if (m) value = Number(m[1]!.replace(',', '.'));
  }
  if (value === undefined || !Number.isFinite(value)) {
    note(w, path, `expected a number, got ${typeof raw === 'string' ? quote(raw) : describe(raw)}`, 'dropped');
    return undefined;
  }
  if (value < spec.minimum || value > spec.maximum) {
    note(w, path, `${value} is outside ${spec.minimum}–${spec.maximum}`, 'dropped');
    return undefined;
  }
  return value;
}

// ------------------------------------------------------------------------------------------------
// Lists and objects

function listValue<T>(
  raw: unknown,
  path: Path,
  w: Walk,
  wrapSingle: (value: unknown) => boolean,
  each: (item: unknown, path: Path) => T | undefined,
): T[] | undefined {
  if (raw === null || raw === undefined) return undefined;
  let items: readonly unknown[];
  if (Array.isArray(raw)) items = raw;
  else if (w.mode === 'repair' && wrapSingle(raw)) items = [raw];
  else {
    note(w, path, `expected a list, got ${describe(raw)}`, 'dropped');
    return undefined;
  }
  const out: T[] = [];
  let index = 0;
  for (; index < items.length && out.length < CV_LIMITS.listItems; index++) {
    const value = each(items[index], [...path, index]);
    if (value !== undefined) out.push(value);
  }
  if (index < items.length) {
    if (w.mode === 'strict') note(w, path, `must not have more than ${CV_LIMITS.listItems} items`);
    else note(w, path, `had ${items.length} items`, `cut to ${CV_LIMITS.listItems} (${items.length - index} dropped)`);
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Lists added later beside a section's own list, as a structured alternative to it (`hobbies` may
 * also hold `interestItems`): a bare list still means the section's own list.
 */
const COMPANION_LISTS: ReadonlySet<string> = new Set(['interestItems']);

/** The one list of a section made of a title and a list (`experience`, `hobbies`, …), if it is one. */
function onlyList(fields: CvShape): string | undefined {
  const others = Object.keys(fields).filter((k) => k !== 'sectionTitle' && !COMPANION_LISTS.has(k));
  const kind = others.length === 1 ? fields[others[0]!]!.kind : undefined;
  return kind === 'objectList' || kind === 'textList' ? others[0] : undefined;
}

function objectValue(
  raw: unknown,
  spec: Extract<CvFieldSpec, { kind: 'object' | 'objectList' }>,
  path: Path,
  w: Walk,
): Record<string, unknown> | undefined {
  if (raw === null || raw === undefined) return undefined;
  let source = raw;
  if (w.mode === 'repair') {
    // Obvious repairs: a bare list for a section that is just a list; a one-line place.
    const list = spec.kind === 'object' ? onlyList(spec.fields) : undefined;
    if (Array.isArray(source) && list) source = { [list]: source };
    else if (typeof source === 'string' && spec.schema === 'Location') source = parseLocationText(source);
  }
  if (!isRecord(source)) {
    note(w, path, `expected an object, got ${describe(raw)}`, 'dropped');
    return undefined;
  }
  return shapeValue(source, spec.fields, spec.schema, path, w);
}

function shapeValue(
  raw: Record<string, unknown>,
  fields: CvShape,
  schema: string | undefined,
  path: Path,
  w: Walk,
): Record<string, unknown> | undefined {
  for (const key of Object.keys(raw)) {
    if (PROTOTYPE_KEYS.has(key)) note(w, [...path, key], `"${key}" is not allowed`, 'dropped');
    else if (!Object.hasOwn(fields, key)) note(w, [...path, key], 'is not a member of the CV document', 'dropped');
  }
  if (schema === 'DateRange') return dateRangeValue(raw, path, w);
  const out: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(fields)) {
    if (!Object.hasOwn(raw, field)) continue;
    const value = fieldValue(raw[field], spec, field, [...path, field], w);
    if (value !== undefined) out[field] = value;
  }
  const pair = schema ? ORDERED_DATE_PAIRS[schema] : undefined;
  if (pair) {
    const [first, second] = pair;
    const a = out[first];
    const b = out[second];
    if (typeof a === 'string' && typeof b === 'string' && compareCvDates(b, a) < 0) {
      if (w.mode === 'strict') note(w, [...path, second], `is before ${first} (${a})`);
      else {
        note(w, [...path, second], `${b} is before ${first} ${a}`, `${second} dropped`);
        delete out[second];
      }
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function fieldValue(raw: unknown, spec: CvFieldSpec, field: string, path: Path, w: Walk): unknown {
  switch (spec.kind) {
    case 'text':
      return textValue(raw, spec.maxLength, path, w);
    case 'url':
      return urlValue(raw, path, w);
    case 'date':
      return plainDate(raw, path, w);
    case 'boolean':
      return booleanValue(raw, path, w);
    case 'number':
      return numberValue(raw, spec, path, w);
    case 'token':
      return tokenValue(raw, spec, field, path, w);
    case 'textList':
      return listValue(
        raw,
        path,
        w,
        (v) => typeof v === 'string' || typeof v === 'number',
        (item, p) => textValue(item, CV_LIMITS.text, p, w),
      );
    case 'object':
      return objectValue(raw, spec, path, w);
    case 'objectList':
      return listValue(raw, path, w, isRecord, (item, p) => objectValue(item, spec, p, w));
  }
}

/** Day-first unless the CV says it is US English; unknown for plain `en` or no language. */
function dayFirstFor(candidate: unknown): boolean | null {
  const meta = isRecord(candidate) ? ownValue(candidate, 'meta') : undefined;
  const language = isRecord(meta) ? ownValue(meta, 'language') : undefined;
  if (typeof language !== 'string') return null;
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'en-us' || tag.startsWith('en-us-')) return false;
  if (tag === '' || tag === 'en') return null;
  return true;
}

function walkDocument(candidate: unknown, w: Walk, path: Path): CvData {
  if (!isRecord(candidate)) {
    if (candidate !== null && candidate !== undefined)
      note(w, path, `expected a CV document object, got ${describe(candidate)}`, 'nothing kept');
    return {};
  }
  return (shapeValue(candidate, CV_DOCUMENT_SHAPE, undefined, path, w) ?? {}) as CvData;
}

/**
 * Repairs an extractor's output into a valid `CvData`; never throws. Keeps only the contract's
 * sections and fields, coerces obvious type slips (a number where text belongs, `"true"`), reads
 * dates in common written forms, drops unsafe or relative URLs, strips control characters, caps
 * texts (2,000 characters, `unclassifiedText` 50,000) and lists (100 items), removes empty and
 * `null` members and prototype-pollution keys, and lists everything it dropped or cut.
 */
export function sanitizeCvData(candidate: unknown): SanitizedCvData {
  const w: Walk = { mode: 'repair', issues: [], unlisted: 0, dayFirst: dayFirstFor(candidate) };
  const data = walkDocument(candidate, w, []);
  return { data, dropped: finish(w) };
}

/**
 * Checks a person's edit (the `updateCvData` body, already validated against `CvDataUpdate` by the
 * contract) for what JSON Schema cannot express, and returns its `data` in canonical form (trimmed,
 * control characters removed, empty members removed). Throws a `CvInputError` (`invalid-document`)
 * listing every failing value with its pointer into the body (`/data/...`): a period whose end is
 * before its start, `isCurrent: true` with an end date, a certificate that expires before it was
 * issued, a patent granted before it was filed, a day that does not exist (`2023-02-30`), a URL
 * that does not parse.
 */
export function validateUserCvData(body: unknown): CvData {
  const data = isRecord(body) ? ownValue(body, 'data') : undefined;
  if (!isRecord(data)) {
    throw new CvInputError('invalid-document', 'The body needs a `data` object holding the CV document.', {
      fieldErrors: [{ pointer: '/data', message: `expected an object, got ${describe(data)}` }],
    });
  }
  const w: Walk = { mode: 'strict', issues: [], unlisted: 0, dayFirst: null };
  const normalised = walkDocument(data, w, ['data']);
  const issues = finish(w);
  if (issues.length > 0) {
    const errors: CvFieldError[] = issues.map((i) => ({ pointer: i.pointer, message: i.reason }));
    const first = errors
      .slice(0, 3)
      .map((e) => `${e.pointer} ${e.message}`)
      .join('; ');
    throw new CvInputError(
      'invalid-document',
      `The CV document is not consistent: ${first}${errors.length > 3 ? '; …' : ''}.`,
      { fieldErrors: errors },
    );
  }
  return normalised;
}
