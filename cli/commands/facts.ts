import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { FactExport, type FactVersion } from '../../model/index.js';
import type { EvidenceClaim } from '../../store/index.js';
import { toFactExport } from '../../store/fact-export.js';
import type { CliContext } from '../context.js';
import { formatValue, table, truncate } from '../format.js';

export function registerFacts(program: Command, context: CliContext): void {
  program
    .command('facts')
    .description('list reconciled facts in their current belief, contested first')
    .option('--contested', 'only facts with two or more competing values')
    .option('--subject <text>', 'only facts whose subject contains this text (any case)')
    .option('--json', 'print the fact export of FORMAT.md (JSON Lines)')
    .action(async (options: { contested?: boolean; subject?: string; json?: boolean }) => {
      const store = await context.store();
      const states = await store.listFacts({ contested: options.contested ? true : undefined, subject: options.subject });
      // Contested facts first: they are what a reader must look at.
      states.sort((a, b) => Number(b.version.status === 'contested') - Number(a.version.status === 'contested'));
      if (options.json) {
        for (const { fact, version } of states) context.jsonLine(FactExport.parse(toFactExport(fact, version)));
        return;
      }
      if (states.length === 0) {
        context.err('no facts match');
        return;
      }
      const rows: string[][] = [['id', 'status', 'subject | predicate', 'value', 'sources', 'competing values']];
      for (const { fact, version } of states) {
        const [chosen, ...others] = version.candidates;
        rows.push([
          fact.id,
          version.status,
          truncate(`${fact.subject} | ${fact.predicate}`, 56),
          truncate(formatValue(version.value), 28),
          String(chosen?.sources.length ?? 0),
          others.map((c) => `${formatValue(c.value)} (${c.sources.join(', ')})`).join('; ') || '—',
        ]);
      }
      context.out(table(rows));
      const contested = states.filter((s) => s.version.status === 'contested').length;
      context.err(`${states.length} facts, ${contested} contested. Details: newsfacts fact <id> --history`);
    });
}

export function registerFact(program: Command, context: CliContext): void {
  program
    .command('fact')
    .description('show one fact: its current value, every competing value and the quotes behind each')
    .argument('<id>', 'a fact id, as listed by `newsfacts facts`')
    .option('--history', 'show every version, oldest first, with its supporting and opposing quotes')
    .option('--json', 'print the fact (and with --history its versions) as JSON')
    .action(async (id: string, options: { history?: boolean; json?: boolean }) => {
      const store = await context.store();
      const detail = await store.getFact(id);
      if (!detail) throw new InputError(id, 'no such fact (list them with `newsfacts facts`)');
      const history = options.history ? await store.factHistory(id) : null;
      if (options.json) {
        context.json({ ...detail, export: toFactExport(detail.fact, detail.version), history: history?.versions ?? undefined });
        return;
      }
      const { fact, version } = detail;
      context.out(`${fact.subject} | ${fact.predicate}    (${fact.id})`);
      context.out(`  ${version.status}: ${formatValue(version.value)}   confidence ${version.confidence.toFixed(2)}   version ${version.seq}`);
      context.out(`  why: ${version.reason}`);
      for (const { candidate, claims } of detail.candidates) {
        const chosen = candidate.valueKey === version.candidates[0]?.valueKey;
        context.out('');
        context.out(`  ${chosen ? '●' : '○'} ${formatValue(candidate.value)}  — ${candidate.sources.length} source(s), weight ${candidate.weight.toFixed(2)}`);
        for (const claim of claims) context.out(quoteLine(claim));
      }
      if (history) {
        context.out('');
        context.out('History (recorded time, oldest first):');
        for (const { version: v, supporting, opposing } of history.versions) {
          context.out('');
          context.out(versionHeader(v));
          context.out(`    why: ${v.reason}`);
          for (const claim of supporting) context.out(`  + ${quoteLine(claim).trimStart()}`);
          for (const claim of opposing) context.out(`  - ${quoteLine(claim).trimStart()}`);
        }
      }
    });
}

function versionHeader(v: FactVersion): string {
  const recorded = `${v.recordedFrom.toISOString()} → ${v.recordedTo ? v.recordedTo.toISOString() : 'now'}`;
  const valid = v.validFrom || v.validTo ? `, valid ${v.validFrom ?? '…'} → ${v.validTo ?? '…'}` : '';
  return `  version ${v.seq}: ${v.status} ${formatValue(v.value)} (recorded ${recorded}${valid})`;
}

function quoteLine(claim: EvidenceClaim): string {
  const who = [claim.source, claim.published].filter(Boolean).join(', ');
  const how = [claim.hedge, claim.attribution ? `per ${claim.attribution}` : null].filter(Boolean).join(' ');
  return `      “${truncate(claim.quote, 80)}”  ${claim.doc}${who ? ` (${truncate(who, 60)})` : ''}${how ? ` [${how}]` : ''}`;
}
