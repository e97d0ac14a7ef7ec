/**
 * Entity resolution between facts: a fact whose subject is a shorter mention of
 * another fact's subject (`Trump` of `Donald Trump`, `investment fund` of `Japan
 * investment fund`) resolves into it, so their claims meet; one story's facts
 * of one predicate and one value of a kind that rarely coincides (`value-identity.ts`)
 * are one fact. Pure: a function of the set of fact keys (and value keys, each a
 * function of its fact's claims) alone, which is what keeps the store's facts the
 * same whatever order articles arrive in.
 */
import { isCountryName } from '../lexicon/countries.js';
import { OWNED_COUNT_WORD } from './fact-key.js';
import type { ClaimKind } from '../model/index.js';
import { isRolePredicateKey } from './office.js';

/** A fact as resolution sees it. */
export interface KeyedFact {
  id: string;
  /** `subject words (sorted)|predicate words`, see `factKey`; may hold a story's scope token. */
  key: string;
  /** `null` for imported facts, which are never resolved: a data set's object names are identifiers. */
  kind: ClaimKind | null;
  /**
   * For a fact without a scope: the scope tokens of the stories it has claims in. A generic subject of
   * story S (`investment fund`) resolves into a named one (`Japan investment fund`) only if S reports it.
   */
  attested?: readonly string[];
  /**
   * For a person's fact: the resolved entity (`sameEntity`) its subject names, if known. Two person facts
   * of one predicate naming one entity are one fact (`Marek Tull` and `Mareck Tull`, printed two ways).
   */
  entity?: string | null;
  /**
   * A figure's value key (`identityValueKey`, `unanimousValueKey`): facts of one story and one predicate with the
   * same one are one fact. Null or absent: the fact takes no part.
   */
  valueKey?: string | null;
}

interface Parsed {
  id: string;
  predicate: string;
  person: boolean;
  /** Subject words without the scope token. */
  words: Set<string>;
  /** The story scope token, or null for a fact about a named subject. */
  scope: string | null;
  attested: ReadonlySet<string>;
  entity: string | null;
  valueKey: string | null;
}

/**
 * For each fact that resolves into another, the id of the fact it resolves to
 * (followed to the end of the chain); facts that stand on their own are absent.
 *
 * Fact A resolves into fact B when they share the predicate, both are people or
 * both are not, A's subject words are a strict subset of B's, B is in A's scope
 * (the same story, or a named subject the story reports: `attested`), and B is
 * the one smallest such superset, every other superset containing B's words too.
 * Two incomparable supersets (`tariff on cars` inside both `global tariff on
 * cars` and `tariff on car parts`) mean the short mention is ambiguous, so it
 * stays apart. A non-person subject needs two words to resolve: one word (`cars`,
 * `terms`) says too little to pick an entity; a person's surname is enough, and so is a bare count keyed by its
 * figure resolving into the one longer count of that figure in its story (`points` of 15 into `Marcus Camby points` of
 * 15, `passengers` of 136 into `passengers carried` of 136: one article's `the 136 passengers`, another's `carrying
 * 136 passengers`; a whole count under ten only into an owner's). A
 * country holding an office (`Pakistan | president`) resolves into nothing longer.
 *
 * Then facts of one story (a scope token), of one predicate, that resolve into nothing by their keys and share a
 * value key (`valueKey`: every claim of each gives that one value) all resolve into the smallest id of them.
 */
