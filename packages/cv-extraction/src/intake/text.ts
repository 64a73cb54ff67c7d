import secureJson from 'secure-json-parse';
import type { InspectedFile } from '../extractor.js';
import { notACv, unprocessable, unsupported } from './refusals.js';

/** Cuts text to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// C0 controls other than TAB, LF, VT, FF and CR; DEL; and the C1 block.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x01-\x08\x0e-\x1f\x7f-\x9f]/g;
/** Share of control characters above which "text" is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

function looksLikeBomlessUtf16(bytes: Buffer): boolean {
  // Mostly-ASCII UTF-16 has a NUL in every other byte.
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 8) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = Math.floor(sample.length / 2);
  return Math.max(evenNuls, oddNuls) > pairs * 0.7 && Math.min(evenNuls, oddNuls) < pairs * 0.05;
}

function looksLikeLegacyText(bytes: Buffer): boolean {
  // Not UTF-8, but printable single-byte text (Latin-1, Windows-1252…): no NULs and few controls.
  const sample = bytes.subarray(0, 65_536);
  let suspicious = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f)
      suspicious++;
  }
  return suspicious <= sample.length * MAX_CONTROL_SHARE;
}

const BINARY = { type: 'binary', description: 'binary data of a type that is not supported' };

/**
 * Decodes an upload as text: UTF-8 (with or without a byte-order mark) or UTF-16 with a BOM.
 * Anything else is refused: NULs or control characters mean binary data (415), undecodable bytes
 * mean an encoding we do not guess at (415, with how to fix it).
 */
