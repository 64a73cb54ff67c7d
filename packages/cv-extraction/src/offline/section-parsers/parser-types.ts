import type { DocStyle } from '../entries.js';
import type { Section } from '../segmentation.js';

export interface ParseContext {
  doc: DocStyle;
  language: string;
}

/** A parsed section and the text it could not place (kept as unclassified text). */
export interface Parsed<T> {
  value: T | undefined;
  leftover: string[];
  /** 0..1: how sure the parser is that it read the section right. */
  confidence: number;
}

export type SectionParser<T> = (section: Section, context: ParseContext) => Parsed<T>;

export function titleOf(section: Section): { sectionTitle?: string } {
  return section.title ? { sectionTitle: section.title } : {};
}
