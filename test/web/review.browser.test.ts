/**
 * End to end: the reviewers' page in a real headless Chromium (Debian's
 * `chromium`, driven by playwright-core) against the API listening on
 * 127.0.0.1 over an in-memory PGlite store.
 *
 * The seeds, and one article of ours reporting two counts of one march, are ingested through `POST /api/ingest` (the server runs the
 * pipeline in process, as `newsfacts serve` does without Redis). A reviewer
 * then accepts one claim and corrects another with the keyboard, and the
 * fact's history must show it, both in the API and on the page. A second
 * server holds only the XSS fixtures, whose markup must stay inert text.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessIngestion } from '../../api/ingestion.js';
import type { FactDetailBody, FactItem, ReviewQueueItem } from '../../api/schemas.js';
import { buildApi } from '../../api/server.js';
import { FileSource } from '../../ingest/index.js';
import { FactStore } from '../../store/index.js';
import { openBackend, type Backend } from '../store/store-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'test-token-browser-4f1c9a';
/** The reviewer the token names: every review made through it is recorded as this reviewer. */
const REVIEWER = 'alice';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = path.join(repo, 'seeds');
const fixturesDir = path.join(repo, 'test', 'web', 'fixtures');
// One report of two counts for one march (organisers' and police's): a contested fact the seeds alone need not hold.
const disputedDir = path.join(repo, 'test', 'web', 'disputed');
const artifactsDir = path.join(repo, 'test-artifacts');

interface Server {
  base: string;
  store: FactStore;
  /** JSON from the API, with the token; throws on a non-2xx status. */
  get<T>(pathname: string): Promise<T>;
  close(): Promise<void>;
}

/** The API on 127.0.0.1, an ephemeral port, over a fresh in-memory PGlite holding what `locations` ingest to. */
async function startServer(locations: string[], published?: string): Promise<Server> {
  const backend: Backend = await openBackend('pglite');
  const store = new FactStore(backend.db);
  const logger = pino({ level: 'silent' });
  const sourcesFor = (day: string | null) => [new FileSource({ published: day })];
  let app: FastifyInstance | null = null;
  try {
    app = await buildApi(
      { store, ingestion: inProcessIngestion({ store, sources: sourcesFor(null), logger, now: () => new Date() }, sourcesFor), queues: null, logger },
      { tokens: [{ name: REVIEWER, token: TOKEN }], rateLimitPerMinute: 0, ingestRoots: locations },
    );
    const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const ingest = await fetch(`${base}/api/ingest`, { method: 'POST', headers, body: JSON.stringify({ locations, published }) });
    const ran = (await ingest.json()) as { failures: { input: string; error: string }[] };
    if (ingest.status !== 200 || ran.failures.length > 0) throw new Error(`ingesting ${locations.join(', ')}: HTTP ${ingest.status} ${JSON.stringify(ran).slice(0, 500)}`);
    const opened = app;
    return {
      base,
      store,
      async get<T>(pathname: string) {
        const response = await fetch(`${base}${pathname}`, { headers: { authorization: headers.authorization } });
        if (!response.ok) throw new Error(`GET ${pathname}: HTTP ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      },
      async close() {
        await opened.close();
        await backend.dispose();
      },
    };
  } catch (error) {
    await app?.close();
    await backend.dispose();
    throw error;
  }
}

async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need Debian's Chromium at ${CHROMIUM}: run bash .ci/services (it installs the chromium package)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that records what must never happen: script errors, dialogs, requests leaving the server. */
async function openPage(context: BrowserContext, base: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every non-2xx fetch; the 401 and 409 the test provokes are expected.
    if (message.type() === 'error' && !/status of (401 \(Unauthorized\)|409 \(Conflict\))/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${base}/`) && !url.startsWith('data:')) problems.push(`request off the server: ${url}`);
  });
  return { page, problems, dialogs };
}

