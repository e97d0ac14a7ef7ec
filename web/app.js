/**
 * The reviewers' page: review queue, facts, one fact's timeline, articles.
 * Plain ES2022 in the browser, no build step, served by `api/page.ts`.
 *
 * Safety rule, because articles are untrusted: text from articles, claims and
 * facts enters the DOM only as text nodes (`textContent`, `createTextNode`) or
 * as plain attribute values (`title`, `data-*`). There is no `innerHTML` here,
 * and every `href` is either a constant or `#/<view>/` + `encodeURIComponent(id)`
 * (see `link`), so no data can become a `javascript:` URL.
 */

const TOKEN_KEY = 'newsfacts_token';
const KINDS = ['figure', 'person', 'date', 'project'];
const CLAIM_STATUSES = ['pending', 'accepted', 'rejected', 'corrected'];
const FACT_STATUSES = ['contested', 'needs-review', 'reviewed', 'settled'];

const state = {
  token: sessionStorage.getItem(TOKEN_KEY) ?? '',
  /** Bumped on every navigation, so a slow response for an old view is dropped. */
  generation: 0,
  route: { view: 'review', args: [], params: new URLSearchParams() },
  queue: null,
};

// ---------------------------------------------------------------------------
// DOM helpers

/** Builds an element. Strings among `children` become text nodes; `props.text` sets textContent. */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') node.setAttribute('href', checkedHref(value));
    else if (key === 'dataset') {
      for (const [name, data] of Object.entries(value)) if (data !== undefined && data !== null) node.dataset[name] = String(data);
    }
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  appendChildren(node, children);
  return node;
}

function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Links go to our own views or the job board; anything else is a bug, not a link. */
function checkedHref(href) {
  if (typeof href === 'string' && (href.startsWith('#/') || href === '/admin/queues')) return href;
  throw new Error(`refusing href ${String(href).slice(0, 40)}`);
}

/** `#/facts/<id>`: the id is encoded, and the `#/` prefix keeps it a fragment of this page. */
function link(view, id) {
  return id === undefined ? `#/${view}` : `#/${view}/${encodeURIComponent(id)}`;
}

function clear(node) {
  node.replaceChildren();
  return node;
}

/** Replaces a node's children (nulls skipped, strings as text nodes). */
function fill(node, ...children) {
  node.replaceChildren();
  appendChildren(node, children);
  return node;
}

function announce(message, tone = 'info') {
  const status = document.getElementById('status');
  status.textContent = message;
  status.dataset.tone = tone;
}

function badge(text, kind) {
  return h('span', { class: `badge ${kind ?? ''} ${kind ? `${kind}-${String(text).replace(/[^a-z-]/gi, '')}` : ''}`.trim(), text });
}

