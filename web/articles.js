/**
 * The articles list (`#/articles`): headline, outlet, date, claim count and, for a page edited at its URL, how many
 * versions it has (the list shows its latest); stacks into cards when narrow.
 */
import { api } from './api.js';
import { announce, fill, h, link, stackTable } from './dom.js';
import { showLoadError } from './token.js';

export async function showArticles(main, current) {
  document.title = 'Articles · newsfacts';
  let list;
  try {
    list = await api('/api/articles');
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  const { table } = stackTable(
    'articles',
    ['Title', 'Outlet', 'Published', { label: 'Claims', num: true }, { label: 'Versions', num: true }],
    list.items.map((a) => [
      h('a', { href: link('articles', a.id), text: a.title ?? 'untitled article' }),
      a.source ?? 'unknown outlet',
      a.published ?? '—',
      String(a.claims),
      String(a.versions),
    ]),
  );
  fill(main, h('h1', { text: 'Articles' }), list.items.length === 0 ? h('p', { class: 'muted', text: 'No articles yet.' }) : table);
  announce(`${list.items.length} articles.`);
}
