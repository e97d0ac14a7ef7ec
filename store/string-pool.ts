/**
 * One copy of each string that decoded rows repeat. A database driver gives every row its own copies of
 * its text columns, so a cache of decoded rows holds a claim status, a kind, an article's document and
 * day, or a fact id as many times as rows carry it; a pool hands back the copy it saw first instead.
 *
 * Bounded: two generations of at most `size` strings each. A string asked for is kept in the newer; when
 * that one is full the older is dropped, so strings still in use stay shared and the pool holds at most
 * `2 × size` strings (0: shares nothing, returns what it is given).
 */
export class StringPool {
  private current = new Map<string, string>();
  private older = new Map<string, string>();

  constructor(private readonly size: number) {}

  /** The pool's copy of `text` (the first one it was given). */
  share<T extends string | null>(text: T): T {
    if (text === null || this.size === 0) return text;
    const found = this.current.get(text);
    if (found !== undefined) return found as T;
    const kept = this.older.get(text) ?? text;
    if (this.current.size >= this.size) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(kept, kept);
    return kept as T;
  }

  /** How many strings it holds. */
  get held(): number {
    return this.current.size + this.older.size;
  }
}
