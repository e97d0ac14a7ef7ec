import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../ingest/canonical-url.js';

describe('canonicalUrl', () => {
  it('lower-cases scheme and host and drops default ports and fragments', () => {
    expect(canonicalUrl('HTTPS://News.Example:443/World/Story#comments')).toBe('https://news.example/World/Story');
    expect(canonicalUrl('http://news.example:80/a')).toBe('http://news.example/a');
    expect(canonicalUrl('http://news.example:8080/a')).toBe('http://news.example:8080/a');
  });

  it('drops tracking parameters and orders the rest', () => {
    expect(canonicalUrl('https://news.example/a?utm_source=rss&id=7&fbclid=x&gclid=y&utm_campaign=z&b=2')).toBe('https://news.example/a?b=2&id=7');
    expect(canonicalUrl('https://news.example/a?utm_medium=email')).toBe('https://news.example/a');
  });

  it('resolves relative URLs and refuses what is not http(s)', () => {
    expect(canonicalUrl('/b?x=1', 'https://news.example/a/')).toBe('https://news.example/b?x=1');
    expect(canonicalUrl('mailto:desk@news.example')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
