/**
 * One article (`#/articles/<id>`): its text with every claim marked (overlapping spans share one mark), where it
 * comes from (outlet, date, a link to its URL in a new tab), and its claims as a table that stacks when narrow.
 */
import { api } from './api.js';
import { announce, badge, fill, h, highlighted, link, outLink, pair, stackTable } from './dom.js';
import { showLoadError } from './token.js';

export async function showArticle(main, id, current) {
  let body;
  try {
    body = await api(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  const { article, source, claims, version, versions, supersededBy } = body;
  const headline = article.title ?? 'Untitled article';
  document.title = `${headline} · newsfacts`;
  const rowsByClaim = new Map();
  const text = h(
    'div',
    { class: 'article-text' },
    highlighted(
      article.text,
      claims.map((c) => ({ start: c.start, end: c.end, item: c })),
      (mark, items) => {
        mark.className = `claim kind-${items.length === 1 ? items[0].kind : 'many'}`;
        mark.title = items.map((c) => `${c.kind}: ${c.valueText} (${c.subject ?? '—'} · ${c.predicate ?? '—'}; ${c.status})`).join('\n');
        mark.tabIndex = 0;
        mark.dataset.claimIds = items.map((c) => c.id).join(' ');
        const show = () => {
          const row = rowsByClaim.get(items[0].id);
          row?.scrollIntoView({ block: 'center' });
          row?.classList.add('flash');
          setTimeout(() => row?.classList.remove('flash'), 1200);
        };
        mark.addEventListener('click', show);
        mark.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') show();
        });
        for (const c of items) c.mark = mark;
      },
    ),
  );
  const ordered = [...claims].sort((a, b) => a.start - b.start);
  const { table, body: claimRows } = stackTable(
    'claims',
    ['Quote', 'Kind', 'Value', 'Fact', 'Status', { label: 'Confidence', num: true }],
    ordered.map((c) => [
      h('button', { type: 'button', class: 'linkish', title: 'Show in the text', 'aria-label': `Show “${c.quote}” in the text`, text: c.quote, onclick: () => c.mark?.scrollIntoView({ block: 'center' }) || c.mark?.focus() }),
      badge(c.kind, 'kind'),
      c.valueText,
      c.factId ? h('a', { href: link('facts', c.factId), text: `${c.subject ?? '—'} · ${c.predicate ?? '—'}` }) : `${c.subject ?? '—'} · ${c.predicate ?? '—'}`,
      badge(c.status, 'status'),
      c.confidence.toFixed(2),
    ]),
    (i) => ({ class: `status-${ordered[i].status}`, dataset: { claimId: ordered[i].id } }),
  );
  ordered.forEach((c, i) => rowsByClaim.set(c.id, claimRows.children[i]));
  fill(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: link('articles'), text: '← Articles' })),
    h('h1', { text: headline }),
    h(
      'dl',
      { class: 'meta summary' },
      pair('Outlet', h('span', { class: 'outlet', text: source ?? 'unknown outlet' })),
      pair('Published', article.published ? h('time', { datetime: article.published, text: article.published }) : '—'),
      // The URL comes from the article: only an http(s) URL becomes a link (new tab, no opener, no referrer).
      article.url ? pair('Source', outLink(article.url)) : null,
      article.byline ? pair('Byline', article.byline) : null,
      versions > 1 ? pair('Version', `${version} of ${versions}`) : null,
    ),
    // An earlier version of an edited page: its claims no longer count; the next version's replaced them.
    supersededBy
      ? h('p', { class: 'notice superseded' }, 'The outlet changed this page later; these claims no longer count. ', h('a', { href: link('articles', supersededBy), text: 'Next version →' }))
      : null,
    h('p', { class: 'muted', text: `${claims.length} claims highlighted; overlapping spans are shown as one mark (hover it for each claim).` }),
    text,
    h(
      'section',
      { 'aria-labelledby': 'claims-title' },
      h('h2', { id: 'claims-title', text: 'Claims' }),
      table,
    ),
  );
  announce(`${headline}: ${claims.length} claims.`);
}