/** Text with the given spans wrapped in `<mark>`. Overlapping spans are merged into one mark (carrying all their items). */
function highlighted(text, spans, decorate) {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of valid) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.items.push(span.item);
    } else merged.push({ start: span.start, end: span.end, items: [span.item] });
  }
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of merged) {
    if (span.start > at) fragment.append(document.createTextNode(text.slice(at, span.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(span.start, span.end);
    decorate?.(mark, span.items);
    fragment.append(mark);
    at = span.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

// ---------------------------------------------------------------------------
// Values

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 550000000000 → "550 billion"; keeps every digit (falls back to 550,123,456,789 when a word would round). */
function formatNumber(n) {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) < size) continue;
    const q = n / size;
    if (Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6) return `${numberFormat.format(q)} ${word}`;
    break;
  }
  return numberFormat.format(n);
}

/** A claim or fact value as one line of text. */
function formatValue(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  if (typeof value.name === 'string') {
    const extras = [value.role, value.org, value.sponsor && `sponsor ${value.sponsor}`, value.location, value.amount && formatValue(value.amount)].filter(Boolean);
    return extras.length ? `${value.name} (${extras.join(', ')})` : value.name;
  }
  if (typeof value.min === 'number' && typeof value.max === 'number') return `${formatNumber(value.min)}–${formatNumber(value.max)} ${value.unit}`;
  if (typeof value.amount === 'number') return `${formatNumber(value.amount)} ${value.unit}`;
  if ('date' in value) return value.date ?? 'unresolved date';
  if (typeof value.text === 'string') return value.text;
  return JSON.stringify(value);
}

/** The value as the edit box accepts it back (see `parseValue`). */
function valueAsInput(value) {
  if (!value || typeof value !== 'object') return '';
  if (typeof value.min === 'number' && typeof value.max === 'number') return `${value.min}-${value.max} ${value.unit}`;
  if (typeof value.amount === 'number' && typeof value.unit === 'string') return `${value.amount} ${value.unit}`;
  if (typeof value.date === 'string') return value.date;
  if (typeof value.text === 'string') return value.text;
  return '';
}

const NUMBER = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+`;
const SCALE_WORDS = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY_SIGNS = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const FIGURE = new RegExp(
  `^([$€£¥])?\\s*(${NUMBER})(?:\\s*(?:-|–|to)\\s*[$€£¥]?\\s*(${NUMBER}))?\\s*(thousand|million|billion|trillion|bn|mn|tn)?\\b\\s*(.*)$`,
  'i',
);

/**
 * Reads a corrected value as the API's FactValue, in the shape of the value it replaces (`shape`: the fact's
 * current value, else the claim's):
 *   a figure: "15 %", "15%", "42,000 jobs", "550 billion USD", "$550 billion" → {amount, unit};
 *             "10-15 %", "10 to 15 %" → {min, max, unit}; a bare number keeps the old unit;
 *   a date:   "2025-09-19", "2025-09", "2025" → {date};
 *   text:     anything → {text}.
 * With no shape to follow: YYYY-MM-DD is a date, a number with a unit a figure, the rest text.
 * @returns {{ value: object } | { error: string }}
 */
function parseValue(raw, shape) {
  const input = raw.trim().replace(/\s+/g, ' ');
  if (input === '') return { error: 'type a value first' };
  const kind = shapeOf(shape);
  if (kind === 'text') return { value: { text: input } };
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(input);
  if (date && (kind === 'date' || (kind === null && date[2] !== undefined))) {
    const month = date[2] === undefined ? 1 : Number(date[2]);
    const day = date[3] === undefined ? 1 : Number(date[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return { error: `${input} is not a date (YYYY-MM-DD)` };
    return { value: { date: input } };
  }
  if (kind === 'date') return { error: `${input} is not a date: type YYYY-MM-DD, YYYY-MM or YYYY` };
  const figure = FIGURE.exec(input);
  if (figure) {
    const [, sign, first, second, scaleWord, rest] = figure;
    const scale = scaleWord ? SCALE_WORDS[scaleWord.toLowerCase()] : 1;
    const read = (s) => Number((Number(s.replaceAll(',', '')) * scale).toPrecision(15));
    const unit = unitOf(sign ? CURRENCY_SIGNS[sign] : rest, shape?.unit);
    if (unit) return { value: second === undefined ? { amount: read(first), unit } : { min: read(first), max: read(second), unit } };
    if (kind === 'figure') return { error: `give ${input} a unit, e.g. "${input} %" or "${input} USD"` };
  }
  if (kind === 'figure') return { error: `${input} is not a figure: type a number and a unit, e.g. "15 %" or "550 billion USD"` };
  return { value: { text: input } };
}

/** What a value is: `figure`, `date`, `text`, or null when unknown (person and project claims hold richer values). */
function shapeOf(value) {
  if (!value || typeof value !== 'object') return null;
  if (typeof value.unit === 'string') return 'figure';
  if ('date' in value) return 'date';
  if (typeof value.text === 'string') return 'text';
  return null;
}

const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'CAD', 'AUD', 'CHF', 'TWD', 'HKD', 'SGD', 'MXN', 'BRL']);

/** Units as the extractor writes them: ISO codes upper case, `%`, else the singular noun in lower case. */
function unitOf(raw, hint) {
  const text = (raw ?? '').trim();
  if (text === '') return typeof hint === 'string' ? hint : null;
  if (/^(%|percent|per cent|pc|percentage points?|pp)$/i.test(text)) return '%';
  if (CURRENCY_CODES.has(text.toUpperCase()) || (/^[A-Z]{3}$/.test(text))) return text.toUpperCase();
  const lower = text.toLowerCase();
  if (typeof hint === 'string' && (lower === `${hint}s` || lower === `${hint}es`)) return hint;
  return lower;
}

function formatWhen(iso) {
  if (!iso) return 'now';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
}

function validSpan(from, to) {
  if (!from && !to) return 'any time';
  return `${from ?? '…'} → ${to ?? 'now'}`;
}

// ---------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

async function api(path, { method = 'GET', body, ifMatch } = {}) {
  const headers = { accept: 'application/json' };
  if (state.token) headers.authorization = `Bearer ${state.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError(0, `cannot reach the server (${error.message})`, null);
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data?.message ?? `HTTP ${response.status}`, data);
  return data;
}

/** Reads fail the whole view: say why in the view itself (and ask for a token on 401). */
function showLoadError(view, error) {
  if (error instanceof ApiError && error.status === 401) askForToken('This server needs a token for reading: enter it above.');
  fill(view, h('p', { class: 'error', text: `Could not load: ${error.message}` }));
  announce(`Could not load: ${error.message}`, 'error');
}

// ---------------------------------------------------------------------------
// Token

function setToken(token) {
  state.token = token;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    // bull-board's own page sends no Authorization header: the server accepts this cookie there, and only there.
    document.cookie = `${TOKEN_KEY}=${encodeURIComponent(token)}; path=/admin; SameSite=Strict${secure}`;
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
    document.cookie = `${TOKEN_KEY}=; path=/admin; SameSite=Strict; Max-Age=0${secure}`;
  }
  renderTokenState();
}

