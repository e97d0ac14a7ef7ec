/**
 * `npm run eval`: extracts claims from every document that has a gold file,
 * validates the export, scores it, and prints the table (or JSON).
 *
 *   npm run eval -- [--gold DIR --docs DIR]... [--json] [--errors] [--date-engine E] [--compare-dates]
 *
 * `--gold`/`--docs` may be repeated in pairs (the n-th `--docs` goes with the
 * n-th `--gold`; a missing `--docs` means the gold folder itself); each set
 * is scored and reported on its own.
 *
 *   npm run eval -- --facts DIR [--facts-gold FILE] [--json]
 *
 * loads DIR's articles into a throwaway store and scores its facts against
 * `facts.json` (`fact-score.ts`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InputError, ValidationError } from '../errors.js';
import { DateEngine, extractClaims, toClaimsExport } from '../extract/index.js';
import { ClaimsExport, GoldDoc, GoldFacts } from '../model/export.js';
import { factScoreBreakdown, formatBreakdown, formatFactScore } from './fact-report.js';
import { loadFolder } from './fact-run.js';
import { scoreFacts } from './fact-score.js';
import { formatErrors, formatSummary } from './report.js';
import { aggregate, scoreDocument, type DocumentScore } from './score.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run eval -- [options]
       npm run eval -- --facts DIR [--facts-gold FILE] [--json]

Scores the extractor against hand-labelled gold (../shared/eval/FORMAT.md).

With --facts, scores fact identity instead: loads the articles of DIR (those its
manifest.json lists, else every .txt/.html/.md) into a throwaway in-memory store
through the pipeline of \`newsfacts run\`, exports the facts as \`newsfacts facts --json\`
does, and scores them against a facts.json (../shared/eval/stories/README.md, "How to
score"): per gold fact right or wrong with its reasons, and every must-not-merge pair
the store merged.

Fact options:
  --facts DIR         the folder of articles to load and score
  --facts-gold FILE   the gold facts                  default: DIR/facts.json
                      (the seeds' gold is eval/seeds-facts.json)
  --json              print the score as JSON

Claim options:
Options:
  --gold DIR          gold files (*.gold.json)       default: ../shared/eval/gold
  --docs DIR          document texts named by gold   default: seeds (or the gold folder for a repeated --gold)
                      Repeat --gold/--docs in pairs to score several sets, e.g. the seeds and the
                      extractor's own cases:  --gold ../shared/eval/gold --docs seeds
                                              --gold test/extract/gold --docs test/extract/gold
  --date-engine E     rules | rules+chrono | chrono | compromise   default: rules+chrono
  --compare-dates     score dates once per date engine and print the comparison
  --json              print the summary and per-document scores as JSON
  --errors            list misses, false positives, subject and role failures per document
  --help              show this help
`;

interface DocInput {
  gold: GoldDoc;
  text: string;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new InputError(path, 'cannot read gold JSON', { cause });
  }
}

/** Reads every `*.gold.json` in `goldDir` and its document text from `docsDir` (UTF-8, BOM removed). */
function loadInputs(goldDir: string, docsDir: string): DocInput[] {
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();
  if (files.length === 0) throw new InputError(goldDir, 'no *.gold.json files');
  return files.map((f) => {
    const path = join(goldDir, f);
    const parsed = GoldDoc.safeParse(readJson(path));
    if (!parsed.success) throw new ValidationError(path, 'gold document', parsed.error);
    const docPath = join(docsDir, parsed.data.doc);
    let text: string;
    try {
      text = readFileSync(docPath, 'utf8').replace(/^\uFEFF/, '');
    } catch (cause) {
      throw new InputError(docPath, 'cannot read document named by gold', { cause });
    }
    return { gold: parsed.data, text };
  });
}

