import { collapseLetterSpacing } from './letter-spacing.js';
import { plainLine, type ReadDocument, type TextLine } from './types.js';

/**
 * Plain text, Markdown and the text intake read from Word files, as lines. Blank lines become
 * paragraph breaks; in Markdown a `#` heading is a strong section signal and a line in bold a
 * weaker one (an entry's title, often), and the markup itself is removed.
 */
export function readText(text: string, options: { markdown: boolean }): ReadDocument {
  const lines: TextLine[] = [];
  let gap = 1;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    let raw = rawLine.replace(/\s+$/, '');
    if (raw.trim().length === 0 || /^\s*(?:[-=_*]\s*){3,}$/.test(raw)) {
      gap = 1;
      continue;
    }
    let markedHeading = false;
    let font = '';
    if (options.markdown) {
      const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
      if (heading) {
        markedHeading = heading[1]!.length >= 2 || lines.length > 0;
        font = `h${heading[1]!.length}`;
        raw = heading[2]!;
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

function stripMarkdown(value: string): string {
  return value
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((mailto:)?([^)\s]+)\)/g, (_, label: string, _mailto: string | undefined, url: string) =>
      label.includes(url.replace(/^https?:\/\//, '')) || url.includes('@') ? label : `${label} ${url}`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:]|$)/g, '$1$2')
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
