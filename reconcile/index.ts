export { factKey, importKey, isUsableKey, normaliseWords, singular } from './fact-key.js';
export { areRelated, keyParts, resolveFacts, type KeyedFact } from './identity.js';
export { AMOUNT_TOLERANCE, valuesAgree } from './value-agreement.js';
export { copyRelations, CopyRelation, COPY_THRESHOLD, discoverTruth, majorityVote, TruthOptions, type TruthObservation, type TruthResult } from './truth.js';
export { valueKey } from './value-key.js';
export { claimObservation, ClaimContext, NearbyClaim, Observation, statedValidFrom } from './observation.js';
export {
  FactEvidence,
  FactReview,
  HEDGE_WEIGHT,
  nameFact,
  ReconcileOptions,
  Reconciliation,
  reconcileFact,
  type FactEvidenceInput,
} from './reconcile.js';
