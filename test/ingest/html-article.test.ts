import { describe, expect, it } from 'vitest';
import { dateFromUrl, extractHtmlArticle } from '../../ingest/html-article.js';

const page = (head: string, body: string) => `<!doctype html><html lang="en-US"><head>${head}</head><body>${body}</body></html>`;

describe('extractHtmlArticle', () => {
  it('keeps paragraphs of the article and drops navigation, share bars and scripts', () => {
    const html = page(
      '<title>Fund launches</title>',
      `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
       <article><h1>Fund launches</h1><p>The fund has  three projects.</p>
       <div class="share-bar">Share on X</div><p>Officials met on Thursday.</p><script>alert(1)</script></article>
       <footer>© Outlet</footer>`,
    );
    const article = extractHtmlArticle(html, 'a.html');
    // The headline is the title, not body text.
    expect(article.text).toBe('The fund has three projects.\n\nOfficials met on Thursday.');
    expect(article.title).toBe('Fund launches');
    expect(article.lang).toBe('en-us');
  });

  it('trusts JSON-LD over OpenGraph for headline, author and date', () => {
    const html = page(
      `<meta property="og:title" content="OG title"><meta property="article:published_time" content="2025-07-01T00:00:00Z">
       <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD title","datePublished":"2025-07-23T08:00:00+09:00","author":[{"@type":"Person","name":"A. Writer"}]}]}</script>`,
      '<p>Body text here.</p>',
    );
    const article = extractHtmlArticle(html, 'a.html');
    expect(article).toMatchObject({ title: 'LD title', published: '2025-07-23', byline: 'A. Writer' });
  });

  it('survives malformed HTML and broken JSON-LD', () => {
    const html = '<html><head><script type="application/ld+json">{not json</script><title>T</title><body><p>Unclosed <b>bold <p>Second';
    const article = extractHtmlArticle(html, 'broken.html');
    expect(article.text).toContain('Unclosed bold');
    expect(article.text).toContain('Second');
  });

  it('resolves the canonical link against the page URL', () => {
    const html = page('<link rel="canonical" href="/news/story-1">', '<p>x</p>');
    expect(extractHtmlArticle(html, 'p', 'https://example.com/a?utm_source=x').canonical).toBe('https://example.com/news/story-1');
  });

  it('reads a fixture news page: metadata in trust order, boilerplate out', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../fixtures/web/article-1.html', import.meta.url), 'utf8');
    const article = extractHtmlArticle(html, 'article-1.html', 'https://news.example/2025/07/20/x');
    expect(article).toMatchObject({
      title: 'Tokyo pledges $550 billion in US investment',
      byline: 'Aiko Tanaka',
      published: '2025-07-23',
      modified: '2025-07-24',
      siteName: 'Example News',
      lang: 'en',
    });
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).toMatch(/^Japan said on Wednesday/);
    expect(article.text).not.toMatch(/cookies|Share on|Related|First comment|Home/);
  });

  it('says which file holds no text', () => {
    expect(() => extractHtmlArticle(page('<title>Empty</title>', '<script>x()</script>'), 'empty.html')).toThrow(/empty\.html: no article text/);
  });
});

describe('dateFromUrl', () => {
  it('reads /YYYY/MM/DD/ paths and ignores other numbers', () => {
    expect(dateFromUrl('https://x.com/2025/09/19/slug-467796')).toBe('2025-09-19');
    expect(dateFromUrl('https://x.com/news/story-10478')).toBeNull();
  });

  it("reads a month's name or abbreviation in any case, and only a real month and day", () => {
    expect(dateFromUrl('https://x.com/world/2024/jan/19/slug')).toBe('2024-01-19');
    expect(dateFromUrl('https://x.com/news/2008/January/10/slug')).toBe('2008-01-10');
    expect(dateFromUrl('https://x.com/article/2007/Dec/28/br/123.html')).toBe('2007-12-28');
    expect(dateFromUrl('https://x.com/2019/sept/03/a')).toBe('2019-09-03');
    expect(dateFromUrl('https://x.com/2024/janitor/19/slug')).toBeNull();
    expect(dateFromUrl('https://x.com/2024/news/19/slug')).toBeNull();
    expect(dateFromUrl('https://x.com/2025/02/30/slug')).toBeNull();
    expect(dateFromUrl('https://x.com/2024/feb/29/leap')).toBe('2024-02-29');
  });
});
