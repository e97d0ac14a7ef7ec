// Preloaded by bench/start.ts into each `newsfacts` it spawns (`node --import`):
// at exit, writes this process's CPU time (all its threads, tsx's loader thread
// included) and peak RSS as one JSON line to the file named by BENCH_CPU_FILE.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    const { maxRSS } = process.resourceUsage();
    appendFileSync(file, `${JSON.stringify({ cpuMs: (user + system) / 1000, maxRssMb: maxRSS / 1024 })}\n`);
  });
}
