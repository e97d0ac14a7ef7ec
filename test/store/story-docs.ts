/**
 * The twelve real articles of `../shared/eval/stories` (four unrelated events that share numbers and generic
 * words), extracted once per call, and what a store made of them holds: the story suites' inputs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../../extract/index.js';
import { buildArticle, FileSource } from '../../ingest/index.js';
import type { Article, ClaimDraft, FactExport, Source } from '../../model/index.js';
import type { FactStore } from '../../store/index.js';

const storiesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval', 'stories');
export const T1 = new Date('2026-03-01T00:00:00Z');

export interface Doc {
  article: Article;
  source: Source | null;
  drafts: ClaimDraft[];
}

/** The twelve articles, with the claims this version extracts from each. */
export async function loadStories(): Promise<Doc[]> {
  const files = new FileSource();
  const docs: Doc[] = [];
  for (const ref of await files.discover(storiesDir)) {
    if (!/^S\d_\d\d_.*\.txt$/.test(path.basename(ref.location))) continue;
    const built = buildArticle(await files.load(ref));
    docs.push({ ...built, drafts: extractClaims({ text: built.article.text, published: built.article.published }) });
  }
  return docs;
}

/** Stores and reconciles the articles in the order given, as `newsfacts run` does. */
export async function ingest(store: FactStore, docs: readonly Doc[]): Promise<void> {
  for (const d of docs) {
    const saved = await store.saveArticle(d.article, d.source);
    await store.recordClaims(saved.article.id, d.drafts, { now: T1 });
  }
}

/** What a run found: its stories (id and documents), every current fact, every entity. */
export async function snapshot(store: FactStore): Promise<{ stories: string[][]; facts: FactExport[]; entities: unknown[] }> {
  const stories = (await store.listStories()).map((s) => [s.id, ...s.articles.map((a) => a.doc).sort()]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const facts = (await store.exportFacts()).sort((a, b) => (a.id < b.id ? -1 : 1));
  // Entities too: the same ids, names, aliases and mentions whatever order the articles came in.
  const entities = (await store.listEntities({ limit: 1000 })).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { stories, facts, entities };
}

