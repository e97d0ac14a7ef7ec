import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../errors.js';
import { buildArticle } from '../../ingest/article-builder.js';
import { HttpSource } from '../../ingest/http-source.js';
import { startWebServer, type WebServer } from './web-server.js';

let web: WebServer;
let source: HttpSource;

beforeEach(async () => {
  web = await startWebServer();
  source = new HttpSource({ allowAddresses: ['127.0.0.1'] }, { sleep: async () => {} });
});
afterEach(async () => {
  await source.close();
  await web.close();
});

const urls = (refs: { url: string | null }[]) => refs.map((r) => r.url!.replace(web.base, ''));

describe('HttpSource.discover', () => {
  it('expands RSS 2.0 into canonical article URLs with their dates, newest first', async () => {
    const refs = await source.discover(`${web.base}/rss.xml`);
    expect(urls(refs)).toEqual(['/articles/2.html', '/articles/1.html', '/articles/3.html']);
    expect(refs.map((r) => r.published)).toEqual(['2025-07-23', '2025-07-23', '2025-07-20']);
    expect(refs[1]).toMatchObject({ title: 'Tokyo pledges $550 billion', location: `${web.base}/articles/1.html` });
  });

  it('expands Atom (relative links resolved, the alternate link taken) and JSON Feed', async () => {
    expect(urls(await source.discover(`${web.base}/atom.xml`))).toEqual(['/articles/1.html', '/articles/3.html']);
    const json = await source.discover(`${web.base}/feed.json`);
    expect(urls(json)).toEqual(['/articles/1.html', '/articles/3.html']);
    expect(json.map((r) => r.published)).toEqual(['2025-07-23', '2025-07-20']);
  });

  it('expands a sitemap index into its Google News and gzipped sitemaps', async () => {
    const refs = await source.discover(`${web.base}/sitemap-index.xml`);
    expect(urls(refs).sort()).toEqual(['/articles/1.html', '/articles/2.html', '/articles/3.html', '/articles/old.html']);
    expect(refs.find((r) => r.url!.endsWith('/2.html'))).toMatchObject({ published: '2025-07-24', title: 'Wire: Japan and US agree' });
    expect(web.hits('/sitemap-2024.xml.gz')).toHaveLength(1);
  });

  it('leaves out entries dated before --since, keeping undated ones', async () => {
    expect(urls(await source.discover(`${web.base}/sitemap-index.xml`, { since: '2025-07-21' }))).toEqual(['/articles/2.html', '/articles/1.html']);
  });

  it('discovers a page as itself and loads it without a second download', async () => {
    const refs = await source.discover(`${web.base}/articles/1.html?utm_source=x#frag`);
    expect(refs).toEqual([{ location: `${web.base}/articles/1.html`, url: `${web.base}/articles/1.html`, published: null, outlet: null, title: null }]);
    await source.load(refs[0]!);
    expect(web.hits('/articles/1.html?utm_source=x')).toHaveLength(0);
    expect(web.hits('/articles/1.html')).toHaveLength(1);
  });

  it('refuses to load a feed as an article', async () => {
    await expect(source.load({ location: `${web.base}/rss.xml`, published: null, outlet: null, url: null, title: null })).rejects.toThrow(
      /is a feed or sitemap \(use discover to expand it\), not an article/,
    );
  });

  it('tells which discovered URLs it has fetched before', async () => {
    const refs = await source.discover(`${web.base}/rss.xml`);
    await source.load(refs[0]!);
    expect(urls(await source.unseen(refs))).toEqual(['/articles/1.html', '/articles/3.html']);
  });
});

describe('HttpSource charsets', () => {
  const load = async (file: string) => {
    const raw = await source.load({ location: `${web.base}/charset/${file}`, published: null, outlet: null, url: null, title: null });
    return buildArticle(raw).article;
  };

  it('detects an undeclared Shift_JIS page', async () => {
    const article = await load('shift-jis.html');
    expect(article.title).toBe('東京の発表');
    expect(article.text).toContain('東京都は金曜日、五百五十億円の投資計画を発表した。');
  });

  it('detects EUC-JP, GBK and windows-1252 pages', async () => {
    expect((await load('euc-jp.html')).text).toContain('知事は「これは重要な一歩だ」と述べた。');
    expect((await load('gbk.html')).text).toContain('北京市政府周五宣布了一项五百五十亿元的投资计划');
    expect((await load('windows-1252.html')).text).toBe('Le café coûte 5€ — “un prix juste”, dit le gérant.');
  });

  it('trusts the charset in the Content-Type header over detection', async () => {
    web.route('/declared', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' });
      res.end(Buffer.from([0x82, 0xa0, 0x82, 0xa2])); // あい
    });
    const raw = await source.load({ location: `${web.base}/declared`, published: null, outlet: null, url: null, title: null });
    expect(raw.charset).toBe('Shift_JIS');
    expect(buildArticle(raw).article.text).toBe('あい');
  });

  it('names the URL when a page is not http(s)', async () => {
    await expect(source.discover('ftp://example.org/feed')).rejects.toThrow(InputError);
  });
});