function renderTokenState() {
  document.getElementById('token-label').textContent = state.token ? 'Token set: reviews enabled' : 'No token: read only';
  document.getElementById('token-change').textContent = state.token ? 'Change token' : 'Enter token';
  document.getElementById('token-forget').hidden = !state.token;
}

function askForToken(message) {
  const form = document.getElementById('token-form');
  form.hidden = false;
  document.getElementById('token-state').hidden = true;
  const input = document.getElementById('token-input');
  input.value = '';
  input.focus();
  announce(message, 'error');
}

function closeTokenForm() {
  document.getElementById('token-form').hidden = true;
  document.getElementById('token-state').hidden = false;
}

function wireToken() {
  const form = document.getElementById('token-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = document.getElementById('token-input').value.trim();
    if (!value) return;
    setToken(value);
    closeTokenForm();
    announce('Token saved for this tab.');
    focusSelected();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      closeTokenForm();
      focusSelected();
    }
  });
  document.getElementById('token-cancel').addEventListener('click', () => {
    closeTokenForm();
    focusSelected();
  });
  document.getElementById('token-change').addEventListener('click', () => askForToken('Enter the API token (kept in this tab only).'));
  document.getElementById('token-forget').addEventListener('click', () => {
    setToken('');
    announce('Token forgotten: the page is read only.');
  });
  renderTokenState();
}

// ---------------------------------------------------------------------------
// Routing

function parseRoute() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { view: parts[0] ?? 'review', args: parts.slice(1), params: new URLSearchParams(query) };
}

async function route() {
  const generation = ++state.generation;
  state.route = parseRoute();
  const { view, args, params } = state.route;
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.getElementById('help').hidden = view !== 'review';
  const main = clear(document.getElementById('view'));
  main.append(h('p', { class: 'muted', text: 'Loading…' }));
  const current = () => generation === state.generation;
  if (view === 'facts' && args[0]) await showFact(main, args[0], current);
  else if (view === 'facts') await showFacts(main, params, current);
  else if (view === 'articles' && args[0]) await showArticle(main, args[0], current);
  else if (view === 'articles') await showArticles(main, current);
  else await showQueue(main, params, current);
}

// ---------------------------------------------------------------------------
// Review queue

async function showQueue(main, params, current) {
  document.title = 'Review queue · newsfacts';
  const status = CLAIM_STATUSES.includes(params.get('status')) ? params.get('status') : 'pending';
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : '';
  const queue = { items: [], nextCursor: null, total: 0, selected: -1, status, kind, list: null, more: null, count: null, busy: new Set() };
  state.queue = null;
  let page;
  try {
    page = await api(queuePath(queue, null));
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  state.queue = queue;
  queue.count = h('span', { class: 'muted' });
  queue.list = h('ol', { class: 'queue', 'aria-label': 'Claims to review' });
  queue.more = h('button', { type: 'button', class: 'more', text: 'Load more', onclick: () => loadMore(queue) });
  const filters = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the queue' },
    h('label', {}, 'Status ', select('status', CLAIM_STATUSES, status)),
    h('label', {}, 'Kind ', select('kind', ['', ...KINDS], kind, 'any')),
    queue.count,
  );
  filters.addEventListener('change', () => {
    const next = new URLSearchParams();
    const data = new FormData(filters);
    if (data.get('status') !== 'pending') next.set('status', data.get('status'));
    if (data.get('kind')) next.set('kind', data.get('kind'));
    location.hash = `#/review${next.size ? `?${next}` : ''}`;
  });
  filters.addEventListener('submit', (event) => event.preventDefault());
  fill(main, h('h1', { text: 'Review queue' }), filters, queue.list, queue.more);
  appendPage(queue, page);
  if (queue.items.length > 0) selectItem(0, { focus: document.activeElement === document.body || document.activeElement === main });
  announce(queue.items.length ? `${queue.total} claim${queue.total === 1 ? '' : 's'} ${status}. Press j/k to move, a/r/e to review.` : `No ${status} claims.`);
}

function select(name, options, chosen, emptyLabel) {
  return h('select', { name }, options.map((o) => h('option', { value: o, selected: o === chosen, text: o || emptyLabel })));
}

function queuePath(queue, cursor) {
  const q = new URLSearchParams({ status: queue.status, limit: '20' });
  if (queue.kind) q.set('kind', queue.kind);
  if (cursor) q.set('cursor', cursor);
  return `/api/review-queue?${q}`;
}

function appendPage(queue, page) {
  for (const item of page.items) {
    const index = queue.items.length;
    queue.items.push({ ...item, node: null, outcome: null, editing: false });
    const node = renderItem(queue, index);
    queue.items[index].node = node;
    queue.list.append(node);
  }
  queue.nextCursor = page.nextCursor;
  queue.total = page.total;
  queue.more.hidden = !page.nextCursor;
  queue.count.textContent = `${queue.items.length} of ${page.total} shown`;
  if (queue.items.length === 0) queue.list.append(h('li', { class: 'empty', text: 'Nothing to review here.' }));
}

