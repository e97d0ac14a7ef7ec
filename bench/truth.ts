/**
 * `npm run bench:truth`: truth discovery on the Flight benchmark and on a
 * synthetic ground truth, the import at benchmark scale, and the cost of
 * reconciling one article as the store grows.
 *
 * 1. Flight (development half, `../shared/data/truth-flight-dev/`): per day
 *    and on average, accuracy within ±10 minutes and strict, of majority vote,
 *    TruthFinder, ACCU (accuracy-weighted votes, no copy detection), ours on
 *    each day alone (`discoverTruth`: AccuCopy with mirrors and value agreement
 *    by type) and ours learned over all days (accuracy, copying and mirrors
 *    estimated once, without gold), each day's values chosen with them.
 * 2. Import: `newsfacts import claims.csv.gz --fuse-by '^[^/]+'` into a fresh
 *    PGlite store, in a child process (`bench/import.ts`, also `npm run
 *    bench:import`): rows/s, CPU and peak RSS, and the store's exported facts
 *    scored as in 1 (what an outside scorer sees). Section 1 also scores the
 *    store's path in memory: `reconcileFact` per fact with what `discoverTruth`
 *    learned (trust, copying, mirrors), which is what that export holds, and
 *    counts the items where it differs from `ours`.
 * 3. Synthetic accuracy. Sources of varied accuracy report values of (object,
 *    attribute) items that change once over time; a growing share of them are
 *    copiers that repeat one poor source, errors included. Prints the share of
 *    items whose chosen value is the truth, for majority vote, the store's
 *    reconciliation (`reconcileFact` over valid time) weighted by estimated
 *    trust, then also discounting likely copies, and `discoverTruth` alone.
 * 4. Incremental cost. Stores N claims (bulk SQL), then times `recordClaims` of
 *    new 30-claim articles that touch stored facts, on PGlite and PostgreSQL.
 * 5. Joining a story (`bench/story-join.ts`): one new article placed among 10k and 100k stored ones.
 *
 * Env: BENCH_FLIGHT_DIR (default `../shared/data/truth-flight-dev`; sections 1–2 are skipped without it),
 * BENCH_IMPORT (`0` skips section 2), BENCH_SIZES (default `10000,500000`), BENCH_ARTICLES (timed articles
 * per size, default 31), BENCH_DATABASE_URL (default the CI PostgreSQL).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Article, ClaimDraft } from '../model/index.js';
import type { Database } from '../store/index.js';
import { discoverTruth, majorityVote, reconcileFact, truthFinder, valueKey, type TruthObservation } from '../reconcile/index.js';
import { loadFlight, scoreDay, type FlightDay } from './flight.js';
import { copyRelations, mirrorNames, TruthEvidence } from '../reconcile/truth.js';
import { FLIGHT_DIR, importAndScore, printImportRun } from './import.js';
import { prng as rng } from './prng.js';
import { storyJoinBench } from './story-join.js';
import { timeOnGrowingStores } from './growing-store.js';
import { benchArgs } from './cli.js';

const SOURCES = 30;
const OBJECTS = 200;
const ATTRIBUTES = 2;
const FALSE_VALUES = 4;
const COVERAGE = 0.6;

interface Observation {
  object: string;
  attribute: string;
  period: number;
  source: string;
  value: number;
}

/** Two periods per item (the value changes at period 1); copiers repeat one 40%-accurate source. */
function generate(copierShare: number, seed: number): { observations: Observation[]; truth: Map<string, number> } {
  const random = rng(seed);
  const copiers = Math.round(SOURCES * copierShare);
  const independent = SOURCES - copiers;
  const accuracy = Array.from({ length: independent }, (_, i) => (i === 0 ? 0.4 : 0.55 + random() * 0.4));
  const truth = new Map<string, number>();
  const observations: Observation[] = [];
  for (let o = 0; o < OBJECTS; o++) {
    for (let a = 0; a < ATTRIBUTES; a++) {
      for (let period = 0; period < 2; period++) {
        const item = `o${o}|a${a}@${period}`;
        // Values far enough apart (10%+) that the store's 1% amount tolerance never merges them.
        const right = 1000 * (o + 1) * (period + 1);
        truth.set(item, right);
        const wrong = () => Math.round(right * (1 + 0.1 * (1 + Math.floor(random() * FALSE_VALUES))));
        const given = new Map<number, number>();
        for (let s = 0; s < independent; s++) {
          if (random() > COVERAGE && s !== 0) continue;
          const value = random() < accuracy[s]! ? right : wrong();
          given.set(s, value);
          observations.push({ object: `o${o}`, attribute: `a${a}`, period, source: `s${s}`, value });
        }
        for (let c = 0; c < copiers; c++) {
          if (random() > COVERAGE) continue;
          const value = random() < 0.9 ? given.get(0)! : random() < 0.6 ? right : wrong();
          observations.push({ object: `o${o}`, attribute: `a${a}`, period, source: `copier${c}`, value });
        }
      }
    }
  }
  return { observations, truth };
}

