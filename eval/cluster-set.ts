/**
 * The cluster benchmark (`eval/clusters/clusters.json`): small clusters of html-dev
 * pages about one event each, with gold facts and must-not-merge pairs that hold
 * only references (page ids and UTF-16 offsets into `articleBody`), never the
 * benchmark's text. `materializeClusters` turns it into a folder that
 * `npm run eval -- --facts DIR` reads: one `.txt` per page, `manifest.json` and a
 * `facts.json` whose quotes are cut from the texts at run time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { GoldFactValue, GoldFacts, type GoldQuote } from '../model/export.js';
import { IsoDay } from '../model/index.js';
import type { HtmlDevTruth } from './html-dev-data.js';
import type { FactScore } from './fact-score.js';

/** A span of one page's `articleBody`: UTF-16 offsets, end exclusive. */
export const PageSpan = z.strictObject({
  page: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type PageSpan = z.infer<typeof PageSpan>;

export const ClusterPage = z.strictObject({
  /** The page's id in `ground-truth.json`. */
  id: z.string().min(1),
  /** The file name it is written under (`C01_4abb4be9.txt`). */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  cluster: z.string().min(1),
  outlet: z.string().min(1),
  published: IsoDay,
  /** Where the publish date comes from: the page's metadata or date line, else what the text implies. */
  published_basis: z.string().min(1),
  /** Length and SHA-256 (hex, of the UTF-8 text) of `articleBody`: offsets are only valid against this text. */
  chars: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ClusterPage = z.infer<typeof ClusterPage>;

const ClusterFactValue = GoldFactValue.omit({ quotes: true, sources: true }).extend({
  /** Page ids reporting the value. */
  sources: z.array(z.string()).min(1),
  quotes: z.array(PageSpan).min(1),
});

export const ClusterSet = z.strictObject({
  about: z.string().optional(),
  source: z.strictObject({ dir: z.string(), file: z.string(), field: z.literal('articleBody') }),
  pages: z.array(ClusterPage).min(1),
  clusters: z.array(z.strictObject({ id: z.string().min(1), event: z.string(), pages: z.array(z.string()).min(1) })),
  facts: z.array(
    z.strictObject({
      id: z.string().min(1),
      subject: z.string(),
      predicate: z.string(),
      values: z.array(ClusterFactValue).min(1),
      note: z.string().optional(),
    }),
  ),
  must_not_merge: z.array(z.strictObject({ a: PageSpan, b: PageSpan, why: z.string() })),
});
export type ClusterSet = z.infer<typeof ClusterSet>;

const SET_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'clusters');

/**
 * The cluster sets in the repository, by the name `npm run eval:clusters -- --set` takes: A (in-sample since
 * session 19), B (blind at 4bfb4e8, in-sample since session 22), C (session 22, blind: see eval/README.md).
 */
export const CLUSTER_SETS: Readonly<Record<string, string>> = {
  a: path.join(SET_DIR, 'clusters.json'),
  b: path.join(SET_DIR, 'clusters-b.json'),
  c: path.join(SET_DIR, 'clusters-c.json'),
};

/** The cluster set files `--set` names: `a`, `b`, `c`, `all` (every set, in that order) or a file. */
export function setFiles(set: string): string[] {
  if (set === 'all') return Object.values(CLUSTER_SETS);
  return [CLUSTER_SETS[set] ?? path.resolve(set)];
}

export interface MaterializedClusters {
  /** The gold facts written to `facts.json`, with quotes filled in. */
  gold: GoldFacts;
  /** The article files written, in the order of `pages`. */
  files: string[];
}

/** Which occurrence of `quote` in `text` starts at `start`, counted as `goldSpan` counts (overlapping). */
function nthAt(text: string, quote: string, start: number): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0 && at < start; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

/**
 * Writes the cluster set's pages into `outDir` (`<file>` each, as `articleBody`
 * holds it), a `manifest.json` (file, published, outlet, and the page's url and
 * headline) and a `facts.json` in the shape of `stories/facts.json`.
 *
 * @throws InputError naming the page when it is not in `truth`, its text is not the
 *   one the offsets were taken from (length or SHA-256), or a span falls outside it.
 */
export function materializeClusters(set: ClusterSet, truth: HtmlDevTruth, outDir: string): MaterializedClusters {
  const texts = new Map<string, { file: string; text: string }>();
  for (const page of set.pages) {
    const entry = truth[page.id];
    if (entry === undefined) throw new InputError(page.id, `page of cluster ${page.cluster} is not in ground-truth.json`);
    const text = entry.articleBody;
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    if (text.length !== page.chars || sha !== page.sha256) {
      throw new InputError(page.id, `articleBody is not the text the cluster offsets were taken from (${text.length} chars, expected ${page.chars})`);
    }
    texts.set(page.id, { file: page.file, text });
  }
  const quoteOf = (span: PageSpan): GoldQuote => {
    const page = texts.get(span.page);
    if (page === undefined) throw new InputError(span.page, 'span names a page the cluster set does not list');
    if (span.end > page.text.length || span.start >= span.end) {
      throw new InputError(span.page, `span ${span.start}-${span.end} is outside its text (${page.text.length} chars)`);
    }
    const quote = page.text.slice(span.start, span.end);
    return { doc: page.file, quote, nth: nthAt(page.text, quote, span.start) };
  };
  const fileOf = (id: string) => {
    const page = texts.get(id);
    if (page === undefined) throw new InputError(id, 'source names a page the cluster set does not list');
    return page.file;
  };
  const gold: GoldFacts = {
    facts: set.facts.map((f) => ({
      id: f.id,
      subject: f.subject,
      predicate: f.predicate,
      ...(f.note === undefined ? {} : { note: f.note }),
      values: f.values.map((v) => ({ ...v, sources: v.sources.map(fileOf), quotes: v.quotes.map(quoteOf) })),
    })),
    must_not_merge: set.must_not_merge.map((m) => ({ a: quoteOf(m.a), b: quoteOf(m.b), why: m.why })),
  };
  mkdirSync(outDir, { recursive: true });
  const manifest = set.pages.map((page) => {
    const entry = truth[page.id]!;
    writeFileSync(path.join(outDir, page.file), texts.get(page.id)!.text);
    return { file: page.file, published: page.published, outlet: page.outlet, url: entry.url ?? null, headline: entry.headline?.trim() || null };
  });
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'facts.json'), `${JSON.stringify(gold, null, 2)}\n`);
  return { gold: GoldFacts.parse(gold), files: set.pages.map((p) => p.file) };
}

/**
 * Right / total per cluster (a gold fact's cluster is its id's prefix, `C05-02` → `C05`), and the stories the
 * store put the cluster's articles in: one when story formation is right, as each cluster is one event.
 */
export function perCluster(
  score: FactScore,
  set: ClusterSet,
  stories: readonly string[][],
): { cluster: string; event: string; right: number; total: number; stories: number }[] {
  const storyOf = new Map(stories.flatMap((docs, i) => docs.map((doc) => [doc, i] as const)));
  return set.clusters.map((c) => {
    const facts = score.facts.filter((f) => f.id.startsWith(`${c.id}-`));
    const pages = set.pages.filter((p) => p.cluster === c.id);
    const formed = new Set(pages.map((p) => storyOf.get(p.file) ?? p.file)).size;
    return { cluster: c.id, event: c.event, right: facts.filter((f) => f.right).length, total: facts.length, stories: formed };
  });
}

/** The stories that hold articles of two clusters or more: two events the store took for one. */
export function mixedStories(set: ClusterSet, stories: readonly string[][]): string[][] {
  const clusterOf = new Map(set.pages.map((p) => [p.file, p.cluster]));
  return stories.filter((docs) => new Set(docs.map((d) => clusterOf.get(d) ?? d)).size > 1);
}
