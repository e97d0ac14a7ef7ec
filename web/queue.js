/**
 * The review queue (`#/review`): claims awaiting a decision, each with its sentence in context and the fact
 * it feeds. Keyboard: j/k move, a accept, r reject, e edit (Enter saves, Esc cancels), u undoes the last
 * decision made here. After a decision the selection moves on to the next claim still undecided.
 */
import { ApiError, api, currentToken } from './api.js';
import { announce, appendChildren, badge, fill, h, link, pair, select, stackTable } from './dom.js';
import { evidenceBlock, sourcesText } from './evidence.js';
import { askForToken, showLoadError, tokenFormOpen } from './token.js';
import { DONE, shapeOf } from './values.js';

const KINDS = ['figure', 'person', 'date', 'project'];
const CLAIM_STATUSES = ['pending', 'accepted', 'rejected', 'corrected'];

/** The queue on screen (null on other views): its items, the selection, and the decisions `u` can undo. */
let queue = null;

export async function showQueue(main, params, current) {
  document.title = 'Review queue · newsfacts';
  const status = CLAIM_STATUSES.includes(params.get('status')) ? params.get('status') : 'pending';
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : '';
  const fresh = { items: [], nextCursor: null, total: 0, selected: -1, status, kind, list: null, more: null, count: null, busy: new Set(), undo: [] };
  queue = null;
  let page;
  try {
    page = await api(queuePath(fresh, null));
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  queue = fresh;
  queue.count = h('span', { class: 'muted' });
  queue.list = h('ol', { class: 'queue', 'aria-label': 'Claims to review' });
  queue.more = h('button', { type: 'button', class: 'more', text: 'Load more', onclick: () => loadMore(fresh) });
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
  announce(queue.items.length ? `${queue.total} claim${queue.total === 1 ? '' : 's'} ${status}. Press j/k to move, a/r/e to review, u to undo.` : `No ${status} claims.`);
}

/** Leaving the view: its keys stop working. */
export function leaveQueue() {
  queue = null;
}

function queuePath(q, cursor) {
  const query = new URLSearchParams({ status: q.status, limit: '20' });
  if (q.kind) query.set('kind', q.kind);
  if (cursor) query.set('cursor', cursor);
  return `/api/review-queue?${query}`;
}

function appendPage(q, page) {
  for (const item of page.items) {
    const index = q.items.length;
    q.items.push({ ...item, node: null, outcome: null, editing: false, fieldError: null, draft: null, review: null });
    const node = renderItem(q, index);
    q.items[index].node = node;
    q.list.append(node);
  }
  q.nextCursor = page.nextCursor;
  q.total = page.total;
  q.more.hidden = !page.nextCursor;
  q.count.textContent = `${q.items.length} of ${page.total} shown`;
  if (q.items.length === 0) q.list.append(h('li', { class: 'empty', text: 'Nothing to review here.' }));
}

async function loadMore(q) {
  if (!q.nextCursor || q.loadingMore) return;
  q.loadingMore = true;
  q.more.disabled = true;
  try {
    const page = await api(queuePath(q, q.nextCursor));
    if (queue === q) appendPage(q, page);
  } catch (error) {
    announce(`Could not load more: ${error.message}`, 'error');
  } finally {
    q.loadingMore = false;
    q.more.disabled = false;
  }
}

/** The claim as evidence: its sentence, outlet, headline, date and URL. */
function claimEvidence(item) {
  const { claim, context, article } = item;
  return {
    sentence: context,
    quote: claim.quote,
    outlet: claim.source,
    title: article?.title ?? null,
    published: claim.published,
    url: article?.url ?? null,
    articleId: claim.articleId,
  };
}

function renderItem(q, index) {
  const item = q.items[index];
  const { claim, fact } = item;
  const id = `claim-${index}`;
  const node = h('li', {
    class: `item status-${claim.status}${index === q.selected ? ' selected' : ''}`,
    id,
    tabindex: '-1',
    'aria-labelledby': `${id}-title`,
    'aria-current': index === q.selected ? 'true' : undefined,
    dataset: { claimId: claim.id, index: String(index), status: claim.status, kind: claim.kind, factId: fact?.fact.id },
  });
  node.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a, button, input, form')) return;
    selectItem(index, { focus: true });
  });

  const meta = h(
    'dl',
    { class: 'meta' },
    pair('Value', h('strong', { class: 'value', text: claim.valueText })),
    pair('Subject', `${claim.subject ?? '—'} · ${claim.predicate ?? '—'}`),
    claim.attribution ? pair('Said by', claim.attribution) : null,
    claim.hedge && claim.hedge !== 'asserted' ? pair('Hedge', claim.hedge) : null,
    claim.qualifier ? pair('Qualifier', claim.qualifier) : null,
    pair('Confidence', `${claim.confidence.toFixed(2)} (${claim.rule})`),
    item.review ? pair('Reviewed by', h('span', { class: 'reviewer', text: item.review.reviewer })) : null,
  );

  const disabled = q.busy.has(claim.id);
  const actions = h(
    'div',
    { class: 'actions' },
    h('button', { type: 'button', class: 'accept', 'aria-keyshortcuts': 'a', title: 'Accept (a)', disabled, onclick: () => reviewItem(q, index, 'accept') }, 'Accept ', h('kbd', { text: 'a' })),
    h('button', { type: 'button', class: 'reject', 'aria-keyshortcuts': 'r', title: 'Reject (r)', disabled, onclick: () => reviewItem(q, index, 'reject') }, 'Reject ', h('kbd', { text: 'r' })),
    h('button', { type: 'button', class: 'edit', 'aria-keyshortcuts': 'e', title: 'Correct the value (e)', disabled, onclick: () => openEditor(q, index) }, 'Correct ', h('kbd', { text: 'e' })),
    item.review ? h('button', { type: 'button', class: 'undo', 'aria-keyshortcuts': 'u', title: 'Undo this decision (u)', disabled, onclick: () => undo(q, index) }, 'Undo ', h('kbd', { text: 'u' })) : null,
  );

  appendChildren(node, [
    h(
      'div',
      { class: 'item-head' },
      h('h2', { id: `${id}-title`, class: 'item-title' }, `${claim.subject ?? 'No subject'} · ${claim.predicate ?? claim.kind}`),
      badge(claim.kind, 'kind'),
      badge(claim.status, 'status'),
    ),
    evidenceBlock(claimEvidence(item)),
    h('div', { class: 'item-body' }, meta, fact ? renderFactBox(fact) : h('p', { class: 'muted fact-box', text: 'Feeds no fact (no subject or predicate).' })),
    actions,
    item.editing ? renderEditor(q, index) : null,
    item.outcome ? h('p', { class: `outcome ${item.outcome.tone}`, role: 'note', text: item.outcome.text }) : null,
  ]);
  return node;
}

