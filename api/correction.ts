/**
 * A reviewer's correction as text or a typed value, read into a typed value of the target's kind.
 * The CLI (`review --correct`) and the API (`POST …/reviews` with `value`) both call
 * `correctionValue`, so the same text gives the same value whichever client sends it.
 */
import { InputError } from '../errors.js';
import { parseValue, shapeOf, type ValueShape } from '../lexicon/value-grammar.js';
import type { FactValue } from '../model/index.js';
import { claimObservation } from '../reconcile/index.js';
import type { FactStore } from '../store/index.js';

/**
 * What a correction of the target must be: a claim's own value (as the fact it feeds holds it:
 * a person claim's role is text, a project's amount money), or a fact's value. Null when the
 * target holds no value to follow (anything parses then).
 * @throws InputError (404) when the target does not exist.
 */
export async function correctionShape(store: FactStore, targetKind: 'claim' | 'fact', targetId: string): Promise<ValueShape | null> {
  if (targetKind === 'claim') {
    const [view] = await store.claimViews({ claimIds: [targetId] });
    if (!view) throw new InputError(targetId, 'no such claim');
    return shapeOf(claimObservation(view.claim)?.value ?? view.claim.value);
  }
  const at = await store.factAt(targetId);
  if (!at) throw new InputError(targetId, 'no such fact');
  const values = [at.version?.value ?? null, ...(at.version?.candidates ?? []).map((c) => c.value)];
  const shapes = values.map(shapeOf).filter((s): s is ValueShape => s !== null);
  // The fact's kind decides when its value disagrees (an old text correction on a figure fact).
  const fits = (s: ValueShape) =>
    at.fact.kind === null ||
    (at.fact.kind === 'figure' && ['money', 'percent', 'count'].includes(s.kind)) ||
    (at.fact.kind === 'date' && s.kind === 'date') ||
    ((at.fact.kind === 'person' || at.fact.kind === 'project') && s.kind !== 'date');
  const shape = shapes.find(fits);
  if (shape) return shape;
  return at.fact.kind === 'date' ? { kind: 'date', unit: null } : at.fact.kind === 'person' ? { kind: 'text', unit: null } : null;
}

/**
 * The typed value a correction stores: text is read by the value grammar in the target's shape, a
 * typed value must be of the target's kind.
 * @throws InputError (400) naming the problem, e.g. `c_12: correction "fifteen percent-ish": unexpected "-ish" after the number`.
 */
export async function correctionValue(store: FactStore, targetKind: 'claim' | 'fact', targetId: string, raw: string | FactValue): Promise<FactValue> {
  const shape = await correctionShape(store, targetKind, targetId);
  if (typeof raw !== 'string') {
    const kind = shapeOf(raw)?.kind;
    if (shape && kind !== shape.kind) throw new InputError(targetId, `correction ${JSON.stringify(raw)} is ${kind ?? 'no value'}, but this ${targetKind} holds ${shape.kind}`);
    return raw;
  }
  const parsed = parseValue(raw, shape);
  if (!parsed.ok) throw new InputError(targetId, `correction ${parsed.error}`);
  return parsed.value;
}
