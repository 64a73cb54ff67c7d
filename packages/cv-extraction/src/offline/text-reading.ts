import { collapseLetterSpacing } from './letter-spacing.js';
import { splitLongLine, trimEndChars } from './linear-text.js';
import { plainLine, type ReadDocument, type TextLine } from './types.js';

/**
 * Plain text, Markdown and the text intake read from Word files, as lines. Blank lines become
 * paragraph breaks; in Markdown a `#` heading is a strong section signal and a line in bold a
 * weaker one (an entry's title, often), and the markup itself is removed.
 */
export function readText(text: string, options: { markdown: boolean }): ReadDocument {
  const lines: TextLine[] = [];
  let gap = 1;
  for (const rawLine of readerLines(text)) {
    let raw = rawLine.trimEnd();
    if (raw.trim().length === 0 || /^\s*(?:[-=_*]\s*){3,}$/.test(raw)) {
      gap = 1;
      continue;
    }
    let markedHeading = false;
    let font = '';
    if (options.markdown) {
      const heading = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(raw);
      if (heading) {
        markedHeading = heading[1]!.length >= 2 || lines.length > 0;
        font = `h${heading[1]!.length}`;
        raw = withoutClosingHashes(heading[2]!);
      }
      if (/^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$/.test(raw)) font ||= 'bold';
      raw = stripMarkdown(raw);
    }
    // Spreadsheets-turned-CVs and Word tables separate cells with runs of spaces.
    const cells = raw
      .trim()
      .split(/ {3,}|\t+/)
      .map((c) => collapseLetterSpacing(c));
    const joined = cells
      .map((c) => c.text.trim())
      .filter((c) => c.length > 0)
      .join('\t');
    if (!joined) continue;
    lines.push(
      plainLine(joined, {
        gapBefore: gap,
        markedHeading,
        font,
        letterSpaced: cells.some((c) => c.spaced),
        size: font.startsWith('h') ? 20 - Number(font.slice(1)) * 2 : 0,
      }),
    );
    gap = 0;
  }
  return { lines, layout: 'text', bodyFont: '', bodySize: 0 };
}

/**
 * Lines as the reader takes them: a line longer than `MAX_LINE_CHARS` is split into several (its
 * text kept), so that no rule after this ever runs on an unbounded line.
 */
function readerLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => splitLongLine(normaliseOddSpaces(line)));
}

/** No-break, em and other spaces as plain ones, so runs of them split cells like spaces do. */
function normaliseOddSpaces(line: string): string {
  return line.replace(/[^\S\t ]/g, ' ');
}

/**
 * A closing sequence of `#` ("## Skills ##") is dropped when a space precedes it, as CommonMark
 * reads it. A scan from the end, not a regex: `\s*#*\s*$` after a lazy `.*?` backtracked cubically.
 */
function withoutClosingHashes(content: string): string {
  const trimmed = content.trimEnd();
  const hashes = trimEndChars(trimmed, '#', false);
  if (hashes.length === trimmed.length) return trimmed;
  if (hashes.length === 0) return '';
  return /\s$/.test(hashes.slice(-1)) ? hashes.trimEnd() : trimmed;
}

// Brackets, parentheses and delimiters are excluded from the spans below, so that each opening
// is scanned only up to the next one: a line of many unclosed "![" or " _" stays linear.
function stripMarkdown(value: string): string {
  return value
    .replace(/!\[[^\][]*\]\([^()]*\)/g, '')
    .replace(/\[([^\][]+)\]\((mailto:)?([^()\s]+)\)/g, (_, label: string, _mailto: string | undefined, url: string) =>
      label.includes(url.replace(/^https?:\/\//, '')) || url.includes('@') ? label : `${label} ${url}`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^\s*_](?:[^*_]*[^\s*_])?)[*_](?=[\s).,;:]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*>\s?/, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/^\s*\|(.*)\|\s*$/, (_, inner: string) =>
      inner
        .split('|')
        .map((c) => c.trim())
        .join('\t'),
    );
}
