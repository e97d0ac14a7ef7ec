import { buildArticle, FileSource, type BuiltArticle } from '../ingest/index.js';
import { InputError } from '../errors.js';

/**
 * Loads one local file as an article without touching the store, for the
 * pure commands (`extract`, `article`). Publish date: `--published`, else the
 * folder's manifest.json, else the page's metadata.
 */
export async function loadOneArticle(location: string, published: string | undefined): Promise<BuiltArticle> {
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new InputError(`--published ${published}`, 'expected a date as YYYY-MM-DD');
  }
  const files = new FileSource({ published: published ?? null });
  if (!files.accepts(location)) throw new InputError(location, 'only local files are supported here for now');
  const refs = await files.discover(location);
  if (refs.length !== 1 || !refs[0]) throw new InputError(location, `is a folder of ${refs.length} files; give one file`);
  return buildArticle(await files.load(refs[0]));
}
