/**
 * Loads a folder of articles into a throwaway in-memory store through the
 * pipeline `newsfacts run` uses (FileSource → ingest → extract → reconcile,
 * in-process), and reads back what an outside scorer sees: the article texts,
 * the stored claims' spans and the fact export of `newsfacts facts --json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { InputError } from '../errors.js';
import { FileSource, Manifest } from '../ingest/index.js';
import type { Claim, FactExport } from '../model/index.js';
import { InProcessRunner, ingestRequest } from '../queues/index.js';
import { FactStore, PgliteDatabase, runMigrations } from '../store/index.js';
import type { ClaimSpan } from './fact-score.js';

export interface LoadedFolder {
  texts: Map<string, string>;
  claims: ClaimSpan[];
  /** The stored claims themselves (subject, predicate, value), for a reader who judges them. */
  records: Claim[];
  facts: FactExport[];
  /** Stories (articles about one event), each as its articles' document names. */
  stories: string[][];
  /** Articles stored. */
  articles: number;
  /** Files of the folder left out because its manifest does not list them (notes, READMEs). */
  skipped: string[];
  /** One line per document the pipeline failed on. */
  failures: string[];
}

/**
 * Runs every article of `dir` into a fresh in-memory PGlite store (never the
 * user's store or DATABASE_URL) and exports it. When the folder has a
 * `manifest.json`, only the files it lists are articles: the scored folders
 * also hold READMEs and notes that quote the articles.
 *
 * @throws InputError when the folder holds no article.
 */
export async function loadFolder(dir: string): Promise<LoadedFolder> {
  const files = new FileSource();
  let refs = await files.discover(dir);
  const skipped: string[] = [];
  const manifestPath = path.join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const listed = new Set(Manifest.parse(JSON.parse(readFileSync(manifestPath, 'utf8'))).map((e) => e.file));
    skipped.push(...refs.filter((r) => !listed.has(path.basename(r.location))).map((r) => path.basename(r.location)));
    refs = refs.filter((r) => listed.has(path.basename(r.location)));
  }
  if (refs.length === 0) throw new InputError(dir, 'holds no article to load');
  const db = await PgliteDatabase.open({ dataDir: null });
  try {
    await runMigrations(db);
    const store = new FactStore(db);
    const runner = new InProcessRunner({ store, sources: [files], logger: pino({ level: 'silent' }), now: () => new Date() });
    const outcome = await runner.run(refs.map((ref) => ingestRequest(ref)));
    const articles = await store.listArticles();
    const docs = new Map(articles.map((a) => [a.id, a.doc]));
    const records = await store.listClaims();
    const claims = records.map((c) => ({ id: c.id, doc: docs.get(c.articleId) ?? c.articleId, start: c.start, end: c.end }));
    return {
      texts: new Map(articles.map((a) => [a.doc, a.text])),
      claims,
      records,
      facts: await store.exportFacts(),
      stories: (await store.listStories({ limit: 100_000 })).map((s) => s.articles.map((a) => a.doc)),
      articles: articles.length,
      skipped,
      failures: outcome.failed.map((f) => f.error.message),
    };
  } finally {
    await db.close();
  }
}
