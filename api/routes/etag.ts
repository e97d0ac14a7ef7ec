import { InputError } from '../../errors.js';

/** A revision as a strong ETag: `"3"`. */
export function etag(revision: number): string {
  return `"${revision}"`;
}

/**
 * The revision an `If-Match` header names: `"3"`, `W/"3"` or `3`.
 * @throws InputError when the header is not one revision (`*` and lists are refused: a review names what it saw).
 */
export function revisionOf(header: string, target: string): number {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new InputError(target, `If-Match must be the revision from the target's ETag (e.g. "3"), got ${JSON.stringify(header.slice(0, 40))}`);
  return Number(match[1]);
}
