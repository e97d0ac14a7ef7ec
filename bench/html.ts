/**
 * `npm run bench:html`: article-text extraction scored on the L3S-GN1 dev set
 * (`../shared/data/html-dev`, read at run time, never copied: research licence).
 *
 * Per page: predicted and true text → word tokens (`\w+` runs, case kept) →
 * multisets of 4-token shingles (a text of 1–3 tokens is one shingle);
 * P = tp/(tp+fp), R = tp/(tp+fn) (1 when fp = fn = 0). P and R are averaged
 * over pages and F1 is taken of the averages. Ours runs against
 * @mozilla/readability on jsdom and on linkedom, each timed over the same pages.
 *
 *   npm run bench:html [-- --limit N] [--only ours|jsdom|linkedom] [--worst N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractHtmlArticle } from '../ingest/html-article.js';
import { benchArgs } from './cli.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data', 'html-dev');

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

interface Score {
  p: number;
  r: number;
}

type Extractor = (page: Page) => string;

function args(): { limit: number; only: string | null; worst: number } {
  const values = benchArgs(
    `npm run bench:html -- [--limit N] [--only ID] [--worst N]
Article-text extraction scored on the html-dev pages (../shared/data/html-dev): precision, recall, F1 of ours
and of the reference extractors; --worst N lists our N worst pages.`,
    { options: { limit: { type: 'string' }, only: { type: 'string' }, worst: { type: 'string' } } },
  );
  return { limit: Number(values.limit ?? Infinity), only: values.only ?? null, worst: Number(values.worst ?? 0) };
}

function loadPages(limit: number): Page[] {
  let truth: Record<string, { articleBody: string; url: string }>;
  try {
    truth = JSON.parse(readFileSync(path.join(dataDir, 'ground-truth.json'), 'utf8'));
  } catch (cause) {
    throw new Error(`${dataDir}: cannot read ground-truth.json (the benchmark data lives beside the repository)`, { cause });
  }
  return Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([id, t]) => ({
      id,
      url: t.url,
      truth: t.articleBody,
      html: gunzipSync(readFileSync(path.join(dataDir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/\w+/g) ?? [];
  const out = new Map<string, number>();
  const add = (s: string) => out.set(s, (out.get(s) ?? 0) + 1);
  if (tokens.length === 0) return out;
  if (tokens.length < 4) add(tokens.join(' '));
  for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join(' '));
  return out;
}

export function scorePage(predicted: string, truth: string): Score {
  const pred = shingles(predicted);
  const gold = shingles(truth);
  let tp = 0;
  let predTotal = 0;
  let goldTotal = 0;
  for (const [s, n] of pred) {
    predTotal += n;
    tp += Math.min(n, gold.get(s) ?? 0);
  }
  for (const n of gold.values()) goldTotal += n;
  const fp = predTotal - tp;
  const fn = goldTotal - tp;
  if (fp === 0 && fn === 0) return { p: 1, r: 1 };
  return { p: tp + fp === 0 ? 0 : tp / (tp + fp), r: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

async function readabilityExtractors(): Promise<Record<'jsdom' | 'linkedom', Extractor>> {
  // jsdom ships no typings (and @types/jsdom is not installed): the two members used are typed here.
  const jsdomModule: string = 'jsdom';
  const [{ Readability }, { JSDOM, VirtualConsole }, { parseHTML }] = await Promise.all([
    import('@mozilla/readability'),
    import(jsdomModule) as Promise<{
      JSDOM: new (html: string, options: object) => { window: { document: unknown; close(): void } };
      VirtualConsole: new () => object;
    }>,
    import('linkedom'),
  ]);
  const quiet = new VirtualConsole();
  return {
    jsdom: (page) => {
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
      const text = new Readability(dom.window.document as never).parse()?.textContent ?? '';
      dom.window.close();
      return text;
    },
    linkedom: (page) => {
      const { document } = parseHTML(page.html);
      return new Readability(document as never).parse()?.textContent ?? '';
    },
  };
}

const ours: Extractor = (page) => extractHtmlArticle(page.html, page.id, page.url).text;

function run(name: string, extract: Extractor, pages: readonly Page[]) {
  const scores: (Score & { id: string })[] = [];
  let failures = 0;
  const started = process.hrtime.bigint();
  for (const page of pages) {
    let text = '';
    try {
      text = extract(page);
    } catch {
      failures++;
    }
    scores.push({ id: page.id, ...scorePage(text, page.truth) });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const p = scores.reduce((s, x) => s + x.p, 0) / scores.length;
  const r = scores.reduce((s, x) => s + x.r, 0) / scores.length;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { name, p, r, f1, pagesPerSec: pages.length / seconds, failures, scores };
}

async function main(): Promise<void> {
  const options = args();
  const pages = loadPages(options.limit);
  const results = [];
  if (!options.only || options.only === 'ours') results.push(run('newsfacts (cheerio)', ours, pages));
  if (!options.only || options.only !== 'ours') {
    const readability = await readabilityExtractors();
    if (!options.only || options.only === 'jsdom') results.push(run('Readability + jsdom', readability.jsdom, pages));
    if (!options.only || options.only === 'linkedom') results.push(run('Readability + linkedom', readability.linkedom, pages));
  }
  process.stdout.write(`html-dev: ${pages.length} pages, articleBody, 4-token shingles\n\n`);
  process.stdout.write(`${'extractor'.padEnd(24)}  ${'F1'.padStart(6)}  ${'P'.padStart(6)}  ${'R'.padStart(6)}  ${'pages/s'.padStart(8)}  failures\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(24)}  ${r.f1.toFixed(4)}  ${r.p.toFixed(4)}  ${r.r.toFixed(4)}  ${r.pagesPerSec.toFixed(1).padStart(8)}  ${r.failures}\n`,
    );
  }
  const [first, jsdom] = [results[0], results.find((r) => r.name.includes('jsdom'))];
  if (first && jsdom && first !== jsdom) {
    process.stdout.write(`\nours vs Readability+jsdom: F1 ${(first.f1 - jsdom.f1 >= 0 ? '+' : '')}${(first.f1 - jsdom.f1).toFixed(4)}, speed ×${(first.pagesPerSec / jsdom.pagesPerSec).toFixed(1)}\n`);
  }
  if (options.worst > 0 && first) {
    const worst = [...first.scores].sort((a, b) => a.p + a.r - (b.p + b.r)).slice(0, options.worst);
    for (const w of worst) process.stdout.write(`  ${w.id}  P ${w.p.toFixed(2)}  R ${w.r.toFixed(2)}\n`);
  }
}

// Run only as the script (`scorePage` may be imported by a one-off analysis).
if (process.argv[1]?.endsWith('html.ts')) main().catch((error: unknown) => {
  process.stderr.write(`bench:html: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
