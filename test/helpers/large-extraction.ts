/**
 * The 5 MB extraction of `test/extract/robustness.test.ts`, run in a child process of its own
 * (`node --import tsx test/helpers/large-extraction.ts`): one synchronous extraction of minutes on a
 * loaded machine would block the test worker's event loop, and vitest's worker messages time out
 * ("Timeout calling onTaskUpdate") even though the test passes. Prints one JSON line: the text's
 * length and the number of claims, each checked as `checkClaims` checks them; exits 1 with the
 * reason on the first bad claim.
 */
import { extractClaims } from '../../extract/index.js';
import { ClaimDraft } from '../../model/claim.js';

/** Extracts claims and checks each: its span inside the text, its quote exactly its slice, its schema. Returns how many. */
export function checkClaims(text: string, published: string | null): number {
  const claims = extractClaims({ text, published });
  for (const c of claims) {
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= text.length)) {
      throw new Error(`span ${c.start}-${c.end} outside a text of ${text.length}: ${JSON.stringify(c)}`);
    }
    if (c.quote !== text.slice(c.start, c.end)) throw new Error(`quote ${JSON.stringify(c.quote)} is not its slice at ${c.start}-${c.end}`);
    const parsed = ClaimDraft.safeParse(c);
    if (!parsed.success) throw new Error(`invalid claim ${JSON.stringify(c)}: ${parsed.error.message}`);
  }
  return claims.length;
}

/** A fixed pseudo-random walk over `pieces`, joined by spaces, until it is at least `size` characters: the same text every run. */
export function walkText(pieces: readonly string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let seed = 7; length < size; ) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const piece = pieces[seed % pieces.length]!;
    parts.push(piece);
    length += piece.length + 1;
  }
  return parts.join(' ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pieces = JSON.parse(process.argv[2] ?? '[]') as string[];
  const text = walkText(pieces, Number(process.argv[3] ?? 5_000_000));
  process.stdout.write(`${JSON.stringify({ length: text.length, claims: checkClaims(text, '2025-07-23') })}\n`);
}
