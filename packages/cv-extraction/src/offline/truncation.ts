import type { ExtractionSignals } from '../extractor.js';
import type { TextLine } from './types.js';

/**
 * Values that end where the page cut a line off (text running past the PDF's right edge, as in a
 * Markdown export whose long lines were never wrapped): the words are what the page shows, but the
 * last one may be incomplete, so the value is flagged for the person to check in the editor.
 */

type Flag = ExtractionSignals['flagged_values'][number];

const TRUNCATED = 'truncated: the line runs off the edge of the page, so its last word may be cut off';

/** The last words of a clipped line: enough to find it again inside a value, rarely anywhere else. */
function tailOf(line: TextLine): string | undefined {
  const words = line.text.replace(/\t/g, ' ').trim().split(/\s+/);
  const tail = words.slice(-3).join(' ');
  return tail.length >= 8 ? tail : undefined;
}

const pointerPart = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

function walk(value: unknown, pointer: string, visit: (pointer: string, text: string) => void): void {
  if (typeof value === 'string') visit(pointer, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${i}`, visit));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${pointerPart(k)}`, visit);
}

export function truncatedValues(data: object, lines: readonly TextLine[]): Flag[] {
  const tails = new Set<string>();
  const clipped: string[] = [];
  for (const line of lines) {
    if (!line.clipped) continue;
    clipped.push(line.text.trimEnd());
    const tail = tailOf(line);
    if (tail) tails.add(tail);
  }
  if (clipped.length === 0) return [];
  const endings = new Set<string>();
  for (const line of clipped) {
    endings.add(line.trim());
    for (const at of [line.lastIndexOf(','), line.lastIndexOf(':'), line.lastIndexOf(';'), line.lastIndexOf('\t')])
      if (at >= 0) endings.add(line.slice(at + 1).trim());
  }
  const flags: Flag[] = [];
  walk(data, '', (pointer, text) => {
    if (pointer.startsWith('/meta') || pointer === '/unclassifiedText') return;
    // A short item that ends a clipped line ("…, Medication A" → the skill "Medication A"): looked up
    // by the clipped lines' endings after a separator, not by scanning every line for every value.
    if (text.length >= 3 && endings.has(text)) {
      flags.push({ pointer, value: text, reason: TRUNCATED });
      return;
    }
    for (const tail of tails) {
      const at = text.indexOf(tail);
      // The tail ends the value, or a list item cut from it ("…, Medication A").
      if (at >= 0 && (at + tail.length === text.length || /^[\s,;)]/.test(text.slice(at + tail.length)))) {
        flags.push({ pointer, value: text, reason: TRUNCATED });
        return;
      }
    }
  });
  return flags;
}

/** Sections holding a flagged value are less certain: the editor highlights them. */
export function lowerConfidence(confidence: Record<string, number>, flags: readonly Flag[], ceiling = 0.5): void {
  for (const flag of flags) {
    const section = flag.pointer.split('/')[1];
    if (section && confidence[section] !== undefined) confidence[section] = Math.min(confidence[section], ceiling);
  }
}
