import { matchHeading, type HeadingKey, type HeadingMatch } from './section-headings.js';
import { headingKey, isAllCaps, isBullet } from './text-utils.js';
import type { ReadDocument, TextLine } from './types.js';

/**
 * Cuts the document's lines into sections at their headings. Lines before the first heading (and
 * before the first heading of a sidebar) are the preamble: name, title and contact details.
 */

export interface Section {
  key: HeadingKey;
  /** The heading as the CV wrote it. */
  title: string;
  match: HeadingMatch;
  lines: TextLine[];
}

export interface Segmented {
  preamble: TextLine[];
  sections: Section[];
}

export function isEmphasised(line: TextLine, doc: Pick<ReadDocument, 'bodyFont' | 'bodySize'>): boolean {
  if (line.markedHeading || line.letterSpaced || line.font === 'bold') return true;
  if (doc.bodySize > 0 && line.size >= doc.bodySize * 1.15) return true;
  return doc.bodyFont !== '' && line.font !== '' && line.font !== doc.bodyFont;
}

function headingAt(
  lines: TextLine[],
  i: number,
  doc: ReadDocument,
): { match: HeadingMatch; title: string; consumed: number; rest?: TextLine } | undefined {
  const line = lines[i]!;
  const emphasised = isEmphasised(line, doc);
  if (isBullet(line.text)) return undefined;
  if (line.text.includes('\t')) {
    // A label column ("SKILLS ⇥ Cardio Training ⇥ Expert"): the heading is the first cell when it
    // is exactly a heading; its row's other cells are the section's first line.
    const first = line.text.split('\t')[0]!;
    const match = matchHeading(first, { emphasised });
    if (!match) return undefined;
    if (headingKey(first).replace(/ /g, '') === match.phrase.replace(/ /g, '')) {
      return { match, title: restoreTitle(first, match, line.letterSpaced), consumed: 1 };
    }
  }
  const next = lines[i + 1];
  // A heading broken over two lines ("EMPLOYMENT" / "HISTORY"), in a label column also when the
  // second line carries the first cell of the content ("HISTORY ⇥ Marketing Assistant at ABSA").
  const nextFirst = next?.text.split('\t')[0] ?? '';
  const labelColumn = next !== undefined && nextFirst !== next.text && line.letterSpaced && next.letterSpaced;
  if (
    next &&
    next.region === line.region &&
    (next.size === line.size || labelColumn) &&
    (next.font === line.font || labelColumn) &&
    line.text.length < 30
  ) {
    const joined = `${line.text} ${nextFirst}`;
    const both = matchHeading(joined, { emphasised });
    if (both && headingKey(joined).split(' ').length === both.phrase.split(' ').length) {
      const rest = next.text.slice(nextFirst.length).trim();
      return {
        match: both,
        title: restoreTitle(joined, both, line.letterSpaced || next.letterSpaced),
        consumed: 2,
        ...(rest && { rest: { ...next, text: rest, markedHeading: false } }),
      };
    }
  }
  const match = matchHeading(line.text, { emphasised });
  if (!match) return undefined;
  // A heading is followed by its content: a last line or one followed by another heading is
  // still a heading, but a body-font line matching only loosely is not.
  return { match, title: restoreTitle(line.text, match, line.letterSpaced), consumed: 1 };
}

/** Letter-spaced headings lost their word breaks: the dictionary phrase gives them back. */
function restoreTitle(text: string, match: HeadingMatch, spaced: boolean): string {
  const clean = text.replace(/\s*[:：]\s*$/, '').trim();
  if (!spaced || /\s/.test(clean) || !match.phrase.includes(' ')) return clean;
  if (headingKey(clean).replace(/ /g, '') !== match.phrase.replace(/ /g, '')) return clean;
  const restored = match.phrase.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return isAllCaps(clean) ? restored.toUpperCase() : restored;
}

/** "Skills: Python, SQL" on one line in a text CV: a heading with its content. */
const INLINE_KEYS: ReadonlySet<HeadingKey> = new Set(['skills', 'languages', 'hobbies']);

export function segment(doc: ReadDocument): Segmented {
  const preamble: TextLine[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    if (previous && previous.region !== line.region && previous.region !== 'full' && current) {
      // A new column or sidebar starts: the section above does not run on into it.
      current = undefined;
    }
    const heading = headingAt(lines, i, doc);
    if (heading) {
      current = { key: heading.match.key, title: heading.title, match: heading.match, lines: [] };
      sections.push(current);
      i += heading.consumed - 1;
      if (heading.rest) current.lines.push(heading.rest);
      else if (line.text.includes('\t') && heading.consumed === 1) {
        const rest = line.text.split('\t').slice(1).join('\t').trim();
        if (rest) current.lines.push({ ...line, text: rest, markedHeading: false });
      }
      continue;
    }
    const inline = /^([^:]{3,40}):\s+(\S.*)$/.exec(line.text);
    if (inline && !isBullet(line.text)) {
      const match = matchHeading(inline[1]!, { emphasised: true });
      const inSection = current?.key;
      if (
        match &&
        INLINE_KEYS.has(match.key) &&
        inSection !== match.key &&
        inSection !== 'experience' &&
        inSection !== 'projects' &&
        inSection !== 'education' &&
        inSection !== 'skills'
      ) {
        current = { key: match.key, title: inline[1]!.trim(), match, lines: [{ ...line, text: inline[2]! }] };
        sections.push(current);
        continue;
      }
    }
    if (current) current.lines.push(line);
    else preamble.push(line);
  }
  return { preamble, sections };
}