export function decodeText(bytes: Buffer): string {
  let text: string;
  const bom16 = bytes.length >= 2 ? bytes.readUInt16BE(0) : 0;
  if (bom16 === 0xfffe || bom16 === 0xfeff) {
    if (bytes.length >= 4 && bom16 === 0xfffe && bytes[2] === 0 && bytes[3] === 0) {
      throw unsupported({
        type: 'utf-32-text',
        description: 'text encoded as UTF-32',
        hint: 'save it as UTF-8 and upload again',
      });
    }
    const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    if (bom16 === 0xfeff) body.swap16();
    try {
      text = new TextDecoder('utf-16le', { fatal: true }).decode(body);
    } catch (error) {
      throw unprocessable(
        'corrupt',
        'The file is UTF-16 text with invalid characters in it; save it as UTF-8 and upload again.',
        error,
      );
    }
  } else {
    const start = UTF8_BOM.every((value, index) => bytes[index] === value) ? 3 : 0;
    const body = bytes.subarray(start);
    if (body.includes(0)) {
      throw unsupported(
        looksLikeBomlessUtf16(body)
          ? {
              type: 'utf-16-text',
              description: 'UTF-16 text without a byte-order mark',
              hint: 'save it as UTF-8 and upload again',
            }
          : BINARY,
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw unsupported(
        looksLikeLegacyText(body)
          ? {
              type: 'legacy-encoded-text',
              description: 'text in a legacy encoding (not UTF-8)',
              hint: 'save it as UTF-8 and upload again',
            }
          : BINARY,
      );
    }
  }
  if (text.includes('\0')) throw unsupported(BINARY);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) throw unsupported(BINARY);
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The Markdown heuristic. Plain-text CVs use bullets, underlines and quotes too, so those only
 * count together; constructs plain text never uses count on their own:
 *
 * | signal                                              | weight |
 * |-----------------------------------------------------|--------|
 * | an ATX heading (`# Name`, `## Work`)                | 3      |
 * | `**strong**` or `__strong__`                        | 3      |
 * | an inline link `[text](https://…)`                  | 3      |
 * | a fenced code block (```)                           | 3      |
 * | two or more list items (`- `, `* `, `+ `, `1.`)     | 1      |
 * | a setext underline (`===` or `---` under a line)    | 1      |
 * | a block quote (`> `)                                | 1      |
 *
 * Markdown when the weights add up to 3 or more; plain text otherwise. Lines are tested one by
 * one with anchored or bounded patterns, so the check is linear in the text's length (an
 * unbounded `[^\n]*?` over a hostile 200,000-character line backtracks quadratically).
 */
export function looksLikeMarkdown(text: string): boolean {
  const found = new Set<string>();
  let listItems = 0;
  let previousHasText = false;
  for (const line of text.split('\n')) {
    if (/^ {0,3}#{1,6}[ \t]+\S/.test(line)) found.add('heading');
    else if (/^ {0,3}```/.test(line)) found.add('fence');
    else if (previousHasText && /^ {0,3}(?:=+|-{2,})[ \t]*$/.test(line)) found.add('setext');
    else if (/^ {0,3}>[ \t]/.test(line)) found.add('quote');
    else if (/^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S/.test(line) && ++listItems >= 2) found.add('list');
    if (/(\*\*|__)(?=\S)[^\n]{0,200}?\S\1/.test(line)) found.add('strong');
    if (/\[[^\]\n]{1,200}\]\((?:https?:|mailto:|\/|#)/.test(line)) found.add('link');
    previousHasText = /\S/.test(line);
  }
  const weights: Record<string, number> = { heading: 3, strong: 3, link: 3, fence: 3, list: 1, setext: 1, quote: 1 };
  let score = 0;
  for (const signal of found) score += weights[signal] ?? 0;
  return score >= 3;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (isPlainObject(value)) {
    const keys = Object.keys(value).slice(0, 5);
    return keys.length ? `an object with ${keys.map((k) => `"${k}"`).join(', ')}` : 'an empty object';
  }
  return `a ${typeof value}`;
}

const NOT_JSON_RESUME =
  'A JSON Resume document is an object with at least "basics" (an object) or "work" (a list); see https://jsonresume.org/schema.';

/** A JSON upload: a JSON Resume document, or a `not-a-cv` refusal that says why not. */
function inspectJson(text: string): InspectedFile {
  let value: unknown;
  try {
    value = secureJson.parse(text, null, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw unprocessable('invalid-json', `The file looks like JSON but is not valid JSON (${message}).`, error);
  }
  const isResume =
    isPlainObject(value) &&
    (isPlainObject(value['basics']) || (Array.isArray(value['work']) && value['work'].length > 0));
  if (!isResume) {
    throw notACv(`The file is JSON (${describeJson(value)}) but not a JSON Resume document. ${NOT_JSON_RESUME}`);
  }
  return { kind: 'jsonresume', mediaType: 'application/json', json: value };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const MARKUP: { test: RegExp; type: string; description: string }[] = [
  { test: /^<svg[\s>]/i, type: 'svg', description: 'an SVG image' },
  { test: /^<(?:!doctype\s+html|html)[\s>]/i, type: 'html', description: 'an HTML page' },
  { test: /^<\?xml[\s?]/i, type: 'xml', description: 'an XML document' },
];

/** Decides what an uploaded text is: JSON Resume, Markdown or plain text (or refuses it). */
export function inspectText(bytes: Buffer, maxTextChars: number): InspectedFile {
  const text = decodeText(bytes);
  const start = text.trimStart();
  if (start.length === 0)
    throw unprocessable('empty', 'The file contains only blank space: there is no CV text in it.');
  if (start.startsWith('{')) return inspectJson(start);
  // `[` also starts Markdown (`[Name](https://…)`): only a parseable JSON array counts as JSON.
  if (start.startsWith('[') && isJson(start)) return inspectJson(start);
  for (const markup of MARKUP) {
    if (markup.test.test(start)) {
      throw unsupported({
        type: markup.type,
        description: markup.description,
        hint: 'save the CV as PDF or plain text',
      });
    }
  }
  if (start.startsWith('#!/')) {
    throw unsupported({ type: 'script', description: 'a script', hint: 'only documents and images are accepted' });
  }
  const kept = capText(text.startsWith('\ufeff') ? text.slice(1) : text, maxTextChars);
  return looksLikeMarkdown(kept)
    ? { kind: 'markdown', mediaType: 'text/markdown', text: kept }
    : { kind: 'text', mediaType: 'text/plain', text: kept };
}