async function loadMore(queue) {
  if (!queue.nextCursor || queue.loadingMore) return;
  queue.loadingMore = true;
  queue.more.disabled = true;
  try {
    const page = await api(queuePath(queue, queue.nextCursor));
    if (state.queue === queue) appendPage(queue, page);
  } catch (error) {
    announce(`Could not load more: ${error.message}`, 'error');
  } finally {
    queue.loadingMore = false;
    queue.more.disabled = false;
  }
}

function renderItem(queue, index) {
  const item = queue.items[index];
  const { claim, context, fact } = item;
  const id = `claim-${index}`;
  const node = h('li', {
    class: `item status-${claim.status}${index === queue.selected ? ' selected' : ''}`,
    id,
    tabindex: '-1',
    'aria-labelledby': `${id}-title`,
    'aria-current': index === queue.selected ? 'true' : undefined,
    dataset: { claimId: claim.id, index: String(index), status: claim.status, kind: claim.kind, factId: fact?.fact.id },
  });
  node.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a, button, input, form')) return;
    selectItem(index, { focus: true });
  });

  const sentence = h('blockquote', { class: 'sentence' }, highlighted(context.text, [{ start: context.start, end: context.end, item: claim }]));
  const meta = h(
    'dl',
    { class: 'meta' },
    pair('Value', h('strong', { class: 'value', text: formatValue(claim.value) })),
    pair('Subject', `${claim.subject ?? '—'} · ${claim.predicate ?? '—'}`),
    pair('Source', claim.source ?? 'unknown outlet'),
    pair('Article', h('a', { href: link('articles', claim.articleId), text: claim.doc }), claim.published ? ` (${claim.published})` : ''),
    claim.attribution ? pair('Said by', claim.attribution) : null,
    claim.hedge && claim.hedge !== 'asserted' ? pair('Hedge', claim.hedge) : null,
    claim.qualifier ? pair('Qualifier', claim.qualifier) : null,
    pair('Confidence', `${claim.confidence.toFixed(2)} (${claim.rule})`),
  );

  const disabled = queue.busy.has(claim.id);
  const actions = h(
    'div',
    { class: 'actions' },
    h('button', { type: 'button', class: 'accept', 'aria-keyshortcuts': 'a', title: 'Accept (a)', disabled, onclick: () => reviewItem(queue, index, 'accept') }, 'Accept ', h('kbd', { text: 'a' })),
    h('button', { type: 'button', class: 'reject', 'aria-keyshortcuts': 'r', title: 'Reject (r)', disabled, onclick: () => reviewItem(queue, index, 'reject') }, 'Reject ', h('kbd', { text: 'r' })),
    h('button', { type: 'button', class: 'edit', 'aria-keyshortcuts': 'e', title: 'Correct the value (e)', disabled, onclick: () => openEditor(queue, index) }, 'Correct ', h('kbd', { text: 'e' })),
  );

  appendChildren(node, [
    h(
      'div',
      { class: 'item-head' },
      h('h2', { id: `${id}-title`, class: 'item-title' }, `${claim.subject ?? 'No subject'} · ${claim.predicate ?? claim.kind}`),
      badge(claim.kind, 'kind'),
      badge(claim.status, 'status'),
    ),
    sentence,
    h('div', { class: 'item-body' }, meta, fact ? renderFactBox(fact) : h('p', { class: 'muted fact-box', text: 'Feeds no fact (no subject or predicate).' })),
    actions,
    item.editing ? renderEditor(queue, index) : null,
    item.outcome ? h('p', { class: `outcome ${item.outcome.tone}`, role: 'note', text: item.outcome.text }) : null,
  ]);
  return node;
}

function pair(label, ...value) {
  return [h('dt', { text: label }), h('dd', {}, ...value)];
}

