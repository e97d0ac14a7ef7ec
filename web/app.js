/**
 * The reviewers' page: the entry module. Hash routing to the views (one module each), the token controls,
 * the queue's keys, and the job board link. Plain ES2022 modules in the browser, no build step, served by
 * `api/page.ts`; see `dom.js` for the rule that keeps untrusted article text inert.
 */
import { api } from './api.js';
import { clear, h } from './dom.js';
import { showArticle } from './article.js';
import { showArticles } from './articles.js';
import { showFact } from './fact.js';
import { showFacts } from './facts.js';
import { focusSelected, leaveQueue, onQueueKeydown, showQueue } from './queue.js';
import { wireToken } from './token.js';

/** Bumped on every navigation, so a slow response for an old view is dropped. */
let generation = 0;

function parseRoute() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { view: parts[0] ?? 'review', args: parts.slice(1), params: new URLSearchParams(query) };
}

async function route() {
  const mine = ++generation;
  const { view, args, params } = parseRoute();
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.getElementById('help').hidden = view !== 'review';
  leaveQueue();
  const main = clear(document.getElementById('view'));
  main.append(h('p', { class: 'muted', text: 'Loading…' }));
  const current = () => mine === generation;
  if (view === 'facts' && args[0]) await showFact(main, args[0], current);
  else if (view === 'facts') await showFacts(main, params, current);
  else if (view === 'articles' && args[0]) await showArticle(main, args[0], current);
  else if (view === 'articles') await showArticles(main, current);
  else await showQueue(main, params, current);
}

async function showJobsLink() {
  try {
    const health = await api('/api/health');
    document.getElementById('jobs-link').hidden = health.queues !== true;
  } catch {
    // No health, no job board link; the views say what is wrong.
  }
}

wireToken(focusSelected);
document.addEventListener('keydown', onQueueKeydown);
window.addEventListener('hashchange', () => void route());
void showJobsLink();
void route();
