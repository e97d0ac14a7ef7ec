import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { FileSource, HttpSource } from '../../ingest/index.js';
import { DEFAULT_PREFIX, Interval, ScheduleBook, type ScheduleInfo } from '../../queues/index.js';
import type { CliContext } from '../context.js';
import { withQueues } from '../queue-session.js';
import { table } from '../format.js';

interface AddOptions {
  every?: string;
  cron?: string;
  tz: string;
  prefix: string;
  json?: boolean;
}

export function registerSchedule(program: Command, context: CliContext): void {
  const schedule = program.command('schedule').description('scheduled ingestion, run by the workers (needs REDIS_URL)');

  schedule
    .command('add')
    .description('add or replace a schedule: each tick queues the documents of <source> for ingestion')
    .argument('<name>', 'the schedule name (letters, digits, . _ -)')
    .argument('<source>', 'a page URL, a file or a folder (a folder is read by the workers, so give a path they can see)')
    .option('--every <interval>', 'run every interval: 30s, 15m, 2h, 1d')
    .option('--cron <expr>', 'run on a cron expression, e.g. "*/15 * * * *"')
    .option('--tz <zone>', 'time zone of --cron', 'UTC')
    .option('--prefix <name>', 'BullMQ key prefix of the deployment', DEFAULT_PREFIX)
    .option('--json', 'print the schedule as JSON')
    .action(async (name: string, source: string, options: AddOptions) => {
      if ((options.every === undefined) === (options.cron === undefined)) throw new InputError(`schedule ${name}`, 'give exactly one of --every and --cron');
      let everyMs: number | undefined;
      if (options.every !== undefined) {
        const parsed = Interval.safeParse(options.every);
        if (!parsed.success) throw new InputError('--every', `${options.every}: ${parsed.error.issues[0]?.message ?? 'invalid interval'}`);
        everyMs = parsed.data;
      }
      // Check the source now, so a typo fails here rather than at every tick.
      const http = new HttpSource();
      const location = http.accepts(source) ? source : path.resolve(source);
      await (http.accepts(location) ? http : new FileSource()).discover(location);
      await http.close();
      await withSchedules(context, 'newsfacts schedule add', options.prefix, async (book) => {
        const info = await book.add(
          everyMs !== undefined ? { name, everyMs, source: location } : { name, cron: options.cron!, tz: options.tz, source: location },
        );
        if (options.json) context.json(toJson(info));
        else context.out(`schedule ${info.name}: ${info.every ? `every ${info.every}` : `cron ${info.cron}`}, next run ${info.nextRun?.toISOString() ?? '—'}`);
      });
    });

  schedule
    .command('list')
    .description('the schedules with their next run, last run and last result')
    .option('--prefix <name>', 'BullMQ key prefix of the deployment', DEFAULT_PREFIX)
    .option('--json', 'print the schedules as JSON')
    .action(async (options: { prefix: string; json?: boolean }) => {
      await withSchedules(context, 'newsfacts schedule list', options.prefix, async (book) => {
        const list = await book.list();
        if (options.json) {
          context.json(list.map(toJson));
          return;
        }
        if (list.length === 0) {
          context.out('no schedules; add one with: newsfacts schedule add <name> --every 15m <source>');
          return;
        }
        context.out(
          table([
            ['name', 'when', 'next run', 'last run', 'last result', 'source'],
            ...list.map((s) => [
              s.name,
              s.every ? `every ${s.every}` : `cron ${s.cron}`,
              s.nextRun?.toISOString() ?? '—',
              s.lastRun?.at ?? '—',
              s.lastRun ? `${s.lastRun.ok ? 'ok' : 'failed'}: ${s.lastRun.result}` : '—',
              s.source,
            ]),
          ]),
        );
      });
    });

  schedule
    .command('remove')
    .description('remove a schedule; jobs it already queued still run')
    .argument('<name>', 'the schedule name')
    .option('--prefix <name>', 'BullMQ key prefix of the deployment', DEFAULT_PREFIX)
    .option('--json', 'print {name, removed} as JSON')
    .action(async (name: string, options: { prefix: string; json?: boolean }) => {
      await withSchedules(context, 'newsfacts schedule remove', options.prefix, async (book) => {
        if (!(await book.remove(name))) throw new InputError(`schedule ${name}`, 'does not exist (see newsfacts schedule list)');
        if (options.json) context.json({ name, removed: true });
        else context.out(`schedule ${name} removed`);
      });
    });
  // The program sets exitOverride on its direct commands only; usage errors here must exit 2 as well.
  for (const command of schedule.commands) command.exitOverride();
}

function withSchedules(context: CliContext, command: string, prefix: string, use: (book: ScheduleBook) => Promise<void>): Promise<void> {
  return withQueues(context, command, prefix, (queues, redis) => use(new ScheduleBook(queues, redis)));
}

function toJson(info: ScheduleInfo) {
  return { ...info, nextRun: info.nextRun?.toISOString() ?? null };
}
