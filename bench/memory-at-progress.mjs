// Preloaded by bench/pipeline.ts into `newsfacts run` when BENCH_MEMORY_FILE is set (`node --import`):
// at each twentieth of the articles (read from `run`'s progress lines `[i/N] …` on stderr), appends
// one JSON line of this process's memory to that file: rss, V8 heap used and total, external and
// arrayBuffers (`process.memoryUsage()`), in MB, with the article count. With BENCH_MEMORY_GC=1
// (and node's --expose-gc), a full collection runs after the reading and heapUsedAfterGc, heapTotalAfterGc and
// rssAfterGc say what is retained.
// With BENCH_HEAP_SNAPSHOT_AT=i,j,… a V8 heap snapshot is written beside the file at those articles.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

const file = process.env.BENCH_MEMORY_FILE;
if (file) {
  const snapshots = new Set((process.env.BENCH_HEAP_SNAPSHOT_AT ?? '').split(',').filter(Boolean).map(Number));
  const gc = process.env.BENCH_MEMORY_GC === '1' ? globalThis.gc : undefined;
  const steps = 20;
  let next = 1;
  const mb = (bytes) => Math.round(bytes / 1048576);
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => {
    const match = /^\[(\d+)\/(\d+)\]/.exec(typeof chunk === 'string' ? chunk : String(chunk));
    if (match) {
      const done = Number(match[1]);
      const total = Number(match[2]);
      if (done >= Math.ceil((total * next) / steps) || done === 1) {
        if (done !== 1) next += 1;
        const m = process.memoryUsage();
        const { maxRSS } = process.resourceUsage();
        const line = { done, rss: mb(m.rss), maxRss: Math.round(maxRSS / 1024), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) };
        if (gc) {
          gc();
          const after = process.memoryUsage();
          Object.assign(line, { heapUsedAfterGc: mb(after.heapUsed), heapTotalAfterGc: mb(after.heapTotal), rssAfterGc: mb(after.rss) });
        }
        // Each V8 space's committed size and what is live in it (after the collection, with BENCH_MEMORY_GC):
        // a heap whose total grows while its live part does not is fragmented, and shows here in which space.
        line.spaces = Object.fromEntries(
          v8.getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), [mb(s.space_size), mb(s.space_used_size)]]),
        );
        appendFileSync(file, `${JSON.stringify(line)}\n`);
      }
      if (snapshots.has(done)) v8.writeHeapSnapshot(path.join(path.dirname(file), `heap-${done}.heapsnapshot`));
    }
    return write(chunk, ...rest);
  };
}
