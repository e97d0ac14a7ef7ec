/**
 * The write side of reconciliation inside one transaction: entity resolution
 * of a batch's facts, then re-reconciling every fact whose evidence changed
 * and appending a version where the belief changed. `FactStore` calls these
 * from its write methods; nothing here opens or ends a transaction.
 */
import { z } from 'zod';
import { ConflictError } from '../errors.js';
import { ClaimKind, ClaimStatus, FactValue, IsoDay, Review, ReviewRecordAction, Timestamp, type TimeCues } from '../model/index.js';
import type { Database } from './database.js';
import { keyParts, keyScope, relatedToAny, resolveFacts, type KeyedFact } from '../reconcile/identity.js';
import { endByOfficeMoves, isFormerRole, isRolePredicateKey, type OfficeMove } from '../reconcile/office.js';
import { scopeToken } from '../reconcile/story.js';
import { rescopeKey } from '../reconcile/fact-key.js';
import { identityValueKey, unanimousValueKey } from '../reconcile/value-identity.js';
import { factId, versionId } from './ids.js';
import { claimObservation, storyOffice, type Observation } from '../reconcile/observation.js';
import { FactReview, nameDecoded, reconcileDecoded, type FactEvidence, type Reconciliation } from '../reconcile/reconcile.js';
import { ClaimRow, decode, decodeAll, listSummary, LockedFactRow, StoredVersionRow, toVersion } from './rows.js';
import { StringPool } from './string-pool.js';
import { chainedFingerprint, encodeEvidence, fingerprint, headForm, isSnapshot, storedForms, type Members, type StoredForm, type VersionState } from './version-evidence.js';
import { entityStore } from './entity-store-loader.js';
import { queries } from './sql.js';

/** A fact a batch observes. */
export interface PlannedFact {
  id: string;
  key: string;
  subject: string;
  predicate: string;
  kind: ClaimKind | null;
}

const RelatedRow = z.object({
  id: z.string(),
  key: z.string(),
  kind: ClaimKind.nullable(),
  merged_into: z.string().nullable(),
  story_id: z.string().nullable(),
  /** 0057: the key every claim of the fact gives its value (`identityValueKey`); absent from statements that do not read it. */
  value_key: z.string().nullable().default(null),
});
const RelatedAnswerRow = RelatedRow.extend({ i: z.number().int() });
const IdRow = z.object({ id: z.string() });
const RootRow = z.object({ root_id: z.string() });
const RootOfRow = z.object({ id: z.string(), root_id: z.string(), value_key: z.string().nullable().default(null) });
const StandingMergeRow = z.object({ id: z.string(), into_fact: z.string() });
/** A jsonb value given as its text. */
const JsonFactValue = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(FactValue);
/** One imported claim as `fact-evidence-imports` lists it in its fact's `claims` array. */
const ImportEvidenceEntry = z.tuple([
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  JsonFactValue,
  IsoDay.nullable(),
  ClaimStatus,
  z.string(),
  FactValue.nullable(),
]);
type ImportEvidenceEntry = z.output<typeof ImportEvidenceEntry>;
const ImportEvidenceRow = z.object({ root_id: z.string(), claims: z.array(z.unknown()) });
const CLAIM_STATUSES = new Set<string>(ClaimStatus.options);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `ImportEvidenceEntry` decoded a million times a load: the columns checked by hand and each distinct
 * value text decoded by the schema once (`values`, by text); an entry that fails a check (or carries a
 * correction) is decoded by the schema, for its error.
 */
function decodeImportEvidence(entry: unknown, values: Map<string, FactValue>, label: string): ImportEvidenceEntry {
  if (Array.isArray(entry) && entry.length === 9) {
    const [id, factId, object, attribute, value, observedAt, status, source, corrected] = entry as unknown[];
    const text = (v: unknown): v is string => typeof v === 'string';
    if (
      text(id) && text(factId) && text(object) && text(attribute) && text(value) && text(source) && text(status) && CLAIM_STATUSES.has(status) &&
      (observedAt === null || (text(observedAt) && ISO_DAY.test(observedAt))) && corrected === null
    ) {
      let decoded = values.get(value);
      if (decoded === undefined) {
        decoded = decode(JsonFactValue, value, label, 'imported claim value');
        values.set(value, decoded);
      }
      return [id, factId, object, attribute, decoded, observedAt, status as ClaimStatus, source, null];
    }
  }
  return decode(ImportEvidenceEntry, entry, label, 'imported claim');
}

const CorrectionRow = z.object({ corrected_value: FactValue.nullable() });
/** A claim's stored valid-time cue (0014); `cues_stored` false for claims stored before it. */
const CueRow = z.object({ stated_valid_from: IsoDay.nullable(), stated_earlier: z.boolean(), stated_valid_to: IsoDay.nullable(), cues_stored: z.boolean() });
const WeightRow = z.object({
  source_a: z.string(),
  source_b: z.string().nullable(),
  weight: z.union([z.number(), z.string()]).transform(Number),
  mirror: z.boolean().nullable(),
});
export const ReviewRow = z
  .object({
    id: z.string(),
    target_kind: z.enum(['claim', 'fact']),
    target_id: z.string(),
    action: ReviewRecordAction,
    value: FactValue.nullable(),
    reason: z.string().nullable(),
    reviewer: z.string(),
    created_at: Timestamp,
    seen_claim_ids: z.array(z.string()),
    withdraws: z.string().nullable().default(null),
    withdrawn_by: z.string().nullable().default(null),
  })
  .transform(
    (r): Review => ({
      id: r.id,
      targetKind: r.target_kind,
      targetId: r.target_id,
      action: r.action,
      value: r.value,
      reason: r.reason,
      reviewer: r.reviewer,
      createdAt: r.created_at,
      seenClaimIds: r.seen_claim_ids,
      withdraws: r.withdraws,
      withdrawnBy: r.withdrawn_by,
    }),
  );

/**
 * Entity resolution for a batch (see `resolveFacts`): reads the facts related
 * to the batch's keys, works out which of them resolve into which, and
 * returns the merges to apply and every fact whose evidence they change.
 * Reads only; the caller locks the returned facts, then calls `applyMerges`.
 *
 * `storyId` is the story of the batch's article (null for imports): its generic
 * subjects may resolve into named facts the story reports, including named facts
 * the batch reports for the first time in this story.
 */
