/**
 * How well stories are formed on the generated corpus, without a store: each article is extracted and given
 * its story signature, every two articles sharing an entity key are tested with `storyLink`, and the connected
 * components (the stories the store forms, in any arrival order) are scored against the events the generator
 * drew: links between two events, pairwise precision and recall of "same story", and the largest stories.
 * A story that chains several events makes the store's per-article cost grow (issue 13) and lets one event's
 * generic facts meet another's (issue 17). The corpus is this repository's own generator, so a rule is judged
 * on it together with the real clusters of `npm run eval:clusters` and the stories set, never on it alone.
 *
 * Usage: npm run bench:story-formation -- [--n 2000] [--json]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../extract/index.js';
import { storyLink, storyScore, storySignature, type StorySignature } from '../reconcile/story.js';
import { generateArticles } from './article-generator.js';
import { benchArgs } from './cli.js';

const USAGE = `
npm run bench:story-formation -- [--n 2000] [--json]

Forms stories over N generated articles (extraction and story links, no store) and scores them against the
generator's events: cross-event links (by how many names they share), pairwise precision and recall, largest
stories. Prints progress on stderr every 1,000 articles.
  --n N     articles (default 2000)
  --json    one JSON object on stdout
`;

export interface StoryFormation {
  articles: number;
  events: number;
  stories: number;
  /** Sizes of the largest stories, largest first. */
  largest: number[];
  links: number;
  /** Links between articles of two events, by the number of distinct names the two share (`2`, `3`, `4+`). */
  crossLinks: Record<string, number>;
  /** Of the pairs of articles put in one story, the share from one event. */
  precision: number;
  /** Of the pairs of articles of one event, the share put in one story. */
  recall: number;
}

/** Stories formed over `items` (signature and the event each belongs to), scored against the events. */
export function scoreStoryFormation(items: readonly { signature: StorySignature; event: number }[]): StoryFormation {
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const e of item.signature.entities) byKey.set(e.key, [...(byKey.get(e.key) ?? []), i]);
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  let links = 0;
  const crossLinks: Record<string, number> = {};
  for (let i = 0; i < items.length; i++) {
    const seen = new Set<number>();
    for (const e of items[i]!.signature.entities) {
      for (const j of byKey.get(e.key)!) {
        if (j >= i || seen.has(j)) continue;
        seen.add(j);
        if (!storyLink(items[i]!.signature, items[j]!.signature)) continue;
        links += 1;
        if (items[i]!.event !== items[j]!.event) {
          const names = storyScore(items[i]!.signature, items[j]!.signature).entities;
          const bucket = names >= 4 ? '4+' : String(names);
          crossLinks[bucket] = (crossLinks[bucket] ?? 0) + 1;
        }
        parent[find(i)] = find(j);
      }
    }
  }
  const stories = groups(items.map((_, i) => find(i)));
  const events = groups(items.map((item) => item.event));
  const pairs = (sizes: Iterable<number>) => [...sizes].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  // Pairs in one story and one event: for each story, the pairs within each of its events.
  let both = 0;
  for (const members of stories.values()) both += pairs([...groups(members.map((i) => items[i]!.event)).values()].map((m) => m.length));
  const inStories = pairs([...stories.values()].map((m) => m.length));
  const inEvents = pairs([...events.values()].map((m) => m.length));
  return {
    articles: items.length,
    events: events.size,
    stories: stories.size,
    largest: [...stories.values()].map((m) => m.length).sort((a, b) => b - a).slice(0, 8),
    links,
    crossLinks,
    precision: inStories === 0 ? 1 : round(both / inStories),
    recall: inEvents === 0 ? 1 : round(both / inEvents),
  };
}

/** Indexes grouped by their label. */
function groups<T>(labels: readonly T[]): Map<T, number[]> {
  const out = new Map<T, number[]>();
  labels.forEach((label, i) => out.set(label, [...(out.get(label) ?? []), i]));
  return out;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

async function main(): Promise<void> {
  const opts = benchArgs(USAGE, { options: { n: { type: 'string', default: '2000' }, json: { type: 'boolean', default: false } } });
  const n = Number(opts.n);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: --n must be a positive whole number, not '${opts.n}'\n`);
    process.exit(2);
  }
  const items: { signature: StorySignature; event: number }[] = [];
  for (const a of generateArticles(n)) {
    const claims = extractClaims({ text: a.text, published: a.published });
    items.push({ signature: storySignature({ title: a.headline, text: a.text, published: a.published }, claims), event: a.event });
    if (items.length % 1000 === 0) process.stderr.write(`story-formation: ${items.length}/${n} articles extracted\n`);
  }
  const result = scoreStoryFormation(items);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const cross = Object.entries(result.crossLinks).map(([names, count]) => `${count} sharing ${names} names`).join(', ') || 'none';
  console.log(`${result.articles} generated articles of ${result.events} events → ${result.stories} stories; largest ${result.largest.join(', ')}`);
  console.log(`links ${result.links}; between two events ${Object.values(result.crossLinks).reduce((a, b) => a + b, 0)} (${cross})`);
  console.log(`pairs in one story: precision ${result.precision}, recall ${result.recall}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
