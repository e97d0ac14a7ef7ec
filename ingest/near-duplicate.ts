/**
 * Near-duplicate detection by MinHash over word shingles, with LSH banding
 * so that a store finds candidates by exact band matches instead of
 * comparing every pair. Pure.
 *
 * Syndicated and lightly rewritten copies share most 3-word shingles; the
 * fraction of equal MinHash slots estimates that overlap (Jaccard). With
 * 32 bands of 4 slots, a pair at Jaccard 0.5 shares a band 87% of the time and
 * at 0.6 99%; candidates are then confirmed on the full signature.
 */

/** Slots in a signature. */
export const MINHASH_SIZE = 128;
/** Slots per LSH band; `MINHASH_SIZE / BAND_ROWS` bands. */
export const BAND_ROWS = 4;
/** Estimated Jaccard similarity from which two texts are one cluster. */
export const DUPLICATE_THRESHOLD = 0.5;
/**
 * Stored articles a new text is compared with at most: those sharing the most bands with it, then the newest
 * (`article-duplicate-candidates.sql`). A band that boilerplate or a recurring paragraph fills holds hundreds of
 * articles, so without a bound the comparisons grow with the store; 256 is above what 52,000 generated articles
 * gave (178 a text), so only a copy at the threshold sharing one band with a text, older than the newest 256 such
 * collisions, is missed.
 */
export const DUPLICATE_CANDIDATES = 256;
/** Words per shingle. */
const SHINGLE = 3;

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

/** A text's MinHash signature: `MINHASH_SIZE` unsigned 32-bit ints. Texts under three words get all-zero signatures. */
export function minHashSignature(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  if (words.length < SHINGLE) return signature.fill(0);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  for (const h of hashes) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = fmix32(h ^ SEEDS[k]!);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

/** The LSH band keys of a signature: `band:hex`, one per band. */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b * BAND_ROWS < signature.length; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix32(h ^ (signature[b * BAND_ROWS + r] ?? 0));
    keys.push(`${b}:${(h >>> 0).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the texts behind two signatures (0 for empty texts). */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0 || a.every((v) => v === 0) || b.every((v) => v === 0)) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
