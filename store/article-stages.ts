/**
 * Where each article is in the pipeline (`0011_article_stages.sql`): the store's
 * own record of unfinished work, so that nothing depends on Redis keeping its
 * queues. Each stage is written in the transaction of the work it records.
 */
import { z } from 'zod';
import type { Database } from './database.js';
import { decodeAll } from './rows.js';
import { queries } from './sql.js';

export const ARTICLE_STAGES = ['ingested', 'extracted', 'reconciled', 'failed'] as const;
/** ingested (stored, not yet extracted), extracted (claims not yet stored), reconciled (done), failed (with a reason). */
export const ArticleStage = z.enum(ARTICLE_STAGES);
export type ArticleStage = z.infer<typeof ArticleStage>;

/** The stages of articles whose work is not done and will be resumed by `recover`. */
export const UNFINISHED_STAGES: readonly ArticleStage[] = ['ingested', 'extracted'];

export const ArticleStageEntry = z
  .object({
    article_id: z.string(),
    doc: z.string(),
    stage: ArticleStage,
    extractor: z.string().nullable(),
    reason: z.string().nullable(),
    updated_at: z.union([z.date(), z.string()]).transform((v) => new Date(v)),
  })
  .transform((r) => ({ articleId: r.article_id, doc: r.doc, stage: r.stage, extractor: r.extractor, reason: r.reason, updatedAt: r.updated_at }));
export type ArticleStageEntry = z.output<typeof ArticleStageEntry>;

/** Longest failure reason kept: one line, enough to say what went wrong. */
const MAX_REASON = 500;

/**
 * Records `stage` for an article, on `db` (pass the work's transaction). Never
 * moves an article backwards: `ingested` only creates the row, and nothing but
 * `reconciled` replaces `reconciled`.
 */
export async function setArticleStage(
  db: Database,
  articleId: string,
  stage: ArticleStage,
  details: { extractor?: string | null; reason?: string | null } = {},
): Promise<void> {
  const reason = stage === 'failed' ? oneLine(details.reason ?? 'failed').slice(0, MAX_REASON) : null;
  await db.query(queries['article-stage-set'], [articleId, stage, details.extractor ?? null, reason]);
}

/** Articles in `stages`, longest-waiting first. */
export async function listArticleStages(db: Database, stages: readonly ArticleStage[], limit = 10_000): Promise<ArticleStageEntry[]> {
  return decodeAll(ArticleStageEntry, await db.query(queries['article-stages-list'], [[...stages], limit]), db.label, 'article stage row');
}

/** How many articles are in each stage (stages without articles are 0). */
export async function countArticleStages(db: Database): Promise<Record<ArticleStage, number>> {
  const counts = Object.fromEntries(ARTICLE_STAGES.map((s) => [s, 0])) as Record<ArticleStage, number>;
  for (const row of await db.query<{ stage: ArticleStage; n: number }>(queries['article-stages-count'])) counts[row.stage] = Number(row.n);
  return counts;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
