import { buildArticle, FileSource, type BuiltArticle } from '../ingest/index.js';
import { InputError } from '../errors.js';
import { webSource } from './commands/discover.js';

/**
 * Loads one local file or web page as an article without touching the store,
 * for the pure commands (`extract`, `article`). A feed or sitemap URL gives
 * its newest article. Publish date: `--published`, else the folder's
 * manifest.json (or the feed's date), else the page's metadata.
 */
export async function loadOneArticle(location: string, published: string | undefined, allowAddress?: string, allowFromEnv: readonly string[] = []): Promise<BuiltArticle> {
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new InputError(`--published ${published}`, 'expected a date as YYYY-MM-DD');
  }
  const files = new FileSource({ published: published ?? null });
  if (files.accepts(location)) {
    const refs = await files.discover(location);
    if (refs.length !== 1 || !refs[0]) throw new InputError(location, `is a folder of ${refs.length} files; give one file`);
    return buildArticle(await files.load(refs[0]));
  }
  const http = await webSource(allowAddress, {}, allowFromEnv);
  try {
    const refs = await http.discover(location);
    // A feed or sitemap: its newest entry (discover orders them newest first).
    const ref = refs[0];
    if (!ref) throw new InputError(location, 'is a feed or sitemap that lists no articles');
    const raw = await http.load(ref);
    return buildArticle(published === undefined ? raw : { ...raw, published });
  } finally {
    await http.close();
  }
}
