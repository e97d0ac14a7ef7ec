/**
 * The data `bench:api` serves: the seeds, ingested as `newsfacts run seeds`
 * does, and synthetic facts imported as `newsfacts import` does. Both go
 * through the store's own write paths (reconciliation included), so every row
 * is one the API's decoders accept.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { FileSource } from '../ingest/index.js';
import { InProcessRunner, ingestRequest } from '../queues/index.js';
import type { FactStore, ImportRow } from '../store/index.js';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
/** Rows per `importClaims` call, one transaction each. */
const IMPORT_BATCH = 2000;
/** One fact in 20 gets a second, disagreeing source: 5% contested. */
export const CONTESTED_EVERY = 20;

const PLACES = [
  'Aberdeen', 'Accra', 'Adelaide', 'Almaty', 'Antwerp', 'Athens', 'Austin', 'Baku', 'Bergen', 'Bilbao',
  'Bogota', 'Bremen', 'Brno', 'Cairo', 'Calgary', 'Cardiff', 'Chennai', 'Cork', 'Dakar', 'Dublin',
  'Durban', 'Exeter', 'Faro', 'Gdansk', 'Geneva', 'Ghent', 'Graz', 'Hanoi', 'Hobart', 'Izmir',
  'Kyoto', 'Lagos', 'Leeds', 'Lima', 'Lyon', 'Malmo', 'Medan', 'Minsk', 'Mumbai', 'Nantes',
  'Oslo', 'Porto', 'Quito', 'Riga', 'Seville', 'Tallinn', 'Turin', 'Utrecht', 'Vigo', 'Zagreb',
];
const BODIES = ['port authority', 'water utility', 'city council', 'transit agency', 'central hospital', 'state university', 'power grid'];
const ATTRIBUTES = ['budget', 'employees', 'revenue', 'debt', 'output'];

/** Runs the seeds through ingest → extract → reconcile in this process. @throws Error naming the first seed that failed. */
export async function loadSeeds(store: FactStore): Promise<void> {
  const files = new FileSource({ published: null });
  const requests = (await files.discover(SEEDS)).map((ref) => ingestRequest(ref));
  const runner = new InProcessRunner({ store, sources: [files], logger: pino({ level: 'silent' }), now: () => new Date() });
  const outcome = await runner.run(requests);
  const failed = outcome.failed[0];
  if (failed) throw new Error(`bench:api: ingesting the seeds failed: ${failed.error.message}`, { cause: failed.error });
}

/**
 * The import rows of synthetic fact `i`: a subject whose place name is shared by
 * 1 in 50 facts (so a subject filter has work), one of five attributes, and for
 * one fact in 20 a second source with a value twice the first. The two sources
 * weigh the same, so neither reaches the settle share and the fact is contested.
 * Which facts are contested is hashed from `i`, so they spread over every place
 * name instead of clustering where the subject order would find them first.
 */
export function syntheticRows(i: number): ImportRow[] {
  const object = `${PLACES[i % PLACES.length]} ${BODIES[Math.floor(i / PLACES.length) % BODIES.length]} ${i}`;
  const attribute = ATTRIBUTES[i % ATTRIBUTES.length]!;
  const value = String(1000 + ((i * 7919) % 900_000));
  const rows: ImportRow[] = [{ source: 'city registry', object, attribute, value }];
  if (contested(i)) rows.push({ source: 'wire service', object, attribute, value: String(Number(value) * 2) });
  return rows;
}

function contested(i: number): boolean {
  return (Math.imul(i, 0x9e3779b1) >>> 16) % CONTESTED_EVERY === 0;
}

/** Imports `facts` synthetic facts in batches; `onProgress(done)` runs about every 5 s. */
export async function loadSynthetic(store: FactStore, facts: number, onProgress: (done: number) => void = () => {}): Promise<void> {
  let lastReport = performance.now();
  for (let from = 0; from < facts; from += IMPORT_BATCH) {
    const rows: ImportRow[] = [];
    for (let i = from; i < Math.min(facts, from + IMPORT_BATCH); i++) rows.push(...syntheticRows(i));
    await store.importClaims(rows, { file: 'bench:api synthetic' });
    if (performance.now() - lastReport > 5000) {
      lastReport = performance.now();
      onProgress(Math.min(facts, from + IMPORT_BATCH));
    }
  }
}
