/**
 * Corrections through the value grammar: the CLI (`review --correct`) and the API (`POST …/reviews`
 * with a text value) store the same typed value for the same text, and both refuse a text that is
 * not a value of the corrected kind, naming the problem.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ErrorBody, FactDetailBody, ReviewResponse } from '../../api/schemas.js';
import { loadConfig } from '../../config.js';
import { FactStore, openDatabase, type ClaimView } from '../../store/index.js';
import { runInProcess } from '../cli/cli-helper.js';
import { apiOver, auth } from './api-fixture.js';

let home: string;
const env = () => ({ NEWSFACTS_HOME: home });

async function withStore<T>(use: (store: FactStore) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig({ NEWSFACTS_HOME: home }));
  try {
    return await use(new FactStore(db));
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-correct-'));
  const file = path.join(home, 'plants.txt');
  await writeFile(
    file,
    'Acme Corp said on Monday it will invest $2 billion in a new plant in Ohio.\n' +
      'Globex said it will spend $3 billion on a new factory in Texas.\n' +
      'The US raised its tariff on steel to 25%, officials said.\n' +
      'The US raised its tariff on aluminium to 10%, officials said.\n',
  );
  const run = await runInProcess(['run', file, '--published', '2026-11-02', '-q'], env());
  expect(run.code, run.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('corrections as text', { timeout: 120_000 }, () => {
  test('the CLI and the API store the same typed value for the same text; both refuse a value of the wrong kind', async () => {
    const claims = await withStore(async (store) => store.claimViews({ articleId: (await store.getArticle('plants.txt'))!.id }));
    const figures = (unit: string) => claims.filter((v: ClaimView) => v.claim.kind === 'figure' && (v.claim.value as { unit: string }).unit === unit).map((v) => v.claim.id);
    const [moneyA, moneyB] = figures('USD');
    const [percentA, percentB] = figures('%');
    expect([moneyA, moneyB, percentA, percentB].every(Boolean)).toBe(true);

    const cli = async (id: string, text: string) => {
      const r = await runInProcess(['review', id!, '--correct', text, '--reviewer', 'ann', '--json'], env());
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout).review;
    };
    const moneyReview = await cli(moneyA!, '$550 billion');
    const fromCli = { money: moneyReview.value, percent: (await cli(percentA!, 'fifteen percent')).value };
    const refused = await runInProcess(['review', percentA!, '--correct', 'fifteen percent-ish'], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`newsfacts: ${percentA}: correction "fifteen percent-ish": unexpected "-ish" after the number`);

    await withStore(async (store) => {
      const app = await apiOver(store);
      try {
        const post = (id: string, value: unknown, revision = 1) =>
          app.inject({ method: 'POST', url: `/api/claims/${id}/reviews`, headers: { ...auth, 'if-match': `"${revision}"` }, payload: { action: 'correct', value } });
        const money = await post(moneyB!, '$550 billion');
        expect(money.statusCode, money.body).toBe(200);
        const body = ReviewResponse.parse(money.json());
        expect(body.review.value).toEqual(fromCli.money);
        expect(fromCli.money).toEqual({ amount: 550e9, unit: 'USD' });
        expect(body.review.valueText).toBe('550 billion USD');
        expect(body.claim?.valueText).toBe('3 billion USD');

        const bad = await post(percentB!, 'fifteen percent-ish');
        expect(bad.statusCode).toBe(400);
        expect(ErrorBody.parse(bad.json()).message).toBe(`${percentB}: correction "fifteen percent-ish": unexpected "-ish" after the number`);
        const money2 = await post(percentB!, '$5 billion');
        expect(money2.statusCode).toBe(400);
        expect(money2.json().message).toMatch(/is an amount of money, but this fact holds a percentage/);
        const typedWrongKind = await post(percentB!, { text: 'fifteen' });
        expect(typedWrongKind.statusCode).toBe(400);

        const percent = await post(percentB!, 'fifteen percent');
        expect(percent.statusCode, percent.body).toBe(200);
        expect(ReviewResponse.parse(percent.json()).review.value).toEqual(fromCli.percent);

        // The fact the corrected claim feeds shows the value as text, as the CLI prints it.
        const detail = FactDetailBody.parse((await app.inject({ url: `/api/facts/${body.fact.fact.id}` })).json());
        expect(detail.versions.at(-1)?.valueText).toBe('550 billion USD');
        expect(detail.reviews.map((r) => r.valueText)).toContain('550 billion USD');
      } finally {
        await app.close();
      }
    });
  });

  test('review --withdraw takes a review back, and the fact history shows who did what', async () => {
    const [claim] = await withStore(async (store) => (await store.listClaims()).filter((c) => c.kind === 'figure' && (c.value as { unit: string }).unit === 'USD'));
    const reviews = await withStore((store) => store.claimReviews([claim!.id]));
    const standing = reviews.find((r) => r.action === 'correct' && r.withdrawnBy === null)!;
    const undo = await runInProcess(['review', '--withdraw', standing.id, '--reviewer', 'bob', '--reason', 'misread'], env());
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toMatch(new RegExp(`bob withdrew ${standing.id} \\(claim ${claim!.id}\\)`));
    const [view] = await withStore((store) => store.claimViews({ claimIds: [claim!.id] }));
    const factId = view!.rootId ?? view!.factId!;
    const history = await runInProcess(['fact', factId, '--history'], env());
    expect(history.stdout).toMatch(new RegExp(`review ${standing.id} by ann .* of claim ${claim!.id}: correct 550 billion USD \\(withdrawn by r_`));
    expect(history.stdout).toMatch(new RegExp(`by bob .*: withdraw ${standing.id} — misread`));
    const twice = await runInProcess(['review', '--withdraw', standing.id], env());
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already withdrawn/);
  });
});
