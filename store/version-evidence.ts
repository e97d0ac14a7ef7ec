/**
 * How a version's evidence is stored (0018): instead of repeating every
 * candidate's claim ids and documents and every supporting and opposing claim
 * in each version (which made a fact's history, and every reconcile of it,
 * grow with the square of its claims), a version stores
 *
 * - its candidates without their claim lists (`StoredCandidate`: value, key,
 *   weight, valid interval, status, how many claims and documents), each under
 *   a slot that stays the same from version to version (`candidateSlots`);
 * - which slots make up its supporting and opposing claims (or, when no set
 *   of slots does, the explicit lists);
 * - the delta of slot membership against the previous version
 *   (`version_members`: a claim entering or leaving a slot);
 * - a fingerprint of everything reconciliation decided, so "did the belief
 *   change" needs no evidence read.
 *
 * Replaying the deltas up to a version gives back exactly the candidates,
 * supporting and opposing lists reconciliation produced (`decodeEvidence`), so
 * every read returns what it did when versions held full lists; versions
 * written before 0018 keep their full lists and are read as before.
 *
 * Since 0036 (evidence form 'slots') a version stores only the candidates whose
 * stored form or place in the list changed (`SlotEntry`), and a tombstone for
 * each one no longer listed; the database replays them (`version_candidates_at`)
 * into the list a 0018 version stored, so everything read from a version is as
 * before. Writing a version of a fact with 200 values then costs the values
 * that changed, not 200. A candidate's place is an order key (0037, `pos`, the
 * fractional-indexing package's keys, compared by code unit): a candidate put
 * anywhere in the list takes a key between its neighbours' and moves no other.
 * 0036 stored a rank counted from the end of the list instead, which a
 * candidate added to an older period changed for every newer one (88 % of the
 * entries a 1,000-article run wrote); such versions read as they did.
 */
import { createHash } from 'node:crypto';
import { generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import { CandidateStatus, FactValue, IsoDay, type Candidate, type FactVersion } from '../model/index.js';

/**
 * Every how many versions of a fact a 'slots' version stores all its candidates (a snapshot, 0038): a version
 * whose seq this divides. A read replays a version from the latest snapshot up to it (or from the fact's first
 * 'slots' version), so at most this many versions, however long the fact's history.
 */
export const SNAPSHOT_EVERY = 32;

/** Whether the version of a fact with this seq is a snapshot (`SNAPSHOT_EVERY`). */
export function isSnapshot(seq: number): boolean {
  return seq % SNAPSHOT_EVERY === 0;
}

/** Claim ids in each candidate slot of a version. */
export type Members = Map<string, Set<string>>;

/** A candidate as a 0018 version stores it: everything but its claim ids and documents, which come from the slot's members. */
export const StoredCandidate = z.object({
  value: FactValue,
  valueKey: z.string().min(1),
  weight: z.number().nonnegative(),
  validFrom: IsoDay.nullable(),
  validTo: IsoDay.nullable(),
  status: CandidateStatus.optional(),
  /** `candidateSlots`: the key of its claim set in `version_members`. */
  slot: z.string().min(1),
  /** How many claims and documents back it (what a summary shows without reading them). */
  claimCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
  /** Its claims are among the version's supporting (opposing) claims, and with the other flagged ones make all of them. */
  support: z.boolean().optional(),
  oppose: z.boolean().optional(),
});
export type StoredCandidate = z.infer<typeof StoredCandidate>;

/**
 * A 'slots' version's entry: a candidate whose stored form or place changed, with its order key (`pos`, 0037;
 * 0036 wrote `rank`, its place counted from the end), or one no longer listed.
 */
export type SlotEntry = (StoredCandidate & { pos: string }) | { slot: string; gone: true };

/**
 * A listed candidate's stored form (`stableStringify`, without its place) and order key (null: 0036's rank, never
 * kept): the form itself when replayed from what is stored, or the candidate it is the form of when this process
 * wrote it (`encodeEvidence`), compared field by field and formed again only when it changed (a hot fact's
 * thousands of forms, a few hundred characters each, are not kept beside their candidates).
 */
export type StoredForm = { form: string; pos: string | null; candidate?: undefined } | { form?: undefined; pos: string | null; candidate: StoredCandidate };

/** The stored form a kept candidate stands for. */
export function formOf(stored: StoredForm): string {
  return stored.form ?? candidateForm(stored.candidate!);
}

/**
 * What the next version of a fact is diffed against: its slots' members and, for a 'slots' version, each
 * candidate's stored form and order key by slot (`storedForms`; empty for a version of another form, whose
 * successor then stores every candidate).
 */
export interface VersionState {
  members: Members;
  candidates: Map<string, StoredForm>;
}

/**
 * Each listed candidate's stored form and order key, by slot, from the live entries of a 'slots' version in
 * list order, as `version_slot_entries_at` replays them (with their `pos`, or 0036's `rank`).
 */
export function storedForms(entries: readonly object[]): Map<string, StoredForm> {
  const out = new Map<string, StoredForm>();
  for (const e of entries) {
    const { pos, rank: _rank, ...candidate } = e as { slot: string; pos?: unknown; rank?: unknown };
    out.set(candidate.slot, { form: candidateForm(candidate as StoredCandidate), pos: typeof pos === 'string' ? pos : null });
  }
  return out;
}

/**
 * Order keys for a list of candidates: those of the previous version kept where they are still in order (a
 * longest increasing run of them, so as few as possible change), keys between their neighbours for the rest.
 */
function orderKeys(previous: readonly (string | null)[]): string[] {
  const kept = longestIncreasing(previous);
  const keys = new Array<string>(previous.length);
  for (let i = 0; i < previous.length; ) {
    if (kept[i]) {
      keys[i] = previous[i]!;
      i++;
      continue;
    }
    let j = i;
    while (j < previous.length && !kept[j]) j++;
    const made = generateNKeysBetween(i > 0 ? keys[i - 1]! : null, j < previous.length ? previous[j]! : null, j - i);
    for (let k = i; k < j; k++) keys[k] = made[k - i]!;
    i = j;
  }
  return keys;
}

/** Which of some keys (null: none) form a longest strictly increasing run, in code-unit order (patience sorting). */
function longestIncreasing(keys: readonly (string | null)[]): boolean[] {
  const tails: number[] = [];
  const before = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === null) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Array<boolean>(keys.length).fill(false);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) kept[i] = true;
  return kept;
}

