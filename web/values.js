/**
 * Values as the page shows them, and (until the API reads correction text itself) as the editor reads them.
 * Claim and fact values are the API's FactValue: {amount, unit}, {min, max, unit}, {date}, {text}, or a
 * person/project record with a name.
 */

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 550000000000 → "550 billion"; keeps every digit (falls back to 550,123,456,789 when a word would round). */
export function formatNumber(n) {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) < size) continue;
    const q = n / size;
    if (Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6) return `${numberFormat.format(q)} ${word}`;
    break;
  }
  return numberFormat.format(n);
}

/** A claim or fact value as one line of text. */
export function formatValue(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  if (typeof value.name === 'string') {
    const extras = [value.role, value.org, value.sponsor && `sponsor ${value.sponsor}`, value.location, value.amount && formatValue(value.amount)].filter(Boolean);
    return extras.length ? `${value.name} (${extras.join(', ')})` : value.name;
  }
  if (typeof value.min === 'number' && typeof value.max === 'number') return `${formatNumber(value.min)}–${formatNumber(value.max)} ${value.unit}`;
  if (typeof value.amount === 'number') return `${formatNumber(value.amount)} ${value.unit}`;
  if ('date' in value) return value.date ?? 'unresolved date';
  if (typeof value.text === 'string') return value.text;
  return JSON.stringify(value);
}

/** The value as the edit box accepts it back (see `parseValue`). */
export function valueAsInput(value) {
  if (!value || typeof value !== 'object') return '';
  if (typeof value.min === 'number' && typeof value.max === 'number') return `${value.min}-${value.max} ${value.unit}`;
  if (typeof value.amount === 'number' && typeof value.unit === 'string') return `${value.amount} ${value.unit}`;
  if (typeof value.date === 'string') return value.date;
  if (typeof value.text === 'string') return value.text;
  return '';
}

const NUMBER = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+`;
const SCALE_WORDS = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY_SIGNS = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const FIGURE = new RegExp(
  `^([$€£¥])?\\s*(${NUMBER})(?:\\s*(?:-|–|to)\\s*[$€£¥]?\\s*(${NUMBER}))?\\s*(thousand|million|billion|trillion|bn|mn|tn)?\\b\\s*(.*)$`,
  'i',
);

/**
 * Reads a corrected value as the API's FactValue, in the shape of the value it replaces (`shape`: the fact's
 * current value, else the claim's):
 *   a figure: "15 %", "15%", "42,000 jobs", "550 billion USD", "$550 billion" → {amount, unit};
 *             "10-15 %", "10 to 15 %" → {min, max, unit}; a bare number keeps the old unit;
 *   a date:   "2025-09-19", "2025-09", "2025" → {date};
 *   text:     anything → {text}.
 * With no shape to follow: YYYY-MM-DD is a date, a number with a unit a figure, the rest text.
 * @returns {{ value: object } | { error: string }}
 */
export function parseValue(raw, shape) {
  const input = raw.trim().replace(/\s+/g, ' ');
  if (input === '') return { error: 'type a value first' };
  const kind = shapeOf(shape);
  if (kind === 'text') return { value: { text: input } };
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(input);
  if (date && (kind === 'date' || (kind === null && date[2] !== undefined))) {
    const month = date[2] === undefined ? 1 : Number(date[2]);
    const day = date[3] === undefined ? 1 : Number(date[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return { error: `${input} is not a date (YYYY-MM-DD)` };
    return { value: { date: input } };
  }
  if (kind === 'date') return { error: `${input} is not a date: type YYYY-MM-DD, YYYY-MM or YYYY` };
  const figure = FIGURE.exec(input);
  if (figure) {
    const [, sign, first, second, scaleWord, rest] = figure;
    const scale = scaleWord ? SCALE_WORDS[scaleWord.toLowerCase()] : 1;
    const read = (s) => Number((Number(s.replaceAll(',', '')) * scale).toPrecision(15));
    const unit = unitOf(sign ? CURRENCY_SIGNS[sign] : rest, shape?.unit);
    if (unit) return { value: second === undefined ? { amount: read(first), unit } : { min: read(first), max: read(second), unit } };
    if (kind === 'figure') return { error: `give ${input} a unit, e.g. "${input} %" or "${input} USD"` };
  }
  if (kind === 'figure') return { error: `${input} is not a figure: type a number and a unit, e.g. "15 %" or "550 billion USD"` };
  return { value: { text: input } };
}

/** What a value is: `figure`, `date`, `text`, or null when unknown (person and project claims hold richer values). */
export function shapeOf(value) {
  if (!value || typeof value !== 'object') return null;
  if (typeof value.unit === 'string') return 'figure';
  if ('date' in value) return 'date';
  if (typeof value.text === 'string') return 'text';
  return null;
}

const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'CAD', 'AUD', 'CHF', 'TWD', 'HKD', 'SGD', 'MXN', 'BRL']);

/** Units as the extractor writes them: ISO codes upper case, `%`, else the singular noun in lower case. */
export function unitOf(raw, hint) {
  const text = (raw ?? '').trim();
  if (text === '') return typeof hint === 'string' ? hint : null;
  if (/^(%|percent|per cent|pc|percentage points?|pp)$/i.test(text)) return '%';
  if (CURRENCY_CODES.has(text.toUpperCase()) || (/^[A-Z]{3}$/.test(text))) return text.toUpperCase();
  const lower = text.toLowerCase();
  if (typeof hint === 'string' && (lower === `${hint}s` || lower === `${hint}es`)) return hint;
  return lower;
}

export function formatWhen(iso) {
  if (!iso) return 'now';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
}

export function validSpan(from, to) {
  if (!from && !to) return 'any time';
  return `${from ?? '…'} → ${to ?? 'now'}`;
}

/** What a review did, as a past participle. */
export const DONE = { accept: 'accepted', reject: 'rejected', correct: 'corrected', withdraw: 'withdrawn' };