/** The fact a claim feeds: its value now and the values competing for it. */
function renderFactBox(factItem) {
  const { fact, version, revision } = factItem;
  const { table } = stackTable(
    'candidates',
    ['Value', 'Status', { label: 'Weight', num: true }, 'Sources'],
    version.candidates.map((c, i) => [factItem.candidateTexts[i], badge(c.status ?? '—', 'cand'), c.weight.toFixed(2), { content: sourcesText(c), class: 'sources' }]),
    () => ({}),
  );
  table.prepend(h('caption', { text: 'Competing values' }));
  return h(
    'section',
    { class: 'fact-box', 'aria-label': 'The fact this claim feeds', dataset: { factId: fact.id, seq: String(version.seq) } },
    h('h3', {}, 'Feeds ', h('a', { href: link('facts', fact.id), text: `${fact.subject} · ${fact.predicate}` })),
    h(
      'p',
      { class: 'fact-now' },
      h('strong', { class: 'fact-value', text: factItem.valueText }),
      ' ',
      badge(version.status, 'fstatus'),
      h('span', { class: 'muted fact-version', text: ` version ${version.seq} · revision ${revision}` }),
    ),
    table,
  );
}

function rerender(q, index) {
  const item = q.items[index];
  const next = renderItem(q, index);
  item.node.replaceWith(next);
  item.node = next;
  return next;
}