export async function planResolution(
  tx: Database,
  batch: readonly PlannedFact[],
  created: ReadonlySet<string>,
  storyId: string | null = null,
  mergedPersonKeys: readonly string[] = [],
  valueClaims: ReadonlyMap<string, readonly (string | null)[]> | null = null,
  valueNow: ReadonlyMap<string, string | null> | null = null,
): Promise<{ merges: { id: string; mergedInto: string | null }[]; roots: string[]; valueKeys: { id: string; value_key: string | null }[] }> {
  // Resolution is a function of the set of keys (and of the stories that report a named subject), so
  // only a batch's new keys, and named keys it reports where the story has shorter generic mentions,
  // can change it; the others count for whatever fact they already resolve to.
  const scope = storyId === null ? null : scopeToken(storyId);
  const extracted = batch.filter((f) => f.kind !== null && created.has(f.id));
  if (scope !== null) extracted.push(...(await namedWithScopedSubsets(tx, batch.filter((f) => f.kind !== null && !created.has(f.id) && keyScope(f.key) === null), scope)));
  // A person's facts under another printed name of the same entity resolve with the batch's new person
  // facts, and all of an entity's facts resolve again when the batch joined it to another entity.
  const newPersons = extracted.filter((f) => f.kind === 'person' && isRolePredicateKey(keyParts(f.key).predicate) && keyScope(f.key) === null);
  const siblings = await entitySiblings(tx, [...newPersons.map((f) => personKeyOf(f.key)), ...mergedPersonKeys]);
  for (const s of siblings) if (!extracted.some((f) => f.id === s.id)) extracted.push(s);
  // Reconciled whether or not resolution moves them: the batch's own facts, and an entity's facts when its printed
  // names meet. Any other related fact is reconciled only when resolution moves it (below).
  const touched = new Set([...batch.map((f) => f.id), ...siblings.map((f) => f.id)]);
  const known = batch.filter((f) => !created.has(f.id)).map((f) => f.id);
  const roots = new Set<string>(batch.filter((f) => f.kind === null).map((f) => f.id));
  const storedValue = new Map<string, string | null>();
  if (known.length > 0) {
    for (const row of decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(known)]), tx.label, 'fact row')) {
      roots.add(row.root_id);
      storedValue.set(row.id, row.value_key);
    }
  }
  // Each batch fact's value key after this batch's claims (`valueClaims`: the value keys its claims give; a new fact's
  // was written with it): a known one's changes only to null, when a claim gives another value, and its facts of the
  // same value must then resolve again without it (`parted`).
  const newValue = new Map<string, string | null>();
  const parted: { story_id: string; predicate: string; value_key: string }[] = [];
  const valueKeys: { id: string; value_key: string | null }[] = [];
  // `valueNow` (`revalueFacts`) gives a known fact's value key worked out again from its claims, which may take any value:
  // the fact then resolves again with the facts of its new value, and those of its old one without it.
  if (valueClaims !== null || valueNow !== null) {
    for (const f of batch) {
      const now = valueNow?.get(f.id);
      const claims = valueClaims?.get(f.id) ?? [];
      if (created.has(f.id) && now === undefined) {
        newValue.set(f.id, unanimousValueKey(undefined, claims));
        continue;
      }
      const before = storedValue.get(f.id) ?? null;
      const after = now !== undefined ? now : unanimousValueKey(before, claims);
      newValue.set(f.id, after);
      if (after === before) continue;
      valueKeys.push({ id: f.id, value_key: after });
      if (storyId === null || keyScope(f.key) === null || f.kind === null) continue;
      if (before !== null) parted.push({ story_id: storyId, predicate: keyParts(f.key).predicate, value_key: before });
      if ((before !== null || now !== undefined) && !extracted.some((e) => e.id === f.id)) extracted.push(f);
    }
  }
  const merges: { id: string; mergedInto: string | null }[] = [];
  const mergedNow = new Set<string>();
  if (extracted.length > 0) {
    await tx.query(queries['resolution-lock'], [[...new Set(extracted.map((f) => keyParts(f.key).predicate))].sort(compareText)]);
    const related = await relatedFacts(tx, extracted, storyId);
    const valueOf = (r: { id: string; value_key: string | null }) => (newValue.has(r.id) ? newValue.get(r.id)! : r.value_key);
    if (storyId !== null) await addValueTwins(tx, storyId, related, extracted, valueOf, parted);
    // The facts that take part in a value's resolution, by their value key now or before this batch.
    const valueOfId = new Set([...related.filter((r) => r.story_id === storyId && valueOf(r) !== null).map((r) => r.id), ...valueKeys.map((v) => v.id)]);
    // A named fact is reported in this story if the batch observes it or a stored claim of the story does.
    const attested = new Set(batch.filter((f) => keyScope(f.key) === null).map((f) => f.id));
    const named = related.filter((r) => r.story_id === null && !attested.has(r.id)).map((r) => r.id);
    if (storyId !== null && named.length > 0 && related.some((r) => r.story_id !== null)) {
      for (const row of decodeAll(IdRow, await tx.query(queries['facts-attested'], [JSON.stringify(named), storyId]), tx.label, 'fact row')) attested.add(row.id);
    }
    const persons = related.filter((r) => r.kind === 'person' && isRolePredicateKey(keyParts(r.key).predicate) && keyScope(r.key) === null);
    // Loaded here, not at start: entity-store loads the name lexicon (`entityStore`).
    const { personEntities } = await entityStore();
    const entities = await personEntities(tx, persons.map((r) => personKeyOf(r.key)));
    const resolution = resolveFacts(
      related.map(
        (r): KeyedFact => ({
          id: r.id,
          key: r.key,
          kind: r.kind,
          attested: scope !== null && attested.has(r.id) ? [scope] : [],
          entity: r.kind === 'person' ? (entities.get(personKeyOf(r.key))?.root ?? null) : null,
          valueKey: r.story_id !== null && r.story_id === storyId ? valueOf(r) : null,
        }),
      ),
    );
    // A reviewer's merge stands whatever resolution says, and a fact resolving into a fact a reviewer
    // merged goes where that one went (merged_into always names a fact that is not merged).
    const pinned = await reviewerMerges(tx, related.map((r) => r.id));
    const targetOf = (id: string): string | null => {
      let target = pinned.get(id) ?? resolution.get(id) ?? null;
      if (target !== null && pinned.has(target)) target = pinned.get(target)!;
      return target === id ? null : target;
    };
    const relatedToBatch = relatedToAny(extracted.map((b) => b.key));
    for (const r of related) {
      if (!relatedToBatch(r.key)) continue;
      const target = targetOf(r.id);
      // A related fact that stays where it resolved gains no evidence from this batch: reconciling it would read its
      // evidence and write nothing. In a large store a generic key relates to hundreds of facts (a vote share in
      // every story), so this is what kept the facts locked per article growing with the store.
      if (target === r.merged_into && !touched.has(r.id)) continue;
      roots.add(r.merged_into ?? r.id);
      roots.add(target ?? r.id);
      if (target !== null) mergedNow.add(r.id);
      if (target !== r.merged_into) merges.push({ id: r.id, mergedInto: target });
    }
    // A fact of a story this one absorbed was merged into its twin here (`rehomeFacts`) and carried along wherever the
    // twin went since (`facts_merge` re-points). When a fact of a value leaves the fact it was merged into, the facts
    // re-homed into it must follow it again: no key relates them, so they are asked for by what they are merged into.
    const left = merges.filter((m) => valueOfId.has(m.id) && related.find((r) => r.id === m.id)?.merged_into != null);
    if (storyId !== null && scope !== null && left.length > 0) {
      const from = [...new Set(left.map((m) => related.find((r) => r.id === m.id)!.merged_into!))];
      const rehomed = decodeAll(RelatedRow, await tx.query(queries['facts-rehomed-into'], [JSON.stringify(from), storyId]), tx.label, 'fact row');
      const twinOf = new Map(rehomed.map((c) => [c.id, factId(rescopeKey(c.key, scope))]));
      // A twin resolution did not look at stays where it is (its root, which merged_into must name).
      const resolved = new Set(related.map((r) => r.id));
      const unresolved = [...new Set(twinOf.values())].filter((t) => !resolved.has(t));
      const rootOfTwin = new Map(
        unresolved.length === 0
          ? []
          : decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(unresolved)]), tx.label, 'fact row').map((r) => [r.id, r.root_id]),
      );
      // A reviewer's merge across stories stands; a fact with no twin here was not re-homed.
      const reviewed = await reviewerMerges(tx, rehomed.map((c) => c.id));
      for (const c of rehomed) {
        const twin = twinOf.get(c.id)!;
        if (reviewed.has(c.id) || (!resolved.has(twin) && !rootOfTwin.has(twin))) continue;
        const target = resolved.has(twin) ? (targetOf(twin) ?? twin) : rootOfTwin.get(twin)!;
        if (target === c.merged_into) continue;
        roots.add(c.merged_into ?? c.id);
        roots.add(target);
        merges.push({ id: c.id, mergedInto: target });
      }
    }
  }
  return { merges, roots: [...roots].filter((r) => !mergedNow.has(r)).sort(compareText), valueKeys };
}

const ValueClaimRow = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  predicate: z.string(),
  kind: ClaimKind.nullable(),
  story_id: z.string().nullable(),
  predicate_key: z.string(),
  value_key: z.string().nullable(),
  into_story: z.string().nullable(),
  claim_id: z.string().nullable(),
  claim_kind: ClaimKind.nullable(),
  status: ClaimStatus.nullable(),
  /** A claim's value of any kind (a person claim's is not a `FactValue`): only a figure's is read. */
  value: z.unknown(),
  corrected_value: z.unknown(),
  member_id: z.string().nullable(),
  member_key: z.string().nullable(),
});

