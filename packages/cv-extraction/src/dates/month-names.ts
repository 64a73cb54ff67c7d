/**
 * The one table of month names: every full name and the abbreviations CVs write, folded (lower
 * case, no accents), in English, Spanish, French, German, Portuguese, Italian, Dutch and Swedish.
 * The date reader (`readCvDate`) and the offline extractor's date finder both read months from here.
 */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'janvier', 'janv', 'januar', 'janner', 'janeiro', 'gennaio', 'gen', 'januari'],
  ['february', 'feb', 'febrero', 'fevrier', 'fevr', 'fev', 'februar', 'fevereiro', 'febbraio', 'februari'],
  ['march', 'mar', 'marzo', 'mars', 'marz', 'maerz', 'mrz', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'mai', 'maio', 'maggio', 'mag', 'mei', 'maj'],
  ['june', 'jun', 'junio', 'juin', 'juni', 'junho', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'juillet', 'juil', 'juli', 'julho', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'aout', 'augustus', 'augusti'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'septembre', 'setembro', 'set', 'settembre'],
  ['october', 'oct', 'octubre', 'octobre', 'oktober', 'okt', 'outubro', 'out', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembre', 'novembro'],
  ['december', 'dec', 'diciembre', 'dic', 'decembre', 'dezember', 'dez', 'dezembro', 'dicembre'],
];

/** Every name and abbreviation in the table → its month (1–12). */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/**
 * `MONTH_NAMES`, and every prefix of at least three letters that names one month only (`septem`,
 * `janu`, `févri`, …; `jui` is June or July, so it is not one): how a word in a date is read.
 */
const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const candidates = new Map<string, Set<number>>();
  for (const [name, month] of MONTH_NAMES) {
    for (let length = 3; length <= name.length; length++) {
      const prefix = name.slice(0, length);
      const months = candidates.get(prefix) ?? new Set<number>();
      months.add(month);
      candidates.set(prefix, months);
    }
  }
  const words = new Map<string, number>();
  for (const [word, months] of candidates) if (months.size === 1) words.set(word, [...months][0]!);
  return words;
})();

/** The month a folded word names, if it names one. */
export function monthOfWord(word: string): number | undefined {
  return MONTH_WORDS.get(word);
}
