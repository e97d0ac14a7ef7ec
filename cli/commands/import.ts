import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import type { ImportRow } from '../../store/index.js';
import type { CliContext } from '../context.js';

/** Rows per transaction: big enough to amortise it, small enough that one failure loses little. */
const CHUNK_ROWS = 5000;

export function registerImport(program: Command, context: CliContext): void {
  program
    .command('import')
    .description('load claims given as source,object,attribute,value[,observed_at] (CSV with a header, or JSON Lines) and reconcile them')
    .argument('<file>', 'a .csv or .jsonl file')
    .option('--no-trust', 'skip re-estimating source trust after loading')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: { trust: boolean; json?: boolean }) => {
      const rows = await readRows(file);
      const store = await context.store();
      const total = { rows: 0, claimsInserted: 0, factsTouched: 0, versionsWritten: 0 };
      for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
        const r = await store.importClaims(rows.slice(i, i + CHUNK_ROWS), { file });
        total.rows += r.rows;
        total.claimsInserted += r.claimsInserted;
        total.factsTouched += r.factsTouched;
        total.versionsWritten += r.versionsWritten;
      }
      const trust = options.trust && rows.length > 0 ? await store.refreshTrust() : null;
      if (trust) total.versionsWritten += trust.versionsWritten;
      if (options.json) {
        context.json({ file, ...total, trust: trust?.trust ?? null });
        return;
      }
      context.out(`rows      ${total.rows} read; ${total.claimsInserted} new claims`);
      context.out(`facts     ${total.factsTouched} touched; ${total.versionsWritten} versions written`);
      if (trust) {
        const ranked = Object.entries(trust.trust).sort((a, b) => b[1] - a[1]);
        context.out(`sources   ${ranked.length} trust estimates, e.g. ${ranked.slice(0, 3).map(([s, t]) => `${s} ${t.toFixed(2)}`).join(', ')}`);
      }
      context.err('See them with: newsfacts facts --json');
    });
}

/** CSV with a header row, or JSON Lines, into import rows; a bad line fails naming the file and line. */
async function readRows(file: string): Promise<ImportRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(file, `cannot read: ${(error as Error).message}`, { cause: error });
  }
  if (/\.jsonl?$/i.test(file)) {
    return text
      .split('\n')
      .map((line, i) => ({ line: line.trim(), n: i + 1 }))
      .filter(({ line }) => line !== '')
      .map(({ line, n }) => {
        let record: Record<string, unknown>;
        try {
          record = JSON.parse(line) as Record<string, unknown>;
        } catch (error) {
          throw new InputError(`${file}:${n}`, 'not valid JSON', { cause: error });
        }
        return toRow(record, `${file}:${n}`);
      });
  }
  let records: Record<string, unknown>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, unknown>[];
  } catch (error) {
    throw new InputError(file, `not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  return records.map((record, i) => toRow(record, `${file}:${i + 2}`));
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
  return { source, object, attribute, value, observedAt: observed === undefined || observed === '' ? null : observed };
}
