/**
 * Facts with their current belief at any store size: keyset batches over the facts (`facts-batch`), the members
 * of a batch's delta versions in one more statement (`version-members-batch`), and each fact as a FORMAT.md
 * export line (`toFactExport`). What `newsfacts facts --json` streams and `listFacts` collects.
 */
import { z } from 'zod';
import { FactExport, type Fact, type FactVersion } from '../model/index.js';
import type { Database } from './database.js';
import type { FactFilter, FactState } from './fact-views.js';
import { decodeAll, StoredFactStateRow, toFact, toVersion } from './rows.js';
import { queries } from './sql.js';
import type { Members } from './version-evidence.js';

export const FactBatchOptions = z.strictObject({
  /**
   * `attention`: contested facts, then needs-review, then those with a disputed value, then the rest (each by
   * subject, predicate, id), what a reader must look at first; `subject`: by subject, predicate, id.
   * @defaultValue 'subject'
   */
  sort: z.enum(['attention', 'subject']).default('subject'),
  /** Facts per batch: each batch is two statements, and its members are held at once. @defaultValue 1000 */
  batchSize: z.number().int().min(1).max(10_000).default(1000),
});
export type FactBatchOptions = z.input<typeof FactBatchOptions>;

const MemberRow = z.object({ fact_id: z.string(), slot: z.string(), claim_id: z.string(), doc: z.string().nullable() });

/**
 * Facts (not merged into another) with their current version, `filter`ed, in batches of `batchSize`: each batch
 * starts where the previous one stopped (facts_unmerged_order_idx, 0024), so reading every fact costs a
 * constant per fact however many there are, and the caller holds one batch at a time.
 */
export async function* factBatches(db: Database, filter: FactFilter, options: FactBatchOptions = {}): AsyncGenerator<FactState[]> {
  const o = FactBatchOptions.parse(options);
  const ranks = o.sort === 'attention' ? [0, 1, 2, 3] : [null];
  for (const rank of ranks) {
    let after: Fact | null = null;
    for (;;) {
      const raw = await db.query(queries['facts-batch'], [
        rank,
        filter.status ?? null,
        filter.subject ?? null,
        filter.contested ?? null,
        after?.subject ?? null,
        after?.predicate ?? null,
        after?.id ?? null,
        o.batchSize,
      ]);
      const rows = decodeAll(StoredFactStateRow, raw, db.label, 'fact row');
      if (rows.length === 0) break;
      yield await withEvidence(db, rows);
      if (rows.length < o.batchSize) break;
      after = toFact(rows.at(-1)!);
    }
  }
}

/** A batch's versions with their evidence: delta versions replay their members, read for the whole batch at once. */
async function withEvidence(db: Database, rows: readonly StoredFactStateRow[]): Promise<FactState[]> {
  const delta = rows.filter((r) => r.evidence_form === 'delta').map((r) => ({ fact_id: r.fact_id, seq: r.seq }));
  const members = new Map<string, Members>();
  const docs = new Map<string, string>();
  if (delta.length > 0) {
    for (const m of decodeAll(MemberRow, await db.query(queries['version-members-batch'], [JSON.stringify(delta)]), db.label, 'version member row')) {
      let slots = members.get(m.fact_id);
      if (!slots) members.set(m.fact_id, (slots = new Map()));
      let ids = slots.get(m.slot);
      if (!ids) slots.set(m.slot, (ids = new Set()));
      ids.add(m.claim_id);
      if (m.doc !== null) docs.set(m.claim_id, m.doc);
    }
  }
  return rows.map((r) => ({
    fact: toFact(r),
    version: r.evidence_form === 'delta' ? toVersion(r, members.get(r.fact_id) ?? new Map(), (id) => docs.get(id)) : toVersion(r),
  }));
}

/**
 * A fact's current belief as one line of `newsfacts facts --json` (FORMAT.md
 * "Fact export"): `sources` and `claims` are the documents and claim ids behind
 * the chosen value, and every other candidate is an alternative with its own
 * documents, claims, valid time and status: `superseded` (held earlier, then changed), `contested` or
 * `disputed` (competes for the current interval; `disputed` when clearly
 * outweighed). Versions written before v2 carry no candidate status; their
 * alternatives are `contested`, as v1 exported them.
 *
 * @throws ZodError if the result does not match `FactExport`: an export must never be malformed.
 */
export function toFactExport(fact: Fact, version: FactVersion): FactExport {
  // With no value (every claim rejected) no candidate is chosen, and all are alternatives.
  const chosen = version.value === null ? undefined : version.candidates[0];
  const others = version.value === null ? version.candidates : version.candidates.slice(1);
  return FactExport.parse({
    id: fact.id,
    subject: fact.subject,
    predicate: fact.predicate,
    status: version.status,
    value: version.value,
    valid_from: version.validFrom,
    valid_to: version.validTo,
    confidence: version.confidence,
    sources: chosen?.sources ?? [],
    claims: chosen?.claimIds ?? [],
    alternatives: others.map((candidate) => ({
      value: candidate.value,
      status: candidate.status ?? 'contested',
      valid_from: candidate.validFrom,
      valid_to: candidate.validTo,
      sources: candidate.sources,
      claims: candidate.claimIds,
    })),
  });
}
