/**
 * People's names as words, and when two are one name printed two ways: what entities (`entities.ts`) and an
 * office's values (`value-agreement.ts`, `personNames`) compare. No lexicon, so value agreement loads no NLP. Pure.
 */

/** Joining words inside a name: `Bank of America`, `Securities and Exchange Commission`. */
export const JOINERS = new Set(['of', 'and', '&', 'de', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'al', 'bin', 'for', 'the']);

/** Lower-case, accent-free words of a name in order, without punctuation (`U.S.` → `us`, `O'Neil` → `oneil`). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w !== '');
}

/**
 * Two given names that may be one name printed two ways: an initial of the other (`R.` / `Rosa`), the
 * same first two letters (`Jon` / `Jonathan`), or one edit apart (two for names of six letters or more).
 */
export function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.slice(0, 2) === b.slice(0, 2)) return true;
  return editDistance(a, b) <= (Math.min(a.length, b.length) >= 6 ? 2 : 1);
}

/**
 * Two names, as `nameWords` reads them, that are one person's name printed two ways when something else says it
 * is one person (an office both hold at once, a context that agrees): the same surname and the same middle words
 * (joining words such as `al` or `van` aside: `Nouri Maliki` = `Nuri al-Maliki`), and given names that differ but
 * agree (`givenNamesAgree`: `Nuri` / `Nouri`, `Jon` / `Jonathan`). Two people who share only a surname (`George
 * Bush` / `Jeb Bush`), or whose middle names differ (`George W. Bush` / `George H. W. Bush`), are two names.
 */
export function spelledAlike(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2 || a[0] === b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const middle = (words: readonly string[]) => words.slice(1, -1).filter((w) => !JOINERS.has(w)).join(' ');
  return middle(a) === middle(b) && givenNamesAgree(a[0]!, b[0]!);
}

/** Levenshtein distance (small words only: given names and surnames). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}
