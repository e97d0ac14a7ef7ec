import { FactExport, type Fact, type FactVersion } from '../model/index.js';

/**
 * A fact's current belief as one line of `newsfacts facts --json` (FORMAT.md
 * "Fact export"): `sources` are the documents behind the chosen value, and
 * every other candidate value is an alternative with its own documents and
 * valid time. v1 does not model supersession, so an alternative's status is
 * `contested`.
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
    alternatives: others.map((candidate) => ({
      value: candidate.value,
      status: 'contested',
      valid_from: candidate.validFrom,
      valid_to: candidate.validTo,
      sources: candidate.sources,
    })),
  });
}
