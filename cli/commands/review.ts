import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { FactValue } from '../../model/index.js';
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
    .option('--correct <value>', 'the right value: JSON (`{"amount":15,"unit":"%"}`), a number with a unit (`15 %`), a date, or text')
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
      const result = await store.recordReview({
        targetKind: id.startsWith('f_') ? 'fact' : 'claim',
        targetId: id,
        action,
        value: action === 'correct' ? parseValue(options.correct!) : null,
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

/** `--correct`: JSON for any value shape, a number with or without a unit (`15 %`, `2102650`), a `YYYY-MM[-DD]` date, else text. */
function parseValue(raw: string): FactValue {
  const text = raw.trim();
  if (text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InputError(raw, 'not valid JSON', { cause: error });
    }
    const parsed = FactValue.safeParse(json);
    if (!parsed.success) throw new InputError(raw, 'not a fact value ({amount,unit}, {min,max,unit}, {date} or {text})', { cause: parsed.error });
    return parsed.data;
  }
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(text)) return { date: text };
  // A bare number is an amount of unit `1`, as `newsfacts import` reads one.
  if (/^[+-]?\d[\d,]*(\.\d+)?$/.test(text)) return { amount: Number(text.replaceAll(',', '')), unit: '1' };
  const figure = /^([+-]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s,.].*)$/.exec(text);
  if (figure) return { amount: Number(figure[1]!.replaceAll(',', '')), unit: figure[2]!.trim() };
  return { text: raw };
}
