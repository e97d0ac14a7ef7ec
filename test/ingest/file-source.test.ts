import { mkdtemp, mkdir, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticle } from '../../ingest/article-builder.js';
import { FileSource } from '../../ingest/file-source.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileSource', () => {
  it('lists a folder in name order, recursively, with manifest metadata', async () => {
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'b.txt'), 'B text');
    await writeFile(path.join(dir, 'a.html'), '<p>A</p>');
    await writeFile(path.join(dir, 'notes.json'), '{}');
    await writeFile(path.join(dir, 'sub', 'c.txt'), 'C');
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify([{ file: 'b.txt', published: '2025-05-23', outlet: 'Outlet B', extra: 1 }]));
    const refs = await new FileSource().discover(dir);
    // a.html is not in its folder's manifest, so it is not an article; sub/ has no manifest, so all of it is.
    expect(refs.map((r) => path.relative(dir, r.location))).toEqual(['b.txt', path.join('sub', 'c.txt')]);
    expect(refs[0]).toMatchObject({ published: '2025-05-23', outlet: 'Outlet B' });
    expect(refs[1]?.published).toBeNull();
  });

  it('takes only the files a folder\'s manifest lists, so notes and READMEs beside the articles are not ingested', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha article.');
    await writeFile(path.join(dir, 'README.md'), 'How this folder was made: "Alpha article."');
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify([{ file: 'a.txt', published: '2025-05-23' }]));
    expect((await new FileSource().discover(dir)).map((r) => path.basename(r.location))).toEqual(['a.txt']);
    // Named on its own, a file is taken whatever the manifest says.
    expect(await new FileSource().discover(path.join(dir, 'README.md'))).toHaveLength(1);
  });

  it('lets --published override the manifest', async () => {
    await writeFile(path.join(dir, 'b.txt'), 'B');
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify([{ file: 'b.txt', published: '2025-05-23' }]));
    const [ref] = await new FileSource({ published: '2026-01-01' }).discover(path.join(dir, 'b.txt'));
    expect(ref?.published).toBe('2026-01-01');
  });

  it('names a path that does not exist', async () => {
    await expect(new FileSource().discover(path.join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: does not exist/);
  });

  it('refuses unsupported extensions and empty folders', async () => {
    await writeFile(path.join(dir, 'x.pdf'), '%PDF');
    await expect(new FileSource().discover(path.join(dir, 'x.pdf'))).rejects.toThrow(/x\.pdf: has an unsupported extension/);
    await mkdir(path.join(dir, 'empty'));
    await expect(new FileSource().discover(path.join(dir, 'empty'))).rejects.toThrow(/empty: holds no \.txt or \.html files/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = path.join(dir, 'big.txt');
    const handle = await open(big, 'w');
    await handle.truncate(50 * 1024 * 1024); // sparse: costs no disk
    await handle.close();
    const source = new FileSource();
    const [ref] = await source.discover(big);
    await expect(source.load(ref!)).rejects.toThrow(/big\.txt: is 50\.0 MiB, over the 10\.0 MiB limit/);
  });

  it('reports a malformed manifest by its path', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'A');
    await writeFile(path.join(dir, 'manifest.json'), '[{"file": "a.txt", "published": "May 23"}]');
    await expect(new FileSource().discover(dir)).rejects.toThrow(/manifest\.json: invalid manifest: 0\.published/);
  });
});

describe('buildArticle', () => {
  it('hashes the exact decoded text, so the same content gives the same article id', async () => {
    await writeFile(path.join(dir, 'a.txt'), '\uFEFFSame text.');
    await writeFile(path.join(dir, 'b.txt'), 'Same text.');
    const source = new FileSource();
    const [a, b] = await Promise.all(['a.txt', 'b.txt'].map(async (f) => buildArticle(await source.load((await source.discover(path.join(dir, f)))[0]!))));
    expect(a!.article.text).toBe('Same text.');
    expect(a!.article.id).toBe(b!.article.id);
    expect(a!.article.doc).toBe('a.txt');
    expect(a!.article.id).toMatch(/^a_[0-9a-f]{16}$/);
  });

  it('takes title, date and outlet from HTML metadata when nothing outside says otherwise', async () => {
    await writeFile(
      path.join(dir, 'p.html'),
      '<html lang="en"><head><title>T</title><meta property="og:site_name" content="The Outlet"><meta property="article:published_time" content="2025-07-23"></head><body><article><p>Body.</p></article></body></html>',
    );
    const source = new FileSource();
    const { article, source: outlet } = buildArticle(await source.load((await source.discover(path.join(dir, 'p.html')))[0]!));
    expect(article).toMatchObject({ title: 'T', published: '2025-07-23', lang: 'en', text: 'Body.' });
    expect(outlet?.name).toBe('The Outlet');
  });
});

describe('FileSource at scale', () => {
  it('discovers a folder of 20,000 files within a fixed memory ceiling, the manifest read once', async () => {
    const count = 20_000;
    const manifest: object[] = [];
    for (let i = 0; i < count; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, count - i) }, (_, k) => {
          const name = `article-${String(i + k).padStart(6, '0')}.txt`;
          manifest.push({ file: name, published: '2025-03-14', outlet: `Outlet ${(i + k) % 40}`, url: `https://news.example/${i + k}` });
          return writeFile(path.join(dir, name), `Story ${i + k}: the council approved a budget of ${i + k} million.`);
        }),
      );
    }
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    manifest.length = 0;

    // Peak resident memory while discovering, sampled on a timer (discovery awaits, so it fires).
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
    const timer = setInterval(sample, 5);
    let refs;
    try {
      refs = await new FileSource().discover(dir);
    } finally {
      clearInterval(timer);
      sample();
    }
    expect(refs).toHaveLength(count);
    expect(refs[count - 1]).toMatchObject({ published: '2025-03-14', url: `https://news.example/${count - 1}` });
    // 20k refs and one parsed manifest take tens of MB; reading the manifest once per file took gigabytes (15 MB here against more than 2 GB before).
    expect((peak - baseline) / 2 ** 20).toBeLessThan(100);
  }, 120_000);
});
