export { factKey, importKey, ambiguousBareCounts, bareCountKey, isBareCount, isBareSpan, isUsableKey, normaliseWords, rescopeKey, singular } from './fact-key.js';
export { areRelated, keyParts, keyScope, relatedToAny, resolveFacts, type KeyedFact } from './identity.js';
export { AgreementOptions, AMOUNT_TOLERANCE, circularMinutes, TIME_TOLERANCE_MINUTES, timeOfDay, typedValue, valueSupport, valuesAgree, VOTE_AGREEMENT, type TypedValue } from './value-agreement.js';
export { copyRelations, CopyRelation, COPY_THRESHOLD, discoverTruth, mirrorNames, TruthEvidence, TruthOptions, voteCount, type ChosenValue, type PairEvidence, type TruthObservation, type TruthResult } from './truth.js';
export { majorityVote, truthFinder } from './truth-baselines.js';
export { typedKey, valueKey } from './value-key.js';
export { isRolePredicateKey, ROLE_PREDICATE, rolePost } from './office.js';
export { ambiguousCounts, claimObservation, isStoryCount, Observation, type StoryScope } from './observation.js';
export {
  contentTerms,
  isGenericSubject,
  nameMentions,
  nameWords,
  normaliseName,
  scopeToken,
  storyIdOf,
  storyLink,
  storyScore,
  storySignature,
  StoryEntity,
  StorySignature,
} from './story.js';
export {
  FactEvidence,
  FactReview,
  HEDGE_WEIGHT,
  nameDecoded,
  nameFact,
  ReconcileOptions,
  Reconciliation,
  reconcileDecoded,
  reconcileFact,
  type FactEvidenceInput,
} from './reconcile.js';
export {
  acronymOf,
  ArticleEntity,
  articleEntities,
  canonicalName,
  contextAgrees,
  EntityMention,
  EntitySketch,
  EntityType,
  entityKey,
  entityKeys,
  lookupKeys,
  givenNamesAgree,
  sameEntity,
  type EntityInput,
} from './entities.js';