/** What reconciliation decided, as `encodeEvidence` reads it. */
export interface DecidedEvidence {
  candidates: readonly Candidate[];
  supporting: readonly string[];
  opposing: readonly string[];
}

/** One change of slot membership (a row of `version_members`). */
export interface MemberChange {
  slot: string;
  claim_id: string;
  added: boolean;
}

/**
 * A stable key for each candidate: `n:valueKey`, where n counts the candidates of the same value listed
 * after it (older epochs come later). A new epoch, listed first, leaves the keys of the older ones as they
 * were, so their claims need no new rows.
 */
export function candidateSlots(candidates: readonly { valueKey: string }[]): string[] {
  const seen = new Map<string, number>();
  const slots: string[] = new Array<string>(candidates.length);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const key = candidates[i]!.valueKey;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    slots[i] = `${n}:${key}`;
  }
  return slots;
}

/**
 * The stored form of a version's evidence, and its delta against the previous version (`previous`: empty
 * members when that version was written before 0018 or there is none, empty candidates when it is not a
 * 'slots' one): the membership changes, and the candidate entries that changed (`entries`).
 */
export function encodeEvidence(
  decided: DecidedEvidence,
  previous: VersionState,
): {
  candidates: StoredCandidate[];
  entries: SlotEntry[];
  /** Every listed candidate with its order key, in list order: what a snapshot stores (`SNAPSHOT_EVERY`). */
  listed: SlotEntry[];
  disputed: boolean;
  supporting: string[] | null;
  opposing: string[] | null;
  changes: MemberChange[];
  state: VersionState;
  /** The entries and membership changes in a canonical form (`chainedFingerprint`). */
  delta: string;
} {
  const slots = candidateSlots(decided.candidates);
  const members: Members = new Map();
  const changes: MemberChange[] = [];
  decided.candidates.forEach((c, i) => {
    const slot = slots[i]!;
    const before = previous.members.get(slot);
    // A slot whose claims are those it had keeps the previous version's set (kept states' sets are never
    // modified): a hot fact's thousands of unchanged candidates cost no new set and no change.
    if (before !== undefined && before.size === c.claimIds.length && c.claimIds.every((id) => before.has(id))) {
      members.set(slot, before);
      return;
    }
    const ids = new Set(c.claimIds);
    members.set(slot, ids);
    for (const id of ids) if (!before?.has(id)) changes.push({ slot, claim_id: id, added: true });
  });
  for (const [slot, ids] of previous.members) {
    const now = members.get(slot);
    if (now === ids) continue;
    for (const id of ids) if (!now?.has(id)) changes.push({ slot, claim_id: id, added: false });
  }
  changes.sort((a, b) => compareText(a.slot, b.slot) || compareText(a.claim_id, b.claim_id));
  const cover = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    const flagged = decided.candidates.map((c) => c.claimIds.length > 0 && c.claimIds.every((id) => wanted.has(id)));
    const covered = new Set<string>();
    decided.candidates.forEach((c, i) => {
      if (flagged[i]) for (const id of c.claimIds) covered.add(id);
    });
    return covered.size === wanted.size ? flagged : null;
  };
  const support = cover(decided.supporting);
  const oppose = cover(decided.opposing);
  const candidates = decided.candidates.map((c, i): StoredCandidate => {
    // Fields set in this order, one at a time: the conditional spreads it replaces cost a hot fact's thousands of candidates an object each.
    const stored: StoredCandidate = { value: c.value, valueKey: c.valueKey, weight: c.weight, validFrom: c.validFrom, validTo: c.validTo } as StoredCandidate;
    if (c.status !== undefined) stored.status = c.status;
    stored.slot = slots[i]!;
    stored.claimCount = c.claimIds.length;
    stored.sourceCount = c.sources.length;
    if (support?.[i]) stored.support = true;
    if (oppose?.[i]) stored.oppose = true;
    return stored;
  });
  const keys = orderKeys(candidates.map((c) => previous.candidates.get(c.slot)?.pos ?? null));
  const forms = new Map<string, StoredForm>();
  const entries: SlotEntry[] = [];
  const delta: string[] = [];
  candidates.forEach((c, i) => {
    const before = previous.candidates.get(c.slot);
    // A candidate the same field by field as the one the previous form was written from has that form: a hot
    // fact's thousands of unchanged candidates are compared, not written out again.
    const pos = keys[i]!;
    forms.set(c.slot, { pos, candidate: c });
    const same = before?.candidate !== undefined && sameCandidate(before.candidate, c);
    if (same && before!.pos === pos) return;
    const form = candidateForm(c);
    if (before !== undefined && before.pos === pos && formOf(before) === form) return;
    entries.push({ ...c, pos });
    delta.push(`${pos}\u0000${form}`);
  });
  // Built only for a snapshot (`SNAPSHOT_EVERY`): a hot fact lists thousands of candidates.
  let listed: SlotEntry[] | undefined;
  for (const slot of previous.candidates.keys()) {
    if (forms.has(slot)) continue;
    entries.push({ slot, gone: true });
    delta.push(`-${JSON.stringify(slot)}`);
  }
  for (const c of changes) delta.push(`${c.added ? '+' : '-'}${JSON.stringify([c.slot, c.claim_id])}`);
  return {
    delta: delta.join('\n'),
    candidates,
    entries,
    get listed() {
      return (listed ??= candidates.map((c, i): SlotEntry => ({ ...c, pos: keys[i]! })));
    },
    disputed: candidates.some((c) => c.status === 'disputed'),
    supporting: support ? null : sorted(decided.supporting),
    opposing: oppose ? null : sorted(decided.opposing),
    changes,
    state: { members, candidates: forms },
  };
}

