import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';

/**
 * What `POST /api/ingest` may be given: page, feed or sitemap URLs (the
 * fetcher's SSRF guard checks their addresses), and files or folders only under
 * one of `roots` (`NEWSFACTS_INGEST_ROOTS`; none by default), so that a write
 * token does not make the server read, store and publish any file it can read.
 * Symbolic links are followed before the check, so a link inside a root cannot
 * lead out of it.
 *
 * @throws InputError naming the first location refused, in one line (HTTP 400).
 */
export async function checkIngestLocations(locations: readonly string[], roots: readonly string[]): Promise<void> {
  const realRoots = await Promise.all(roots.map(async (root) => withSep(await realpath(root).catch(() => path.resolve(root)))));
  for (const location of locations) {
    if (/^https?:\/\//i.test(location)) continue;
    if (realRoots.length === 0) {
      throw new InputError(location, 'the API ingests URLs only; set NEWSFACTS_INGEST_ROOTS to the folders it may also read files from');
    }
    let file: string;
    try {
      file = /^file:/i.test(location) ? fileURLToPath(location) : location;
    } catch {
      throw new InputError(location, 'not a URL the API can ingest');
    }
    if (!path.isAbsolute(file)) throw new InputError(location, 'file locations must be absolute paths under NEWSFACTS_INGEST_ROOTS');
    const lexical = path.resolve(file);
    // A file that does not exist yet is judged by where it would be; one that exists, by where its links lead.
    const real = await realpath(lexical).catch(() => lexical);
    const inside = (p: string) => realRoots.some((root) => withSep(p).startsWith(root));
    if (!inside(lexical) || !inside(real)) throw new InputError(location, 'is outside NEWSFACTS_INGEST_ROOTS; the API reads files only under those folders');
  }
}

function withSep(p: string): string {
  return p.endsWith(path.sep) ? p : p + path.sep;
}
