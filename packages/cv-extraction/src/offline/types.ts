/** The offline extractor's intermediate forms: a document as lines in reading order. */

export type LayoutKind = 'single-column' | 'two-column' | 'sidebar-left' | 'sidebar-right' | 'text';

/** Where a line sits: the full width (header), the main column, or a narrow sidebar. */
export type LineRegion = 'full' | 'main' | 'side';

export interface TextLine {
  text: string;
  page: number;
  region: LineRegion;
  /** Left edge in points (PDF), 0 when unknown. */
  x: number;
  /** Right edge in points (PDF), 0 when unknown. */
  right: number;
  /** Font size in points, 0 when unknown (plain text). */
  size: number;
  /** The line's dominant font (PDF), '' when unknown. */
  font: string;
  /** Space above the line, in line heights: a paragraph or entry break shows as ≥ 1. */
  gapBefore: number;
  /** Markdown `#` heading, or a DOCX/plain-text line the reader marked as a heading. */
  markedHeading: boolean;
  /** Came from a letter-spaced run ("E X P E R I E N C E"). */
  letterSpaced: boolean;
  /**
   * The link target the line's text carries in the PDF (an http(s) or mailto URL): a sidebar's
   * "LinkedIn" or icon shows no address, only its Link annotation holds it.
   */
  url?: string;
  /**
   * The linked captions of a line that holds links to two or more targets ("LinkedIn, Pinterest"
   * with a link over each word), each caption with its own target.
   */
  links?: { text: string; url: string }[];
  /** A row with a wide gap (read as a tab): where its first cell ends and the next begins (PDF). */
  firstCellRight?: number;
  /** The line runs to the page's right edge (PDF): the page cut it, its last word may be partial. */
  clipped?: boolean;
  secondCellX?: number;
}

export interface ReadDocument {
  lines: TextLine[];
  layout: LayoutKind;
  /** The body font (most characters), to tell emphasised lines from body text. */
  bodyFont: string;
  bodySize: number;
  /** The CV's language once detected (`meta.language`): some layout cues differ by language. */
  language?: string;
}

export function plainLine(text: string, overrides: Partial<TextLine> = {}): TextLine {
  return {
    text,
    page: 1,
    region: 'main',
    x: 0,
    right: 0,
    size: 0,
    font: '',
    gapBefore: 0,
    markedHeading: false,
    letterSpaced: false,
    ...overrides,
  };
}
