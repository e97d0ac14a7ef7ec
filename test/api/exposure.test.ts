/**
 * The API serves what it was given, not the server's disk: file ingestion only
 * under NEWSFACTS_INGEST_ROOTS, no absolute paths in articles, and database
 * errors as one generic line, on both store adapters.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect } from 'vitest';
import { ArticleBody, ErrorBody, IngestResponse } from '../../api/schemas.js';
import { BACKENDS, storeTest } from '../store/store-fixture.js';
import { apiOver, auth, loadSeeds } from './api-fixture.js';

describe.each(BACKENDS)('what the API exposes [%s]', (kind) => {
  const test = storeTest(kind);

  test('files only under the ingest roots; links and ../ cannot leave them; articles carry no server path', { timeout: 120_000 }, async ({ store }) => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-roots-'));
    const root = path.join(base, 'inbox');
    const outside = path.join(base, 'private');
    await mkdir(root);
    await mkdir(outside);
    await writeFile(path.join(outside, 'secret.txt'), 'The secret budget is $9 billion, the minister said on Monday.\n');
    await writeFile(path.join(root, 'story.txt'), 'Acme Corp said on Monday it will invest $2 billion in a new plant in Ohio.\n');
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    const ingest = (app: Awaited<ReturnType<typeof apiOver>>, location: string) =>
      app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { locations: [location] } });
    const none = await apiOver(store);
    const rooted = await apiOver(store, { ingestRoots: [root] });
    try {
      const closed = await ingest(none, path.join(root, 'story.txt'));
      expect(closed.statusCode).toBe(400);
      expect(ErrorBody.parse(closed.json()).message).toMatch(/ingests URLs only; set NEWSFACTS_INGEST_ROOTS/);

      for (const location of [
        path.join(outside, 'secret.txt'),
        pathToFileURL(path.join(outside, 'secret.txt')).href,
        path.join(root, '..', 'private', 'secret.txt'),
        path.join(root, 'link.txt'),
        'private/secret.txt',
        '/etc/passwd',
      ]) {
        const refused = await ingest(rooted, location);
        expect(refused.statusCode, location).toBe(400);
        expect(ErrorBody.parse(refused.json()).message.startsWith(`${location}: `)).toBe(true);
      }
      expect((await store.counts()).articles).toBe(0);

      const accepted = await ingest(rooted, path.join(root, 'story.txt'));
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(IngestResponse.parse(accepted.json()).failures).toEqual([]);
      const article = await rooted.inject({ url: '/api/articles/story.txt' });
      const body = ArticleBody.parse(article.json());
      expect(body.article.path).toBeNull();
      expect(article.body).not.toContain(base);
    } finally {
      await none.close();
      await rooted.close();
      await rm(base, { recursive: true, force: true });
    }
  });

  test('a NUL in a filter gets one generic line, naming no database, user, host or port', async ({ store, db }) => {
    await loadSeeds(store);
    const app = await apiOver(store);
    try {
      for (const url of ['/api/facts?subject=%00', '/api/facts?predicate=a%00b', '/api/articles/%00']) {
        const res = await app.inject({ url });
        expect(res.statusCode, url).toBeLessThan(500);
        const { message } = ErrorBody.parse(res.json());
        expect(message).not.toContain('\n');
        expect(message).not.toContain(db.label);
        expect(message).not.toMatch(/postgres|127\.0\.0\.1|memory:|0x00/);
      }
    } finally {
      await app.close();
    }
  });
});