/** A fact whose value key `factValueKeys` changes. */
interface Revalued {
  fact: PlannedFact & { story_id: string | null };
  before: string | null;
  after: string | null;
  /** The fact counts for a fact of another story (re-homed there: `rehomeFacts`), whose key it takes part in. */
  rehomedInto: string | null;
}

/**
 * The value key (0057) of each of some facts as a function of what it holds now: the key every claim of its own gives,
 * as reconciliation counts them (a rejected claim for nothing, a corrected one with its corrected value:
 * `identityValueKey` of each), and every fact of another story re-homed into it gives (`unanimousValueKey`). A fact
 * holding neither keeps its key. Returns the facts whose stored key differs, with the key they have now.
 */
export async function factValueKeys(tx: Database, ids: readonly string[]): Promise<Revalued[]> {
  if (ids.length === 0) return [];
  const rows = decodeAll(ValueClaimRow, await tx.query(queries['facts-value-claims'], [JSON.stringify([...new Set(ids)].sort(compareText))]), tx.label, 'fact claims row');
  const byFact = new Map<string, z.infer<typeof ValueClaimRow>[]>();
  for (const r of rows) {
    const list = byFact.get(r.id);
    if (list) list.push(r);
    else byFact.set(r.id, [r]);
  }
  const out: Revalued[] = [];
  for (const [id, held] of byFact) {
    const f = held[0]!;
    if (held.every((c) => c.claim_id === null && c.member_id === null)) continue;
    const keys = held.flatMap((c) => {
      if (c.member_id !== null) return [c.member_key];
      if (c.claim_id === null || c.status === 'rejected') return [];
      if (c.claim_kind !== 'figure') return [null];
      const value = FactValue.safeParse(c.corrected_value ?? c.value);
      return [value.success ? identityValueKey(c.claim_kind, f.predicate_key, value.data) : null];
    });
    const after = unanimousValueKey(undefined, keys);
    if (after === f.value_key) continue;
    const rehomed = f.story_id !== null && f.into_story !== null && f.into_story !== f.story_id;
    out.push({
      fact: { id, key: f.key, subject: f.subject, predicate: f.predicate, kind: f.kind, story_id: f.story_id },
      before: f.value_key,
      after,
      rehomedInto: rehomed ? await rootOf(tx, id) : null,
    });
  }
  return out;
}

async function rootOf(tx: Database, id: string): Promise<string> {
  const [row] = decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify([id])]), tx.label, 'fact row');
  return row?.root_id ?? id;
}

/** Rounds of `revalueFacts` at most: a re-homed fact's key moves its twin's, which is one more round. */
const REVALUE_ROUNDS = 3;

/**
 * Brings the value keys of some facts up to date with what they hold (`factValueKeys`) after claims moved or a review
 * changed what one counts for (a claim rejected or corrected, a review withdrawn), and resolves each fact whose key
 * changed again with its story's facts (`planResolution`): it joins the facts of its new value, and leaves those of its
 * old one, by new versions (nothing rewritten). A fact re-homed into another story's fact only takes its new key, and
 * the fact it counts for is worked out again. Returns the roots it reconciled and the versions written.
 */
export async function revalueFacts(tx: Database, ids: readonly string[], now: Date, options: { cache?: EvidenceCache } = {}): Promise<{ roots: string[]; versionsWritten: number }> {
  const touched = new Set<string>();
  let versionsWritten = 0;
  let pending = [...ids];
  for (let round = 0; round < REVALUE_ROUNDS && pending.length > 0; round++) {
    const changed = await factValueKeys(tx, pending);
    pending = [];
    const rehomed = changed.filter((c) => c.rehomedInto !== null);
    if (rehomed.length > 0) {
      await lockFacts(tx, rehomed.map((c) => c.fact.id));
      await tx.query(queries['facts-value-keys-set'], [JSON.stringify(rehomed.map((c) => ({ id: c.fact.id, value_key: c.after })).sort((a, b) => compareText(a.id, b.id)))]);
      pending = [...new Set(rehomed.map((c) => c.rehomedInto!))];
    }
    const byStory = new Map<string | null, Revalued[]>();
    for (const c of changed) {
      if (c.rehomedInto !== null) continue;
      const list = byStory.get(c.fact.story_id);
      if (list) list.push(c);
      else byStory.set(c.fact.story_id, [c]);
    }
    for (const [storyId, facts] of [...byStory].sort(([a], [b]) => compareText(a ?? '', b ?? ''))) {
      const batch = uniqueById(facts.map((c) => c.fact));
      const valueNow = new Map(facts.map((c) => [c.fact.id, c.after]));
      const { merges, roots, valueKeys } = await planResolution(tx, batch, new Set(), storyId, [], null, valueNow);
      await lockFacts(tx, [...roots, ...merges.map((m) => m.id), ...valueKeys.map((v) => v.id)]);
      if (valueKeys.length > 0) await tx.query(queries['facts-value-keys-set'], [JSON.stringify(valueKeys)]);
      await applyMerges(tx, merges);
      const into = new Map(merges.map((m) => [m.id, m.mergedInto]));
      const reconcile = roots.filter((id) => (into.get(id) ?? null) === null && !touched.has(id)).sort(compareText);
      for (const id of reconcile) touched.add(id);
      versionsWritten += await reconcileRoots(tx, reconcile, now, options.cache ? { cache: options.cache } : {});
    }
  }
  return { roots: [...touched].sort(compareText), versionsWritten };
}

/** Rounds of `addValueTwins` at most: a story's facts of one value are few, and each round's are asked about once. */
const VALUE_TWIN_ROUNDS = 4;

/**
 * Adds to `related` (in place, kept in id order) the facts of the batch's story that share a predicate and a value key
 * with a related fact of the story (`facts-by-value`, by index), or with a batch fact's key before this batch
 * (`parted`): resolution decides a value's facts together (`resolveFacts`), so all of them, and what each relates to by
 * its key (`relatedFacts`), must be there. Each found fact joins `extracted`: its resolution is worked out again.
 */
async function addValueTwins(
  tx: Database,
  storyId: string,
  related: z.infer<typeof RelatedRow>[],
  extracted: PlannedFact[],
  valueOf: (r: { id: string; value_key: string | null }) => string | null,
  parted: readonly { story_id: string; predicate: string; value_key: string }[],
): Promise<void> {
  const asked = new Set<string>();
  const have = new Set(related.map((r) => r.id));
  let pending: { story_id: string; predicate: string; value_key: string }[] = [...parted];
  for (let round = 0; round < VALUE_TWIN_ROUNDS; round++) {
    for (const r of related) {
      const value = r.story_id === storyId && r.kind === 'figure' ? valueOf(r) : null;
      if (value !== null) pending.push({ story_id: storyId, predicate: keyParts(r.key).predicate, value_key: value });
    }
    const questions = pending.filter((q) => {
      const k = `${q.predicate}\u0000${q.value_key}`;
      if (asked.has(k)) return false;
      asked.add(k);
      return true;
    });
    pending = [];
    if (questions.length === 0) return;
    const found = decodeAll(RelatedRow, await tx.query(queries['facts-by-value'], [JSON.stringify(questions)]), tx.label, 'fact row');
    const fresh = found.filter((r) => !have.has(r.id));
    if (fresh.length === 0) return;
    const planned = fresh.map((r): PlannedFact => ({ id: r.id, key: r.key, subject: '', predicate: keyParts(r.key).predicate, kind: r.kind }));
    extracted.push(...planned);
    for (const r of [...fresh, ...(await relatedFacts(tx, planned, storyId))]) {
      if (have.has(r.id)) continue;
      have.add(r.id);
      related.push(r);
    }
    related.sort((a, b) => compareText(a.id, b.id));
  }
}

/** The entity key (`entityKey('person', …)`) a person fact's subject words make: both are sorted `normaliseWords`. */
function personKeyOf(key: string): string {
  return `p:${keyParts(key).words.join(' ')}`;
}

