import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../store/index.js';
import { TEST_DATABASE_URL } from './store-fixture.js';

describe('PgDatabase [postgres] connection errors', () => {
  test('an unreachable server is one TransientError line naming the URL without its password', async () => {
    const url = 'postgres://app:s3cret@127.0.0.1:1/news';
    const error = (await openDatabase(loadConfig({ DATABASE_URL: url })).catch((e: Error) => e)) as Error;
    expect(error.name).toBe('TransientError');
    expect(error.message).toBe('postgres://app:***@127.0.0.1:1/news: cannot reach the database: connection refused at 127.0.0.1:1 (ECONNREFUSED)');
  });

  test('a database that does not exist is a ConfigError naming it', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = '/newsfacts_no_such_database';
    const error = (await openDatabase(loadConfig({ DATABASE_URL: url.toString() })).catch((e: Error) => e)) as Error;
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(/newsfacts_no_such_database: database does not exist/);
    expect(error.message).not.toContain('\n');
  });
});