function accuracyBench(): void {
  console.log(`\nAccuracy of the chosen value per (object, attribute, period): ${SOURCES} sources, ${OBJECTS * ATTRIBUTES * 2} items, 3 seeds each`);
  console.log('copiers  majority  reconcile+trust  reconcile+trust+copies  discoverTruth (ACCU, copy detection)');
  for (const share of [0, 0.1, 0.2, 0.3, 0.4, 0.5]) {
    const scores = [0, 0, 0, 0];
    for (const seed of [1, 2, 3]) {
      const { observations, truth } = generate(share, seed * 7919 + Math.round(share * 100));
      const obs: TruthObservation[] = observations.map((o) => ({ item: `${o.object}|${o.attribute}@${o.period}`, source: o.source, value: { amount: o.value, unit: '1' }, domain: o.attribute }));
      const majority = majorityVote(obs);
      const discovered = discoverTruth(obs, { falseValues: FALSE_VALUES });
      // The store's path: reconcileFact per (object, attribute) over both periods, weighted by the estimated trust.
      const byFact = new Map<string, Observation[]>();
      for (const o of observations) byFact.set(`${o.object}|${o.attribute}`, [...(byFact.get(`${o.object}|${o.attribute}`) ?? []), o]);
      // With copies: the relations `refreshTrust` stores (P ≥ COPY_THRESHOLD), which per-article reconciliation reads.
      const stored = new Map(copyRelations(discovered).map((c) => [`${c.sourceA}\u0000${c.sourceB}`, c.probability]));
      const reconciled = [new Map<string, number>(), stored].map((dependence) => {
        let right = 0;
        for (const [fact, list] of byFact) {
          const r = reconcileFact(
            list.map((o, i) => ({
              claimId: `c${i}`,
              subject: fact,
              predicate: 'v',
              kind: null,
              value: { amount: o.value, unit: '1' },
              doc: `${o.source}#${o.period}`,
              source: o.source,
              published: o.period === 0 ? '2025-01-01' : '2025-06-01',
              observedAt: o.period === 0 ? '2025-01-01' : '2025-06-01',
            })),
            { trust: discovered.trust, dependence },
          );
          for (const period of [0, 1]) {
            const day = period === 0 ? '2025-02-01' : '2025-07-01';
            const holding = r.candidates.find((c) => (c.status === 'current' || c.status === 'superseded') && (c.validFrom ?? '') <= day && (c.validTo === null || day < c.validTo));
            if (holding && 'amount' in holding.value && holding.value.amount === truth.get(`${fact}@${period}`)) right++;
          }
        }
        return right;
      });
      let m = 0;
      let d = 0;
      for (const [item, value] of truth) {
        if (majority.get(item) === `amount:${value} 1`) m++;
        if (discovered.chosen.get(item)?.key === `amount:${value} 1`) d++;
      }
      scores[0]! += m / truth.size;
      scores[1]! += reconciled[0]! / truth.size;
      scores[2]! += reconciled[1]! / truth.size;
      scores[3]! += d / truth.size;
    }
    const pct = (x: number) => `${((x / 3) * 100).toFixed(1)}%`.padStart(6);
    console.log(`${`${Math.round(share * 100)}%`.padStart(7)}  ${pct(scores[0]!)}    ${pct(scores[1]!)}           ${pct(scores[2]!)}                  ${pct(scores[3]!)}`);
  }
}

/**
 * Bulk-loads `claims` figure claims (30 per article, ~3 per fact) straight in SQL: building 500k through
 * recordClaims would take hours. Fact ids follow `factId` (`f_` + sha256(key)), as the store requires.
 */
