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

/**
 * Local files and folders. A folder is read recursively (hidden folders and
 * `node_modules` skipped) in name order; a `manifest.json` beside files gives
 * their publish date, outlet and URL.
 */
export class FileSource implements ArticleSource {
  private readonly options: z.output<typeof FileSourceOptions>;
  private readonly manifests = new Map<string, Map<string, ManifestEntry>>();

  constructor(options: FileSourceOptions = {}) {
    this.options = FileSourceOptions.parse(options);
  }

  accepts(location: string): boolean {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(location) || location.startsWith('file://');
  }

  async discover(location: string): Promise<DocumentRef[]> {
    const absolute = path.resolve(location.startsWith('file://') ? new URL(location).pathname : location);
    const info = await statOrThrow(absolute, location);
    if (info.isDirectory()) {
      const files = await this.walk(absolute);
      if (files.length === 0) throw new InputError(location, 'holds no .txt or .html files');
      return Promise.all(files.map((file) => this.refFor(file)));
    }
    if (!info.isFile()) throw new InputError(location, 'is neither a file nor a folder');
    if (!formatOf(absolute)) throw new InputError(location, `has an unsupported extension (expected ${Object.keys(FORMATS).join(', ')})`);
    return [await this.refFor(absolute)];
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

  private async walk(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) out.push(...(await this.walk(full)));
      else if (entry.isFile() && formatOf(full)) out.push(full);
    }
    return out;
  }

  private async refFor(file: string): Promise<DocumentRef> {
    const entry = (await this.manifestOf(path.dirname(file))).get(path.basename(file));
    return {
      location: file,
      published: this.options.published ?? entry?.published ?? null,
      outlet: entry?.outlet ?? null,
      url: entry?.url ?? null,
      title: entry?.headline ?? null,
    };
  }

  private async manifestOf(dir: string): Promise<Map<string, ManifestEntry>> {
    const cached = this.manifests.get(dir);
    if (cached) return cached;
    const file = path.join(dir, 'manifest.json');
    const byFile = new Map<string, ManifestEntry>();
    let raw: string | null = null;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(file, 'cannot be read', { cause: error });
    }
    if (raw !== null) {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (cause) {
        throw new InputError(file, 'is not valid JSON', { cause });
      }
      const parsed = Manifest.safeParse(json);
      if (!parsed.success) throw new ValidationError(file, 'manifest', parsed.error);
      for (const entry of parsed.data) byFile.set(entry.file, entry);
    }
    this.manifests.set(dir, byFile);
    return byFile;
  }
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