/** The fact a claim feeds: its value now and the values competing for it. */
function renderFactBox(factItem) {
  const { fact, version, revision } = factItem;
  const rows = version.candidates.map((c) =>
    h(
      'tr',
      { class: c.status ? `cand-${c.status}` : '' },
      h('td', { text: formatValue(c.value) }),
      h('td', {}, badge(c.status ?? '—', 'cand')),
      h('td', { class: 'num', text: c.weight.toFixed(2) }),
      h('td', { class: 'sources', text: c.sources.join(', ') }),
    ),
  );
  return h(
    'section',
    { class: 'fact-box', 'aria-label': 'The fact this claim feeds', dataset: { factId: fact.id, seq: String(version.seq) } },
    h('h3', {}, 'Feeds ', h('a', { href: link('facts', fact.id), text: `${fact.subject} · ${fact.predicate}` })),
    h(
      'p',
      { class: 'fact-now' },
      h('strong', { class: 'fact-value', text: formatValue(version.value) }),
      ' ',
      badge(version.status, 'fstatus'),
      h('span', { class: 'muted fact-version', text: ` version ${version.seq} · revision ${revision}` }),
    ),
    h(
      'table',
      { class: 'candidates' },
      h('caption', { text: 'Competing values' }),
      h('thead', {}, h('tr', {}, ['Value', 'Status', 'Weight', 'Sources'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, rows),
    ),
  );
}

function rerender(queue, index) {
  const item = queue.items[index];
  const fresh = renderItem(queue, index);
  item.node.replaceWith(fresh);
  item.node = fresh;
  return fresh;
}

function selectItem(index, { focus = true } = {}) {
  const queue = state.queue;
  if (!queue || index < 0 || index >= queue.items.length) return;
  const previous = queue.items[queue.selected];
  if (previous?.node) {
    previous.node.classList.remove('selected');
    previous.node.removeAttribute('aria-current');
  }
  queue.selected = index;
  const node = queue.items[index].node;
  node.classList.add('selected');
  node.setAttribute('aria-current', 'true');
  if (focus) node.focus({ preventScroll: true });
  node.scrollIntoView({ block: 'nearest' });
}

function focusSelected() {
  const queue = state.queue;
  if (state.route.view !== 'review' || !queue) return;
  queue.items[queue.selected]?.node.focus({ preventScroll: true });
}

function moveSelection(step) {
  const queue = state.queue;
  if (!queue || queue.items.length === 0) return;
  const next = queue.selected + step;
  if (next >= queue.items.length) {
    if (queue.nextCursor) {
      void loadMore(queue).then(() => selectItem(Math.min(next, queue.items.length - 1)));
    } else announce('That was the last claim in the queue.');
    return;
  }
  selectItem(Math.max(0, next));
}

function openEditor(queue, index) {
  if (!state.token) {
    askForToken('Enter an API token to review.');
    return;
  }
  queue.items.forEach((it, i) => {
    if (it.editing && i !== index) {
      it.editing = false;
      rerender(queue, i);
    }
  });
  queue.items[index].editing = true;
  selectItem(index, { focus: false });
  const node = rerender(queue, index);
  const input = node.querySelector('input[name="value"]');
  input.focus({ preventScroll: true });
  input.select();
  // Bring the whole editor, hint included, above the fixed help bar.
  node.querySelector('form.editor').scrollIntoView({ block: 'nearest' });
}

function closeEditor(queue, index) {
  queue.items[index].editing = false;
  rerender(queue, index);
  selectItem(index);
}

/** The value a correction replaces, whose shape (figure, date, text) the typed value must take. */
function correctionShape(item) {
  const factValue = item.fact?.version.value;
  return shapeOf(factValue) ? factValue : item.claim.value;
}

const SHAPE_HINTS = {
  figure: ['A number and a unit: ', h('code', { text: '15 %' }), ', ', h('code', { text: '42,000 jobs' }), ', ', h('code', { text: '550 billion USD' }), ' or ', h('code', { text: '$550 billion' }), '; a range: ', h('code', { text: '10-15 %' }), '; a bare number keeps the unit.'],
  date: ['A date: ', h('code', { text: 'YYYY-MM-DD' }), ', ', h('code', { text: 'YYYY-MM' }), ' or ', h('code', { text: 'YYYY' }), '.'],
  text: ['Text, saved as typed.'],
  other: ['A number and a unit (', h('code', { text: '15 %' }), ', ', h('code', { text: '$550 billion' }), '), a date (', h('code', { text: 'YYYY-MM-DD' }), '), or text.'],
};

function renderEditor(queue, index) {
  const item = queue.items[index];
  const shape = correctionShape(item);
  const inputId = `edit-${index}`;
  const hint = SHAPE_HINTS[shapeOf(shape) ?? 'other'].map((part) => (part instanceof Node ? part.cloneNode(true) : part));
  const form = h(
    'form',
    { class: 'editor', 'aria-label': 'Correct the value' },
    h('label', { for: inputId, text: 'Corrected value' }),
    h('input', { id: inputId, name: 'value', type: 'text', autocomplete: 'off', spellcheck: 'false', value: valueAsInput(item.claim.value) || valueAsInput(item.fact?.version.value), 'aria-describedby': `${inputId}-help` }),
    h('label', { for: `${inputId}-reason`, text: 'Reason (optional)' }),
    h('input', { id: `${inputId}-reason`, name: 'reason', type: 'text', autocomplete: 'off' }),
    h('button', { type: 'submit', text: 'Save correction' }),
    h('button', { type: 'button', text: 'Cancel', onclick: () => closeEditor(queue, index) }),
    h('p', { id: `${inputId}-help`, class: 'muted hint' }, hint, ' Enter saves, Esc cancels.'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const parsed = parseValue(String(data.get('value') ?? ''), shape);
    if ('error' in parsed) {
      announce(`Not saved: ${parsed.error}.`, 'error');
      return;
    }
    const reason = String(data.get('reason') ?? '').trim();
    queue.items[index].editing = false;
    void reviewItem(queue, index, 'correct', parsed.value, reason || undefined);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeEditor(queue, index);
      announce('Edit cancelled.');
    }
  });
  return form;
}

const DONE = { accept: 'accepted', reject: 'rejected', correct: 'corrected' };

async function reviewItem(queue, index, action, value, reason) {
  const item = queue.items[index];
  if (!state.token) {
    askForToken('Enter an API token to review.');
    return;
  }
  const claim = item.claim;
  if (queue.busy.has(claim.id)) return;
  queue.busy.add(claim.id);
  rerender(queue, index);
  selectItem(index);
  announce(`Saving: ${action} ${claim.quote}…`);
  try {
    const body = { action };
    if (value !== undefined) body.value = value;
    if (reason !== undefined) body.reason = reason;
    const result = await api(`/api/claims/${encodeURIComponent(claim.id)}/reviews`, { method: 'POST', body, ifMatch: claim.revision });
    if (result.claim) item.claim = result.claim;
    item.fact = result.fact;
    const v = result.fact.version;
    const text = `Claim ${DONE[action]}${value ? ` as ${formatValue(value)}` : ''}. The fact is now ${formatValue(v.value)} (${v.status}, version ${v.seq}).`;
    item.outcome = { tone: 'ok', text };
    // Other claims in view that feed the same fact see its new value too.
    queue.items.forEach((other, i) => {
      if (i !== index && other.fact?.fact.id === result.fact.fact.id) {
        other.fact = result.fact;
        rerender(queue, i);
      }
    });
    announce(text, 'ok');
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      item.outcome = { tone: 'warn', text: 'Someone else changed this claim since you loaded it. It has been reloaded: check it and review again.' };
      announce('Conflict: someone else changed this claim; reloaded it.', 'error');
      await reloadItem(item);
    } else if (error instanceof ApiError && error.status === 401) {
      item.outcome = { tone: 'warn', text: 'Not saved: the server refused the token.' };
      askForToken('The server refused the token (401): enter a valid API token, then review again.');
    } else {
      item.outcome = { tone: 'warn', text: `Not saved: ${error.message}` };
      announce(`Review failed: ${error.message}`, 'error');
    }
  } finally {
    queue.busy.delete(claim.id);
    if (state.queue === queue) {
      rerender(queue, index);
      if (queue.selected === index && document.getElementById('token-form').hidden) selectItem(index);
    }
  }
}

