import type { Command } from 'commander';
import type { Job } from 'bullmq';
import { InputError } from '../../errors.js';
import { DEFAULT_PREFIX, LISTED_STATES, QUEUE_NAMES, type ListedState } from '../../queues/index.js';
import type { CliContext } from '../context.js';
import { withQueues } from '../queue-session.js';
import { table } from '../format.js';

interface JobsOptions {
  state?: string;
  limit: string;
  prefix: string;
  json?: boolean;
}

export function registerJobs(program: Command, context: CliContext): void {
  const jobs = program
    .command('jobs')
    .description('job counts per queue, or the jobs in one state (needs REDIS_URL)')
    .option('--state <state>', `list the jobs in this state (${LISTED_STATES.join(', ')})`)
    .option('--limit <n>', 'most jobs listed per queue', '50')
    .option('--prefix <name>', 'BullMQ key prefix of the deployment', DEFAULT_PREFIX)
    .option('--json', 'print counts (and jobs) as JSON')
    .action(async (options: JobsOptions) => {
      const state = options.state === undefined ? undefined : listedState(options.state);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError('--limit', `expects a whole number of at least 1, got ${options.limit}`);
      await withQueues(context, 'newsfacts jobs', options.prefix, async (queues) => {
        const counts = await queues.counts();
        const listed = state ? (await queues.list(state, limit)).map(describe) : undefined;
        if (options.json) {
          context.json(listed ? { counts, state, jobs: listed } : { counts });
          return;
        }
        context.out(
          table([
            ['queue', ...LISTED_STATES],
            ...QUEUE_NAMES.map((q) => [q, ...LISTED_STATES.map((s) => String(counts[q][s]))]),
          ]),
        );
        if (!listed) return;
        context.out('');
        if (listed.length === 0) {
          context.out(`no ${state} jobs`);
          return;
        }
        context.out(
          table([
            ['id', 'queue', 'name', 'attempts', 'article', state === 'failed' ? 'reason' : 'updated'],
            ...listed.map((j) => [
              j.id,
              j.queue,
              j.name,
              String(j.attemptsMade),
              j.article ?? '—',
              state === 'failed' ? (j.failedReason ?? '—') : (j.finishedAt ?? j.processedAt ?? j.createdAt),
            ]),
          ]),
        );
        if (state === 'failed') context.out('\nRetry one with: newsfacts jobs retry <id>');
      });
    });

  jobs
    .command('retry')
    .description('move a failed job back to its queue with its attempts reset')
    .argument('<id>', 'the job id, as `newsfacts jobs --state failed` lists it')
    .option('--prefix <name>', 'BullMQ key prefix of the deployment', DEFAULT_PREFIX)
    .option('--json', 'print {id, queue, state} as JSON')
    .action(async (id: string, options: { prefix: string; json?: boolean }) => {
      await withQueues(context, 'newsfacts jobs retry', options.prefix, async (queues) => {
        const job = await queues.retry(id);
        if (options.json) context.json({ id, queue: job.queueName, state: 'waiting' });
        else context.out(`${id}: moved back to the ${job.queueName} queue`);
      });
    });
  // The program sets exitOverride on its direct commands only; usage errors here must exit 2 as well.
  for (const command of jobs.commands) command.exitOverride();
}


function listedState(value: string): ListedState {
  if ((LISTED_STATES as readonly string[]).includes(value)) return value as ListedState;
  throw new InputError('--state', `expects one of ${LISTED_STATES.join(', ')}, got ${value}`);
}

function describe(job: Job) {
  const data = (job.data ?? {}) as Record<string, unknown>;
  const article = [data.articleId, data.location, data.source].find((v): v is string => typeof v === 'string');
  const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : undefined);
  return {
    id: job.id ?? '',
    queue: job.queueName,
    name: job.name,
    attemptsMade: job.attemptsMade,
    article: article ?? null,
    failedReason: job.failedReason || null,
    createdAt: iso(job.timestamp) ?? '',
    processedAt: iso(job.processedOn),
    finishedAt: iso(job.finishedOn),
  };
}
