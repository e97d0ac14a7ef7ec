import { z } from 'zod';
import { ValidationError } from '../errors.js';
import type { Database } from './database.js';
import { loadMigrations, queries, type Migration } from './sql.js';

const AppliedRow = z.object({ version: z.coerce.number().int() });

/**
 * Applies the migrations this database lacks, each once, each in its own
 * transaction together with its `schema_migrations` row, so a failed migration
 * leaves no trace and is retried on the next open. Every transaction first takes
 * an advisory lock on the schema, so processes starting at once apply each
 * migration once between them (the second waits, then finds it applied).
 *
 * An up-to-date database (every open but the first) costs one query and no
 * transaction: the versions are read once and nothing else runs.
 *
 * @returns the versions applied by this call (empty when up to date).
 * @throws the mapped database error of a failing migration, naming the database.
 */
export async function runMigrations(db: Database, migrations: readonly Migration[] = loadMigrations()): Promise<number[]> {
  const known = await appliedVersions(db).catch(() => new Set<number>());
  const pending = migrations.filter((migration) => !known.has(migration.version));
  const applied: number[] = [];
  for (const migration of pending) {
    const ran = await db.transaction(async (tx) => {
      await tx.query(queries['migrations-lock']);
      await tx.exec(queries['migrations-prepare']);
      // Read again under the lock: another process may have applied it since the first read.
      const done = await appliedVersions(tx);
      if (done.has(migration.version)) return false;
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new Error(`${db.label}: migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      await tx.query(queries['migrations-record'], [migration.version, migration.name]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

/**
 * The versions recorded in `schema_migrations`. Before the first migration the
 * table does not exist and this throws; `runMigrations` then takes the locked path,
 * which creates it and reports any real failure (an unreachable database) itself.
 */
async function appliedVersions(db: Database): Promise<Set<number>> {
  const rows = await db.query(queries['migrations-applied']);
  return new Set(
    rows.map((row) => {
      const parsed = AppliedRow.safeParse(row);
      if (!parsed.success) throw new ValidationError(db.label, 'schema_migrations row', parsed.error);
      return parsed.data.version;
    }),
  );
}
