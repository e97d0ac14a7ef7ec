/**
 * One fact (`#/facts/<id>`): its value now, every competing value with its evidence in context (sentence,
 * outlet, headline, date, link to the article), the timeline of versions, and every review with who made it.
 */
import { api } from './api.js';
import { announce, badge, fill, h, link, pair } from './dom.js';
import { evidenceBlock, outletsOf } from './evidence.js';
import { showLoadError } from './token.js';
import { DONE, formatWhen, validSpan } from './values.js';

/** Says how many of a version's quotes come from a page version the outlet replaced since, or nothing. */
function replacedNote(claims) {
  const n = claims.filter((c) => c.supersededBy).length;
  return n === 0 ? null : h('p', { class: 'muted superseded', text: `${n} of these quotes come from a version of its page the outlet has since replaced; they no longer count.` });
}

/** An evidence claim of the API as `evidenceBlock` shows it. */
function asEvidence(c) {
  return {
    sentence: c.sentence,
    quote: c.quote,
    outlet: c.source,
    title: c.title,
    published: c.published,
    url: c.url,
    articleId: c.articleId,
  };
}

export async function showFact(main, id, current) {
  let detail;
  try {
    detail = await api(`/api/facts/${encodeURIComponent(id)}`);
  } catch (error) {
    if (current()) showLoadError(main, error);
    return;
  }
  if (!current()) return;
  const { fact, version } = detail;
  // The version shown is one of the fact's versions: its text comes with it.
  const nowText = version ? (detail.versions.find((v) => v.version.id === version.id)?.valueText ?? '—') : '—';
  document.title = `${fact.subject} · ${fact.predicate} · newsfacts`;

  const summary = h(
    'dl',
    { class: 'meta summary' },
    pair('Value now', h('strong', { class: 'value', text: nowText })),
    pair('Status', version ? badge(version.status, 'fstatus') : 'no version'),
    version ? pair('Valid', validSpan(version.validFrom, version.validTo)) : null,
    version ? pair('Confidence', version.confidence.toFixed(2)) : null,
    pair('Revision', String(detail.revision)),
    version ? pair('Why', version.reason) : null,
  );

  const candidates = detail.candidates.map(({ candidate, valueText, claims }) =>
    h(
      'li',
      { class: `candidate cand-${candidate.status ?? 'none'}` },
      h(
        'p',
        { class: 'cand-head' },
        h('strong', { text: valueText }),
        ' ',
        badge(candidate.status ?? '—', 'cand'),
        h('span', { class: 'muted', text: ` weight ${candidate.weight.toFixed(2)} · valid ${validSpan(candidate.validFrom, candidate.validTo)}` }),
      ),
      h('p', { class: 'muted sources' }, `Sources: ${claims.length ? outletsOf(claims).join(', ') : `${candidate.sources.length} (no quotes)`}`),
      claims.length === 0
        ? null
        : h(
            'ul',
            { class: 'evidence' },
            claims.map((c) =>
              h(
                'li',
                { dataset: { claimId: c.claimId } },
                evidenceBlock(asEvidence(c), [
                  `trust ${c.trust === null ? 'not estimated (0.8 assumed)' : c.trust.toFixed(2)}`,
                  c.attribution ? `said by ${c.attribution}` : null,
                  c.hedge && c.hedge !== 'asserted' ? c.hedge : null,
                ].filter(Boolean)),
              ),
            ),
          ),
    ),
  );

  // The API pages a fact's versions oldest first (`nextCursor`); the timeline shows the newest on top, so later pages go above.
  const versionItem = ({ version: v, valueText, supporting, opposing }) =>
    h(
      'li',
      { class: `version${v.recordedTo === null ? ' current' : ''}`, dataset: { seq: String(v.seq) } },
      h(
        'p',
        { class: 'version-head' },
        h('span', { class: 'seq', text: `v${v.seq}` }),
        ' ',
        h('strong', { text: valueText }),
        ' ',
        badge(v.status, 'fstatus'),
        v.recordedTo === null ? h('span', { class: 'badge now', text: 'current' }) : null,
      ),
      // Counts from the version itself: a page of evidence may hold only part of its quotes.
      h('p', { class: 'muted', text: `Recorded ${formatWhen(v.recordedFrom)} → ${v.recordedTo ? formatWhen(v.recordedTo) : 'now'} · valid ${validSpan(v.validFrom, v.validTo)} · ${v.supporting.length} for, ${v.opposing.length} against` }),
      h('p', { class: 'reason', text: v.reason }),
      // Quotes from a page version the outlet later replaced: history keeps them, they no longer count.
      replacedNote([...supporting, ...opposing]),
    );
  const shownSeqs = new Set(detail.versions.map((v) => v.version.seq));
  const versions = [...detail.versions].sort((a, b) => b.version.seq - a.version.seq).map(versionItem);
  const timeline = h('ol', { class: 'timeline', reversed: true }, versions);
  const timelineTitle = h('h2', { id: 'versions-title' });
  const titleTimeline = (more) => (timelineTitle.textContent = `Timeline: ${shownSeqs.size}${more ? '+' : ''} version${shownSeqs.size === 1 && !more ? '' : 's'}`);
  titleTimeline(Boolean(detail.nextCursor));
  let cursor = detail.nextCursor;
  const later = h('button', { type: 'button', class: 'more', text: 'Load later versions', hidden: !cursor });
  later.addEventListener('click', async () => {
    later.disabled = true;
    try {
      const next = await api(`/api/facts/${encodeURIComponent(id)}?cursor=${encodeURIComponent(cursor)}`);
      const fresh = next.versions.filter((v) => !shownSeqs.has(v.version.seq));
      for (const v of fresh) shownSeqs.add(v.version.seq);
      timeline.prepend(...fresh.sort((a, b) => b.version.seq - a.version.seq).map(versionItem));
      cursor = next.nextCursor;
      later.hidden = !cursor;
      titleTimeline(Boolean(cursor));
    } catch (error) {
      announce(`Could not load more versions: ${error.message}`, 'error');
    } finally {
      later.disabled = false;
    }
  });

  const byId = new Map(detail.reviews.map((r) => [r.id, r]));
  const reviews = detail.reviews.map((r) => {
    const taken = r.withdraws ? byId.get(r.withdraws) : undefined;
    return h(
      'li',
      { class: `review review-${r.action}${r.withdrawnBy ? ' withdrawn' : ''}`, dataset: { reviewId: r.id } },
      h('span', { class: 'reviewer', text: r.reviewer }),
      ' ',
      r.action === 'withdraw'
        ? [h('strong', { text: 'withdrew' }), taken ? ` ${taken.reviewer}'s ${taken.action} of the ${taken.targetKind}` : ' an earlier review']
        : [h('strong', { text: DONE[r.action] ?? r.action }), ` the ${r.targetKind}`, r.valueText ? ` as ${r.valueText}` : ''],
      h('span', { class: 'muted', text: ` · ${formatWhen(r.createdAt)}` }),
      r.withdrawnBy ? h('span', { class: 'badge', text: 'withdrawn' }) : null,
      r.reason ? h('p', { class: 'reason', text: r.reason }) : null,
    );
  });

  fill(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: link('facts'), text: '← Facts' })),
    h('h1', {}, fact.subject, h('span', { class: 'muted', text: ` · ${fact.predicate}` })),
    detail.mergedInto ? h('p', { class: 'note' }, 'Its claims count for ', h('a', { href: link('facts', detail.mergedInto), text: 'another fact' }), ' (same entity).') : null,
    summary,
    h('section', { 'aria-labelledby': 'cands-title' }, h('h2', { id: 'cands-title', text: 'Competing values and their evidence' }), h('ul', { class: 'candidates-list' }, candidates)),
    h('section', { 'aria-labelledby': 'versions-title', class: 'versions' }, timelineTitle, later, timeline),
    h(
      'section',
      { 'aria-labelledby': 'reviews-title', class: 'reviews' },
      h('h2', { id: 'reviews-title', text: `Reviews (${detail.reviews.length})` }),
      reviews.length ? h('ul', { class: 'review-list' }, reviews) : h('p', { class: 'muted', text: 'No reviews yet.' }),
    ),
  );
  announce(`${fact.subject} · ${fact.predicate}: ${nowText} (${version?.status ?? 'no version'}), ${detail.versions.length} versions, ${detail.reviews.length} reviews.`);
}
