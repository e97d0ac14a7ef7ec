/**
 * Bytes of `GET /api/facts` (first page, default query) and `?limit=200` over an existing store
 * (NEWSFACTS_HOME or DATABASE_URL), to keep the list small: `npx tsx bench/facts-page-size.ts`.
 */
import { pino } from 'pino';
import { inProcessIngestion } from '../api/ingestion.js';
import { buildApi } from '../api/server.js';
import { loadConfig } from '../config.js';
import { FileSource } from '../ingest/index.js';
import { FactStore, openDatabase } from '../store/index.js';
import { benchArgs } from './cli.js';

benchArgs(
  `npm run bench:facts-page
Bytes of GET /api/facts (first page, default query) and ?limit=200 over an existing store (NEWSFACTS_HOME or DATABASE_URL).`,
  { options: {} },
);
const db = await openDatabase(loadConfig(process.env));
try {
  const store = new FactStore(db);
  const logger = pino({ level: 'silent' });
  const sources = () => [new FileSource()];
  const app = await buildApi({ store, ingestion: inProcessIngestion({ store, sources: sources(), logger, now: () => new Date() }, sources), queues: null, logger }, { tokens: [], rateLimitPerMinute: 0 });
  for (const url of ['/api/facts', '/api/facts?limit=200']) {
    const response = await app.inject({ method: 'GET', url });
    const body = response.json() as { items: unknown[] };
    console.log(`${url}: HTTP ${response.statusCode}, ${body.items.length} facts, ${Buffer.byteLength(response.body)} bytes`);
    // Where the bytes go: per field of an item, and per field of its version, summed over the page.
    const share = new Map<string, number>();
    for (const item of body.items as Record<string, Record<string, unknown>>[]) {
      for (const [k, v] of Object.entries(item)) {
        if (k === 'version') for (const [vk, vv] of Object.entries(v)) share.set(`version.${vk}`, (share.get(`version.${vk}`) ?? 0) + JSON.stringify(vv).length);
        else share.set(k, (share.get(k) ?? 0) + JSON.stringify(v).length);
      }
    }
    console.log(`  ${[...share].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  await app.close();
} finally {
  await db.close();
}
