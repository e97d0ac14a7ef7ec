import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { correctionValue } from '../../api/correction.js';
import type { CliContext } from '../context.js';
import { formatValue } from '../format.js';

interface ReviewOptions {
  accept?: boolean;
  reject?: boolean;
  correct?: string;
  reason?: string;
  reviewer?: string;
  json?: boolean;
}

export function registerReview(program: Command, context: CliContext): void {
  program
    .command('review')
    .description('accept, reject or correct a claim or a fact; a reviewed fact is pinned until new evidence flags it')
    .argument('<id>', 'a claim id (c_…, i_…) or a fact id (f_…)')
    .option('--accept', 'the value is right (a fact: pin its current value)')
    .option('--reject', 'the value is wrong (a claim: leave it out; a fact: never choose its current value)')
    .option('--correct <value>', 'the right value, in the kind of the value it corrects: "550 billion USD", "$550 billion", "15%", "1,500 jobs", "2025-07", text, or JSON')
    .option('--reason <text>', 'why, kept with the review')
    .option('--reviewer <name>', 'who reviews', process.env.USER ?? 'cli')
    .option('--json', 'print the review and the fact after it as JSON')
    .action(async (id: string, options: ReviewOptions) => {
      const actions = [options.accept && 'accept', options.reject && 'reject', options.correct !== undefined && 'correct'].filter(
        (a): a is 'accept' | 'reject' | 'correct' => typeof a === 'string',
      );
      if (actions.length !== 1) throw new InputError(id, 'give exactly one of --accept, --reject, --correct <value>');
      const action = actions[0]!;
      const store = await context.store();
      const targetKind = id.startsWith('f_') ? 'fact' : 'claim';
      const result = await store.recordReview({
        targetKind,
        targetId: id,
        action,
        value: action === 'correct' ? await correctionValue(store, targetKind, id, options.correct!) : null,
        reason: options.reason ?? null,
        reviewer: options.reviewer ?? 'cli',
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
