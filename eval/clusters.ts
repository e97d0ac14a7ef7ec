/**
 * `npm run eval:clusters`: the blind fact-identity benchmarks of real news clusters
 * (issue 17): set A `eval/clusters/clusters.json`, set B `eval/clusters/clusters-b.json`, set C
 * `eval/clusters/clusters-c.json`.
 * Materializes a set's html-dev texts and gold into a temporary folder
 * (`materializeClusters`), loads it into a throwaway store as
 * `npm run eval -- --facts DIR` does and prints the same per-fact report, then a
 * line per cluster. `--set all` scores each set in a store of its own, one after
 * the other.
 *
 *   npm run eval:clusters -- [--json] [--keep DIR] [--data DIR] [--set a|b|c|all|FILE]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, ValidationError } from '../errors.js';
import { ClusterSet, materializeClusters, mixedStories, perCluster, setFiles } from './cluster-set.js';
import { factScoreBreakdown, formatBreakdown, formatFactScore } from './fact-report.js';
import { loadFolder } from './fact-run.js';
import { scoreFacts } from './fact-score.js';
import { HTML_DEV_DIR, readHtmlDevTruth, type HtmlDevTruth } from './html-dev-data.js';

const HELP = `Usage: npm run eval:clusters -- [options]
       npx tsx eval/clusters.ts [options]

Blind fact identity on real news: small clusters of html-dev pages (2-4 outlets on
one event each) with hand-written gold facts and must-not-merge pairs. The set in the
repository holds only references (page ids, offsets, gold values, publish dates,
outlets); the texts and quotes are cut from ../shared/data/html-dev at run time into a
temporary folder, which is loaded and scored as \`npm run eval -- --facts DIR\` does.

Options:
  --json        print the score as JSON (the shape of --facts --json, plus clusters);
                with --set all, an array of one such object per set
  --keep DIR    write the materialized folder (texts, manifest.json, facts.json) to DIR
                and keep it (DIR/clusters, DIR/clusters-b, DIR/clusters-c with --set all); outside
                the repository only: it holds benchmark text
  --data DIR    the html-dev folder          default: ../shared/data/html-dev
  --set SET     a (eval/clusters/clusters.json, in-sample since session 19),
                b (eval/clusters/clusters-b.json, blind at 4bfb4e8),
                c (eval/clusters/clusters-c.json, blind, session 22), all (a, b, then c,
                each in a store of its own) or a cluster set FILE    default: a
  --help        show this help
`;

interface SetRun {
  json: Record<string, unknown>;
  text: string;
  failed: boolean;
}

/** Scores one cluster set file in a throwaway store; `keep` is where its materialized folder stays, if anywhere. */
async function runSet(setPath: string, truth: HtmlDevTruth, keep: string | undefined): Promise<SetRun> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(setPath, 'utf8'));
  } catch (cause) {
    throw new InputError(setPath, 'cannot read the cluster set', { cause });
  }
  const parsed = ClusterSet.safeParse(raw);
  if (!parsed.success) throw new ValidationError(setPath, 'cluster set', parsed.error);
  const set = parsed.data;
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'newsfacts-clusters-'));
  try {
    const { gold } = materializeClusters(set, truth, dir);
    const loaded = await loadFolder(dir);
    for (const failure of loaded.failures) process.stderr.write(`newsfacts: ${failure}\n`);
    const score = scoreFacts({ gold, texts: loaded.texts, claims: loaded.claims, facts: loaded.facts });
    const clusters = perCluster(score, set, loaded.stories);
    const mixed = mixedStories(set, loaded.stories);
    const title = `clusters of ${setPath} (${set.clusters.length} clusters, ${loaded.articles} articles → ${loaded.claims.length} claims, ${loaded.facts.length} facts)`;
    const lines = clusters.map((c) => `  ${c.cluster}  ${c.right}/${c.total}  ${c.stories === 1 ? '1 story  ' : `${c.stories} stories`}  ${c.event}`);
    const whole = clusters.filter((c) => c.stories === 1).length;
    const breakdown = factScoreBreakdown(score, gold);
    const formation = `stories: ${whole}/${clusters.length} clusters in one story; ${mixed.length} stories mix clusters${mixed.length > 0 ? ` (${mixed.map((m) => m.join(' + ')).join('; ')})` : ''}`;
    return {
      json: { set: setPath, articles: loaded.articles, storedFacts: loaded.facts.length, clusters, mixedStories: mixed, breakdown, ...score },
      text: `${formatFactScore(score, title)}${formatBreakdown(breakdown)}\nper cluster (facts right, stories its articles are in):\n${lines.join('\n')}\n${formation}\n`,
      failed: loaded.failures.length > 0,
    };
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      keep: { type: 'string' },
      data: { type: 'string' },
      set: { type: 'string', default: 'a' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const files = setFiles(values.set);
  const truth = readHtmlDevTruth(path.resolve(values.data ?? HTML_DEV_DIR));
  const runs: SetRun[] = [];
  for (const file of files) {
    const keep = values.keep === undefined ? undefined : files.length === 1 ? path.resolve(values.keep) : path.resolve(values.keep, path.basename(file, '.json'));
    runs.push(await runSet(file, truth, keep));
  }
  if (values.json) {
    const json = runs.map((r) => r.json);
    process.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else {
    process.stdout.write(runs.map((r) => r.text).join('\n'));
  }
  if (runs.some((r) => r.failed)) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exitCode = 1;
});
