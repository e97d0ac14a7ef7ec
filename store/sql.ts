/**
 * The store's SQL, kept in `.sql` files (each headed by what it does, its
 * inputs and outputs) and read once when this module loads. A missing file
 * fails at import, not at the first query that needs it.
 */
import { readdirSync, readFileSync } from 'node:fs';

const QUERY_NAMES = [
  'article-by-url',
  'article-claim-cues',
  'article-cluster-lock',
  'article-cluster-set',
  'article-clusters',
  'article-duplicate-candidates',
  'article-find',
  'article-insert',
  'article-list',
  'article-stage-set',
  'article-stages-count',
  'article-stages-list',
  'article-superseded-facts',
  'article-url-lock',
  'article-version-insert',
  'articles-ids',
  'articles-summary',
  'articles-without-entities',
  'claim-reviews',
  'claim-revisions',
  'claim-set-fact',
  'claim-set-status',
  'claim-target',
  'claims-by-id',
  'claims-cues-set',
  'claims-count',
  'claims-evidence',
  'claims-exist',
  'claims-insert',
  'claims-list',
  'copying-clear',
  'copying-insert',
  'counts',
  'entities-list',
  'entity-candidates',
  'entity-facts',
  'entity-lock',
  'entity-mentions',
  'entity-merge',
  'entity-roots-of-keys',
  'entity-variants-insert',
  'fact-evidence-claims',
  'fact-evidence-imports',
  'fact-evidence-keys',
  'fact-find',
  'fact-merge',
  'fact-rename',
  'fact-reviews',
  'fact-revisions',
  'fact-versions',
  'fact-versions-evidence',
  'facts-attested',
  'facts-batch',
  'facts-by-keys',
  'facts-by-value',
  'facts-person-roles',
  'facts-current',
  'facts-lock',
  'facts-merge',
  'facts-of-stories',
  'facts-page',
  'facts-rehomed-away',
  'facts-rehomed-into',
  'facts-related',
  'facts-roots',
  'facts-roots-of',
  'identity-merges-standing',
  'identity-moves-standing',
  'identity-review-find',
  'identity-review-insert',
  'identity-reviews-of-facts',
  'facts-upsert',
  'facts-value-claims',
  'facts-value-keys-set',
  'fetched-find',
  'fetched-upsert',
  'imports-insert',
  'migrations-applied',
  'migrations-lock',
  'migrations-prepare',
  'migrations-record',
  'office-moves',
  'office-siblings',
  'resolution-lock',
  'review-find',
  'review-insert',
  'review-queue',
  'reviews-of',
  'sources-insert',
  'stories-list',
  'story-candidates',
  'story-facts',
  'story-insert',
  'story-lock',
  'source-weights',
  'story-merge',
  'story-of-article',
  'story-pass-merge',
  'story-placed',
  'story-placement',
  'story-reformation-close',
  'story-reformation-open',
  'story-reformation-placed',
  'story-replace-signature',
  'story-settle',
  'trust-read',
  'trust-upsert',
  'version-candidates',
  'version-changes',
  'version-close',
  'version-insert',
  'version-members',
  'version-members-batch',
  'version-members-insert',
  'versions-open',
] as const;

/** The name of a statement file in `store/queries/`, without `.sql`. */
export type QueryName = (typeof QUERY_NAMES)[number];

const queriesDir = new URL('./queries/', import.meta.url);

/** Statement text by name. */
export const queries: Readonly<Record<QueryName, string>> = Object.fromEntries(
  QUERY_NAMES.map((name) => [name, readFileSync(new URL(`${name}.sql`, queriesDir), 'utf8')]),
) as Record<QueryName, string>;

/** One numbered schema change from `store/migrations/NNNN_name.sql`. */
export interface Migration {
  version: number;
  /** The file name without `.sql`, e.g. `0001_schema`. */
  name: string;
  sql: string;
}

/**
 * The migrations in version order.
 * @throws Error when a file is misnamed or two share a version: a silently skipped migration would be worse.
 */
export function loadMigrations(dir: URL = new URL('./migrations/', import.meta.url)): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d{4})_[a-z0-9_]+\.sql$/.exec(file);
      if (!match) throw new Error(`${new URL(file, dir).pathname}: a migration file must be named NNNN_snake_case.sql`);
      return { version: Number(match[1]), name: file.slice(0, -4), sql: readFileSync(new URL(file, dir), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new Error(`${dir.pathname}: migrations ${migrations[i - 1]!.name} and ${migrations[i]!.name} share a version`);
    }
  }
  return migrations;
}
