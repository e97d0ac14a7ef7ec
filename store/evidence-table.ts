/**
 * Facts' evidence held compactly between the two passes of a bulk refresh (`FactStore.refreshTrust`): the
 * first pass reads every fact's evidence for truth discovery, the second reconciles each fact with what it
 * learned. Keeping what the first read saves reading a million claims twice (the second read was a third of
 * a refresh's database time, bench/README.md). Strings are interned and each claim is a row of small
 * integers, about 100 bytes a claim against several hundred for `FactEvidence` objects.
 */
import type { FactValue } from '../model/index.js';
import type { FactEvidence } from '../reconcile/reconcile.js';

/** The string fields of a `FactEvidence`, in the order a row stores them (null is index 0). */
const FIELDS = ['factId', 'subject', 'predicate', 'kind', 'hedge', 'status', 'doc', 'published', 'observedAt', 'source', 'cluster', 'validTo'] as const;
/** Per claim: the fields above, its value, and whether it is an earlier value. */
const WIDTH = FIELDS.length + 2;

export class EvidenceTable {
  private readonly strings: (string | null)[] = [null];
  private readonly stringIds = new Map<string, number>();
  private readonly values: FactValue[] = [];
  private readonly valueIds = new Map<string, number>();
  /** The same value object seen again (imports decode each distinct value text once per read) costs no key. */
  private readonly valueObjects = new Map<FactValue, number>();
  private readonly claimIds: string[] = [];
  private rows = new Int32Array(WIDTH * 1024);
  /** Per fact: the claims' row numbers, from and to. */
  private readonly spans = new Map<string, [number, number]>();

  /** Claims held. */
  get size(): number {
    return this.claimIds.length;
  }

  /** Holds one fact's evidence (replacing none: each fact is put once). */
  put(fact: string, evidence: readonly FactEvidence[]): void {
    const from = this.claimIds.length;
    for (const e of evidence) {
      const row = this.claimIds.length;
      if ((row + 1) * WIDTH > this.rows.length) {
        const bigger = new Int32Array(this.rows.length * 2);
        bigger.set(this.rows);
        this.rows = bigger;
      }
      const at = row * WIDTH;
      for (let f = 0; f < FIELDS.length; f++) this.rows[at + f] = this.intern(e[FIELDS[f]!]);
      this.rows[at + FIELDS.length] = this.value(e.value);
      this.rows[at + FIELDS.length + 1] = e.earlier ? 1 : 0;
      this.claimIds.push(e.claimId);
    }
    this.spans.set(fact, [from, this.claimIds.length]);
  }

  /** Some facts' evidence as `loadEvidence` returned it (facts never put are left out, as facts without evidence are). */
  get(facts: readonly string[]): Map<string, FactEvidence[]> {
    const out = new Map<string, FactEvidence[]>();
    for (const fact of facts) {
      const span = this.spans.get(fact);
      if (!span) continue;
      const list: FactEvidence[] = [];
      for (let row = span[0]; row < span[1]; row++) {
        const at = row * WIDTH;
        const s = (f: number) => this.strings[this.rows[at + f]!]!;
        list.push({
          claimId: this.claimIds[row]!,
          factId: s(0),
          subject: s(1)!,
          predicate: s(2)!,
          kind: s(3) as FactEvidence['kind'],
          hedge: s(4) as FactEvidence['hedge'],
          status: s(5) as FactEvidence['status'],
          doc: s(6)!,
          published: s(7),
          observedAt: s(8),
          source: s(9),
          cluster: s(10),
          validTo: s(11),
          value: this.values[this.rows[at + FIELDS.length]!]!,
          earlier: this.rows[at + FIELDS.length + 1] === 1,
        });
      }
      out.set(fact, list);
    }
    return out;
  }

  private intern(s: string | null): number {
    if (s === null) return 0;
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.stringIds.set(s, id);
    }
    return id;
  }

  /** Values equal as given share one object (an import repeats a few thousand values a million times). */
  private value(v: FactValue): number {
    const seen = this.valueObjects.get(v);
    if (seen !== undefined) return seen;
    const key = JSON.stringify(v);
    let id = this.valueIds.get(key);
    if (id === undefined) {
      id = this.values.push(v) - 1;
      this.valueIds.set(key, id);
    }
    if (this.valueObjects.size < 100_000) this.valueObjects.set(v, id);
    return id;
  }
}
