/**
 * `npm run bench:queue -- [--n 300] [--workers 1,2,4] [--concurrency 4]`: the cost
 * of the queue, measured on the whole pipeline. N distinct generated articles
 * (bench/article-generator.ts) go through all three stages (ingest → extract →
 * reconcile) once in process (`newsfacts run`) and once per worker count through
 * `newsfacts worker` processes on the local Redis, each on a fresh scratch
 * PostgreSQL database; printed: articles/s and jobs/s (three jobs an article),
 * the ratio to in-process, and the CPU per article. `bench:pipeline` prints the
 * same runs with per-window CPU, peak RSS and store size.
 *
 * Environment: REDIS_URL (default the .ci/services Redis), BENCH_DATABASE_URL
 * (a PostgreSQL where scratch databases may be created; default the .ci/services one).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runInProcess, runWorkers, scratchDatabase, writeCorpus, type PipelineResult } from './pipeline.js';
import { benchArgs } from './cli.js';

async function main(): Promise<void> {
  const values = benchArgs(
    `npm run bench:queue -- [--n 300] [--workers 1,2,4] [--concurrency 4]
The queue's cost on the whole pipeline: N generated articles in process and through 1, 2, 4 workers on Redis.`,
    {
    options: {
      n: { type: 'string', default: '300' },
      workers: { type: 'string', default: '1,2,4' },
      concurrency: { type: 'string', default: '4' },
    },
    },
  );
  const n = Number(values.n);
  if (!Number.isInteger(n) || n < 10) throw new Error(`bench: --n expects a whole number of at least 10, got ${values.n}`);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bench-queue-'));
  try {
    const corpus = path.join(scratch, 'articles');
    await writeCorpus(corpus, n);
    console.log(`bench:queue  ${n} generated articles, ${3 * n} jobs (ingest, extract, reconcile); PostgreSQL; ${values.concurrency} jobs at once per worker`);
    const measure = async (config: string, workers: number): Promise<PipelineResult> => {
      const db = await scratchDatabase(config);
      try {
        return workers === 0
          ? await runInProcess(config, corpus, n, scratch, db.url)
          : await runWorkers(config, corpus, n, scratch, db.url, workers, Number(values.concurrency));
      } finally {
        await db.drop();
      }
    };
    const baseline = await measure('in-process', 0);
    report('in-process (newsfacts run)', baseline, baseline);
    for (const workers of values.workers.split(',').map(Number)) {
      const result = await measure(`bullmq${workers}`, workers);
      report(`BullMQ, ${workers} worker process${workers > 1 ? 'es' : ''}`, result, baseline);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function report(label: string, r: PipelineResult, baseline: PipelineResult): void {
  const rate = r.articles / r.wallSec;
  console.log(
    `${label.padEnd(30)} ${rate.toFixed(1).padStart(6)} articles/s  ${(3 * rate).toFixed(1).padStart(6)} jobs/s  ` +
      `${(rate / (baseline.articles / baseline.wallSec)).toFixed(2)}× in-process  ${((r.cpuSec * 1000) / r.articles).toFixed(0)} ms CPU/article` +
      `${r.failed ? `  (${r.failed} failed)` : ''}`,
  );
}

await main();
