import os from 'node:os';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { correctionValue } from '../../api/correction.js';
import type { CliContext } from '../context.js';
import { formatValue } from '../format.js';
import type { IdentityReviewResult } from '../../store/index.js';

interface ReviewOptions {
  accept?: boolean;
  reject?: boolean;
  correct?: string;
  reason?: string;
  reviewer?: string;
  withdraw?: string;
  sameAs?: string;
  moveTo?: string;
  json?: boolean;
}

/** Who reviews by default: the OS user (`os.userInfo`, which some containers lack, then `$USER`). */
function osUser(): string {
  try {
    return os.userInfo().username || process.env.USER || 'cli';
  } catch {
    return process.env.USER || 'cli';
  }
}

export function registerReview(program: Command, context: CliContext): void {
  program
    .command('review')
    .description(
      'accept, reject or correct a claim or a fact (a reviewed fact is pinned until new evidence flags it), say two facts are one or move a claim to another fact, or withdraw a review',
    )
    .argument('[id]', 'a claim id (c_…, i_…) or a fact id (f_…)')
    .option('--accept', 'the value is right (a fact: pin its current value)')
    .option('--reject', 'the value is wrong (a claim: leave it out; a fact: never choose its current value)')
    .option('--correct <value>', 'the right value, in the kind of the value it corrects: "550 billion USD", "$550 billion", "15%", "1,500 jobs", "2025-07", text, or JSON')
    .option('--reason <text>', 'why, kept with the review')
    .option('--same-as <fact-id>', 'the fact is the same as this one: its claims count there from now on (undo with --withdraw m_…)')
    .option('--move-to <fact-id|none>', 'the claim is about this fact, or (none) about no fact the store keeps (undo with --withdraw m_…)')
    .option('--withdraw <review-id>', 'take back a review (r_…, or m_… for --same-as / --move-to): a new review, after which its target counts as if it had never been made')
    .option('--reviewer <name>', 'who reviews (default: the OS user)')
    .option('--json', 'print the review and the fact after it as JSON')
    .action(async (idArgument: string | undefined, options: ReviewOptions) => {
      const reviewer = options.reviewer ?? osUser();
      if (options.withdraw !== undefined) {
        if (idArgument !== undefined || options.accept || options.reject || options.correct !== undefined) {
          throw new InputError(options.withdraw, '--withdraw takes a review id alone: newsfacts review --withdraw <review-id>');
        }
        const store = await context.store({ existing: true });
        if (options.withdraw.startsWith('m_')) {
          const undone = await store.withdrawIdentityReview({ reviewId: options.withdraw, reason: options.reason ?? null, reviewer });
          printIdentity(context, undone, `${reviewer} withdrew ${options.withdraw} (${undone.review.targetKind} ${undone.review.targetId})`, options.json);
          return;
        }
        const result = await store.withdrawReview({ reviewId: options.withdraw, reason: options.reason ?? null, reviewer });
        if (options.json) {
          context.json(result);
          return;
        }
        const { fact, version } = result.fact;
        context.out(`${result.review.id}: ${reviewer} withdrew ${options.withdraw} (${result.review.targetKind} ${result.review.targetId})`);
        context.out(`${fact.subject} | ${fact.predicate}    (${fact.id})`);
        context.out(`  ${version.status}: ${formatValue(version.value)}   version ${version.seq}`);
        context.out(`  why: ${version.reason}`);
        return;
      }
      if (idArgument === undefined) throw new InputError('review', 'give a claim or fact id, or --withdraw <review-id>');
      const id = idArgument;
      if (options.sameAs !== undefined || options.moveTo !== undefined) {
        if (options.accept || options.reject || options.correct !== undefined || (options.sameAs !== undefined && options.moveTo !== undefined)) {
          throw new InputError(id, 'give --same-as <fact-id> (a fact) or --move-to <fact-id|none> (a claim) alone');
        }
        const store = await context.store({ existing: true });
        const reason = options.reason ?? null;
        if (options.sameAs !== undefined) {
          if (!id.startsWith('f_')) throw new InputError(id, '--same-as joins two facts: give a fact id (f_…)');
          const merged = await store.recordIdentityReview({ action: 'merge', factId: id, intoFact: options.sameAs, reason, reviewer });
          printIdentity(context, merged, `${id} is one fact with ${options.sameAs}`, options.json);
        } else {
          if (id.startsWith('f_')) throw new InputError(id, '--move-to moves a claim: give a claim id (c_…)');
          const into = options.moveTo === 'none' ? null : options.moveTo!;
          const moved = await store.recordIdentityReview({ action: 'move', claimId: id, intoFact: into, reason, reviewer });
          printIdentity(context, moved, `${id} now counts for ${into ?? 'no fact'}`, options.json);
        }
        return;
      }
      const actions = [options.accept && 'accept', options.reject && 'reject', options.correct !== undefined && 'correct'].filter(
        (a): a is 'accept' | 'reject' | 'correct' => typeof a === 'string',
      );
      if (actions.length !== 1) throw new InputError(id, 'give exactly one of --accept, --reject, --correct <value>');
      const action = actions[0]!;
      const store = await context.store({ existing: true });
      const targetKind = id.startsWith('f_') ? 'fact' : 'claim';
      const result = await store.recordReview({
        targetKind,
        targetId: id,
        action,
        value: action === 'correct' ? await correctionValue(store, targetKind, id, options.correct!) : null,
        reason: options.reason ?? null,
        reviewer,
      });
      if (options.json) {
        context.json(result);
        return;
      }
      const { fact, version } = result.fact;
      context.out(`${result.review.id}: ${action} ${id}`);
      context.out(`${fact.subject} | ${fact.predicate}    (${fact.id})`);
      context.out(`  ${version.status}: ${formatValue(version.value)}   version ${version.seq}`);
      context.out(`  why: ${version.reason}`);
    });
}

/** A merge, a move or its withdrawal, and the facts it changed. */
function printIdentity(context: CliContext, result: IdentityReviewResult, headline: string, json: boolean | undefined): void {
  if (json) {
    context.json(result);
    return;
  }
  context.out(`${result.review.id}: ${headline}`);
  for (const { fact, version } of result.facts) {
    context.out(`${fact.subject} | ${fact.predicate}    (${fact.id})`);
    context.out(`  ${version.status}: ${formatValue(version.value)}   version ${version.seq}`);
    context.out(`  why: ${version.reason}`);
  }
}
