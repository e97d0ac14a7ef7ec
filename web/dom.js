/**
 * Building the DOM safely: every view goes through these helpers.
 *
 * Articles are untrusted, so text from articles, claims and facts enters the DOM only as text nodes
 * (`textContent`, `createTextNode`) or plain attribute values (`title`, `data-*`). There is no `innerHTML`
 * anywhere. An `href` is a constant, `#/<view>/` + an encoded id (`link`), or, through `outLink` only, an
 * http(s) URL opened in a new tab without an opener or referrer: no data can become a `javascript:` URL.
 */

/** Builds an element. Strings among `children` become text nodes; `props.text` sets textContent. */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') node.setAttribute('href', checkedHref(value));
    else if (key === 'dataset') {
      for (const [name, data] of Object.entries(value)) if (data !== undefined && data !== null) node.dataset[name] = String(data);
    } else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  appendChildren(node, children);
  return node;
}

export function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Links go to our own views or the job board; anything else is a bug, not a link (see `outLink` for articles). */
function checkedHref(href) {
  if (typeof href === 'string' && (href.startsWith('#/') || href === '/admin/queues')) return href;
  throw new Error(`refusing href ${String(href).slice(0, 40)}`);
}

/** `#/facts/<id>`: the id is encoded, and the `#/` prefix keeps it a fragment of this page. */
export function link(view, id) {
  return id === undefined ? `#/${view}` : `#/${view}/${encodeURIComponent(id)}`;
}

/**
 * A link to an article's page on its outlet's site, opening in a new tab with no opener and no referrer.
 * The URL comes from the article, so only an absolute http(s) URL becomes a link (re-serialised by `URL`);
 * anything else is shown as text.
 */
export function outLink(url, text) {
  let parsed = null;
  try {
    parsed = typeof url === 'string' ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return h('span', { class: 'url', text: text ?? String(url ?? '') });
  const a = document.createElement('a');
  a.setAttribute('href', parsed.href);
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', 'noopener noreferrer');
  a.className = 'out';
  a.textContent = text ?? parsed.href;
  return a;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Replaces a node's children (nulls skipped, strings as text nodes). */
export function fill(node, ...children) {
  node.replaceChildren();
  appendChildren(node, children);
  return node;
}

/** The status line (`aria-live`): what just happened, for screen readers and everyone else. */
export function announce(message, tone = 'info') {
  const status = document.getElementById('status');
  status.textContent = message;
  status.dataset.tone = tone;
}

export function badge(text, kind) {
  return h('span', { class: `badge ${kind ?? ''} ${kind ? `${kind}-${String(text).replace(/[^a-z-]/gi, '')}` : ''}`.trim(), text });
}

/** A `<dt>`/`<dd>` pair for a `<dl class="meta">`. */
export function pair(label, ...value) {
  return [h('dt', { text: label }), h('dd', {}, ...value)];
}

export function select(name, options, chosen, emptyLabel) {
  return h('select', { name }, options.map((o) => h('option', { value: o, selected: o === chosen, text: o || emptyLabel })));
}

/**
 * A table that stacks into one card per row on narrow screens (see `table.stack` in app.css): every cell
 * carries its column's name as `data-label`, which the narrow layout shows before the cell's content.
 * `rows` are arrays of cells: a Node or string, or `{ content, class }`.
 */
export function stackTable(className, columns, rows, rowProps = () => ({})) {
  const labels = columns.map((c) => (typeof c === 'string' ? c : c.label));
  const numeric = columns.map((c) => typeof c !== 'string' && c.num === true);
  const body = h('tbody');
  const table = h(
    'table',
    { class: `${className} stack` },
    h('thead', {}, h('tr', {}, labels.map((t, i) => h('th', { scope: 'col', class: numeric[i] ? 'num' : undefined, text: t })))),
    body,
  );
  const addRows = (more, props = rowProps) => {
    for (const [index, cells] of more.entries()) body.append(stackRow(labels, numeric, cells, props(index)));
  };
  addRows(rows);
  return { table, body, addRows };
}

function stackRow(labels, numeric, cells, props) {
  return h(
    'tr',
    props,
    cells.map((cell, i) => {
      const content = cell !== null && typeof cell === 'object' && !(cell instanceof Node) && 'content' in cell ? cell.content : cell;
      const extra = cell !== null && typeof cell === 'object' && !(cell instanceof Node) && 'class' in cell ? cell.class : '';
      return h('td', { class: `${numeric[i] ? 'num ' : ''}${extra}`.trim() || undefined, dataset: { label: labels[i] } }, h('div', { class: 'cell' }, content));
    }),
  );
}

/** Text with the given spans wrapped in `<mark>`. Overlapping spans are merged into one mark (carrying all their items). */
export function highlighted(text, spans, decorate) {
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
