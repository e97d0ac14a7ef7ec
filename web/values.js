/**
 * What the page says about values and times. Values themselves are never formatted or parsed here: the API
 * sends each with its `valueText` (the value grammar's wording, the same as the CLI's) and reads a correction
 * as the text the reviewer typed, answering 400 with the problem when it is not a value of the right kind.
 */

/** What kind of value a correction replaces, for the editor's hint only: `figure`, `date`, `text`, or `other`. */
export function shapeOf(value) {
  if (!value || typeof value !== 'object') return 'other';
  if (typeof value.unit === 'string') return 'figure';
  if ('date' in value) return 'date';
  if (typeof value.text === 'string') return 'text';
  return 'other';
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