/** After a 409: fetch the claim and the fact it feeds as they are now. */
async function reloadItem(item) {
  try {
    item.claim = await api(`/api/claims/${encodeURIComponent(item.claim.id)}`);
    if (item.claim.factId) {
      const detail = await api(`/api/facts/${encodeURIComponent(item.claim.factId)}`);
      item.fact = detail.version ? { fact: detail.fact, version: detail.version, revision: detail.revision, valueAt: null } : null;
    }
  } catch (error) {
    announce(`Could not reload the claim: ${error.message}`, 'error');
  }
}

function onKeydown(event) {
  if (state.route.view !== 'review' || !state.queue) return;
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat && !['j', 'k'].includes(event.key)) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
  const queue = state.queue;
  const index = queue.selected;
  switch (event.key) {
    case 'j':
      moveSelection(1);
      break;
    case 'k':
      moveSelection(-1);
      break;
    case 'a':
      if (index >= 0) void reviewItem(queue, index, 'accept');
      break;
    case 'r':
      if (index >= 0) void reviewItem(queue, index, 'reject');
      break;
    case 'e':
      if (index >= 0) openEditor(queue, index);
      break;
    default:
      return;
  }
  event.preventDefault();
}

// ---------------------------------------------------------------------------
// Facts

async function showFacts(main, params, current) {
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
    h('label', {}, 'Order ', h('select', { name: 'sort' }, h('option', { value: 'attention', selected: filter.sort === 'attention', text: 'contested first' }), h('option', { value: 'subject', selected: filter.sort === 'subject', text: 'by subject' }))),
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

  const body = h('tbody');
  const more = h('button', { type: 'button', class: 'more', text: 'Load more' });
  let cursor = null;
  const add = (p) => {
    for (const item of p.items) body.append(factRow(item));
    cursor = p.nextCursor;
    more.hidden = !cursor;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      add(await api(query(cursor)));
    } catch (error) {
      announce(`Could not load more: ${error.message}`, 'error');
    } finally {
      more.disabled = false;
    }
  });
  add(page);
  fill(main, 
    h('h1', { text: 'Facts' }),
    form,
    page.items.length === 0
      ? h('p', { class: 'muted', text: 'No facts match.' })
      : h(
          'table',
          { class: 'facts' },
          h('thead', {}, h('tr', {}, ['Subject', 'Predicate', 'Value', 'Status', 'Version', 'Confidence', 'Sources'].map((t) => h('th', { scope: 'col', text: t })))),
          body,
        ),
    more,
  );
  announce(`${page.items.length}${page.nextCursor ? '+' : ''} facts${filter.sort === 'attention' ? ', contested first' : ''}.`);
}

