export { IsoDay, PartialDate, Sha256, Timestamp } from './common.js';
export { Source, SourceKind } from './source.js';
export { Article, ArticleExport } from './article.js';
export {
  Amount,
  Claim,
  ClaimDraft,
  ClaimKind,
  ClaimStatus,
  DateValue,
  Stage,
  FigureValue,
  Hedge,
  PersonValue,
  ProjectValue,
  Qualifier,
  Range,
  StatusValue,
  TimeCues,
  Unit,
} from './claim.js';
export { Candidate, CandidateStatus, Fact, FactStatus, FactValue, FactVersion, TextValue } from './fact.js';
export { IdentityReview, IdentityReviewInput, Review, ReviewAction, ReviewInput, ReviewRecordAction, WithdrawalInput } from './review.js';
export { ClaimsExport, ExportedClaim, FactAlternative, FactExport, GoldClaim, GoldDoc } from './export.js';