async function preload(db: Database, claims: number): Promise<void> {
  const articles = Math.ceil(claims / 30);
  const facts = Math.ceil(claims / 3);
  await db.exec(`
    INSERT INTO articles (id, doc, published, text, content_hash)
    SELECT 'a_bulk' || g, 'bulk' || g || '.txt', DATE '2025-01-01' + (g % 300), 'bulk text ' || g, md5('b' || g) || md5('c' || g)
    FROM generate_series(1, ${articles}) g;
    INSERT INTO facts (id, key, subject, predicate, kind)
    SELECT 'f_' || left(encode(sha256(convert_to('entity' || g || ' widget|count', 'UTF8')), 'hex'), 16),
           'entity' || g || ' widget|count', 'entity' || g || ' widget', 'count', 'figure'
    FROM generate_series(1, ${facts}) g;
    INSERT INTO claims (id, article_id, kind, start_offset, end_offset, quote, subject, predicate, value, hedge,
                        extractor, rule, confidence, fact_id)
    SELECT 'c_bulk' || g, 'a_bulk' || (1 + g % ${articles}), 'figure', 0, 4, 'bulk', 'entity' || (1 + g % ${facts}) || ' widget', 'count',
           jsonb_build_object('amount', 100 + g % 3, 'unit', 'widget'), 'asserted', 'bench@1', 'bulk', 0.9,
           'f_' || left(encode(sha256(convert_to('entity' || (1 + g % ${facts}) || ' widget|count', 'UTF8')), 'hex'), 16)
    FROM generate_series(1, ${claims}) g;
  `);
}

function benchArticle(n: number, stored: number): { article: Article; drafts: ClaimDraft[] } {
  const random = rng(n + 17);
  const facts = Math.ceil(stored / 3);
  const parts: string[] = [];
  const drafts: ClaimDraft[] = [];
  let offset = 0;
  for (let i = 0; i < 30; i++) {
    // Two in three claims touch stored facts, one in three opens a new one.
    const entity = i % 3 === 2 ? `fresh${n}x${i}` : `entity${1 + Math.floor(random() * facts)}`;
    const quote = `${100 + (i % 2)} widgets`;
    parts.push(quote);
    drafts.push({
      kind: 'figure',
      value: { amount: 100 + (i % 2), unit: 'widget' },
      start: offset,
      end: offset + quote.length,
      quote,
      subject: `${entity} widget`,
      predicate: 'count',
      attribution: null,
      hedge: 'asserted',
      qualifier: null,
      extractor: 'bench@1',
      rule: 'bench',
      confidence: 0.9,
    });
    offset += quote.length + 2;
  }
  const text = parts.join('. ');
  const contentHash = createHash('sha256').update(`${text}#${n}`).digest('hex');
  return {
    article: { id: `a_${contentHash.slice(0, 16)}`, doc: `bench${n}.txt`, url: null, path: null, canonical: null, title: null, byline: null, published: '2025-08-01', lang: 'en', text, contentHash, sourceId: null },
    drafts,
  };
}

async function costBench(): Promise<void> {
  const runs = Number(process.env.BENCH_ARTICLES ?? 31);
  console.log(`\nIncremental reconcile: one new 30-claim article (20 stored facts touched, 10 new), median of ${runs}`);
  await timeOnGrowingStores({
    sizes: (process.env.BENCH_SIZES ?? '10000,500000').split(',').map(Number),
    runs,
    unit: 'stored claims',
    preload,
    target: '(target ≤ 2×)',
    step: async (store, _db, n, size) => {
      const { article, drafts } = benchArticle(n, size);
      await store.saveArticle(article, null);
      return () => store.recordClaims(article.id, drafts);
    },
  });
}