function runAll(inputs: readonly DocInput[], engine: DateEngine): { scores: DocumentScore[]; ms: number } {
  const t0 = performance.now();
  const exports = inputs.map(({ gold, text }) => {
    const claims = extractClaims({ text, published: gold.published }, { dateEngine: engine });
    const out = toClaimsExport(gold.doc, gold.published, text, claims);
    const checked = ClaimsExport.safeParse(out);
    if (!checked.success) throw new ValidationError(gold.doc, 'claims export', checked.error);
    return checked.data;
  });
  const ms = performance.now() - t0;
  return { scores: inputs.map((input, i) => scoreDocument(input.gold, input.text, exports[i]!)), ms };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      facts: { type: 'string' },
      'facts-gold': { type: 'string' },
      gold: { type: 'string', multiple: true },
      docs: { type: 'string', multiple: true },
      'date-engine': { type: 'string', default: 'rules+chrono' },
      'compare-dates': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values['facts-gold'] !== undefined && values.facts === undefined) throw new InputError('--facts-gold', 'needs --facts DIR');
  if (values.facts !== undefined) {
    await scoreFactsOf(resolve(values.facts), resolve(values['facts-gold'] ?? join(values.facts, 'facts.json')), values.json);
    return;
  }
  const engine = DateEngine.safeParse(values['date-engine']);
  if (!engine.success) throw new ValidationError('--date-engine', 'option', engine.error);
  const goldDirs = values.gold ?? [resolve(ROOT, '../shared/eval/gold')];
  const docsDirs = values.docs ?? (values.gold ? [] : [resolve(ROOT, 'seeds')]);
  if (docsDirs.length > goldDirs.length) throw new InputError('--docs', `${docsDirs.length} --docs for ${goldDirs.length} --gold`);
  const sets = goldDirs.map((gold, i) => ({ gold: resolve(gold), inputs: loadInputs(resolve(gold), resolve(docsDirs[i] ?? gold)) }));
  if (sets.length > 1) {
    const reports = sets.map((set) => scoreSet(set.inputs, engine.data, values.errors));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(sets.map((set, i) => ({ gold: set.gold, ...reports[i]!.json })), null, 2)}\n`);
      return;
    }
    sets.forEach((set, i) => process.stdout.write(`${i > 0 ? '\n' : ''}${reports[i]!.text(set.gold)}`));
    return;
  }
  const inputs = sets[0]!.inputs;

  if (values['compare-dates']) {
    const rows = DateEngine.options.map((e) => ({ engine: e, date: aggregate(runAll(inputs, e).scores).kinds.date }));
    if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      process.stdout.write('date engine     precision  recall      f1    tp   fp   fn\n');
      for (const r of rows) {
        const d = r.date;
        process.stdout.write(`${r.engine.padEnd(14)}  ${d.precision.toFixed(3).padStart(9)}  ${d.recall.toFixed(3).padStart(6)}  ${d.f1.toFixed(3).padStart(6)}  ${String(d.tp).padStart(4)} ${String(d.fp).padStart(4)} ${String(d.fn).padStart(4)}\n`);
      }
    }
    return;
  }

  const report = scoreSet(inputs, engine.data, values.errors);
  process.stdout.write(values.json ? `${JSON.stringify(report.json, null, 2)}\n` : report.text());
}

/** Scores one gold set and renders it as text (table, timing, optional errors) or JSON. */
function scoreSet(inputs: readonly DocInput[], engine: DateEngine, withErrors: boolean) {
  // Run twice: the first run pays module and lexicon warm-up, the second is the steady-state cost.
  runAll(inputs, engine);
  const { scores, ms } = runAll(inputs, engine);
  const summary = aggregate(scores);
  const perDoc = scores.map(({ errors, ...rest }) => (withErrors ? { ...rest, errors } : rest));
  return {
    json: { summary, documents: perDoc, extractMs: Math.round(ms) },
    text: (title?: string) =>
      `${formatSummary(summary, title)}\nextraction of ${inputs.length} docs: ${ms.toFixed(0)} ms (date engine ${engine})\n` +
      (withErrors ? `\n${formatErrors(scores.flatMap((s) => s.errors))}\n` : ''),
  };
}

/** `--facts`: load the folder into a throwaway store, export its facts and score them against the gold facts. */
async function scoreFactsOf(dir: string, goldPath: string, json: boolean): Promise<void> {
  const parsed = GoldFacts.safeParse(readJson(goldPath));
  if (!parsed.success) throw new ValidationError(goldPath, 'gold facts', parsed.error);
  const loaded = await loadFolder(dir);
  for (const failure of loaded.failures) process.stderr.write(`newsfacts: ${failure}\n`);
  const score = scoreFacts({ gold: parsed.data, texts: loaded.texts, claims: loaded.claims, facts: loaded.facts });
  if (json) {
    const breakdown = factScoreBreakdown(score, parsed.data);
    process.stdout.write(`${JSON.stringify({ folder: dir, gold: goldPath, articles: loaded.articles, storedFacts: loaded.facts.length, skipped: loaded.skipped, breakdown, ...score }, null, 2)}\n`);
  } else {
    const skipped = loaded.skipped.length > 0 ? `; not articles (absent from manifest.json): ${loaded.skipped.join(', ')}` : '';
    process.stdout.write(
      formatFactScore(score, `facts of ${dir} (${loaded.articles} articles → ${loaded.claims.length} claims, ${loaded.facts.length} facts${skipped})\nscored against ${goldPath}`) +
        formatBreakdown(factScoreBreakdown(score, parsed.data)),
    );
  }
  if (loaded.failures.length > 0) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exitCode = 1;
});