async function selectedItem(page: Page): Promise<{ claimId: string; kind: string; factId: string | null }> {
  const item = page.locator('li.item.selected');
  await item.waitFor();
  return {
    claimId: (await item.getAttribute('data-claim-id')) ?? '',
    kind: (await item.getAttribute('data-kind')) ?? '',
    factId: await item.getAttribute('data-fact-id'),
  };
}

function isSmallAmount(value: { amount?: unknown }): boolean {
  return typeof value.amount === 'number' && Number.isInteger(value.amount) && Math.abs(value.amount) < 500_000;
}

/**
 * Waits until `expression` is true in the page. `page.evaluate` runs through the DevTools protocol, which the
 * page's CSP does not govern; `waitForFunction`'s in-page polling compiles the expression with eval, which the
 * strict CSP refuses whenever the condition is not already true at the first check.
 */
async function waitUntil(page: Page, expression: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await page.evaluate(expression)) !== true) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression.slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether keyboard focus is on the selected item (so j/k/a/r/e reach the page, not an input). */
async function focusIsOnSelection(page: Page): Promise<boolean> {
  return (await page.evaluate("document.activeElement?.matches('li.item.selected') ?? false")) === true;
}

describe('reviewers’ page in Chromium', () => {
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer([seedsDir, disputedDir]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('accepts one claim and corrects another with the keyboard, and the fact’s history shows both', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const { page, problems, dialogs } = await openPage(context, server.base);
    try {
      await page.goto(`${server.base}/#/review`);
      await page.locator('li.item.selected').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Review queue');
      // Every claim shows its sentence with the span marked, and the fact it feeds with the competing values.
      const first = page.locator('li.item').first();
      expect(await first.locator('blockquote.sentence mark').count()).toBe(1);
      const firstItem = (await server.get<{ items: ReviewQueueItem[] }>('/api/review-queue?limit=1')).items[0]!;
      expect(await first.locator('blockquote.sentence mark').textContent()).toBe(firstItem.context.text.slice(firstItem.context.start, firstItem.context.end));
      expect(await first.locator('.fact-box table.candidates tbody tr').count()).toBe(firstItem.fact?.version.candidates.length ?? 0);

      // A refused token (401) brings the token form back and changes nothing.
      await page.click('#token-change');
      await page.fill('#token-input', 'not-the-token');
      await page.press('#token-input', 'Enter');
      const refusedId = (await selectedItem(page)).claimId;
      expect(await focusIsOnSelection(page)).toBe(true);
      await page.keyboard.press('a');
      await page.locator('#token-form:not([hidden])').waitFor();
      expect(await page.locator('#status').textContent()).toContain('refused the token');
      expect(await server.get<{ status: string }>(`/api/claims/${refusedId}`)).toMatchObject({ status: 'pending' });
      expect(await page.locator('#token-change').isVisible()).toBe(false);
      expect(await page.evaluate('document.activeElement?.id')).toBe('token-input');

      // The token, once: kept for the tab, and as the cookie the job board reads.
      await page.fill('#token-input', TOKEN);
      await page.press('#token-input', 'Enter');
      await waitUntil(page, "document.getElementById('token-form')?.hidden === true");
      expect(await page.evaluate("sessionStorage.getItem('newsfacts_token')")).toBe(TOKEN);
      const cookies = await context.cookies(`${server.base}/admin/queues`);
      expect(cookies.find((c) => c.name === 'newsfacts_token')).toMatchObject({ value: TOKEN, path: '/admin', sameSite: 'Strict' });
      expect(await focusIsOnSelection(page)).toBe(true);

      // j, then a: accept the second claim.
      await page.keyboard.press('j');
      const accepted = await selectedItem(page);
      expect(accepted.claimId).toBe(await page.locator('li.item').nth(1).getAttribute('data-claim-id'));
      expect(accepted.factId).not.toBeNull();
      const acceptedBefore = await server.get<FactDetailBody>(`/api/facts/${accepted.factId}`);
      await page.keyboard.press('a');
      await page.locator(`li.item[data-claim-id="${accepted.claimId}"][data-status="accepted"]`).waitFor();
      const acceptedAfter = await server.get<FactDetailBody>(`/api/facts/${accepted.factId}`);
      expect(acceptedAfter.versions.length).toBe(acceptedBefore.versions.length + 1);
      expect(acceptedAfter.revision).toBeGreaterThan(acceptedBefore.revision);
      expect(await page.locator(`li.item[data-claim-id="${accepted.claimId}"] .fact-version`).textContent()).toContain(`version ${acceptedAfter.version!.seq}`);

      // j until a single-amount figure claim feeding another fact, then e, type, Enter: correct its value.
      const amountOf = async (claimId: string) => (await server.get<{ value: { amount?: unknown; unit?: unknown } }>(`/api/claims/${claimId}`)).value;
      let corrected = await selectedItem(page);
      for (let i = 0; i < 30; i++) {
        if (corrected.kind === 'figure' && corrected.factId !== null && corrected.factId !== accepted.factId && isSmallAmount(await amountOf(corrected.claimId))) break;
        await page.keyboard.press('j');
        corrected = await selectedItem(page);
      }
      const original = (await amountOf(corrected.claimId)) as { amount: number; unit: string };
      expect(isSmallAmount(original)).toBe(true);
      const correctedBefore = await server.get<FactDetailBody>(`/api/facts/${corrected.factId}`);
      // e opens the editor, Esc closes it and gives the keys back to the queue; e again to correct.
      const input = page.locator(`li.item[data-claim-id="${corrected.claimId}"] input[name="value"]`);
      await page.keyboard.press('e');
      await input.waitFor();
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'detached' });
      expect(await focusIsOnSelection(page)).toBe(true);
      await page.keyboard.press('e');
      await input.waitFor();
      expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('value');
      // The box opens with the value selected, so typing replaces it; a bare number keeps the claim's unit.
      const amount = original.amount + 1234;
      // The unit a bare number keeps is the one of the value it replaces: the fact's.
      const unit = (correctedBefore.version?.value as { unit?: string } | null)?.unit ?? original.unit;
      await page.keyboard.type(amount.toLocaleString('en-US'));
      await page.keyboard.press('Enter');
      await page.locator(`li.item[data-claim-id="${corrected.claimId}"][data-status="corrected"]`).waitFor();
      const correctedAfter = await server.get<FactDetailBody>(`/api/facts/${corrected.factId}`);
      expect(correctedAfter.versions.length).toBe(correctedBefore.versions.length + 1);
      expect(correctedAfter.version?.value).toEqual({ amount, unit });
      // The page shows the value as the API writes it (the value grammar's wording), never its own.
      const shown = correctedAfter.versions.find((v) => v.version.recordedTo === null)!.valueText;
      const outcome = await page.locator(`li.item[data-claim-id="${corrected.claimId}"] .outcome`).textContent();
      expect(outcome).toContain(shown);
      expect(await page.locator(`li.item[data-claim-id="${corrected.claimId}"] .fact-value`).textContent()).toBe(shown);
      expect(await page.locator('#status').textContent()).toContain('corrected');

      // The API agrees with what the page says about both claims.
      const [acceptedClaim, correctedClaim] = await Promise.all([
        server.get<{ status: string; revision: number }>(`/api/claims/${accepted.claimId}`),
        server.get<{ status: string; revision: number }>(`/api/claims/${corrected.claimId}`),
      ]);
      expect(acceptedClaim).toMatchObject({ status: 'accepted', revision: 2 });
      expect(correctedClaim).toMatchObject({ status: 'corrected', revision: 2 });

      await mkdir(artifactsDir, { recursive: true });
      await page.locator(`li.item[data-claim-id="${corrected.claimId}"]`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(artifactsDir, 'review.png') });

      // Someone else reviews the next claim behind the page's back: the page's stale revision gets 409,
      // it says so, reloads the claim, and nothing is overwritten.
      await page.keyboard.press('j');
      const raced = await selectedItem(page);
      expect(raced.claimId).not.toBe(corrected.claimId);
      const other = await fetch(`${server.base}/api/claims/${raced.claimId}/reviews`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'if-match': '"1"' },
        body: JSON.stringify({ action: 'accept', reason: 'another reviewer' }),
      });
      expect(other.status).toBe(200);
      await page.keyboard.press('r');
      await page.locator(`li.item[data-claim-id="${raced.claimId}"] .outcome`).waitFor();
      expect(await page.locator(`li.item[data-claim-id="${raced.claimId}"] .outcome`).textContent()).toContain('Someone else changed this claim');
      expect(await page.locator(`li.item[data-claim-id="${raced.claimId}"]`).getAttribute('data-status')).toBe('accepted');
      expect(await server.get<{ status: string; revision: number }>(`/api/claims/${raced.claimId}`)).toMatchObject({ status: 'accepted', revision: 2 });

      // The fact's page: the timeline has the new version on top, marked current, with the corrected value.
      await page.click(`li.item[data-claim-id="${corrected.claimId}"] .fact-box h3 a`);
      await page.locator('ol.timeline li.version').first().waitFor();
      expect(await page.locator('ol.timeline li.version').count()).toBe(correctedAfter.versions.length);
      const newest = page.locator('ol.timeline li.version').first();
      expect(await newest.getAttribute('data-seq')).toBe(String(correctedAfter.version!.seq));
      expect(await newest.getAttribute('class')).toContain('current');
      expect(await newest.locator('.version-head strong').textContent()).toBe(shown);
      expect(await page.locator('dl.summary .value').textContent()).toBe(shown);
      await page.screenshot({ path: path.join(artifactsDir, 'fact-timeline.png'), fullPage: true });

      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('lists facts contested first, filters by subject, and shows an article with its claims marked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const { page, problems } = await openPage(context, server.base);
    try {
      await page.goto(`${server.base}/#/facts`);
      await page.locator('table.facts tbody tr').first().waitFor();
      const listed = await server.get<{ items: FactItem[] }>('/api/facts?sort=attention&limit=50');
      expect(await page.locator('table.facts tbody tr').first().getAttribute('data-fact-id')).toBe(listed.items[0]!.fact.id);

      const subject = listed.items[0]!.fact.subject;
      await page.fill('input[name="subject"]', subject);
      await page.press('input[name="subject"]', 'Enter');
      // The filter is a new view (its rows replace the old ones): wait for rows that all match, then compare with the API.
      const cells = "[...document.querySelectorAll('table.facts tbody tr td:first-child')]";
      await waitUntil(page, `location.hash.includes('subject=') && ${cells}.length > 0 && ${cells}.every((td) => td.textContent.toLowerCase().includes(${JSON.stringify(subject.toLowerCase())}))`);
      const filtered = await server.get<{ items: FactItem[] }>(`/api/facts?sort=attention&limit=50&subject=${encodeURIComponent(subject)}`);
      expect(await page.locator('table.facts tbody tr').count()).toBe(filtered.items.length);

      const articles = await server.get<{ items: { id: string; claims: number }[] }>('/api/articles');
      const article = articles.items.find((a) => a.claims > 0)!;
      await page.goto(`${server.base}/#/articles`);
      await page.locator('table.articles tbody tr').first().waitFor();
      expect(await page.locator('table.articles tbody tr').count()).toBe(articles.items.length);
      await page.goto(`${server.base}/#/articles/${encodeURIComponent(article.id)}`);
      await page.locator('.article-text mark').first().waitFor();
      const marked = await page.locator('.article-text mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-claim-ids')?.split(' ').length ?? 0));
      // Overlapping spans share a mark; every claim is in exactly one.
      expect(marked.reduce((a, b) => a + b, 0)).toBe(article.claims);
      expect(await page.locator('table.claims tbody tr').count()).toBe(article.claims);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('refuses a correction the value grammar rejects at the field, and advances after a decision', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.addInitScript(`sessionStorage.setItem('newsfacts_token', ${JSON.stringify(TOKEN)})`);
    const { page, problems, dialogs } = await openPage(context, server.base);
    try {
      await page.goto(`${server.base}/#/review?kind=figure`);
      const target = await selectedItem(page);
      expect(target.kind).toBe('figure');
      const claimBefore = await server.get<{ status: string; revision: number }>(`/api/claims/${target.claimId}`);
      const item = page.locator(`li.item[data-claim-id="${target.claimId}"]`);

      // A figure cannot be "fifteen percent-ish": the page says why next to the field, keeps the text, saves nothing.
      await page.keyboard.press('e');
      const input = item.locator('input[name="value"]');
      await input.waitFor();
      await page.keyboard.type('fifteen percent-ish');
      await page.keyboard.press('Enter');
      const fieldError = item.locator('form.editor .field-error');
      await fieldError.waitFor();
      // The API's own words (400), naming the text it could not read.
      expect(await fieldError.textContent()).toContain('fifteen percent-ish');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.getAttribute('aria-describedby')).toContain((await fieldError.getAttribute('id')) ?? 'no id');
      expect(await input.inputValue()).toBe('fifteen percent-ish');
      expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('value');
      expect(await page.locator('#status').textContent()).toContain('Not saved');
      expect(await server.get<{ status: string; revision: number }>(`/api/claims/${target.claimId}`)).toEqual(expect.objectContaining(claimBefore));
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'detached' });

      // a: accepted, and the selection moves on to the next claim still pending.
      await page.keyboard.press('a');
      await page.locator(`li.item[data-claim-id="${target.claimId}"][data-status="accepted"]`).waitFor();
      await waitUntil(page, `document.querySelector('li.item.selected')?.dataset.claimId !== ${JSON.stringify(target.claimId)}`);
      const next = page.locator('li.item.selected');
      expect(Number(await next.getAttribute('data-index'))).toBeGreaterThan(Number(await item.getAttribute('data-index')));
      expect(await next.getAttribute('data-status')).toBe('pending');
      expect(await focusIsOnSelection(page)).toBe(true);
      expect(await item.locator('.reviewer').textContent()).toBe(REVIEWER);

      expect(dialogs).toEqual([]);
      expect(problems.filter((p) => !p.includes('400 (Bad Request)'))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('u withdraws the last decision: the claim is pending again, the fact as before, and the history keeps both reviews', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.addInitScript(`sessionStorage.setItem('newsfacts_token', ${JSON.stringify(TOKEN)})`);
    const { page, problems, dialogs } = await openPage(context, server.base);
    try {
      await page.goto(`${server.base}/#/review?kind=figure`);
      const target = await selectedItem(page);
      const item = page.locator(`li.item[data-claim-id="${target.claimId}"]`);
      const factBefore = target.factId ? await server.get<FactDetailBody>(`/api/facts/${target.factId}`) : null;
      await page.keyboard.press('r');
      await page.locator(`li.item[data-claim-id="${target.claimId}"][data-status="rejected"]`).waitFor();
      await waitUntil(page, `document.querySelector('li.item.selected')?.dataset.claimId !== ${JSON.stringify(target.claimId)}`);
      // u: the decision is withdrawn (a new review: history keeps both), the claim is pending again and selected.
      await page.keyboard.press('u');
      await page.locator(`li.item.selected[data-claim-id="${target.claimId}"][data-status="pending"]`).waitFor();
      expect(await item.locator('.outcome').textContent()).toContain('withdrawn');
      expect(await server.get<{ status: string }>(`/api/claims/${target.claimId}`)).toMatchObject({ status: 'pending' });
      if (factBefore && target.factId) {
        const factAfter = await server.get<FactDetailBody>(`/api/facts/${target.factId}`);
        expect(factAfter.version?.value).toEqual(factBefore.version?.value);
        expect(factAfter.reviews.length).toBe(factBefore.reviews.length + 2);
        expect(factAfter.reviews.at(-1)).toMatchObject({ action: 'withdraw', reviewer: REVIEWER });
        // The fact's page shows both: the decision, marked withdrawn, and who withdrew it.
        await page.goto(`${server.base}/#/facts/${encodeURIComponent(target.factId)}`);
        const withdrawal = page.locator('.review-list li.review-withdraw').last();
        await withdrawal.waitFor();
        expect(await withdrawal.locator('.reviewer').textContent()).toBe(REVIEWER);
        expect(await page.locator(`.review-list li.review.withdrawn[data-review-id="${factAfter.reviews.at(-1)!.withdraws}"]`).count()).toBe(1);
      }
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows every quote of a fact in its sentence with outlet, headline, date and a link to the article, and who reviewed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const { page, problems } = await openPage(context, server.base);
    try {
      const queue = await server.get<{ items: ReviewQueueItem[] }>('/api/review-queue?kind=figure&limit=50');
      const reviewed = queue.items.find((i) => i.fact !== null)!;
      const factId = reviewed.fact!.fact.id;
      const review = await fetch(`${server.base}/api/claims/${reviewed.claim.id}/reviews`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'if-match': `"${reviewed.claim.revision}"` },
        body: JSON.stringify({ action: 'accept', reason: 'checked against the filing' }),
      });
      expect(review.status).toBe(200);
      const detail = await server.get<FactDetailBody>(`/api/facts/${factId}`);

      await page.goto(`${server.base}/#/facts/${encodeURIComponent(factId)}`);
      await page.locator('figure.evidence-item').first().waitFor();
      const quotes = detail.candidates.flatMap((c) => c.claims);
      expect(await page.locator('figure.evidence-item').count()).toBe(quotes.length);
      for (const [i, claim] of quotes.entries()) {
        const figure = page.locator('figure.evidence-item').nth(i);
        expect(await figure.locator('blockquote.sentence mark').textContent()).toBe(claim.quote);
        // The sentence around the span, not the bare span.
        expect(((await figure.locator('blockquote.sentence').textContent()) ?? '').length).toBeGreaterThan(claim.quote.length);
        const article = await server.get<{ article: { title: string | null; url: string | null; published: string | null }; source: string | null }>(`/api/articles/${encodeURIComponent(claim.articleId!)}`);
        expect(await figure.locator('.cite .outlet').textContent()).toBe(article.source);
        expect(await figure.locator('.cite a.headline').textContent()).toBe(article.article.title);
        expect(await figure.locator('.cite time').textContent()).toBe(article.article.published);
        const out = figure.locator('.cite a.out');
        expect(await out.getAttribute('href')).toBe(article.article.url);
        expect(await out.getAttribute('target')).toBe('_blank');
        expect(await out.getAttribute('rel')).toBe('noopener noreferrer');
      }
      // Sources by outlet, never the seed files' hashed names.
      const sourceLines = (await page.locator('.candidate .sources').allTextContents()).join(' ');
      expect(sourceLines).not.toMatch(/[0-9a-f]{16}\.txt/);
      const reviewItem = page.locator(`.review-list li.review`, { hasText: 'checked against the filing' });
      expect(await reviewItem.locator('.reviewer').textContent()).toBe(REVIEWER);

      // The queue cites each claim the same way.
      const [first] = (await server.get<{ items: ReviewQueueItem[] }>('/api/review-queue?limit=1')).items;
      await page.goto(`${server.base}/#/review`);
      const shown = page.locator('li.item').first();
      await shown.waitFor();
      expect(await shown.getAttribute('data-claim-id')).toBe(first!.claim.id);
      expect(await shown.locator('.cite .outlet').textContent()).toBe(first!.claim.source);
      expect(await shown.locator('.cite a.headline').textContent()).toBe(first!.article.title);
      expect(await shown.locator('.cite a.out').getAttribute('href')).toBe(first!.article.url);
      expect(await shown.locator('.cite a.out').getAttribute('rel')).toBe('noopener noreferrer');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('serves the API reference at /docs under the strict CSP: every operation shown, nothing refused, nothing fetched elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const { page, problems, dialogs } = await openPage(context, server.base);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    try {
      const doc = await server.get<{ paths: Record<string, Record<string, unknown>> }>('/openapi.json');
      const operations = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
      await page.goto(`${server.base}/docs`);
      await page.locator('.opblock').first().waitFor();
      await waitUntil(page, `document.querySelectorAll('.opblock').length === ${operations}`);
      expect(await page.locator('.opblock .opblock-summary-path', { hasText: '/api/facts/{id}' }).count()).toBeGreaterThan(0);
      // An operation opens with its description, its parameters and their examples.
      await page.locator('.opblock-get .opblock-summary', { hasText: '/api/review-queue' }).first().click();
      await page.locator('.opblock.is-open .parameters-container').waitFor();
      expect(await page.locator('.opblock.is-open .opblock-description-wrapper').textContent()).toContain('sentence');
      expect(await page.locator('.opblock.is-open tr[data-param-name="kind"]').textContent()).toContain('figure');
      await mkdir(artifactsDir, { recursive: true });
      await page.screenshot({ path: path.join(artifactsDir, 'docs-1280.png') });
      expect(refused).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('fits 400 px: the facts table does not scroll sideways; screenshots of the queue, a fact and an article at 1280 and 400 px', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
    const { page, problems } = await openPage(context, server.base);
    try {
      const facts = await server.get<{ items: FactItem[] }>('/api/facts?sort=attention&limit=50');
      await page.goto(`${server.base}/#/facts`);
      await page.locator('table.facts tbody tr').first().waitFor();
      const overflow = await page.evaluate(`(() => {
        const table = document.querySelector('table.facts');
        const cells = [...table.querySelectorAll('tbody td')];
        const widest = Math.max(...cells.map((c) => c.getBoundingClientRect().right));
        const clipped = cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length;
        return { page: document.documentElement.scrollWidth, view: window.innerWidth, table: table.getBoundingClientRect().right, widest, clipped, tableScroll: table.scrollWidth - table.clientWidth };
      })()`);
      // The page, the table and every cell fit the width: nothing scrolls sideways and no cell's content is cut off.
      expect(overflow).toMatchObject({ view: 400, page: 400, clipped: 0 });
      const { table, widest, tableScroll } = overflow as { table: number; widest: number; tableScroll: number };
      expect(table).toBeLessThanOrEqual(400);
      expect(widest).toBeLessThanOrEqual(400);
      expect(tableScroll).toBeLessThanOrEqual(0);
      // Every row still says what each value is: its column's name shows beside it.
      expect(await page.locator('table.facts tbody tr').count()).toBe(facts.items.length);
      expect(await page.locator('table.facts tbody tr').first().locator('td').first().getAttribute('data-label')).toBe('Fact');
      // Competing values are in the list with their statuses, contested and disputed before superseded ones.
      const all = await server.get<{ items: FactItem[] }>('/api/facts?sort=attention&limit=200');
      const competing = all.items.find((i) => i.version.candidates.some((c) => c.status === 'contested' || c.status === 'disputed'))!;
      expect(competing, 'the store holds a fact with a disputed value').toBeDefined();
      await page.goto(`${server.base}/#/facts?subject=${encodeURIComponent(competing.fact.subject)}`);
      const listed = page.locator(`table.facts tr[data-fact-id="${competing.fact.id}"] ul.competing li`);
      await listed.first().waitFor();
      const others = competing.version.candidates.filter((c) => c.status !== 'current');
      expect(await listed.count()).toBe(others.length);
      expect(['contested', 'disputed']).toContain(await listed.first().getAttribute('data-status'));
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);

      const fact = competing.fact.id;
      const articles = await server.get<{ items: { id: string; claims: number }[] }>('/api/articles');
      const article = articles.items.find((a) => a.claims > 0)!.id;
      await mkdir(artifactsDir, { recursive: true });
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: width === 400 ? 900 : 1000 });
        await page.goto(`${server.base}/#/review`);
        await page.locator('li.item.selected').waitFor();
        await page.screenshot({ path: path.join(artifactsDir, `queue-${width}.png`) });
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        await page.goto(`${server.base}/#/facts/${encodeURIComponent(fact)}`);
        await page.locator('ol.timeline li.version').first().waitFor();
        await page.screenshot({ path: path.join(artifactsDir, `fact-${width}.png`), fullPage: true });
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        await page.goto(`${server.base}/#/articles/${encodeURIComponent(article)}`);
        await page.locator('.article-text mark').first().waitFor();
        await page.screenshot({ path: path.join(artifactsDir, `article-${width}.png`) });
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('untrusted article markup in Chromium', () => {
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer([fixturesDir], '2026-03-01');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps <script>, event handlers and javascript: links from the XSS fixtures inert in every view', async () => {
    const context = await browser.newContext();
    const { page, problems, dialogs } = await openPage(context, server.base);
    const inert = async (where: string) => {
      expect(await page.evaluate('window.__xss'), where).toBeUndefined();
      expect(await page.locator('a[href^="javascript:" i]').count(), where).toBe(0);
      // Whatever the CSP would block anyway must not even be in the DOM: markup from articles is text.
      expect(await page.locator('#view script, #view img, #view svg, #view iframe, [onerror], [onload], [onmouseover], [onclick]').count(), where).toBe(0);
      expect(await page.locator('script').count(), where).toBe(1);
      expect(dialogs, where).toEqual([]);
    };
    try {
      const articles = await server.get<{ items: { id: string; doc: string; claims: number }[] }>('/api/articles');
      expect(articles.items.map((a) => a.doc).sort()).toEqual(['xss.html', 'xss.txt']);
      for (const article of articles.items) expect(article.claims, article.doc).toBeGreaterThan(0);

      await page.goto(`${server.base}/#/articles`);
      await page.locator('table.articles tbody tr').first().waitFor();
      await inert('article list');

      const txt = articles.items.find((a) => a.doc === 'xss.txt')!;
      await page.goto(`${server.base}/#/articles/${txt.id}`);
      await page.locator('.article-text mark').first().waitFor();
      const text = (await page.locator('.article-text').textContent()) ?? '';
      expect(text).toContain('$5 million <script>alert(1)</script>');
      expect(text).toContain('<a href="javascript:window.__xss=3">click</a>');
      expect(await page.locator('.article-text mark', { hasText: '$5 million' }).count()).toBe(1);
      await inert('xss.txt article');

      const html = articles.items.find((a) => a.doc === 'xss.html')!;
      await page.goto(`${server.base}/#/articles/${html.id}`);
      await page.locator('.article-text mark').first().waitFor();
      expect(await page.locator('.article-text').textContent()).toContain('<script>alert(1)</script>');
      await inert('xss.html article');

      await page.goto(`${server.base}/#/review`);
      await page.locator('li.item.selected').waitFor();
      expect(await page.locator('li.item').count()).toBe(articles.items.reduce((n, a) => n + a.claims, 0));
      expect(await page.locator('blockquote.sentence', { hasText: '<script>alert(1)</script>' }).count()).toBeGreaterThan(0);
      await inert('review queue');

      // Each claim's fact, with its evidence quotes and sources.
      const factIds = new Set(await page.locator('li.item').evaluateAll((items) => items.map((i) => i.getAttribute('data-fact-id') ?? '').filter(Boolean)));
      for (const id of factIds) {
        await page.goto(`${server.base}/#/facts/${id}`);
        await page.locator('ol.timeline li.version').first().waitFor();
        await inert(`fact ${id}`);
      }
      await page.goto(`${server.base}/#/facts`);
      await page.locator('table.facts tbody tr').first().waitFor();
      await inert('facts list');

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