async function flightBench(): Promise<{ days: FlightDay[]; ours: Map<string, string> } | null> {
  if (!existsSync(path.join(FLIGHT_DIR, 'claims.csv.gz'))) {
    console.log(`\nFlight: ${FLIGHT_DIR} not found, skipped`);
    return null;
  }
  const started = performance.now();
  const { days, all, rows } = await loadFlight(FLIGHT_DIR);
  console.log(`\nFlight (${FLIGHT_DIR}): ${rows} rows, ${days.length} days fused apart, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log('accuracy within ±10 min / strict, over the gold items some source covers');
  // Ours learns accuracy, copying and mirrors over all days at once (no gold involved), then each day's values are
  // chosen with them: what `import --fuse-by` does. 'ours/day' learns from the day alone.
  const learned = performance.now();
  const global = discoverTruth(all);
  const globalChosen = keys(global.chosen);
  console.log(`ours learned over all days in ${((performance.now() - learned) / 1000).toFixed(1)} s, ${global.rounds} rounds; mirror groups: ${global.mirrors.map((g) => `${g.sources.join('+')} (≥${(g.minAgreement * 100).toFixed(1)}% of ≥${g.minShared})`).join(', ') || 'none'}`);
  const methods: [string, (day: FlightDay) => Map<string, string>][] = [
    ['vote', (day) => majorityVote(day.evidence)],
    ['TruthFinder', (day) => truthFinder(day.evidence)],
    ['ACCU', (day) => keys(discoverTruth(day.evidence, { detectCopying: false }).chosen)],
    ['ours/day', (day) => keys(discoverTruth(day.evidence).chosen)],
    ['ours', () => globalChosen],
  ];
  console.log(`day         items  ${methods.map(([m]) => m.padStart(13)).join('  ')}`);
  const sums = methods.map(() => [0, 0]);
  const fused = performance.now();
  let beaten = 0;
  for (const day of days) {
    const scores = methods.map(([, run]) => scoreDay(day, run(day)));
    scores.forEach((sc, i) => {
      sums[i]![0]! += sc.tolerant;
      sums[i]![1]! += sc.strict;
    });
    if (scores[4]!.tolerant > scores[0]!.tolerant) beaten++;
    console.log(`${day.day}  ${String(scores[0]!.covered).padStart(5)}  ${scores.map((sc) => `${sc.tolerant.toFixed(3)}/${sc.strict.toFixed(3)}`.padStart(13)).join('  ')}`);
  }
  const n = days.length;
  console.log(`mean               ${sums.map(([t, st]) => `${(t! / n).toFixed(3)}/${(st! / n).toFixed(3)}`.padStart(13)).join('  ')}`);
  console.log(`ours above vote on ${beaten} of ${n} days; the per-day methods on all days in ${((performance.now() - fused) / 1000).toFixed(1)} s`);
  storePath(days, all, global);
  return { days, ours: globalChosen };
}

/**
 * What the store exports after `import --fuse-by` (its `refreshTrust`), in memory: each fact re-reconciled by
 * `reconcileFact` with the trust and copying `discoverTruth` learned over all days, not the value it chose.
 */
function storePath(days: readonly FlightDay[], all: TruthEvidence, learned: ReturnType<typeof discoverTruth>): void {
  const started = performance.now();
  const { start, source, value } = all.grouped();
  const options = { trust: new Map([...learned.trust, ...learned.domainTrust]), dependence: learned.dependence, mirrors: mirrorNames(learned.mirrors) };
  const chosen = new Map<string, string>();
  let differ = 0;
  for (let i = 0; i < all.items.length; i++) {
    const item = all.items[i]!;
    const [subject, predicate] = item.split('|') as [string, string];
    const evidence = [];
    for (let x = start[i]!; x < start[i + 1]!; x++) {
      const name = all.sources[source[x]!]!;
      evidence.push({ claimId: `c${x}`, subject, predicate, kind: null, value: all.values[value[x]!]!, doc: name, source: name, published: null });
    }
    const r = reconcileFact(evidence, options);
    if (r.value) chosen.set(item, valueKey(r.value));
    if (chosen.get(item) !== learned.chosen.get(item)?.key) differ++;
  }
  const scores = days.map((day) => scoreDay(day, chosen));
  const mean = (f: (s: (typeof scores)[number]) => number) => (scores.reduce((t, s) => t + f(s), 0) / scores.length).toFixed(3);
  console.log(
    `the store's path (reconcileFact per fact with what ours learned, as import --fuse-by exports): mean ${mean((s) => s.tolerant)}/${mean((s) => s.strict)}, ` +
      `a value other than ours on ${differ} of ${all.items.length} items, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function keys(chosen: ReadonlyMap<string, { key: string }>): Map<string, string> {
  return new Map([...chosen].map(([item, c]) => [item, c.key]));
}

benchArgs(
  `npm run bench:truth   (environment: BENCH_IMPORT=0 skips the import run)
Truth discovery on the Flight development half and a synthetic ground truth, the import at benchmark scale, the
cost of reconciling one article and of joining a story as the store grows.`,
  { options: {} },
);
const flight = await flightBench();
if (flight && process.env.BENCH_IMPORT !== '0') printImportRun(await importAndScore(path.join(FLIGHT_DIR, 'claims.csv.gz'), flight.days, { db: 'pglite' }), flight.ours);
accuracyBench();
await costBench();
await storyJoinBench();