function selectItem(index, { focus = true } = {}) {
  const q = queue;
  if (!q || index < 0 || index >= q.items.length) return;
  const previous = q.items[q.selected];
  if (previous?.node) {
    previous.node.classList.remove('selected');
    previous.node.removeAttribute('aria-current');
  }
  q.selected = index;
  const node = q.items[index].node;
  node.classList.add('selected');
  node.setAttribute('aria-current', 'true');
  if (focus) node.focus({ preventScroll: true });
  node.scrollIntoView({ block: 'nearest' });
}

/** Gives the keyboard back to the queue (after the token form closes). */
export function focusSelected() {
  queue?.items[queue.selected]?.node.focus({ preventScroll: true });
}

function moveSelection(step) {
  const q = queue;
  if (!q || q.items.length === 0) return;
  const next = q.selected + step;
  if (next >= q.items.length) {
    if (q.nextCursor) {
      void loadMore(q).then(() => selectItem(Math.min(next, q.items.length - 1)));
    } else announce('That was the last claim in the queue.');
    return;
  }
  selectItem(Math.max(0, next));
}

/** After a decision: the next claim below still in the queue's status (undecided), loading more when needed. */
async function advance(q, from) {
  for (;;) {
    const next = q.items.findIndex((it, i) => i > from && it.claim.status === q.status && !q.busy.has(it.claim.id));
    if (next >= 0) return selectItem(next);
    if (!q.nextCursor) return selectItem(from);
    const before = q.items.length;
    await loadMore(q);
    if (queue !== q || q.items.length === before) return selectItem(from);
  }
}

function openEditor(q, index) {
  if (!currentToken()) {
    askForToken('Enter an API token to review.');
    return;
  }
  q.items.forEach((it, i) => {
    if (it.editing && i !== index) {
      it.editing = false;
      rerender(q, i);
    }
  });
  const item = q.items[index];
  item.editing = true;
  item.fieldError = null;
  item.draft = null;
  selectItem(index, { focus: false });
  const node = rerender(q, index);
  const input = node.querySelector('input[name="value"]');
  input.focus({ preventScroll: true });
  input.select();
  // Bring the whole editor, hint included, above the fixed help bar.
  node.querySelector('form.editor').scrollIntoView({ block: 'nearest' });
}

function closeEditor(q, index) {
  const item = q.items[index];
  item.editing = false;
  item.fieldError = null;
  item.draft = null;
  rerender(q, index);
  selectItem(index);
}

/** The kind of value a correction replaces (the fact's, else the claim's), for the editor's hint. */
function correctionShape(item) {
  const fromFact = shapeOf(item.fact?.version.value);
  return fromFact !== 'other' ? fromFact : shapeOf(item.claim.value);
}

const SHAPE_HINTS = {
  figure: () => ['A number and a unit: ', h('code', { text: '15 %' }), ', ', h('code', { text: '42,000 jobs' }), ', ', h('code', { text: '550 billion USD' }), ' or ', h('code', { text: '$550 billion' }), '; a range: ', h('code', { text: '10-15 %' }), '; a bare number keeps the unit.'],
  date: () => ['A date: ', h('code', { text: 'YYYY-MM-DD' }), ', ', h('code', { text: 'YYYY-MM' }), ' or ', h('code', { text: 'YYYY' }), '.'],
  text: () => ['Text, saved as typed.'],
  other: () => ['A number and a unit (', h('code', { text: '15 %' }), ', ', h('code', { text: '$550 billion' }), '), a date (', h('code', { text: 'YYYY-MM-DD' }), '), or text.'],
};