export function resolveFacts(facts: readonly KeyedFact[]): Map<string, string> {
  const parsed: Parsed[] = facts.filter((f) => f.kind !== null).map(parseFact);
  const byPredicate = new Map<string, Parsed[]>();
  for (const p of parsed) {
    const group = byPredicate.get(p.predicate);
    if (group === undefined) byPredicate.set(p.predicate, [p]);
    else group.push(p);
  }

  const parent = new Map<string, string>();
  for (const group of byPredicate.values()) {
    // Person facts naming one entity: all resolve into one of them, the one with most subject words, then the smallest id.
    const representative = new Map<string, Parsed>();
    const byEntity = new Map<string, Parsed[]>();
    for (const p of group) if (p.entity !== null && p.scope === null) byEntity.set(p.entity, [...(byEntity.get(p.entity) ?? []), p]);
    for (const members of byEntity.values()) {
      const rep = [...members].sort((x, y) => y.words.size - x.words.size || compareText(x.id, y.id))[0]!;
      for (const m of members) representative.set(m.id, rep);
    }
    const repOf = (p: Parsed) => representative.get(p.id) ?? p;
    // A superset holds every one of a fact's words, so only the facts holding its rarest word are tested: a generic
    // predicate relates hundreds of facts in a large store (a vote share in every story), and testing each against
    // each made resolution quadratic in them. Lists keep the group's order, so the result is the same.
    const byWord = new Map<string, Parsed[]>();
    for (const p of group) {
      for (const w of p.words) {
        const holders = byWord.get(w);
        if (holders === undefined) byWord.set(w, [p]);
        else holders.push(p);
      }
    }
    const holdersOfAll = (a: Parsed): readonly Parsed[] => {
      let rarest: readonly Parsed[] | undefined;
      for (const w of a.words) {
        const holders = byWord.get(w) ?? [];
        if (rarest === undefined || holders.length < rarest.length) rarest = holders;
      }
      return rarest ?? group;
    };
    for (const a of group) {
      const rep = repOf(a);
      if (rep !== a) {
        parent.set(a.id, rep.id);
        continue;
      }
      // A bare count keyed by its figure (`points|count #15`) is specific enough: it resolves into the one longer
      // count of that figure in its story, an owner's (`Marcus Camby points`) or one that says what befell the
      // things counted (`the 136 passengers` into `carrying 136 passengers`), never where two such counts gave it.
      const bareIntoLonger = !a.person && a.words.size < 2 && isFigureKeyed(a.predicate);
      if (!a.person && a.words.size < 2 && !bareIntoLonger) continue;
      // A country's office is no shorter mention of an organisation named after it (`Pakistan | president`
      // is not `Pakistan Association of Greater Boston | president`); a person named like one (`Jordan`) still is.
      if (a.person && !isRolePredicateKey(a.predicate) && isCountryName([...a.words])) continue;
      // A whole count under ten (`two wickets`) is too common a figure to say which: it resolves only into an owner's.
      const ownersOnly = bareIntoLonger && isSmallWholeCount(a.predicate);
      const supersets = holdersOfAll(a).filter((b) => b.person === a.person && inScope(a, b) && isStrictSubset(a.words, b.words) && (!ownersOnly || b.words.has(OWNED_COUNT_WORD)));
      if (supersets.length === 0) continue;
      // Supersets that are one entity's names are one candidate (`Tull` inside `Marek Tull` and `Mareck Tull`).
      const entities = new Set(supersets.map((b) => repOf(b).id));
      if (entities.size === 1 && supersets.every((b) => b.entity !== null)) {
        if (repOf(supersets[0]!) !== a) parent.set(a.id, repOf(supersets[0]!).id);
        continue;
      }
      const smallest = supersets.filter((b) => !supersets.some((c) => c !== b && isStrictSubset(c.words, b.words)));
      if (smallest.length !== 1) continue;
      const target = smallest[0]!;
      if (supersets.every((b) => b === target || isStrictSubset(target.words, b.words))) parent.set(a.id, target.id);
    }
    // One story's facts that stand on their own by their keys, of one predicate and the same value (`valueKey`), are one
    // fact under two wordings: all resolve into the smallest id (facts resolving into them follow: the chain below).
    const byValue = new Map<string, Parsed[]>();
    for (const p of group) {
      if (p.valueKey === null || parent.has(p.id)) continue;
      const k = `${p.scope}\u0000${p.valueKey}`;
      const members = byValue.get(k);
      if (members === undefined) byValue.set(k, [p]);
      else members.push(p);
    }
    for (const members of byValue.values()) {
      if (members.length < 2) continue;
      const root = members.reduce((x, y) => (compareText(y.id, x.id) < 0 ? y : x));
      for (const m of members) if (m !== root) parent.set(m.id, root.id);
    }
  }
  const roots = new Map<string, string>();
  for (const id of parent.keys()) {
    let root = id;
    // Strict subsets only grow, an entity's names point at its longest, and a value's facts at one that resolves into
    // nothing by its key, so a chain cannot loop.
    while (parent.has(root)) root = parent.get(root)!;
    roots.set(id, root);
  }
  return roots;
}

