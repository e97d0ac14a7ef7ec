/**
 * The facts list (`#/facts`): filters, and one row per fact with its value, the values competing with it
 * (contested and disputed first, then the ones it superseded) with how many sources back each, its status.
 * At narrow widths the table stacks into one card per fact (`table.stack`), so nothing scrolls sideways.
 */
import { api } from './api.js';
import { announce, badge, fill, h, link, select, stackTable } from './dom.js';
import { sourcesText } from './evidence.js';
import { showLoadError } from './token.js';

const FACT_STATUSES = ['contested', 'needs-review', 'reviewed', 'settled'];

export async function showFacts(main, params, current) {
  document.title = 'Facts · newsfacts';
  const filter = {
    subject: params.get('subject') ?? '',
    predicate: params.get('predicate') ?? '',
    status: FACT_STATUSES.includes(params.get('status')) ? params.get('status') : '',
    sort: params.get('sort') === 'subject' ? 'subject' : 'attention',
  };
  const query = (cursor) => {
    const q = new URLSearchParams({ sort: filter.sort, limit: '50' });
    for (const key of ['subject', 'predicate', 'status']) if (filter[key]) q.set(key, filter[key]);
    if (cursor) q.set('cursor', cursor);
    return `/api/facts?${q}`;
  };
  let page;
  try {
    page = await api(query(null));
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;

  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter facts' },
    h('label', {}, 'Subject ', h('input', { name: 'subject', type: 'search', value: filter.subject, placeholder: 'contains…' })),
    h('label', {}, 'Predicate ', h('input', { name: 'predicate', type: 'search', value: filter.predicate, placeholder: 'contains…' })),
    h('label', {}, 'Status ', select('status', ['', ...FACT_STATUSES], filter.status, 'any')),
    h('label', {}, 'Order ', h('select', { name: 'sort' }, h('option', { value: 'attention', selected: filter.sort === 'attention', text: 'contested and disputed first' }), h('option', { value: 'subject', selected: filter.sort === 'subject', text: 'by subject' }))),
    h('button', { type: 'submit', text: 'Filter' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const key of ['subject', 'predicate', 'status']) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    if (data.get('sort') === 'subject') next.set('sort', 'subject');
    location.hash = `#/facts${next.size ? `?${next}` : ''}`;
  });

  const rowProps = (items) => (i) => ({ class: `fstatus-row-${items[i].version.status}`, dataset: { factId: items[i].fact.id } });
  const { table, addRows } = stackTable(
    'facts',
    ['Fact', 'Value', 'Competing values', 'Status', { label: 'Version', num: true }, { label: 'Confidence', num: true }, 'Sources'],
    page.items.map(factCells),
    rowProps(page.items),
  );
  const more = h('button', { type: 'button', class: 'more', text: 'Load more', hidden: !page.nextCursor });
  let cursor = page.nextCursor;
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const next = await api(query(cursor));
      addRows(next.items.map(factCells), rowProps(next.items));
      cursor = next.nextCursor;
      more.hidden = !cursor;
    } catch (error) {
      announce(`Could not load more: ${error.message}`, 'error');
    } finally {
      more.disabled = false;
    }
  });
  fill(main, h('h1', { text: 'Facts' }), form, page.items.length === 0 ? h('p', { class: 'muted', text: 'No facts match.' }) : table, more);
  announce(`${page.items.length}${page.nextCursor ? '+' : ''} facts${filter.sort === 'attention' ? ', contested and disputed first' : ''}.`);
}

function factCells(item) {
  const { fact, version } = item;
  // The API lists the fact's value first, then contested, disputed and superseded values, each with its counts.
  const [chosen, ...others] = version.candidates;
  const competing = others.filter((c) => c.status !== 'current');
  return [
    { content: [h('a', { href: link('facts', fact.id), text: fact.subject }), h('span', { class: 'predicate', text: fact.predicate })], class: 'fact-name' },
    { content: item.valueText, class: 'value' },
    {
      content:
        competing.length === 0
          ? h('span', { class: 'muted', text: 'none' })
          : h(
              'ul',
              { class: 'competing' },
              [
                ...competing.map((c) => h('li', { dataset: { status: c.status } }, h('span', { class: 'value', text: c.valueText }), ' ', badge(c.status, 'cand'), h('span', { class: 'muted count', text: ` ${sourcesText(c)}` }))),
                // The list shows the first values of a fact with many; its page has them all.
                ...(version.candidatesOmitted > 0 ? [h('li', { class: 'muted' }, h('a', { href: link('facts', fact.id), text: `${version.candidatesOmitted} more` }))] : []),
              ],
            ),
      class: 'competing-cell',
    },
    badge(version.status, 'fstatus'),
    `v${version.seq}`,
    version.confidence.toFixed(2),
    { content: chosen ? sourcesText(chosen) : '—', class: 'sources' },
  ];
}