function factRow({ fact, version }) {
  const sources = new Set(version.candidates.flatMap((c) => c.sources));
  return h(
    'tr',
    { class: `fstatus-row-${version.status}`, dataset: { factId: fact.id } },
    h('td', {}, h('a', { href: link('facts', fact.id), text: fact.subject })),
    h('td', { text: fact.predicate }),
    h('td', { text: formatValue(version.value) }),
    h('td', {}, badge(version.status, 'fstatus')),
    h('td', { class: 'num', text: `v${version.seq}` }),
    h('td', { class: 'num', text: version.confidence.toFixed(2) }),
    h('td', { class: 'num', text: String(sources.size) }),
  );
}

async function showFact(main, id, current) {
  let detail;
  try {
    detail = await api(`/api/facts/${encodeURIComponent(id)}`);
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  const { fact, version } = detail;
  document.title = `${fact.subject} · ${fact.predicate} · newsfacts`;

  const summary = h(
    'dl',
    { class: 'meta summary' },
    pair('Value now', h('strong', { class: 'value', text: formatValue(version?.value) })),
    pair('Status', version ? badge(version.status, 'fstatus') : 'no version'),
    version ? pair('Valid', validSpan(version.validFrom, version.validTo)) : null,
    version ? pair('Confidence', version.confidence.toFixed(2)) : null,
    pair('Revision', String(detail.revision)),
    version ? pair('Why', version.reason) : null,
  );

  const candidates = detail.candidates.map(({ candidate, claims }) =>
    h(
      'li',
      { class: `candidate cand-${candidate.status ?? 'none'}` },
      h(
        'p',
        { class: 'cand-head' },
        h('strong', { text: formatValue(candidate.value) }),
        ' ',
        badge(candidate.status ?? '—', 'cand'),
        h('span', { class: 'muted', text: ` weight ${candidate.weight.toFixed(2)} · valid ${validSpan(candidate.validFrom, candidate.validTo)}` }),
      ),
      h('p', { class: 'muted', text: `Sources: ${candidate.sources.join(', ') || 'none'}` }),
      claims.length === 0
        ? null
        : h(
            'ul',
            { class: 'evidence' },
            claims.map((c) =>
              h(
                'li',
                {},
                h('blockquote', { class: 'quote', text: c.quote }),
                h(
                  'p',
                  { class: 'muted cite' },
                  c.articleId ? h('a', { href: link('articles', c.articleId), text: c.doc }) : c.doc,
                  c.published ? ` · ${c.published}` : '',
                  ` · ${c.source ?? 'unknown outlet'}`,
                  ` · trust ${c.trust === null ? 'not estimated (0.8 assumed)' : c.trust.toFixed(2)}`,
                  c.attribution ? ` · said by ${c.attribution}` : '',
                  c.hedge && c.hedge !== 'asserted' ? ` · ${c.hedge}` : '',
                ),
              ),
            ),
          ),
    ),
  );

  const versions = [...detail.versions]
    .sort((a, b) => b.version.seq - a.version.seq)
    .map(({ version: v, supporting, opposing }) =>
      h(
        'li',
        { class: `version${v.recordedTo === null ? ' current' : ''}`, dataset: { seq: String(v.seq) } },
        h(
          'p',
          { class: 'version-head' },
          h('span', { class: 'seq', text: `v${v.seq}` }),
          ' ',
          h('strong', { text: formatValue(v.value) }),
          ' ',
          badge(v.status, 'fstatus'),
          v.recordedTo === null ? h('span', { class: 'badge now', text: 'current' }) : null,
        ),
        h('p', { class: 'muted', text: `Recorded ${formatWhen(v.recordedFrom)} → ${v.recordedTo ? formatWhen(v.recordedTo) : 'now'} · valid ${validSpan(v.validFrom, v.validTo)} · ${supporting.length} for, ${opposing.length} against` }),
        h('p', { class: 'reason', text: v.reason }),
      ),
    );

  const reviews = detail.reviews.map((r) =>
    h(
      'li',
      { class: `review review-${r.action}` },
      h('strong', { text: DONE[r.action] ?? r.action }),
      r.value ? ` as ${formatValue(r.value)}` : '',
      h('span', { class: 'muted', text: ` · ${r.targetKind} ${r.targetId} · by ${r.reviewer} · ${formatWhen(r.createdAt)}` }),
      r.reason ? h('p', { class: 'reason', text: r.reason }) : null,
    ),
  );

  fill(main, 
    h('p', { class: 'crumbs' }, h('a', { href: link('facts'), text: '← Facts' })),
    h('h1', {}, fact.subject, h('span', { class: 'muted', text: ` · ${fact.predicate}` })),
    detail.mergedInto ? h('p', { class: 'note' }, 'Its claims count for ', h('a', { href: link('facts', detail.mergedInto), text: 'another fact' }), ' (same entity).') : null,
    summary,
    h('section', { 'aria-labelledby': 'cands-title' }, h('h2', { id: 'cands-title', text: 'Competing values and their evidence' }), h('ul', { class: 'candidates-list' }, candidates)),
    h('section', { 'aria-labelledby': 'versions-title', class: 'versions' }, h('h2', { id: 'versions-title', text: `Timeline: ${detail.versions.length} version${detail.versions.length === 1 ? '' : 's'}` }), h('ol', { class: 'timeline', reversed: true }, versions)),
    h(
      'section',
      { 'aria-labelledby': 'reviews-title', class: 'reviews' },
      h('h2', { id: 'reviews-title', text: `Reviews (${detail.reviews.length})` }),
      reviews.length ? h('ul', { class: 'review-list' }, reviews) : h('p', { class: 'muted', text: 'No reviews yet.' }),
    ),
  );
  announce(`${fact.subject} · ${fact.predicate}: ${formatValue(version?.value)} (${version?.status ?? 'no version'}), ${detail.versions.length} versions, ${detail.reviews.length} reviews.`);
}

// ---------------------------------------------------------------------------
// Articles

async function showArticles(main, current) {
  document.title = 'Articles · newsfacts';
  let list;
  try {
    list = await api('/api/articles');
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  const rows = list.items.map((a) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: link('articles', a.id), text: a.title ?? a.doc })),
      h('td', { text: a.source ?? '—' }),
      h('td', { text: a.published ?? '—' }),
      h('td', { class: 'num', text: String(a.claims) }),
    ),
  );
  fill(main, 
    h('h1', { text: 'Articles' }),
    rows.length === 0
      ? h('p', { class: 'muted', text: 'No articles yet.' })
      : h(
          'table',
          { class: 'articles' },
          h('thead', {}, h('tr', {}, ['Title', 'Outlet', 'Published', 'Claims'].map((t) => h('th', { scope: 'col', text: t })))),
          h('tbody', {}, rows),
        ),
  );
  announce(`${list.items.length} articles.`);
}

