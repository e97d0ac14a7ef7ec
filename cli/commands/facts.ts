import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { FactVersion } from '../../model/index.js';
import type { EvidenceClaim, FactState } from '../../store/index.js';
import { EVIDENCE_PAGE_DEFAULT, FactFilter } from '../../store/fact-views.js';
import { summariseCandidates } from '../../store/rows.js';
import { factBatches, toFactExport } from '../../store/fact-export.js';
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
      // The store's read functions on its database, without a FactStore (whose module loads reconciliation).
      const db = await context.database({ existing: true });
      const filter = FactFilter.parse({ contested: options.contested ? true : undefined, subject: options.subject });
      // Contested facts first, then those a reviewer must look at again, then those with a disputed value: what a reader must look at.
      const batches = () => factBatches(db, filter, { sort: 'attention' });
      if (options.json) {
        // Streamed a batch at a time: the export of a store of any size holds one batch.
        for await (const batch of batches()) await context.jsonLines(batch.map(({ fact, version }) => toFactExport(fact, version)));
        return;
      }
      const states: FactState[] = [];
      for await (const batch of batches()) states.push(...batch);
      if (states.length === 0) {
        context.err('no facts match');
        return;
      }
      const rows: string[][] = [['id', 'status', 'subject | predicate', 'value', 'sources', 'competing values']];
      for (const { fact, version } of states) {
        // Contested and disputed values first, then superseded ones; sources as counts (`fact <id>` names the outlets).
        const [chosen, ...others] = summariseCandidates(version.candidates);
        rows.push([
          fact.id,
          version.status,
          truncate(`${fact.subject} | ${fact.predicate}`, 56),
          truncate(formatValue(version.value), 28),
          String(chosen?.sources ?? 0),
          others.map((c) => `${formatValue(c.value)} ${c.status} (${c.sources} source${c.sources === 1 ? '' : 's'})`).join('; ') || '—',
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
    .option('--history', 'show every version, oldest first, with its supporting and opposing quotes, sources, trust and reason')
    .option('--valid-at <YYYY-MM-DD>', 'the value that held in the world on this day (valid time)')
    .option('--as-of <time>', 'what the store believed at this recorded time (ISO date or timestamp)')
    .option('--limit <n>', `evidence claims per page of --history, and quotes shown per value (1 to 1000; default ${EVIDENCE_PAGE_DEFAULT})`)
    .option('--cursor <cursor>', 'with --history, the page of evidence after the one that printed this cursor')
    .option('--json', 'print the fact (and with --history a page of its versions, with `nextCursor`) as JSON')
    .action(async (id: string, options: { history?: boolean; json?: boolean; validAt?: string; asOf?: string; limit?: string; cursor?: string }) => {
      const limit = options.limit === undefined ? EVIDENCE_PAGE_DEFAULT : Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new InputError(options.limit!, '--limit takes a whole number from 1 to 1000');
      if (options.cursor !== undefined && !options.history) throw new InputError(options.cursor, '--cursor pages the evidence of --history; add --history');
      const store = await context.store({ existing: true });
      if (options.validAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.validAt)) {
        throw new InputError(options.validAt, '--valid-at takes a day, YYYY-MM-DD');
      }
      const asOf = options.asOf === undefined ? undefined : new Date(options.asOf);
      if (asOf && Number.isNaN(asOf.getTime())) throw new InputError(options.asOf!, '--as-of takes an ISO date or timestamp');
      if (options.validAt !== undefined || asOf !== undefined) {
        const at = await store.factAt(id, { validAt: options.validAt, asOf });
        if (!at) throw new InputError(id, 'no such fact (list them with `newsfacts facts`)');
        if (options.json) {
          context.json({ ...at, export: at.version ? toFactExport(at.fact, at.version) : null });
          return;
        }
        const { fact, version, valid } = at;
        context.out(`${fact.subject} | ${fact.predicate}    (${fact.id})`);
        if (!version) {
          context.out(`  no belief recorded as of ${asOf?.toISOString()}`);
          return;
        }
        context.out(versionHeader(version));
        context.out(`    why: ${version.reason}`);
        if (options.validAt !== undefined) {
          context.out(
            valid
              ? `  valid on ${options.validAt}: ${formatValue(valid.value)} (${valid.status ?? 'current'}, valid ${valid.validFrom ?? '…'} → ${valid.validTo ?? '…'}; ${valid.sources.length} source${valid.sources.length === 1 ? '' : 's'})`
              : `  valid on ${options.validAt}: no value known for that day`,
          );
        }
        return;
      }
      const detail = await store.getFact(id, { claimsPerCandidate: limit });
      if (!detail) throw new InputError(id, 'no such fact (list them with `newsfacts facts`)');
      const history = options.history ? await store.factHistory(id, { limit, cursor: options.cursor }) : null;
      if (options.json) {
        context.json({ ...detail, export: toFactExport(detail.fact, detail.version), history: history ?? undefined });
        return;
      }
      const { fact, version } = detail;
      context.out(`${fact.subject} | ${fact.predicate}    (${fact.id})`);
      context.out(`  ${version.status}: ${formatValue(version.value)}   confidence ${version.confidence.toFixed(2)}   version ${version.seq}`);
      if (version.validFrom || version.validTo) context.out(`  valid ${version.validFrom ?? '…'} → ${version.validTo ?? 'now'}`);
      context.out(`  why: ${version.reason}`);
      for (const { candidate, claims } of detail.candidates) {
        const chosen = candidate === version.candidates[0];
        const valid = candidate.validFrom || candidate.validTo ? `, valid ${candidate.validFrom ?? '…'} → ${candidate.validTo ?? 'now'}` : '';
        context.out('');
        context.out(
          `  ${chosen ? '●' : '○'} ${formatValue(candidate.value)}  — ${candidate.status ?? (chosen ? 'current' : 'contested')}${valid}; ${candidate.sources.length} source(s), weight ${candidate.weight.toFixed(2)}`,
        );
        for (const claim of claims) context.out(quoteLine(claim));
        const unshown = candidate.claimIds.length - claims.length;
        if (unshown > 0) context.out(`      … ${unshown} more claim${unshown === 1 ? '' : 's'} (--limit to show more; --json names them all)`);
      }
      if (history) {
        context.out('');
        if (history.mergedInto) context.out(`Merged into ${history.mergedInto}: its claims count there.`);
        context.out('History (recorded time, oldest first):');
        for (const { version: v, supporting, opposing } of history.versions) {
          context.out('');
          context.out(versionHeader(v));
          context.out(`    why: ${v.reason}`);
          for (const claim of supporting) context.out(`  + ${quoteLine(claim).trimStart()}`);
          for (const claim of opposing) context.out(`  - ${quoteLine(claim).trimStart()}`);
        }
        if (history.nextCursor) {
          context.out('');
          context.out(`  … more evidence: newsfacts fact ${fact.id} --history --cursor ${history.nextCursor}${options.limit === undefined ? '' : ` --limit ${limit}`}`);
        }
        // The fact's reviews and those of the claims it counted, oldest first; withdrawals say what they took back.
        const claimIds = [...new Set(history.versions.flatMap((v) => [...v.supporting, ...v.opposing].map((c) => c.claimId)))];
        const reviews = [...history.reviews, ...(await store.claimReviews(claimIds))].sort(
          (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
        );
        for (const r of reviews) {
          context.out('');
          const what = r.action === 'withdraw' ? `withdraw ${r.withdraws}` : `${r.action}${r.value ? ` ${formatValue(r.value)}` : ''}`;
          const target = r.targetKind === 'claim' ? ` of claim ${r.targetId}` : '';
          const withdrawn = r.withdrawnBy ? ` (withdrawn by ${r.withdrawnBy})` : '';
          context.out(`  review ${r.id} by ${r.reviewer} at ${r.createdAt.toISOString()}${target}: ${what}${r.reason ? ` — ${r.reason}` : ''}${withdrawn}`);
        }
        // Reviewers' decisions on identity: facts merged into or out of this one, claims moved in or out.
        for (const r of history.identityReviews) {
          context.out('');
          const what =
            r.action === 'merge'
              ? `fact ${r.targetId} is one fact with ${r.intoFact}`
              : `claim ${r.targetId} moved from ${r.fromFact ?? 'no fact'} to ${r.intoFact ?? 'no fact'}`;
          const withdrawn = r.withdrawnBy ? ` (withdrawn by ${r.withdrawnBy})` : '';
          context.out(`  identity ${r.id} by ${r.reviewer} at ${r.createdAt.toISOString()}: ${what}${r.reason ? ` — ${r.reason}` : ''}${withdrawn}`);
        }
      }
    });
}

function versionHeader(v: FactVersion): string {
  const recorded = `${v.recordedFrom.toISOString()} → ${v.recordedTo ? v.recordedTo.toISOString() : 'now'}`;
  const valid = v.validFrom || v.validTo ? `, valid ${v.validFrom ?? '…'} → ${v.validTo ?? '…'}` : '';
  return `  version ${v.seq}: ${v.status} ${formatValue(v.value)} (recorded ${recorded}${valid})`;
}

/** A quote and where it comes from, by outlet (the document's name only when its outlet is unknown; `--json` has both). */
function quoteLine(claim: EvidenceClaim): string {
  const trust = claim.trust === null ? null : `trust ${claim.trust.toFixed(2)}`;
  const when = [claim.published, trust].filter(Boolean).join(', ');
  const how = [claim.hedge, claim.attribution ? `per ${claim.attribution}` : null].filter(Boolean).join(' ');
  const superseded = claim.supersededBy ? ' — superseded by a later version of its page' : '';
  return `      “${truncate(claim.quote, 80)}”  ${truncate(claim.source ?? claim.doc, 60)}${when ? ` (${when})` : ''}${how ? ` [${how}]` : ''}${superseded}`;
}
