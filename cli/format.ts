/** Human-readable rendering of values, for terminal output only (JSON output never uses these). */

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

export function formatNumber(n: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) >= size) return `${+(n / size).toFixed(3)} ${word}`;
  }
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** `{amount: 550e9, unit: 'USD'}` → `550 billion USD`; `{date}` → the date; `{name, role}` → `Name (role)`. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  const unit = typeof v.unit === 'string' ? (v.unit === '%' ? '%' : ` ${v.unit}`) : '';
  if (typeof v.amount === 'number') return `${formatNumber(v.amount)}${unit}`;
  if (typeof v.min === 'number' && typeof v.max === 'number') return `${formatNumber(v.min)}–${formatNumber(v.max)}${unit}`;
  if ('date' in v) return v.date === null ? 'unresolved date' : String(v.date);
  if (typeof v.text === 'string') return v.text;
  if (typeof v.name === 'string') {
    const extras = [v.role, v.org, v.sponsor, v.location].filter((x): x is string => typeof x === 'string' && x !== '');
    return extras.length > 0 ? `${v.name} (${extras.join(', ')})` : v.name;
  }
  return JSON.stringify(value);
}

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