async function showArticle(main, id, current) {
  let body;
  try {
    body = await api(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  const { article, source, claims } = body;
  document.title = `${article.title ?? article.doc} · newsfacts`;
  const rowsByClaim = new Map();
  const text = h(
    'div',
    { class: 'article-text' },
    highlighted(
      article.text,
      claims.map((c) => ({ start: c.start, end: c.end, item: c })),
      (mark, items) => {
        mark.className = `claim kind-${items.length === 1 ? items[0].kind : 'many'}`;
        mark.title = items.map((c) => `${c.kind}: ${formatValue(c.value)} (${c.subject ?? '—'} · ${c.predicate ?? '—'}; ${c.status})`).join('\n');
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
  const rows = [...claims]
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const row = h(
        'tr',
        { class: `status-${c.status}` },
        h('td', {}, h('button', { type: 'button', class: 'linkish', title: 'Show in the text', 'aria-label': `Show “${c.quote}” in the text`, text: c.quote, onclick: () => c.mark?.scrollIntoView({ block: 'center' }) || c.mark?.focus() })),
        h('td', {}, badge(c.kind, 'kind')),
        h('td', { text: formatValue(c.value) }),
        h('td', {}, c.factId ? h('a', { href: link('facts', c.factId), text: `${c.subject ?? '—'} · ${c.predicate ?? '—'}` }) : `${c.subject ?? '—'} · ${c.predicate ?? '—'}`),
        h('td', {}, badge(c.status, 'status')),
        h('td', { class: 'num', text: c.confidence.toFixed(2) }),
      );
      rowsByClaim.set(c.id, row);
      return row;
    });
  fill(main, 
    h('p', { class: 'crumbs' }, h('a', { href: link('articles'), text: '← Articles' })),
    h('h1', { text: article.title ?? article.doc }),
    h(
      'dl',
      { class: 'meta summary' },
      pair('Outlet', source ?? '—'),
      pair('Published', article.published ?? '—'),
      pair('Document', h('code', { text: article.doc })),
      // Shown as text, never as a link: the URL comes from the article.
      article.url ? pair('URL', h('code', { class: 'url', text: article.url })) : null,
      article.byline ? pair('Byline', article.byline) : null,
    ),
    h('p', { class: 'muted', text: `${claims.length} claims highlighted; overlapping spans are shown as one mark (hover it for each claim).` }),
    text,
    h(
      'section',
      { 'aria-labelledby': 'claims-title' },
      h('h2', { id: 'claims-title', text: 'Claims' }),
      h(
        'table',
        { class: 'claims' },
        h('thead', {}, h('tr', {}, ['Quote', 'Kind', 'Value', 'Fact', 'Status', 'Confidence'].map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, rows),
      ),
    ),
  );
  announce(`${article.title ?? article.doc}: ${claims.length} claims.`);
}

// ---------------------------------------------------------------------------
// Start

async function showJobsLink() {
  try {
    const health = await api('/api/health');
    document.getElementById('jobs-link').hidden = health.queues !== true;
  } catch {
    // No health, no job board link; the views say what is wrong.
  }
}

wireToken();
document.addEventListener('keydown', onKeydown);
window.addEventListener('hashchange', () => void route());
void showJobsLink();
void route();
