import { FactExport, type Fact, type FactVersion } from '../model/index.js';

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
