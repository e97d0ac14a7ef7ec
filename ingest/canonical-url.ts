/** Query parameters that only track where a click came from: never part of what a page is. */
const TRACKING = /^(utm_[a-z0-9_]*|fbclid|gclid|dclid|gclsrc|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid|ncid|smid)$/i;

/**
 * The canonical form of a URL, so that one page reached by several links is
 * one document: lower-case scheme and host (the URL parser does both), no
 * default port, no fragment, no tracking parameters, the remaining query
 * parameters in a stable order. Returns null for what is not an http(s) URL.
 */
export function canonicalUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key));
  // Stable order: `?b=1&a=2` and `?a=2&b=1` are the same page on every server we know of.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  return url.toString();
}
