/**
 * Designed CVs letter-space their titles ("E X P E R I E N C E", "J A N U A R Y 2 0 1 9"). The
 * PDF holds them as single letters with spaces, so they are joined back; words stay apart where
 * the text has two spaces or where the PDF split it into separate pieces.
 */
export function collapseLetterSpacing(value: string): { text: string; spaced: boolean } {
  const trimmed = value.trim();
  const tokens = trimmed.split(/ +/);
  if (tokens.length < 4) return { text: value, spaced: false };
  const singles = tokens.filter((t) => [...t].length === 1).length;
  if (singles / tokens.length < 0.7) return { text: value, spaced: false };
  const text = trimmed
    .split(/ {2,}/)
    .map((word) => word.replace(/ /g, ''))
    .join(' ')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .replace(/\s*([—–])\s*/gu, ' $1 ')
    .trim();
  return { text, spaced: true };
}
