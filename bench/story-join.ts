/**
 * The cost of placing one new article in its story (`joinStory`: the candidate articles sharing an entity
 * key, nearest in date first, then the link test) as the store grows, on PGlite and PostgreSQL. Part of
 * `npm run bench:truth`; alone: `npm run bench:stories`.
 *
 * The stored articles are bulk-loaded in SQL, each with a signature like a real article's: its own event
 * (shared by the five articles of its story), a person, and one of twenty countries, which every new
 * article names too, so a key shared by a twentieth of the store is in every join, as "US" or "China" is.
 *
 * Env: BENCH_STORY_SIZES (stored articles, default `10000,100000`), BENCH_ARTICLES (timed joins per size,
 * default 31), BENCH_DATABASE_URL (default the CI PostgreSQL).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model/index.js';
import type { StorySignature } from '../reconcile/story.js';
import type { Database } from '../store/index.js';
import { joinStory } from '../store/story-store.js';
import { timeOnGrowingStores } from './growing-store.js';
import { benchArgs } from './cli.js';

const COUNTRIES = 20;
const PEOPLE = 2000;
const PER_STORY = 5;

/** `articles` stored articles in stories of five, with signatures (entities, keys, terms), in SQL. */
async function preload(db: Database, articles: number): Promise<void> {
  await db.exec(`
    INSERT INTO articles (id, doc, published, text, content_hash)
    SELECT 'a_sj' || g, 'sj' || g || '.txt', DATE '2024-01-01' + (g % 600), 'story text ' || g, md5('s' || g) || md5('t' || g)
    FROM generate_series(1, ${articles}) g;
    INSERT INTO stories (id) SELECT DISTINCT 's_sj' || (g / ${PER_STORY}) FROM generate_series(1, ${articles}) g;
    INSERT INTO article_stories (article_id, story_id, published, entities, entity_keys, terms, marks)
    SELECT 'a_sj' || g, 's_sj' || (g / ${PER_STORY}), DATE '2024-01-01' + (g % 600),
           jsonb_build_array(
             jsonb_build_object('key', 'event ' || (g / ${PER_STORY}), 'weight', 2),
             jsonb_build_object('key', 'person ' || (g % ${PEOPLE}), 'weight', 3),
             jsonb_build_object('key', 'country' || (g % ${COUNTRIES}), 'weight', 1)),
           ARRAY['event ' || (g / ${PER_STORY}), 'person ' || (g % ${PEOPLE}), 'country' || (g % ${COUNTRIES})],
           ARRAY['term' || (g % 97), 'term' || (g % 89), 'term' || (g % 83)], ARRAY['day:event ' || (g / ${PER_STORY})]
    FROM generate_series(1, ${articles}) g;
    INSERT INTO article_story_keys (key, published, article_id)
    SELECT k.key, a.published, a.article_id FROM article_stories a, unnest(a.entity_keys) AS k (key);
  `);
}

/** A new article naming a stored story's event and person half the time (it joins), and always a country. */
function newArticle(n: number, stored: number): { article: Article; signature: StorySignature } {
  const story = (n * 7919) % Math.max(1, Math.floor(stored / PER_STORY));
  const joins = n % 2 === 0;
  const keys = joins ? [`event ${story}`, `person ${(story * PER_STORY) % PEOPLE}`] : [`event new${n}`, `person new${n}`];
  keys.push(`country${n % COUNTRIES}`);
  const text = `new article ${n}`;
  const contentHash = createHash('sha256').update(`story-join#${n}`).digest('hex');
  return {
    article: { id: `a_${contentHash.slice(0, 16)}`, doc: `join${n}.txt`, url: null, path: null, canonical: null, title: null, byline: null, published: '2025-06-01', lang: 'en', text, contentHash, sourceId: null },
    signature: {
      entities: keys.map((key, i) => ({ key, weight: i === 2 ? 1 : i === 1 ? 3 : 2 })).sort((a, b) => (a.key < b.key ? -1 : 1)),
      terms: [`term${n % 97}`, `term${n % 89}`],
      marks: [],
      published: '2025-06-01',
    },
  };
}

export async function storyJoinBench(): Promise<void> {
  const runs = Number(process.env.BENCH_ARTICLES ?? 31);
  console.log(`\nJoining a story: one new article placed among N stored ones (half join a stored story), median of ${runs}`);
  await timeOnGrowingStores({
    sizes: (process.env.BENCH_STORY_SIZES ?? '10000,100000').split(',').map(Number),
    runs,
    unit: 'stored articles',
    preload,
    step: async (store, db, n, size) => {
      const { article, signature } = newArticle(n, size);
      await store.saveArticle(article, null);
      return () => db.transaction((tx) => joinStory(tx, article, signature));
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchArgs(
    `npm run bench:stories
The cost of placing one new article in its story as the store grows, on PGlite and PostgreSQL.`,
    { options: {} },
  );
  await storyJoinBench();
}
