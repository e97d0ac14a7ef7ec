/**
 * Hostile markup is bounded: nesting beyond the limit is refused in one line
 * naming the page before it reaches the parser, and nesting below it is walked
 * without recursion trouble, keeping the text.
 */
import { describe, expect, test } from 'vitest';
import { extractHtmlArticle } from '../../ingest/index.js';
import { MAX_NESTING, nestingDepth } from '../../ingest/markup-limits.js';

const SENTENCE = 'Japan agreed to invest $550 billion in the United States, officials said on Friday.';
const page = (open: string, close: string, n: number) => `<html><body>${open.repeat(n)}<p>${SENTENCE}</p>${close.repeat(n)}</body></html>`;

describe('hostile HTML', () => {
  test('5,000 nested divs are refused in one line naming the page', () => {
    const html = page('<div>', '</div>', 5_000);
    expect(() => extractHtmlArticle(html, '/in/divs.html')).toThrow(/^\/in\/divs\.html: nests elements 5000 deep \(limit 1000\)/);
  });

  test('50,000 nested tables are refused in one line, with little memory', () => {
    const html = page('<table><tr><td>', '</td></tr></table>', 50_000);
    const before = process.memoryUsage().heapUsed;
    let message = '';
    try {
      extractHtmlArticle(html, 'https://example.com/tables');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('https://example.com/tables: nests elements 50000 deep (limit 1000); refusing hostile or broken markup');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  test.each([
    ['divs', '<div>', '</div>'],
    ['tables', '<table><tr><td>', '</td></tr></table>'],
    ['spans', '<span>', '</span>'],
  ])('nesting just under the limit (%s) still yields the text', (_name, open, close) => {
    const article = extractHtmlArticle(page(open, close, MAX_NESTING - 10), '/in/deep.html');
    expect(article.text).toContain(SENTENCE);
  });

  test('unclosed paragraphs and list items do not count as nesting; void elements never do', () => {
    expect(nestingDepth('<p>a<p>b<p>c<li>d<li>e<br><img src=x><hr>')).toBe(0);
    expect(nestingDepth('<div><section><b>x</b></section></div><div></div>')).toBe(3);
    expect(nestingDepth('<div/><div/><div/>')).toBe(0);
  });
});
