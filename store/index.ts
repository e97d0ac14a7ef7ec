export type { Database, DatabaseKind } from './database.js';
export { openDatabase, OpenDatabaseOptions } from './open-database.js';
export { PgliteDatabase, type PgliteDatabaseOptions } from './pglite-database.js';
export { PgDatabase, type PgDatabaseOptions } from './pg-database.js';
export { DataDirLock } from './data-dir-lock.js';
export { PgliteWireServer, type PgliteWireServerOptions } from './pglite-wire-server.js';
export { StoreEndpoint, readStoreEndpoint } from './store-endpoint.js';
export { APPEND_ONLY_SQLSTATE, mapDatabaseError, redactDatabaseUrl } from './errors.js';
export { runMigrations } from './migrator.js';
export { loadMigrations, type Migration } from './sql.js';
export { claimId, factId, hashParts, versionId } from './ids.js';
export { toFactExport } from './fact-export.js';
export { summariseCandidates } from './rows.js';
export {
  CandidateSummary,
  ClaimFilter,
  EvidenceClaim,
  FactAt,
  FactAtQuery,
  ImportResult,
  ImportRow,
  importedValue,
  importRowIssue,
  ReviewResult,
  TrustResult,
  FactDetail,
  FactFilter,
  FactHistory,
  EVIDENCE_PAGE_DEFAULT,
  HistoryPageQuery,
  FactState,
  FactSummary,
  RecordClaimsResult,
  StoreCounts,
  VersionDetail,
  VersionSummary,
} from './fact-views.js';
export { FactStore, FactStoreOptions, RefreshTrustOptions } from './fact-store.js';
export type { IdentityReviewResult } from './identity-reviews.js';
export type { ClaimCompletion, ReidentifyResult } from './reidentify.js';
export { candidateValidAt, versionAt, FactPageQuery, ReviewQueueQuery, type ArticleSummary, type ClaimView, type FactPageItem, type Page, type ReviewQueueEntry } from './fact-pages.js';
export { ARTICLE_STAGES, ArticleStage, ArticleStageEntry, UNFINISHED_STAGES } from './article-stages.js';
// Types only: the module loads the name lexicon, which the store loads when a method needs it (fact-store.ts, `entityStore`).
export type { EntityFact, EntityMentionView, EntitySummary, EntityDetail } from './entity-store.js';