/** The stored person facts under every printed name of the entities some person keys name. */
async function entitySiblings(tx: Database, personKeys: readonly string[]): Promise<PlannedFact[]> {
  if (personKeys.length === 0) return [];
  const { personEntities } = await entityStore();
  const entities = await personEntities(tx, personKeys);
  const subjects = [...new Set([...entities.values()].flatMap((e) => e.variantKeys.map((k) => k.slice(2))))];
  if (subjects.length === 0) return [];
  const rows = decodeAll(RelatedRow, await tx.query(queries['facts-person-roles'], [subjects]), tx.label, 'fact row');
  return rows.map((r) => ({ id: r.id, key: r.key, subject: '', predicate: keyParts(r.key).predicate, kind: r.kind }));
}

/**
 * Of some facts, those a reviewer merged into another by a merge no withdrawal took back (0023), each with
 * the root of the fact it was merged into.
 */
async function reviewerMerges(tx: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = decodeAll(StandingMergeRow, await tx.query(queries['identity-merges-standing'], [JSON.stringify(ids)]), tx.label, 'identity review row');
  if (rows.length === 0) return out;
  const roots = new Map(decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(rows.map((r) => r.into_fact))]), tx.label, 'fact row').map((r) => [r.id, r.root_id]));
  for (const r of rows) out.set(r.id, roots.get(r.into_fact) ?? r.into_fact);
  return out;
}

