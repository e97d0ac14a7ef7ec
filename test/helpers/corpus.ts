import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/**
 * The seeds, each in `copies` variants that differ by a closing line (so by
 * content hash), with a manifest giving each copy its seed's metadata: enough
 * jobs that a process is sure to be busy when a test pulls a service from under it.
 */
export async function makeSeedCorpus(copies: number): Promise<{ dir: string; documents: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-corpus-'));
  const manifest = JSON.parse(await readFile(path.join(SEEDS, 'manifest.json'), 'utf8')) as { file: string }[];
  const files = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt'));
  const entries: unknown[] = [];
  for (const file of files) {
    const text = await readFile(path.join(SEEDS, file), 'utf8');
    for (let copy = 0; copy < copies; copy += 1) {
      const name = `c${copy}_${file}`;
      if (copy === 0) await copyFile(path.join(SEEDS, file), path.join(dir, name));
      else await writeFile(path.join(dir, name), `${text}\n\nDesk copy ${copy}.\n`);
      entries.push({ ...manifest.find((e) => e.file === file), file: name });
    }
  }
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(entries));
  return { dir, documents: files.length * copies };
}