/**
 * A predicate that carries a count's figure (`count #amount:15_point`, `bareValueWord`): only facts of that one
 * figure share it. A day-keyed event's (`date #day_01-14`) names a one-word event, which has no longer form.
 */
function isFigureKeyed(predicate: string): boolean {
  return predicate.includes(' #') && !predicate.includes(' #day_');
}

/** A figure-keyed predicate whose figure is a whole count under ten (`count #amount:2_wicket`), which many things share. */
function isSmallWholeCount(predicate: string): boolean {
  const figure = /#amount:(-?\d+(?:\.\d+)?)_/.exec(predicate);
  return figure !== null && Number.isInteger(Number(figure[1])) && Math.abs(Number(figure[1])) < 10;
}

/** A's claims may count for B: the same story, or B names its subject and A's story reports it. */
function inScope(a: Parsed, b: Parsed): boolean {
  if (a.scope === b.scope) return true;
  return a.scope !== null && b.scope === null && b.attested.has(a.scope);
}

function parseFact(f: KeyedFact): Parsed {
  const { words, predicate } = keyParts(f.key);
  const scope = words.find(isScope) ?? null;
  return {
    id: f.id,
    predicate,
    person: f.kind === 'person',
    words: new Set(words.filter((w) => !isScope(w))),
    scope,
    attested: new Set(f.attested ?? []),
    entity: f.kind === 'person' ? (f.entity ?? null) : null,
    valueKey: f.kind === 'figure' && scope !== null ? (f.valueKey ?? null) : null,
  };
}

/** True when one fact's subject words and the other's include one another (or are equal), with the same predicate, in compatible scopes. */
export function areRelated(a: string, b: string): boolean {
  return relatedToAny([a])(b);
}

/**
 * `areRelated` to any of some keys, as a test of other keys: the keys are parsed once, and only those of the
 * other key's predicate are compared (a batch's keys against every fact resolution looked at).
 */
export function relatedToAny(keys: readonly string[]): (key: string) => boolean {
  const byPredicate = new Map<string, { scope: string | null; words: Set<string> }[]>();
  const parse = (key: string) => {
    const { words, predicate } = keyParts(key);
    return { predicate, scope: words.find(isScope) ?? null, words: new Set(words.filter((w) => !isScope(w))) };
  };
  for (const key of keys) {
    const { predicate, ...rest } = parse(key);
    const same = byPredicate.get(predicate);
    if (same === undefined) byPredicate.set(predicate, [rest]);
    else same.push(rest);
  }
  return (key) => {
    const b = parse(key);
    const same = byPredicate.get(b.predicate);
    if (same === undefined) return false;
    return same.some((a) => (a.scope === null || b.scope === null || a.scope === b.scope) && (isSubset(a.words, b.words) || isSubset(b.words, a.words)));
  };
}

/** The story scope token of a key, or null for a key about a named subject. */
export function keyScope(key: string): string | null {
  return keyParts(key).words.find(isScope) ?? null;
}

function isScope(word: string): boolean {
  return word.startsWith('~');
}

/** The subject words and predicate of a key. */
export function keyParts(key: string): { words: string[]; predicate: string } {
  const [subject = '', predicate = ''] = splitKey(key);
  return { words: subject.split(' ').filter(Boolean), predicate };
}

function splitKey(key: string): [string, string] {
  const bar = key.indexOf('|');
  return bar < 0 ? [key, ''] : [key.slice(0, bar), key.slice(bar + 1)];
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

function isStrictSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size < b.size && isSubset(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
