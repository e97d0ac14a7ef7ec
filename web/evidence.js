/**
 * Evidence in context: a claim's sentence with its span marked, and where it comes from (outlet, headline,
 * publish date, and a link to the article on its outlet's site). Used by the review queue and a fact's page.
 */
import { h, highlighted, link, outLink } from './dom.js';

/**
 * @param {object} e
 * @param {{text: string, start: number, end: number} | null} e.sentence the sentence around the claim, span inside it
 * @param {string} e.quote the claim's own words (shown marked when there is no sentence)
 * @param {string | null} e.outlet the source's name
 * @param {string | null} e.title the article's headline
 * @param {string | null} e.published YYYY-MM-DD
 * @param {string | null} e.url the article's URL, for the outbound link
 * @param {string | null} e.articleId our article view
 * @param {(string | Node)[]} [extras] more words for the citation line (trust, attribution, hedge)
 */
export function evidenceBlock(e, extras = []) {
  const sentence = e.sentence && typeof e.sentence.text === 'string' ? e.sentence : { text: e.quote, start: 0, end: e.quote.length };
  const cite = citation(e, extras);
  return h(
    'figure',
    { class: 'evidence-item' },
    h('blockquote', { class: 'sentence' }, highlighted(sentence.text, [{ start: sentence.start, end: sentence.end, item: e }])),
    h('figcaption', { class: 'cite' }, cite),
  );
}

/** Outlet · headline (our article view) · date · "source ↗" (the outlet's page, new tab), then `extras`. */
export function citation(e, extras = []) {
  const parts = [
    h('span', { class: 'outlet', text: e.outlet ?? 'unknown outlet' }),
    e.articleId ? h('a', { class: 'headline', href: link('articles', e.articleId), text: e.title ?? 'the article' }) : h('span', { class: 'headline', text: e.title ?? 'imported row' }),
    e.published ? h('time', { datetime: e.published, text: e.published }) : h('span', { class: 'muted', text: 'date unknown' }),
    e.url ? outLink(e.url, 'source ↗') : null,
    ...extras,
  ].filter(Boolean);
  const out = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(' · ');
    out.push(part);
  });
  return out;
}

/** The outlets behind a set of evidence claims, by name, each once: sources are named by outlet, never by file hash. */
export function outletsOf(claims) {
  const names = [...new Set(claims.map((c) => c.outlet ?? c.source ?? null).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const unknown = claims.some((c) => !(c.outlet ?? c.source));
  return unknown ? [...names, 'unknown outlet'] : names;
}

/**
 * How many sources back a candidate, for lists (a fact's page names them by outlet); never their file names.
 * A list's candidate summary carries the count (`sources: 3`), a fact's candidate the documents.
 */
export function sourcesText(candidate) {
  const n = typeof candidate.sources === 'number' ? candidate.sources : candidate.sources.length;
  return `${n} source${n === 1 ? '' : 's'}`;
}