function renderEditor(q, index) {
  const item = q.items[index];
  const inputId = `edit-${index}`;
  const errorId = `${inputId}-error`;
  const input = h('input', {
    id: inputId,
    name: 'value',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    value: item.draft?.value ?? item.claim.valueText,
    'aria-invalid': item.fieldError ? 'true' : undefined,
    'aria-describedby': `${item.fieldError ? `${errorId} ` : ''}${inputId}-help`,
  });
  const form = h(
    'form',
    { class: 'editor', 'aria-label': 'Correct the value' },
    h('label', { for: inputId, text: 'Corrected value' }),
    input,
    h('label', { for: `${inputId}-reason`, text: 'Reason (optional)' }),
    h('input', { id: `${inputId}-reason`, name: 'reason', type: 'text', autocomplete: 'off', value: item.draft?.reason ?? '' }),
    h('button', { type: 'submit', text: 'Save correction' }),
    h('button', { type: 'button', text: 'Cancel', onclick: () => closeEditor(q, index) }),
    item.fieldError ? h('p', { id: errorId, class: 'field-error', role: 'alert', text: item.fieldError }) : null,
    h('p', { id: `${inputId}-help`, class: 'muted hint' }, SHAPE_HINTS[correctionShape(item)](), ' Enter saves, Esc cancels.'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const raw = String(data.get('value') ?? '');
    const reason = String(data.get('reason') ?? '').trim();
    item.draft = { value: raw, reason };
    if (raw.trim() === '') {
      refuseAtField(q, index, 'type the corrected value first');
      return;
    }
    // The API reads the text with the one value grammar (as the CLI does) and says what is wrong with it.
    void reviewItem(q, index, 'correct', raw.trim(), reason || undefined);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeEditor(q, index);
      announce('Edit cancelled.');
    }
  });
  return form;
}

/** The API's one line names its target first (`c_12: correction …`); beside the claim's own field that goes without saying. */
function withoutTarget(message, id) {
  return message.startsWith(`${id}: `) ? message.slice(id.length + 2) : message;
}

/** A correction the value grammar refuses: the editor stays open with the text typed, the reason beside the field. */
function refuseAtField(q, index, message) {
  const item = q.items[index];
  item.editing = true;
  item.fieldError = message;
  const node = rerender(q, index);
  const input = node.querySelector('input[name="value"]');
  input.focus({ preventScroll: true });
  announce(`Not saved: ${message}`, 'error');
}

async function reviewItem(q, index, action, value, reason) {
  const item = q.items[index];
  if (!currentToken()) {
    askForToken('Enter an API token to review.');
    return;
  }
  const claim = item.claim;
  if (q.busy.has(claim.id)) return;
  q.busy.add(claim.id);
  rerender(q, index);
  selectItem(index);
  announce(`Saving: ${action} ${claim.quote}…`);
  let done = false;
  try {
    const body = { action };
    if (value !== undefined) body.value = value;
    if (reason !== undefined) body.reason = reason;
    const result = await api(`/api/claims/${encodeURIComponent(claim.id)}/reviews`, { method: 'POST', body, ifMatch: claim.revision });
    if (result.claim) item.claim = result.claim;
    item.review = result.review;
    item.editing = false;
    item.fieldError = null;
    item.draft = null;
    updateFact(q, index, result.fact);
    const v = result.fact.version;
    const text = `Claim ${DONE[action]}${result.review.valueText ? ` as ${result.review.valueText}` : ''} by ${result.review.reviewer}. The fact is now ${result.fact.valueText} (${v.status}, version ${v.seq}). Press u to undo.`;
    item.outcome = { tone: 'ok', text };
    q.undo.push({ index, reviewId: result.review.id });
    announce(text, 'ok');
    done = true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 400 && action === 'correct') {
      // The API's own reading of the value refused it: say so at the field, keep what was typed.
      q.busy.delete(claim.id);
      refuseAtField(q, index, withoutTarget(error.message, claim.id));
      return;
    }
    item.editing = false;
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
    q.busy.delete(claim.id);
  }
  if (queue !== q) return;
  rerender(q, index);
  if (done && q.selected === index) await advance(q, index);
  else if (q.selected === index && !tokenFormOpen()) selectItem(index);
}

/** Other claims in view that feed the same fact see its new value too. */
function updateFact(q, index, factItem) {
  q.items[index].fact = factItem;
  q.items.forEach((other, i) => {
    if (i !== index && other.fact?.fact.id === factItem.fact.id) {
      other.fact = factItem;
      rerender(q, i);
    }
  });
}