/** Applies a version's membership changes to the members of the version before it (in place). */
export function applyChanges(members: Members, changes: Iterable<MemberChange>): Members {
  for (const c of changes) {
    let set = members.get(c.slot);
    if (c.added) {
      if (!set) members.set(c.slot, (set = new Set()));
      set.add(c.claim_id);
    } else set?.delete(c.claim_id);
  }
  return members;
}

/**
 * A 0018 version's candidates, supporting and opposing claims as reconciliation produced them, from its
 * stored candidates, its explicit lists (when no slots cover them) and its slots' members; `docOf` gives
 * each claim's document (what `Candidate.sources` lists).
 */
export function decodeEvidence(
  stored: readonly StoredCandidate[],
  explicit: { supporting: readonly string[] | null; opposing: readonly string[] | null },
  members: Members,
  docOf: (claimId: string) => string | undefined,
): Pick<FactVersion, 'candidates' | 'supporting' | 'opposing'> {
  const candidates = stored.map((s): Candidate => {
    const claimIds = sorted(members.get(s.slot) ?? []);
    return {
      value: s.value,
      valueKey: s.valueKey,
      claimIds,
      sources: sorted(new Set(claimIds.flatMap((id) => docOf(id) ?? []))),
      weight: s.weight,
      validFrom: s.validFrom,
      validTo: s.validTo,
      ...(s.status === undefined ? {} : { status: s.status }),
    };
  });
  const union = (flag: 'support' | 'oppose') => sorted(new Set(candidates.flatMap((c, i) => (stored[i]![flag] ? c.claimIds : []))));
  return {
    candidates,
    supporting: explicit.supporting ? [...explicit.supporting] : union('support'),
    opposing: explicit.opposing ? [...explicit.opposing] : union('oppose'),
  };
}

/** What reconciliation decides for a version besides its evidence. */
type Decided = Pick<FactVersion, 'status' | 'value' | 'validFrom' | 'validTo' | 'confidence' | 'reason'>;

