/**
 * `npx tsx eval/html-dev.ts`: a blind measure of fact identity on real news of
 * unrelated topics. The 621 hand-marked article texts of the L3S-GN1 dev set
 * (`../shared/data/html-dev/ground-truth.json`, `articleBody`; research licence:
 * read at run time, written only to a temporary folder, never copied into the
 * repository) go through the `newsfacts run` pipeline into a throwaway store
 * (`loadFolder`). Those articles are almost all about different events, so a fact
 * whose claims come from two or more articles is a false merge unless the
 * articles truly share an event or a well-known entity's attribute.
 *
 * Prints the number of facts, of facts with claims from ≥2 articles, and how many
 * of those are contested; `--sample N` prints N of the cross-article facts (a
 * fixed shuffle, the same on every run) with each claim's sentence, for a reader
 * to judge; `--claims N` prints N claims from articles spread over the set;
 * `--out FILE` keeps the whole export as JSON.
 *
 *   npx tsx eval/html-dev.ts [--limit N] [--sample N] [--claims N] [--out FILE]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prng } from '../bench/prng.js';
import { dateFromUrl } from '../ingest/html-article.js';
import type { Claim, FactExport } from '../model/index.js';
import { loadFolder } from './fact-run.js';
import { readHtmlDevTruth } from './html-dev-data.js';

function args(): { limit: number; sample: number; claims: number; out: string | null } {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--help')) {
    process.stdout.write('npx tsx eval/html-dev.ts [--limit N] [--sample N] [--claims N] [--out FILE]\n');
    process.exit(0);
  }
  return {
    limit: Number(value('--limit') ?? Infinity),
    sample: Number(value('--sample') ?? 0),
    claims: Number(value('--claims') ?? 0),
    out: value('--out') ?? null,
  };
}

/**
 * A day from the URL: the path's date as ingest reads a page's (`/2008/03/12/`, `/2008/jan/12/`,
 * `dateFromUrl`), else a compact one (`2008-03/12`, `20080312`), else null.
 */
function urlDay(url: string): string | null {
  const m = /(20[01]\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(url);
  return dateFromUrl(url) ?? (m ? `${m[1]}-${m[2]}-${m[3]}` : null);
}

/**
 * Each page's publish day: its URL's, else the median of the days the other pages' URLs give (the set is a
 * crawl of a few months; a page with no date in its URL was published within it), so that the relative dates
 * of an undated page resolve in the crawl's season rather than at a fixed day.
 */
function publishDays(urls: readonly string[]): string[] {
  const days = urls.map(urlDay);
  const known = days.filter((d): d is string => d !== null).sort();
  const fallback = known[Math.floor(known.length / 2)] ?? '2008-01-15';
  return days.map((d) => d ?? fallback);
}

function valueText(v: unknown): string {
  return JSON.stringify(v);
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf('.', start - 1) + 1, start - 200);
  let to = text.indexOf('.', end);
  to = to < 0 ? Math.min(text.length, end + 200) : Math.min(to + 1, end + 200);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

async function main(): Promise<void> {
  const opts = args();
  const truth = readHtmlDevTruth();
  const dir = mkdtempSync(path.join(tmpdir(), 'html-dev-'));
  try {
    const entries = Object.entries(truth)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, opts.limit);
    const published = publishDays(entries.map(([, t]) => t.url ?? ''));
    const manifest = entries.map(([id, t], i) => {
      writeFileSync(path.join(dir, `${id}.txt`), t.articleBody);
      return { file: `${id}.txt`, published: published[i]!, url: t.url, headline: t.headline?.trim() || null };
    });
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const started = Date.now();
    const loaded = await loadFolder(dir);
    const seconds = (Date.now() - started) / 1000;
    const byId = new Map<string, Claim>(loaded.records.map((c) => [c.id, c]));
    const docOf = new Map(loaded.claims.map((c) => [c.id, c.doc]));
    const claimIds = (f: FactExport) => [...f.claims, ...f.alternatives.flatMap((a) => a.claims)];
    const docsOf = (f: FactExport) => new Set(claimIds(f).map((id) => docOf.get(id) ?? '?'));
    const cross = loaded.facts.filter((f) => docsOf(f).size >= 2);
    const contested = cross.filter((f) => f.status === 'contested');
    const out = process.stdout;
    out.write(`html-dev: ${loaded.articles} articles in ${seconds.toFixed(0)} s, ${loaded.records.length} claims, ${loaded.failures.length} failures\n`);
    for (const failure of loaded.failures) out.write(`  failed: ${failure}\n`);
    const sizes = loaded.stories.map((s) => s.length).sort((a, b) => b - a);
    out.write(`stories ${sizes.length}; of more than one article ${sizes.filter((n) => n > 1).length}; largest ${sizes.slice(0, 8).join(', ')}\n`);
    out.write(`facts ${loaded.facts.length}; with claims from ≥2 articles ${cross.length}; of those contested ${contested.length}; contested overall ${loaded.facts.filter((f) => f.status === 'contested').length}\n`);
    const byKind = new Map<string, number>();
    for (const f of cross) {
      const kind = byId.get(claimIds(f)[0]!)?.kind ?? '?';
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    out.write(`cross-article facts by claim kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
    const random = prng(17);
    const shuffled = (items: FactExport[]) =>
      items
        .map((item) => ({ item, key: random() }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.item);
    const printClaim = (id: string) => {
      const c = byId.get(id);
      if (!c) return;
      const doc = docOf.get(id) ?? '?';
      const text = loaded.texts.get(doc) ?? '';
      out.write(`    [${doc.slice(0, 8)}] ${c.kind} ${c.subject ?? '-'} | ${c.predicate ?? '-'} = ${valueText(c.value)}\n`);
      out.write(`        «${sentenceAround(text, c.start, c.end)}»\n`);
    };
    for (const [i, f] of shuffled(cross).slice(0, opts.sample).entries()) {
      out.write(`\n#${i + 1} ${f.subject} | ${f.predicate} [${f.status}] ${docsOf(f).size} articles, value ${valueText(f.value)}\n`);
      const storyOf = new Map(loaded.stories.flatMap((s, i) => s.map((doc) => [doc, i] as const)));
      out.write(`  stories: ${[...docsOf(f)].map((d) => storyOf.get(d) ?? '?').join(' ')}\n`);
      for (const id of claimIds(f).slice(0, 8)) printClaim(id);
    }
    if (opts.claims > 0) {
      const docs = [...new Set(loaded.records.map((c) => docOf.get(c.id) ?? '?'))].sort();
      const step = Math.max(1, Math.floor(docs.length / Math.ceil(opts.claims / 4)));
      const picked = docs.filter((_, i) => i % step === 0).slice(0, Math.ceil(opts.claims / 4));
      for (const doc of picked) {
        out.write(`\n== ${doc} ${truth[doc.replace(/\.txt$/, '')]?.headline?.trim() ?? ''}\n`);
        const mine = loaded.records.filter((c) => docOf.get(c.id) === doc);
        for (const c of mine.slice(0, 4)) printClaim(c.id);
      }
    }
    if (opts.out) writeFileSync(opts.out, JSON.stringify({ facts: loaded.facts, claims: loaded.records, docs: Object.fromEntries(docOf), stories: loaded.stories }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