/**
 * `u`: withdraws the last decision made here (a new review restoring the state before it; history keeps both)
 * and selects that claim again.
 */
async function undo(q, index) {
  if (!currentToken()) {
    askForToken('Enter an API token to undo.');
    return;
  }
  const at = index === undefined ? q.undo.length - 1 : q.undo.findLastIndex((u) => u.index === index);
  if (at < 0) {
    announce('Nothing to undo: no decision made on this page yet.');
    return;
  }
  const entry = q.undo[at];
  const item = q.items[entry.index];
  if (q.busy.has(item.claim.id)) return;
  q.busy.add(item.claim.id);
  rerender(q, entry.index);
  announce(`Undoing the decision on ${item.claim.quote}…`);
  try {
    // A withdrawal is a new review naming the one it takes back; the claim's revision guards against a change since.
    const result = await api(`/api/reviews/${encodeURIComponent(entry.reviewId)}/withdrawal`, { method: 'POST', body: {}, ifMatch: item.claim.revision });
    q.undo.splice(at, 1);
    if (result.claim) item.claim = result.claim;
    item.review = null;
    updateFact(q, entry.index, result.fact);
    const v = result.fact.version;
    item.outcome = { tone: 'ok', text: `Decision withdrawn by ${result.review.reviewer}: the claim is ${item.claim.status} again. The fact is now ${result.fact.valueText} (${v.status}, version ${v.seq}).` };
    announce(item.outcome.text, 'ok');
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      item.outcome = { tone: 'warn', text: 'Not undone: someone else changed this claim since. It has been reloaded.' };
      await reloadItem(item);
    } else if (error instanceof ApiError && error.status === 401) {
      item.outcome = { tone: 'warn', text: 'Not undone: the server refused the token.' };
      askForToken('The server refused the token (401): enter a valid API token, then undo again.');
    } else item.outcome = { tone: 'warn', text: `Not undone: ${error.message}` };
    announce(item.outcome.text, 'error');
  } finally {
    q.busy.delete(item.claim.id);
  }
  if (queue !== q) return;
  rerender(q, entry.index);
  if (!tokenFormOpen()) selectItem(entry.index);
}

/** After a 409: fetch the claim and the fact it feeds as they are now. */
async function reloadItem(item) {
  try {
    item.claim = await api(`/api/claims/${encodeURIComponent(item.claim.id)}`);
    if (item.claim.factId) {
      const detail = await api(`/api/facts/${encodeURIComponent(item.claim.factId)}`);
      item.fact = detail.version ? factItemOf(detail) : null;
    }
  } catch (error) {
    announce(`Could not reload the claim: ${error.message}`, 'error');
  }
}

/** A fact's detail as the list item the queue shows (its texts come with its versions and candidates). */
function factItemOf(detail) {
  const textOf = (c) => detail.candidates.find((d) => d.candidate.valueKey === c.valueKey && d.candidate.status === c.status)?.valueText ?? '—';
  return {
    fact: detail.fact,
    version: detail.version,
    valueText: detail.versions.find((v) => v.version.id === detail.version.id)?.valueText ?? '—',
    candidateTexts: detail.version.candidates.map(textOf),
    revision: detail.revision,
    valueAt: null,
  };
}

/** The queue's keys; they do nothing while typing in a field or on other views. */
export function onQueueKeydown(event) {
  const q = queue;
  if (!q) return;
  if (event.ctrlKey || event.metaKey || event.altKey || (event.repeat && !['j', 'k'].includes(event.key))) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
  const index = q.selected;
  switch (event.key) {
    case 'j':
      moveSelection(1);
      break;
    case 'k':
      moveSelection(-1);
      break;
    case 'a':
      if (index >= 0) void reviewItem(q, index, 'accept');
      break;
    case 'r':
      if (index >= 0) void reviewItem(q, index, 'reject');
      break;
    case 'e':
      if (index >= 0) openEditor(q, index);
      break;
    case 'u':
      void undo(q);
      break;
    default:
      return;
  }
  event.preventDefault();
}