/** `Decided`'s fields alone, as both fingerprints hash them (`stableStringify` sorts keys, so where they are added is free). */
function decidedFields(v: Decided): Decided {
  return { status: v.status, value: v.value, validFrom: v.validFrom, validTo: v.validTo, confidence: v.confidence, reason: v.reason };
}

/** What a version holds besides its candidates and their claims, in a canonical form (`chainedFingerprint`). */
export function headForm(v: Decided & { supporting: readonly string[] | null; opposing: readonly string[] | null }): string {
  return stableStringify({ ...decidedFields(v), supporting: v.supporting, opposing: v.opposing });
}

/**
 * A 'slots' version's fingerprint (0036): the hash of the previous version's fingerprint (null for a fact's
 * first version), the version's own fields (`headForm`) and its delta (`encodeEvidence`), so it costs what
 * changed, not every claim id of the fact. Like the whole hash before it, it names the version's state (the
 * previous state and the change determine it); whether the belief changed is decided before it, by an empty
 * delta and the same fields (`reconcileRoots`).
 */
export function chainedFingerprint(previous: string | null, head: string, delta: string): string {
  return createHash('sha256').update(`${previous ?? ''}\u0000${head}\u0000${delta}`).digest('hex');
}

/**
 * What "the belief changed" compares for versions of the 0018 form: everything reconciliation decides, in a canonical form (jsonb does
 * not keep key order, the database may sort ids by its collation), hashed so a version can store it.
 */
export function fingerprint(v: DecidedEvidence & Decided): string {
  const canonical = stableStringify({ ...decidedFields(v), supporting: sorted(v.supporting), opposing: sorted(v.opposing), candidates: v.candidates });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Two stored candidates with the same fields (their values the same object), so the same `candidateForm`. */
function sameCandidate(a: StoredCandidate, b: StoredCandidate): boolean {
  return (
    a.value === b.value && a.valueKey === b.valueKey && a.weight === b.weight && a.validFrom === b.validFrom && a.validTo === b.validTo &&
    a.status === b.status && a.slot === b.slot && a.claimCount === b.claimCount && a.sourceCount === b.sourceCount && a.support === b.support &&
    a.oppose === b.oppose
  );
}

/**
 * A value's `stableStringify`, by value object: values are never modified, and a hot fact's thousands of
 * candidates hand the same value objects (its claims' decoded values) to every reconcile of it.
 */
const VALUE_FORMS = new WeakMap<object, string>();

/**
 * `stableStringify` of a stored candidate, the same text, with its fields written in their sorted order
 * (`claimCount`, `oppose`, `slot`, `sourceCount`, `status`, `support`, `validFrom`, `validTo`, `value`,
 * `valueKey`, `weight`) instead of sorting them: a reconcile writes one per candidate of the fact, thousands
 * for a long story's count. An object with any other field is written the general way.
 */
export function candidateForm(c: StoredCandidate): string {
  const given =
    c.claimCount !== undefined && c.slot !== undefined && c.sourceCount !== undefined && c.validFrom !== undefined && c.validTo !== undefined &&
    c.valueKey !== undefined && c.weight !== undefined && c.value !== null && typeof c.value === 'object';
  let fields = 8;
  if (c.oppose !== undefined) fields++;
  if (c.status !== undefined) fields++;
  if (c.support !== undefined) fields++;
  let own = 0;
  for (const key in c) if ((c as Record<string, unknown>)[key] !== undefined) own++;
  if (!given || own !== fields) return stableStringify(c);
  let value = VALUE_FORMS.get(c.value);
  if (value === undefined) VALUE_FORMS.set(c.value, (value = stableStringify(c.value)));
  return (
    `{"claimCount":${JSON.stringify(c.claimCount)}` +
    (c.oppose === undefined ? '' : `,"oppose":${JSON.stringify(c.oppose)}`) +
    `,"slot":${JSON.stringify(c.slot)},"sourceCount":${JSON.stringify(c.sourceCount)}` +
    (c.status === undefined ? '' : `,"status":${JSON.stringify(c.status)}`) +
    (c.support === undefined ? '' : `,"support":${JSON.stringify(c.support)}`) +
    `,"validFrom":${JSON.stringify(c.validFrom)},"validTo":${JSON.stringify(c.validTo)},"value":${value},"valueKey":${JSON.stringify(c.valueKey)},"weight":${JSON.stringify(c.weight)}}`
  );
}

export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) {
    // A list of claim ids (most of a hot fact's result) reads the same whole as element by element.
    if (value.every((v) => typeof v === 'string')) return JSON.stringify(value);
    return `[${value.map(stableStringify).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sorted(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
