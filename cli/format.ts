/** Human-readable rendering of values, for terminal output only (JSON output never uses these). */

/** Values are written by the value grammar, the same wording the API's `valueText` and the page show. */
export { formatValue } from '../lexicon/value-grammar.js';

/** Left-aligned columns; the last column is never padded. */
export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
