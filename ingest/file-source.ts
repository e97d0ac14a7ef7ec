import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { InputError, ValidationError } from '../errors.js';
import type { ArticleSource } from './article-source.js';
import { Manifest, type ManifestEntry } from './manifest.js';
import type { DocumentFormat, DocumentRef, RawDocument } from './raw-document.js';

export const FileSourceOptions = z.strictObject({
  /** Largest file read, in bytes; news articles are far smaller. @defaultValue 10 MiB */
  maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Publish date forced on every document (`--published`), over any manifest. @defaultValue null */
  published: z.string().nullable().default(null),
});
export type FileSourceOptions = z.input<typeof FileSourceOptions>;

const FORMATS: Record<string, DocumentFormat> = { '.txt': 'text', '.text': 'text', '.md': 'text', '.html': 'html', '.htm': 'html' };

/** A folder's manifest entries by file name, read at most once per discovery. */
type ManifestCache = Map<string, Promise<Map<string, ManifestEntry>>>;

/**
 * Local files and folders. A folder is read recursively (hidden folders and
 * `node_modules` skipped) in name order; a `manifest.json` beside files gives
 * their publish date, outlet and URL.
 *
 * Memory: a discovery holds one path per file and each folder's manifest once,
 * so a folder of 100k files costs tens of MB, not one manifest per file.
 */
export class FileSource implements ArticleSource {
  private readonly options: z.output<typeof FileSourceOptions>;

  constructor(options: FileSourceOptions = {}) {
    this.options = FileSourceOptions.parse(options);
  }

  accepts(location: string): boolean {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(location) || location.startsWith('file://');
  }

  async discover(location: string): Promise<DocumentRef[]> {
    const absolute = path.resolve(location.startsWith('file://') ? new URL(location).pathname : location);
    const info = await statOrThrow(absolute, location);
    // Per discovery, not per source: a long-lived source (a scheduled folder) sees manifest edits.
    const manifests: ManifestCache = new Map();
    if (info.isDirectory()) {
      const files: string[] = [];
      await this.walk(absolute, files);
      if (files.length === 0) throw new InputError(location, 'holds no .txt or .html files');
      const refs: DocumentRef[] = [];
      for (const file of files) {
        // A folder with a manifest.json is catalogued by it: a file it does not list (a README, notes
        // quoting the articles) is not an article. A folder without one takes every document.
        const ref = await this.refFor(file, manifests);
        if (ref !== null) refs.push(ref);
      }
      if (refs.length === 0) throw new InputError(location, 'holds no .txt or .html file that its manifest.json lists');
      return refs;
    }
    if (!info.isFile()) throw new InputError(location, 'is neither a file nor a folder');
    if (!formatOf(absolute)) throw new InputError(location, `has an unsupported extension (expected ${Object.keys(FORMATS).join(', ')})`);
    return [(await this.refFor(absolute, manifests, true))!];
  }

  async load(ref: DocumentRef): Promise<RawDocument> {
    const file = path.resolve(ref.location);
    const format = formatOf(file);
    if (!format) throw new InputError(ref.location, `has an unsupported extension (expected ${Object.keys(FORMATS).join(', ')})`);
    const info = await statOrThrow(file, ref.location);
    if (!info.isFile()) throw new InputError(ref.location, 'is not a file');
    if (info.size > this.options.maxBytes) {
      throw new InputError(ref.location, `is ${formatBytes(info.size)}, over the ${formatBytes(this.options.maxBytes)} limit for one article`);
    }
    const bytes = new Uint8Array(await readFile(file));
    return {
      location: file,
      doc: path.basename(file),
      format,
      bytes,
      url: ref.url,
      path: file,
      published: this.options.published ?? ref.published,
      outlet: ref.outlet,
      title: ref.title,
    };
  }

  /** Appends the article files under `dir` to `out`, in name order (one array: spreading 100k paths would overflow the stack). */
  private async walk(dir: string, out: string[]): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await this.walk(full, out);
      else if (entry.isFile() && formatOf(full)) out.push(full);
    }
  }

  /** The file's ref with its manifest entry; null when its folder's manifest does not list it (unless `always`, for a file named on its own). */
  private async refFor(file: string, manifests: ManifestCache, always = false): Promise<DocumentRef | null> {
    const dir = path.dirname(file);
    // The promise is cached before it settles, so files of one folder share a single read and parse.
    let manifest = manifests.get(dir);
    if (!manifest) {
      manifest = readManifest(dir);
      manifests.set(dir, manifest);
    }
    const listed = await manifest;
    const entry = listed.get(path.basename(file));
    if (!entry && listed.size > 0 && !always) return null;
    return {
      location: file,
      published: this.options.published ?? entry?.published ?? null,
      outlet: entry?.outlet ?? null,
      url: entry?.url ?? null,
      title: entry?.headline ?? null,
    };
  }
}

/** A folder's `manifest.json` by file name; empty when the folder has none. */
async function readManifest(dir: string): Promise<Map<string, ManifestEntry>> {
  const file = path.join(dir, 'manifest.json');
  const byFile = new Map<string, ManifestEntry>();
  let raw: string | null = null;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(file, 'cannot be read', { cause: error });
  }
  if (raw === null) return byFile;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new InputError(file, 'is not valid JSON', { cause });
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) throw new ValidationError(file, 'manifest', parsed.error);
  for (const entry of parsed.data) byFile.set(entry.file, entry);
  return byFile;
}

/** The publish date a folder's manifest gives a file, for commands that read one file. */
export async function manifestEntryFor(file: string): Promise<ManifestEntry | undefined> {
  const source = new FileSource();
  const [ref] = await source.discover(file);
  return ref ? { file: path.basename(file), published: ref.published, outlet: ref.outlet, url: ref.url, headline: ref.title } : undefined;
}

function formatOf(file: string): DocumentFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

async function statOrThrow(file: string, input: string) {
  try {
    return await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(input, 'does not exist');
    if (code === 'EACCES') throw new InputError(input, 'cannot be read (permission denied)');
    throw new InputError(input, `cannot be read (${code ?? 'unknown error'})`, { cause: error });
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