/** Those of some named facts (already stored) that have a generic subset in the story `scope`: they need resolving again. */
async function namedWithScopedSubsets(tx: Database, named: readonly PlannedFact[], scope: string): Promise<PlannedFact[]> {
  const byKey = new Map<string, PlannedFact[]>();
  for (const f of named) {
    const { words, predicate } = keyParts(f.key);
    for (const key of subsetKeys([...words, scope], predicate, f.kind === 'person')) byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  if (byKey.size === 0) return [];
  const rows = decodeAll(RelatedRow, await tx.query(queries['facts-by-keys'], [[...byKey.keys()]]), tx.label, 'fact row');
  return [...new Set(rows.flatMap((r) => byKey.get(r.key) ?? []))];
}

/**
 * Every fact whose resolution a batch can change, and everything that decides
 * it: per batch key its supersets (GIN containment; in its story or named) and
 * its subsets (exact key lookups of the word subsets, in its story), then the
 * supersets of those subsets. Bounded by how specific the words are, never a
 * scan of all facts sharing a word.
 */
async function relatedFacts(tx: Database, batch: readonly PlannedFact[], storyId: string | null): Promise<z.infer<typeof RelatedRow>[]> {
  const found = new Map<string, z.infer<typeof RelatedRow>>();
  const scope = storyId === null ? null : scopeToken(storyId);
  // Every question of a round in one statement; each answer comes back under its question's index.
  const ask = async (questions: readonly { predicate: string; words: readonly string[]; keys: readonly string[] }[]) => {
    const answers = questions.map((): z.infer<typeof RelatedRow>[] => []);
    if (questions.length === 0) return answers;
    const asked = questions.map((q, i) => ({ i, predicate: q.predicate, words: q.words.filter((w) => !w.startsWith('~')), keys: q.keys }));
    for (const { i, ...r } of decodeAll(RelatedAnswerRow, await tx.query(queries['facts-related'], [JSON.stringify(asked), storyId]), tx.label, 'fact row')) {
      found.set(r.id, r);
      answers[i]!.push(r);
    }
    return answers;
  };
  const firsts = batch.map((f) => {
    const { words, predicate } = keyParts(f.key);
    const person = f.kind === 'person';
    // A named key's subsets: named ones anywhere, generic ones in the batch's story.
    const keys = subsetKeys(words, predicate, person);
    if (keyScope(f.key) === null && scope !== null && !person) keys.push(...subsetKeys([...words, scope], predicate, person));
    return { predicate, words, keys };
  });
  const subsets = await ask(firsts);
  // Then the supersets of the shorter subsets found, each asked once.
  const seconds = new Map<string, { predicate: string; words: readonly string[]; keys: readonly string[] }>();
  batch.forEach((f, n) => {
    const { words, predicate } = firsts[n]!;
    for (const r of subsets[n]!) {
      if (r.key === f.key) continue;
      const sub = keyParts(r.key);
      if (sub.predicate === predicate && sub.words.filter((w) => !w.startsWith('~')).length < words.filter((w) => !w.startsWith('~')).length) {
        seconds.set(`${predicate}\u0000${sub.words.join(' ')}`, { predicate, words: sub.words, keys: [] });
      }
    }
  });
  await ask([...seconds.values()]);
  return [...found.values()].sort((a, b) => compareText(a.id, b.id));
}

/**
 * Keys of the strict word subsets that could resolve (people: any; things: two words or more), largest
 * first, at most 256. A story's scope token is kept in every subset: other scopes never resolve here.
 */
function subsetKeys(words: readonly string[], predicate: string, person: boolean): string[] {
  const scope = words.filter((w) => w.startsWith('~'));
  const sorted = words.filter((w) => !w.startsWith('~')).sort(compareText);
  const min = person ? 1 : 2;
  const keys: string[] = [];
  const n = Math.min(sorted.length, 12);
  for (let mask = (1 << n) - 2; mask > 0 && keys.length < 256; mask--) {
    const picked = sorted.slice(0, n).filter((_, i) => mask & (1 << i));
    if (picked.length >= min && picked.length >= n - 4) keys.push(`${[...picked, ...scope].sort(compareText).join(' ')}|${predicate}`);
  }
  return keys;
}

/** Writes the merges `planResolution` planned (the facts must be locked). */
export async function applyMerges(tx: Database, merges: readonly { id: string; mergedInto: string | null }[]): Promise<void> {
  // In their order, as one `fact-merge` each would (0035's facts_merge), in one round trip.
  if (merges.length > 0) await tx.query(queries['facts-merge'], [JSON.stringify(merges.map((m) => ({ id: m.id, merged_into: m.mergedInto })))]);
}

/** Facts (or anything with an id) once each, the first of each id, in id order: the lock order every writer follows. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const i of items) if (!byId.has(i.id)) byId.set(i.id, i);
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

/** Locks facts in id order (the order every writer follows), returning their rows. */
export async function lockFacts(tx: Database, ids: readonly string[]): Promise<LockedFactRow[]> {
  if (ids.length === 0) return [];
  const sorted = [...new Set(ids)].sort(compareText);
  return decodeAll(LockedFactRow, await tx.query(queries['facts-lock'], [JSON.stringify(sorted)]), tx.label, 'fact row');
}

/**
 * What an extracted claim contributes to reconciliation that cannot change once it is stored (a claim's
 * status changes with reviews, its article's cluster with later near-duplicates; neither is kept here),
 * or `null` when the claim observes no fact.
 */
type StableEvidence = Omit<FactEvidence, 'status' | 'cluster'> | null;

/**
 * Decoded claims a store has reconciled before, so a fact's next reconcile reads only what can change of
 * them (`fact-evidence-keys`) and the whole of its new claims (`fact-evidence-claims`): a hot fact's
 * thousand claims cost a thousand short rows, not a thousand decoded claims. Keyed by claim id and row
 * version (xmin), so a changed or re-inserted row is read again; least recently used entries go first.
 * One per `FactStore`: claim ids are only unique within one database.
 */
export class EvidenceCache {
  /** By claim id: the row version (xmin) its stable evidence was decoded at, and that evidence. */
  private readonly entries = new Map<string, { tag: string; stable: StableEvidence; last?: FactEvidence }>();

  /**
   * Strings decoded rows repeat (statuses, kinds, subjects, predicates, documents, outlets, days, fact and root
   * ids), one copy each: every row a driver decodes brings its own copy, and a claim's document, outlet and day
   * are its article's, shared by its dozen claims and their keys.
   */
  readonly strings: StringPool;

  /**
   * @param limit claims kept (each about 600 bytes of heap with its value). @defaultValue 50 000
   * @param keysLimit evidence keys kept (`keepKeys`, about 160 bytes each). @defaultValue `limit`
   * @param unitsLimit units of version state kept (`stateUnits`, about 64 bytes each). @defaultValue `limit`
   */
  constructor(
    private readonly limit = 50_000,
    private readonly keysLimit = limit,
    private readonly unitsLimit = limit,
    /**
     * How many transactions begun since their kept reads, per member of the facts asked, the facts whose keys were
     * read before may be brought up to date by xid (`fact-evidence-keys`' `scan_xids`); 0: never. Only what the
     * read costs depends on it.
     */
    readonly scanXidsPerMember: number = SCAN_XIDS_PER_MEMBER,
  ) {
    this.strings = new StringPool(limit === 0 ? 0 : STRING_POOL_SIZE);
  }

  /** How many claims it holds. */
  get size(): number {
    return this.entries.size;
  }

  /** A claim's stable evidence as decoded at row version `tag`, if kept (at another version: not). */
  get(claimId: string, tag: string): StableEvidence | undefined {
    const found = this.entries.get(claimId);
    if (found === undefined || found.tag !== tag) return undefined;
    this.entries.delete(claimId);
    this.entries.set(claimId, found);
    return found.stable;
  }

  /** Keeps a claim's stable evidence as decoded at row version `tag`, in place of any other version's. */
  set(claimId: string, tag: string, value: StableEvidence): void {
    if (this.limit === 0) return;
    this.entries.delete(claimId);
    this.entries.set(claimId, { tag, stable: value });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * A cached claim's evidence with its status and cluster now (uncorrected): the object the last reconcile
   * of its fact was given when neither changed, rather than a copy per claim per reconcile. Never modified.
   */
  evidence(claimId: string, stable: NonNullable<StableEvidence>, status: ClaimStatus, cluster: string | null): FactEvidence {
    const entry = this.entries.get(claimId);
    const last = entry?.last;
    if (last !== undefined && entry!.stable === stable && last.status === status && last.cluster === cluster) return last;
    const made = withState(stable, status, cluster);
    if (entry !== undefined && entry.stable === stable) entry.last = made;
    return made;
  }

  /** The evidence keys last read of each fact, by fact id, least recently used first; `heldKeys` counts them. */
  private readonly keys = new Map<string, KeptKeys>();
  private heldKeys = 0;

  /** The evidence keys of a fact as last read (`loadEvidenceKeys`), with what tells what may have changed since. */
  keptKeys(root: string): KeptKeys | undefined {
    const found = this.keys.get(root);
    if (found !== undefined) {
      this.keys.delete(root);
      this.keys.set(root, found);
    }
    return found;
  }

  /** Keeps a fact's evidence keys as just read, in place of earlier ones; bounded by `limit` keys, least recently used first. */
  keepKeys(root: string, kept: KeptKeys): void {
    if (this.keysLimit === 0) return;
    const previous = this.keys.get(root);
    if (previous !== undefined) {
      this.keys.delete(root);
      this.heldKeys -= previous.keys.length + 1;
    }
    this.keys.set(root, kept);
    this.heldKeys += kept.keys.length + 1;
    while (this.heldKeys > this.keysLimit && this.keys.size > 0) {
      const [oldest, held] = this.keys.entries().next().value!;
      this.keys.delete(oldest);
      this.heldKeys -= held.keys.length + 1;
    }
  }

  /** The latest kept version state of each fact, by fact id: an older version of a fact is never diffed against again. */
  private readonly members = new Map<string, { key: string; state: VersionState }>();
  private heldUnits = 0;

  /**
   * The members and stored candidates of a version this store wrote (`versionMembers`), by its fact, id and
   * fingerprint: a version never changes, and its fingerprint covers everything it was worked out from, so a
   * version id a rolled-back transaction used before cannot hand back another version's state.
   */
  versionMembers(factId: string, versionId: string, fingerprint: string): VersionState | undefined {
    const found = this.members.get(factId);
    if (found === undefined || found.key !== `${versionId}@${fingerprint}`) return undefined;
    this.members.delete(factId);
    this.members.set(factId, found);
    return found.state;
  }

  /**
   * Keeps the members and stored candidates of a version just written, for the next reconcile of its fact to
   * diff against (not modified after), in place of the fact's previous one: keeping every version's state
   * filled the bound with a hot fact's superseded states, evicting other facts' open ones, whose next reconcile
   * then replayed their whole `version_members` history (`version-members`), a cost growing with the store.
   */
  keepVersionMembers(factId: string, versionId: string, fingerprint: string, state: VersionState): void {
    if (this.unitsLimit === 0) return;
    const previous = this.members.get(factId);
    if (previous !== undefined) {
      this.members.delete(factId);
      this.heldUnits -= stateUnits(previous.state);
    }
    this.members.set(factId, { key: `${versionId}@${fingerprint}`, state });
    this.heldUnits += stateUnits(state);
    // Bounded by what the states hold (claim ids, and candidates' stored forms by their length), least recently used first.
    while (this.heldUnits > this.unitsLimit && this.members.size > 0) {
      const [oldest, held] = this.members.entries().next().value!;
      this.members.delete(oldest);
      this.heldUnits -= stateUnits(held.state);
    }
  }
}

/**
 * A fact's evidence keys as one read returned them (by claim id), with that read's snapshot (`since`, as text:
 * the next read asks only for what transactions it did not see changed) and the id of the transaction that read
 * them, if it had one (`writer`: its own uncommitted claims may be among them, and what it changes after the read
 * is not). Never modified.
 */
export interface KeptKeys {
  since: string;
  writer: string | null;
  keys: readonly EvidenceKeyRow[];
  /** How many facts its keys belong to (the root and the facts merged into it that have claims). */
  members: number;
}

/**
 * Kept reads are brought up to date by xid, in one pass over what was written since, while fewer transactions
 * began since than half a transaction per member of the facts asked (`EvidenceCache`): read member by member, a
 * member costs four index probes (about 13 blocks); by xid, a transaction of the generated stream (about 5 an
 * article) wrote 3 claims and a log row, each about 5 blocks with its fact's row. A long story's counts have about
 * 1,000 members at 52,000 articles, and an article reporting a vote share reconciles the 1,055 candidates' vote
 * shares resolution relates it to, each of one or two members.
 */
export const SCAN_XIDS_PER_MEMBER = 0.5;

/** Strings per generation of an `EvidenceCache`'s pool: more than the distinct documents, subjects and facts its claims name. */
const STRING_POOL_SIZE = 50_000;

/**
 * A claim's stable evidence with its status and cluster, field by field: a spread (`{ ...stable, status, cluster }`)
 * once V8 has optimised it gives every copy a hidden class of its own (about 250 bytes each, kept as long as the
 * copy is: a third of the cache's heap at 3,000 articles), where one literal shares one.
 */
function withState(stable: NonNullable<StableEvidence>, status: ClaimStatus, cluster: string | null): FactEvidence {
  return {
    claimId: stable.claimId,
    factId: stable.factId,
    subject: stable.subject,
    predicate: stable.predicate,
    kind: stable.kind,
    value: stable.value,
    hedge: stable.hedge,
    doc: stable.doc,
    published: stable.published,
    observedAt: stable.observedAt,
    earlier: stable.earlier,
    validTo: stable.validTo,
    source: stable.source,
    // In the order the spread gave (the stable fields, then these two), should anything read the keys in order.
    status,
    cluster,
  };
}

/**
 * What a version state holds, in units of about 64 bytes of heap: a claim id in a slot's set one; a candidate
 * this process wrote four (its object and value; its form is made again when needed, `StoredForm`); a candidate
 * replayed from the store two and its stored form (`stableStringify`, a few hundred characters) one per 64
 * characters; the fact's entry four.
 */
function stateUnits(state: VersionState): number {
  let n = 4;
  for (const form of state.candidates.values()) n += form.candidate === undefined ? 2 + Math.ceil(form.form.length / 64) : 4;
  for (const set of state.members.values()) n += set.size;
  return n;
}

/** Keeps nothing: each load reads every claim whole. */
const NO_CACHE = new EvidenceCache(0);

const EvidenceKeyRow = z.object({
  root_id: z.string(),
  id: z.string(),
  row_version: z.string(),
  status: ClaimStatus,
  cluster_id: z.string().nullable(),
  corrected_value: FactValue.nullable(),
  fact_id: z.string(),
});
const VersionTagRow = z.object({ row_version: z.string() });
type EvidenceKeyRow = z.output<typeof EvidenceKeyRow>;

/**
 * `EvidenceKeyRow`, read at every reconcile for each claim of the facts reconciled: an uncorrected claim's
 * row checked by hand, any other (or one that fails a check) by the schema, for its error.
 */
function decodeEvidenceKey(row: unknown, label: string, strings: StringPool): EvidenceKeyRow {
  const r = row as Record<string, unknown>;
  const text = (v: unknown): v is string => typeof v === 'string';
  if (
    typeof row === 'object' && row !== null && text(r.root_id) && text(r.id) && text(r.row_version) && text(r.status) && CLAIM_STATUSES.has(r.status) &&
    (r.cluster_id === null || text(r.cluster_id)) && r.corrected_value === null && text(r.fact_id)
  ) {
    return {
      root_id: strings.share(r.root_id),
      id: r.id,
      row_version: r.row_version,
      status: STATUS_TEXT.get(r.status)!,
      cluster_id: strings.share(r.cluster_id as string | null),
      corrected_value: null,
      fact_id: strings.share(r.fact_id),
    };
  }
  return decode(EvidenceKeyRow, row, label, 'evidence row');
}

/** Each claim status as the one string the program's literal is, for rows to share. */
const STATUS_TEXT = new Map<string, ClaimStatus>(ClaimStatus.options.map((s) => [s, s]));

const ReadTagRow = z.object({ row_version: z.string(), status: z.string().nullable() });
const RootAnswerRow = z.object({ root_id: z.string(), status: z.enum(['fresh', 'whole']) });

/**
 * The evidence keys (`fact-evidence-keys`) of each of some facts, by root then claim id. A fact whose keys the
 * cache kept from an earlier read is asked for only what changed since that read (0044: the claims of its members
 * that transactions the read's snapshot did not see recorded or changed, or logged by id, and every claim of a
 * fact they merged into it (0048), when none of them logged a change by which a claim may have left it and the
 * read's own transaction committed), and its kept keys are brought up to date with them;
 * a hot fact's hundreds of claims are then not read again at each new one. Any other fact is read whole. What it
 * read is kept for next time.
 */
async function loadEvidenceKeys(tx: Database, roots: readonly string[], cache: EvidenceCache): Promise<EvidenceKeyRow[]> {
  const kept = new Map<string, KeptKeys>();
  const asked = [...new Set(roots)].map((root) => {
    const k = cache.keptKeys(root);
    if (k !== undefined) kept.set(root, k);
    const scan = k !== undefined && cache.scanXidsPerMember > 0 ? k.members * cache.scanXidsPerMember : null;
    return { root, since: k?.since ?? null, writer: k?.writer ?? null, scan_xids: scan };
  });
  const rows = await tx.query(queries['fact-evidence-keys'], [JSON.stringify(asked)]);
  let tag: { since: string; writer: string | null } | null = null;
  const fresh = new Set<string>();
  const read = new Map<string, EvidenceKeyRow[]>();
  for (const row of rows) {
    const r = row as { root_id: unknown; id: unknown };
    if (r.root_id === null) {
      const t = decode(ReadTagRow, row, tx.label, 'evidence read row');
      tag = { since: t.row_version, writer: t.status };
    } else if (r.id === null) {
      const answer = decode(RootAnswerRow, row, tx.label, 'evidence read row');
      if (answer.status === 'fresh') fresh.add(answer.root_id);
    } else {
      const k = decodeEvidenceKey(row, tx.label, cache.strings);
      const list = read.get(k.root_id);
      if (list) list.push(k);
      else read.set(k.root_id, [k]);
    }
  }
  const out: EvidenceKeyRow[] = [];
  for (const root of [...new Set(roots)].sort(compareText)) {
    let list = read.get(root) ?? [];
    const before = fresh.has(root) ? kept.get(root) : undefined;
    if (before !== undefined) {
      // Only claims recorded or changed since came back: they replace their kept keys, new ones join.
      const changed = new Map(list.map((k) => [k.id, k]));
      list = before.keys.map((k) => changed.get(k.id) ?? k);
      for (const k of before.keys) changed.delete(k.id);
      if (changed.size > 0) list = [...list, ...changed.values()];
    }
    list.sort((a, b) => compareText(a.id, b.id));
    if (tag !== null && list.length > 0) cache.keepKeys(root, { since: tag.since, writer: tag.writer, keys: list, members: new Set(list.map((k) => k.fact_id)).size });
    out.push(...list);
  }
  return out;
}

/**
 * Every claim counting for each of some facts (their own and merged facts'), as reconciliation evidence.
 * An extracted claim's `observedAt` is the date its own sentence gives for when the value started or held
 * (`statedValidFrom`: "imposed in April", "effective August 1"), else null (its article's date stands).
 * That cue is stored with the claim when it is inserted (0014), so this reads claim columns, never article
 * text. A claim stored before 0014 whose cue was never worked out (`cues_stored` false) counts as stating none
 * until `newsfacts reidentify` stores it (the extractor's rules, `reidentifyArticle`'s `complete`).
 * With a `cache`, claims read before are not read or decoded again, only their status, cluster and correction.
 */
export async function loadEvidence(tx: Database, roots: readonly string[], cache: EvidenceCache = NO_CACHE): Promise<Map<string, FactEvidence[]>> {
  const byRoot = new Map<string, FactEvidence[]>();
  if (roots.length === 0) return byRoot;
  const add = (root: string, e: FactEvidence) => {
    const list = byRoot.get(root);
    if (list) list.push(e);
    else byRoot.set(root, [e]);
  };
  const keys = await loadEvidenceKeys(tx, roots, cache);
  const strings = cache.strings;
  const known = new Map<string, StableEvidence>();
  const missing: string[] = [];
  for (const k of keys) {
    const hit = cache.get(k.id, k.row_version);
    if (hit === undefined) missing.push(k.id);
    else known.set(k.id, hit);
  }
  if (missing.length > 0) {
    const fresh: { id: string; tag: string; row: ClaimRow; observation: Observation | null; stated: TimeCues | null }[] = [];
    for (const row of await tx.query(queries['fact-evidence-claims'], [JSON.stringify([...new Set(missing)])])) {
      const c = decode(ClaimRow, row, tx.label, 'claim row');
      const { row_version } = decode(VersionTagRow, row, tx.label, 'evidence row');
      const cue = decode(CueRow, row, tx.label, 'evidence row');
      let observation = claimObservation(c.claim);
      // A claim its story's office holds (`Prime Minister X` with no owner said, keyed in its story) gives its holder,
      // not the role it gives when read without the story (`storyOffice`); in its own role fact, the role.
      // (The office first: it is null at once for every claim but a person's, so no other claim hashes its key.)
      const office = observation !== null && c.factId !== null ? storyOffice(c.claim) : null;
      if (office !== null && c.factId !== factId(observation!.key)) observation = { ...observation!, subject: office.subject, predicate: office.predicate, value: office.value };
      fresh.push({ id: c.claim.id, tag: row_version, row: c, observation, stated: cue.cues_stored ? { validFrom: cue.stated_valid_from, earlier: cue.stated_earlier, validTo: cue.stated_valid_to } : null });
    }
    for (const { id, tag, row: c, observation, stated: cue } of fresh) {
      // "former CEO X" held the office until the report: a date its sentence gives ("took over in 2020") is
      // when that tenure began, not when it ended, so it does not date the earlier value.
      const former = !(cue?.earlier ?? false) && c.claim.kind === 'person' && isFormerRole(c.claim.value.role);
      const stable: StableEvidence = observation
        ? {
            claimId: id,
            factId: strings.share(c.factId),
            subject: strings.share(observation.subject),
            predicate: strings.share(observation.predicate),
            kind: strings.share(observation.kind),
            value: observation.value,
            hedge: strings.share(c.claim.hedge),
            doc: strings.share(c.doc),
            published: strings.share(c.published),
            observedAt: former ? null : strings.share(cue?.validFrom ?? null),
            // "former CEO" holds the office's value, as an earlier one.
            earlier: (cue?.earlier ?? false) || former,
            validTo: strings.share(cue?.validTo ?? null),
            source: strings.share(c.source),
          }
        : null;
      known.set(id, stable);
      cache.set(id, tag, stable);
    }
  }
  for (const k of keys) {
    const stable = known.get(k.id);
    if (!stable) continue;
    add(
      k.root_id,
      k.corrected_value === null
        ? cache.evidence(k.id, stable, k.status, k.cluster_id)
        : { ...stable, value: k.corrected_value, status: k.status, cluster: k.cluster_id },
    );
  }

  // Checked by hand and each distinct value decoded once: a million imported rows repeat a few thousand values.
  const values = new Map<string, FactValue>();
  for (const row of decodeAll(ImportEvidenceRow, await tx.query(queries['fact-evidence-imports'], [JSON.stringify(roots)]), tx.label, 'imported claims row')) {
    for (const entry of row.claims) {
      const [claimId, factId, object, attribute, value, observedAt, status, source, corrected] = decodeImportEvidence(entry, values, tx.label);
      add(row.root_id, {
        claimId,
        factId,
        subject: object,
        predicate: attribute,
        kind: null,
        value: corrected ?? value,
        hedge: null,
        status,
        doc: source,
        published: observedAt,
        observedAt,
        earlier: false,
        validTo: null,
        source,
        cluster: null,
      });
    }
  }
  return byRoot;
}

/** The latest review that counts (no withdrawal, not withdrawn) of each of some facts, as reconciliation weighs it. */
export async function loadReviews(tx: Database, roots: readonly string[]): Promise<Map<string, Review & { action: FactReview['action'] }>> {
  if (roots.length === 0) return new Map();
  const rows = decodeAll(ReviewRow, await tx.query(queries['fact-reviews'], [JSON.stringify(roots)]), tx.label, 'review row');
  return new Map(rows.flatMap((r) => (r.action === 'withdraw' ? [] : [[r.targetId, { ...r, action: r.action }] as const])));
}

/** Stored trust of the sources behind some evidence. */
/**
 * The stored weights of the sources behind some evidence, read in one statement (`source-weights`): each
 * source's estimated trust, and the copy relations among them (`refreshTrust`) as `reconcileFact`'s
 * `dependence` (keyed `a\u0000b` in code-unit order) and `mirrors` (source → its group's first source in
 * code-unit order: the groups are the connected components of the mirror pairs).
 */
export async function loadWeights(
  tx: Database,
  evidence: Iterable<readonly FactEvidence[]>,
): Promise<{ trust: Map<string, number>; dependence: Map<string, number>; mirrors: Map<string, string> }> {
  const sources = sourcesOf(evidence);
  if (sources.length === 0) return { trust: new Map(), dependence: new Map(), mirrors: new Map() };
  const rows = decodeAll(WeightRow, await tx.query(queries['source-weights'], [JSON.stringify(sources)]), tx.label, 'source weight row');
  const trust = new Map(rows.filter((r) => r.source_b === null).map((r) => [r.source_a, r.weight]));
  // A single source has no pair to weigh.
  const pairs = sources.length < 2 ? [] : rows.flatMap((r) => (r.source_b === null ? [] : [{ source_a: r.source_a, source_b: r.source_b, probability: r.weight, mirror: r.mirror === true }]));
  return { trust, ...copyingOf(pairs) };
}

function copyingOf(rows: readonly { source_a: string; source_b: string; probability: number; mirror: boolean }[]): {
  dependence: Map<string, number>;
  mirrors: Map<string, string>;
} {
  const dependence = new Map(rows.map((r) => [r.source_a < r.source_b ? `${r.source_a}\u0000${r.source_b}` : `${r.source_b}\u0000${r.source_a}`, r.probability]));
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    let root = s;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const r of rows) {
    if (!r.mirror) continue;
    for (const s of [r.source_a, r.source_b]) if (!parent.has(s)) parent.set(s, s);
    const [a, b] = [find(r.source_a), find(r.source_b)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return { dependence, mirrors: new Map([...parent.keys()].map((s) => [s, find(s)])) };
}

function sourcesOf(evidence: Iterable<readonly FactEvidence[]>): string[] {
  const sources = new Set<string>();
  for (const list of evidence) for (const e of list) sources.add(e.source ?? e.doc);
  return [...sources].sort(compareText);
}

/** Trust, copy relations and mirrors to weigh one fact with, instead of the stored ones (`refreshTrust`). */
export type RootWeights = (root: string) => { trust: ReadonlyMap<string, number>; dependence: ReadonlyMap<string, number>; mirrors: ReadonlyMap<string, string> };

/**
 * Re-reconciles some facts (which the caller has locked) from all their
 * evidence, weighed by the stored trust of their sources and discounted
 * where a source is known to copy another voting the same value (stored copy
 * relations), renames each after its oldest own claim, and appends a version
 * where the belief changed. Returns how many versions it wrote.
 *
 * Versions are closed, inserted and given their evidence in one statement
 * each, however many facts changed (only a rename, rare, is one per fact).
 */
export async function reconcileRoots(
  tx: Database,
  roots: readonly string[],
  now: Date,
  options: { weigh?: RootWeights; cache?: EvidenceCache; evidence?: ReadonlyMap<string, FactEvidence[]>; locked?: readonly LockedFactRow[] } = {},
): Promise<number> {
  if (roots.length === 0) return 0;
  const { weigh, cache } = options;
  // Rows the caller's own `lockFacts` returned earlier in the transaction (a superset of the roots) are still
  // what is stored: nothing but a rename here changes a locked fact's subject, predicate or kind, and the
  // locks hold until the transaction ends. Kept in that statement's order, as locking again would return them.
  const rootSet = new Set(roots);
  const locked = options.locked ? options.locked.filter((r) => rootSet.has(r.id)) : await lockFacts(tx, roots);
  // Evidence the caller read under these locks earlier in the transaction (`refreshTrust`) is still what is stored.
  const evidence = options.evidence ?? (await loadEvidence(tx, roots, cache));
  const reviews = await loadReviews(tx, roots);
  const stored = weigh ? null : await loadWeights(tx, evidence.values());
  const open = new Map(
    decodeAll(StoredVersionRow, await tx.query(queries['versions-open'], [JSON.stringify(roots)]), tx.label, 'version row').map((v) => [v.fact_id, v]),
  );
  const moves = await loadOfficeMoves(tx, locked);
  const previous = await previousStates(tx, [...open.values()], cache ?? NO_CACHE);
  const changed: Changed[] = [];
  for (const row of locked) {
    const list = endByOfficeMoves(evidence.get(row.id) ?? [], moves.get(row.id) ?? [], row.predicate);
    // Imported rows name their fact verbatim: when every one words it as the fact is named, naming it again changes nothing.
    const named = row.kind === null && list.every((e) => e.kind === null && e.subject === row.subject && e.predicate === row.predicate);
    const name = named ? null : nameDecoded(list, row.id, row.key);
    if (name && (name.subject !== row.subject || name.predicate !== row.predicate || name.kind !== row.kind)) {
      await tx.query(queries['fact-rename'], [row.id, name.subject, name.predicate, name.kind]);
    }
    const review = reviews.get(row.id);
    const { trust, dependence, mirrors } = stored ?? weigh!(row.id);
    const result = reconcileDecoded(list, { trust, dependence, mirrors, review: review ? toFactReview(review) : null });
    const current = open.get(row.id);
    // A fact with no evidence and no version yet (all its claims resolved elsewhere) needs none.
    if (!current && list.length === 0) continue;
    const encoded = encodeEvidence(result, previous.get(row.id) ?? { members: new Map(), candidates: new Map() });
    const head = headForm({ ...result, supporting: encoded.supporting, opposing: encoded.opposing });
    let base = current?.fingerprint ?? null;
    if (current?.evidence_form === 'slots') {
      // The belief is unchanged exactly when no claim entered or left a candidate, no candidate's stored form
      // changed and the version's own fields are the same: what the open version and its delta hold.
      if (encoded.changes.length === 0 && encoded.entries.length === 0 && head === storedHeadForm(current)) continue;
    } else if (current) {
      // A version of an earlier form stored the hash of the whole result (worked out from its full lists before 0018).
      base ??= fingerprint(toVersion(current));
      if (base === fingerprint(result)) continue;
    }
    changed.push({ fid: row.id, current, result, stored: encoded, fingerprint: chainedFingerprint(base, head, encoded.delta) });
  }
  await appendVersions(tx, changed, now, cache);
  return changed.length;
}

const OfficeMoveRow = z.object({ fact_id: z.string(), holder: z.string(), day: IsoDay, role: z.string().nullable() });

/** Of some locked facts, the offices (`office-moves`): per fact, the reports naming its holders in another office of its subject. */
async function loadOfficeMoves(tx: Database, locked: readonly LockedFactRow[]): Promise<Map<string, OfficeMove[]>> {
  const out = new Map<string, OfficeMove[]>();
  const offices = locked.filter((r) => isOfficeFact(r)).map((r) => r.id);
  if (offices.length === 0) return out;
  for (const r of decodeAll(OfficeMoveRow, await tx.query(queries['office-moves'], [JSON.stringify(offices)]), tx.label, 'office move row')) {
    const list = out.get(r.fact_id) ?? [];
    list.push({ holder: r.holder, day: r.day, role: r.role });
    out.set(r.fact_id, list);
  }
  return out;
}

/** An office's fact (`Disney | chief executive`): a person claim's fact that is not a person's own post (`role: coach`). */
function isOfficeFact(row: { kind: ClaimKind | null; predicate: string }): boolean {
  return row.kind === 'person' && !isRolePredicateKey(row.predicate);
}

/**
 * The other offices of the subjects of some facts of a batch (`office-siblings`): a holder the batch names in
 * one office may have left another of the same organisation, which must be reconciled again with it.
 */
export async function officeSiblings(tx: Database, facts: readonly { id: string; kind: ClaimKind | null; predicate: string }[]): Promise<string[]> {
  const offices = facts.filter(isOfficeFact).map((f) => f.id);
  if (offices.length === 0) return [];
  return decodeAll(IdRow, await tx.query(queries['office-siblings'], [JSON.stringify(offices)]), tx.label, 'fact row').map((r) => r.id);
}

function toFactReview(r: Review & { action: FactReview['action'] }): FactReview {
  return { action: r.action, value: r.value, reason: r.reason, reviewer: r.reviewer, seenClaimIds: r.seenClaimIds };
}

interface Changed {
  fid: string;
  current: StoredVersionRow | undefined;
  result: Reconciliation;
  stored: ReturnType<typeof encodeEvidence>;
  fingerprint: string;
}

/** A version's own fields as it stores them (`headForm`), from its row. */
function storedHeadForm(v: StoredVersionRow): string {
  return headForm({
    status: v.status,
    value: v.value,
    validFrom: v.valid_from,
    validTo: v.valid_to,
    confidence: v.confidence,
    reason: v.reason,
    supporting: v.explicit_supporting,
    opposing: v.explicit_opposing,
  });
}

/**
 * What the next version of each of some facts is diffed against (their open versions of the 0018 and 0036
 * forms): kept from when this store wrote it, else replayed from what is stored.
 */
async function previousStates(tx: Database, open: readonly StoredVersionRow[], cache: EvidenceCache): Promise<Map<string, VersionState>> {
  const out = new Map<string, VersionState>();
  const unknown: StoredVersionRow[] = [];
  for (const v of open) {
    if (v.evidence_form === 'full') continue;
    const kept = v.fingerprint === null ? undefined : cache.versionMembers(v.fact_id, v.id, v.fingerprint);
    if (kept) out.set(v.fact_id, kept);
    else unknown.push(v);
  }
  const loaded = await loadMembers(tx, unknown.map((v) => v.fact_id));
  const slotted = await loadSlotCandidates(tx, unknown.filter((v) => v.evidence_form === 'slots'));
  for (const v of unknown) out.set(v.fact_id, { members: loaded.get(v.fact_id) ?? new Map(), candidates: slotted.get(v.fact_id) ?? new Map() });
  return out;
}

/**
 * Closes the open version of each changed fact and appends its next one, in a few statements whatever
 * their number: the version with its candidates without their claim lists (0018), and the claims that
 * entered or left each candidate against the previous version (`encodeEvidence`), read back as the
 * replay of those changes. Only facts whose open version is a 0018 one have members to diff against.
 */
async function appendVersions(tx: Database, changed: readonly Changed[], now: Date, cache: EvidenceCache = NO_CACHE): Promise<void> {
  if (changed.length === 0) return;
  const recordedAt = now.toISOString();
  const closing = changed.flatMap((c) => (c.current ? [c.current.id] : []));
  if (closing.length > 0) {
    const closed = new Set((await tx.query(queries['version-close'], [JSON.stringify(closing), recordedAt])).map((r) => String((r as { id: unknown }).id)));
    // Unreachable while writers hold the fact locks; if it happens, retrying re-reads the new state.
    const lost = changed.find((c) => c.current && !closed.has(c.current.id));
    if (lost) throw new ConflictError(lost.fid, `open version ${lost.current!.id} was closed by another writer`);
  }
  const members: { version_id: string; slot: string; claim_id: string; added: boolean }[] = [];
  const versions = changed.map(({ fid, current, result, stored, fingerprint }) => {
    const seq = (current?.seq ?? 0) + 1;
    const id = versionId(fid, seq);
    cache.keepVersionMembers(fid, id, fingerprint, stored.state);
    for (const c of stored.changes) members.push({ version_id: id, ...c });
    return {
      id,
      fact_id: fid,
      seq,
      status: result.status,
      value: result.value,
      valid_from: result.validFrom,
      valid_to: result.validTo,
      confidence: result.confidence,
      reason: result.reason,
      // Every SNAPSHOT_EVERY-th version lists every candidate, so a read replays from there (0038); the
      // fingerprint hashes the delta either way, so it does not depend on which versions are snapshots.
      candidates: isSnapshot(seq) ? stored.listed : stored.entries,
      snapshot: isSnapshot(seq) || null,
      // What a list of facts shows of it (0040), so a list reads no candidates.
      listed: listSummary(stored.candidates),
      disputed: stored.disputed,
      fingerprint,
      supporting: stored.supporting,
      opposing: stored.opposing,
    };
  });
  await tx.query(queries['version-insert'], [JSON.stringify(versions), recordedAt]);
  if (members.length > 0) await tx.query(queries['version-members-insert'], [JSON.stringify(members)]);
}

const MemberRow = z.object({ fact_id: z.string(), slot: z.string(), claim_id: z.string() });
/** A 'slots' version's live entries as `version_slot_entries_at` replays them: objects under their slot (the rest is compared as stored). */
const SlotCandidatesRow = z.object({ fact_id: z.string(), candidates: z.array(z.object({ slot: z.string() }).passthrough()) });

/** Each candidate's stored form and order key by slot (`storedForms`) of some facts' 'slots' versions, replayed (0036, 0037). */
async function loadSlotCandidates(tx: Database, versions: readonly StoredVersionRow[]): Promise<Map<string, Map<string, StoredForm>>> {
  const out = new Map<string, Map<string, StoredForm>>();
  if (versions.length === 0) return out;
  const wanted = versions.map((v) => ({ fact_id: v.fact_id, seq: v.seq }));
  for (const r of decodeAll(SlotCandidatesRow, await tx.query(queries['version-candidates'], [JSON.stringify(wanted)]), tx.label, 'version candidates row')) {
    out.set(r.fact_id, storedForms(r.candidates));
  }
  return out;
}

/** The members of each candidate slot of some facts' latest (0018) versions. */
async function loadMembers(tx: Database, factIds: readonly string[]): Promise<Map<string, Members>> {
  const out = new Map<string, Members>();
  if (factIds.length === 0) return out;
  for (const r of decodeAll(MemberRow, await tx.query(queries['version-members'], [JSON.stringify(factIds)]), tx.label, 'version member row')) {
    let members = out.get(r.fact_id);
    if (!members) out.set(r.fact_id, (members = new Map()));
    let set = members.get(r.slot);
    if (!set) members.set(r.slot, (set = new Set()));
    set.add(r.claim_id);
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
