import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Command } from 'commander';
import { parse } from 'csv-parse';
import { InputError, ValidationError } from '../../errors.js';
import { importRowIssue, type ImportRow } from '../../store/index.js';
import type { CliContext } from '../context.js';
import { fuseByPattern } from './trust.js';

/** Rows per transaction: big enough to amortise it, small enough that one failure loses little and memory stays flat. */
const CHUNK_ROWS = 10_000;

interface ImportOptions {
  trust: boolean;
  fuseBy?: string;
  json?: boolean;
}

export function registerImport(program: Command, context: CliContext): void {
  program
    .command('import')
    .description(
      'load claims given as source,object,attribute,value[,observed_at] (CSV with a header, or JSON Lines; .gz too), ' +
        'streamed in batches, then estimate source trust and copying and reconcile every fact once',
    )
    .argument('<file>', 'a .csv or .jsonl file, optionally gzipped (.csv.gz, .jsonl.gz)')
    .option('--no-trust', 'skip re-estimating source trust after loading (each batch is reconciled with the stored trust instead)')
    .option('--fuse-by <regex>', 'fuse the groups of objects this pattern finds apart (its first capture group, else the match), e.g. "^[^/]+" for a day prefix')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: ImportOptions) => {
      const fuseBy = options.fuseBy === undefined ? null : fuseByPattern(options.fuseBy);
      try {
        await access(file);
      } catch (error) {
        throw new InputError(file, `cannot read: ${(error as Error).message}`, { cause: error });
      }
      const store = await context.store();
      const started = performance.now();
      const total = { rows: 0, claimsInserted: 0, factsTouched: 0, versionsWritten: 0 };
      let batch: ImportRow[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const r = await store.importClaims(batch, { file, reconcile: !options.trust });
        total.rows += r.rows;
        total.claimsInserted += r.claimsInserted;
        total.factsTouched += r.factsTouched;
        total.versionsWritten += r.versionsWritten;
        batch = [];
      };
      for await (const row of readRows(file)) {
        batch.push(row);
        if (batch.length >= CHUNK_ROWS) await flush();
      }
      await flush();
      const loadedSecs = (performance.now() - started) / 1000;
      const loadCpu = process.cpuUsage();
      const trust = options.trust && total.rows > 0 ? await store.refreshTrust({ fuseBy }) : null;
      if (trust) total.versionsWritten += trust.versionsWritten;
      const seconds = (performance.now() - started) / 1000;
      const timing = { seconds: round(seconds), loadSeconds: round(loadedSecs), rowsPerSecond: Math.round(total.rows / Math.max(seconds, 1e-3)) };
      if (options.json) {
        const phases = [{ phase: 'start + load', wallSeconds: round(loadedSecs), cpuSeconds: round((loadCpu.user + loadCpu.system) / 1e6) }, ...(trust?.phases ?? [])];
        context.json({ file, ...total, ...timing, groups: trust?.groups ?? null, phases, trust: trust?.trust ?? null, copying: trust?.copying ?? null });
        return;
      }
      context.out(`rows      ${total.rows} read; ${total.claimsInserted} new claims (${timing.rowsPerSecond} rows/s, ${timing.seconds} s)`);
      context.out(`facts     ${total.factsTouched} touched; ${total.versionsWritten} versions written`);
      if (trust) {
        const ranked = Object.entries(trust.trust).sort((a, b) => b[1] - a[1]);
        context.out(
          `sources   ${ranked.length} trust estimates over ${trust.groups} fused group${trust.groups === 1 ? '' : 's'}, e.g. ` +
            `${ranked.slice(0, 3).map(([s, t]) => `${s} ${t.toFixed(2)}`).join(', ')}; ${trust.copying.length} copy relations`,
        );
      }
      context.err('See them with: newsfacts facts --json; trust and copying with: newsfacts trust');
    });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function open(file: string): Readable {
  const stream = createReadStream(file);
  return /\.gz$/i.test(file) ? stream.pipe(createGunzip()) : stream;
}

/** CSV with a header row, or JSON Lines, streamed into checked import rows; a bad line fails naming the file and line. */
async function* readRows(file: string): AsyncGenerator<ImportRow> {
  if (/\.jsonl?(\.gz)?$/i.test(file)) {
    let n = 0;
    for await (const raw of createInterface({ input: open(file), crlfDelay: Infinity })) {
      n++;
      const line = raw.trim();
      if (line === '') continue;
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch (error) {
        throw new InputError(`${file}:${n}`, 'not valid JSON', { cause: error });
      }
      yield toRow(record, `${file}:${n}`);
    }
    return;
  }
  const parser = open(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, unknown>; info: { lines: number } }>) {
      yield toRow(record, `${file}:${info.lines}`);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `not valid CSV: ${(error as Error).message}`, { cause: error });
  }
}

function toRow(record: Record<string, unknown>, where: string): ImportRow {
  const field = (name: string) => {
    const v = record[name];
    return v === undefined || v === null ? undefined : String(v);
  };
  const [source, object, attribute, value] = ['source', 'object', 'attribute', 'value'].map(field);
  if (source === undefined || object === undefined || attribute === undefined || value === undefined) {
    throw new InputError(where, 'a row needs source, object, attribute and value');
  }
  const observed = field('observed_at');
  const row = { source, object, attribute, value, observedAt: observed === undefined || observed === '' ? null : observed };
  // Checked here, where the line is known: a bad row fails before its batch is written, naming its line.
  const issue = importRowIssue(row);
  if (issue) throw new ValidationError(where, 'import row', issue);
  return row;
}
