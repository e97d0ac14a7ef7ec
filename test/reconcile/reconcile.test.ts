import { describe, expect, test } from 'vitest';
import type { FactValue } from '../../model/index.js';
import { FactEvidence, nameDecoded, nameFact, reconcileDecoded, reconcileFact, type FactReview } from '../../reconcile/index.js';
import { evidence } from '../store/samples.js';

const pct = (amount: number): FactValue => ({ amount, unit: '%' });
const usd = (amount: number): FactValue => ({ amount, unit: 'USD' });
const DAY = '2025-07-23';

describe('reconcileFact', () => {
  test('settled when every source agrees; confidence grows with independent support', () => {
    const one = reconcileFact([evidence('a.txt', DAY, pct(15))]);
    const two = reconcileFact([evidence('a.txt', DAY, pct(15)), evidence('b.txt', DAY, pct(15))]);
    expect(one).toMatchObject({ status: 'settled', value: pct(15), validFrom: DAY, validTo: null, confidence: 0.8 });
    expect(two.confidence).toBeCloseTo(0.96);
    expect(two.candidates).toHaveLength(1);
  });

  test('numbers agree within tolerance and in any notation; units and currencies must match', () => {
    const r = reconcileFact([
      evidence('a.txt', DAY, usd(550e9)),
      evidence('b.txt', DAY, usd(550_000_000_000)),
      evidence('c.txt', DAY, usd(552e9)),
      evidence('d.txt', DAY, { amount: 550e9, unit: 'JPY' }),
    ]);
    expect(r.candidates.map((c) => [c.value, c.sources])).toEqual([
      [usd(550e9), ['a.txt', 'b.txt', 'c.txt']],
      [{ amount: 550e9, unit: 'JPY' }, ['d.txt']],
    ]);
    expect(r.status).toBe('settled');
  });

  test('an amount in another currency is no rival: with no exchange rate nothing says the two differ', () => {
    // "The painting sold for £200,000 (NZ$496,000)", one report in two currencies.
    const gbp = (amount: number): FactValue => ({ amount, unit: 'GBP' });
    const r = reconcileFact([evidence('a.txt', DAY, gbp(200_000)), evidence('a.txt', DAY, { amount: 496_000, unit: 'NZD' })]);
    expect(r.status).toBe('settled');
    expect(r.reason).toContain('also given in another currency');
    // Two amounts in one currency still contest, whatever else is reported in another.
    const two = reconcileFact([evidence('a.txt', DAY, gbp(200_000)), evidence('b.txt', DAY, gbp(450_000)), evidence('c.txt', DAY, { amount: 496_000, unit: 'NZD' })]);
    expect(two.status).toBe('contested');
    // Counted nouns are no currencies: 3 laps against 3 runs is a disagreement of units.
    const counts = reconcileFact([evidence('a.txt', DAY, { amount: 3, unit: 'lap' }), evidence('a.txt', DAY, { amount: 3, unit: 'run' })]);
    expect(counts.status).toBe('contested');
  });

  test('a role said with its organisation is the role: one value, not a contest', () => {
    // "Rangers coach Ann Mole said …" and, in another paper, "Mole, the coach, …".
    const r = reconcileFact([evidence('a.txt', DAY, { text: 'Rangers coach' }), evidence('b.txt', DAY, { text: 'coach' })]);
    expect(r.status).toBe('settled');
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]!.sources).toEqual(['a.txt', 'b.txt']);
    // An assistant coach is another post.
    expect(reconcileFact([evidence('a.txt', DAY, { text: 'assistant coach' }), evidence('b.txt', DAY, { text: 'coach' })]).status).toBe('contested');
  });

  test('the reason names sources by outlet, and a document only when its outlet is unknown; sources still list documents', () => {
    const r = reconcileFact([
      evidence('004_a7bae4003d2e5768.txt', DAY, pct(15), { source: 'Harbour Gazette' }),
      evidence('005_0c1d2e3f4a5b6c7d.txt', DAY, pct(15), { source: 'Harbour Gazette' }),
      evidence('plain.txt', DAY, pct(25)),
    ]);
    expect(r.reason).toContain('(Harbour Gazette)');
    expect(r.reason).toContain('25% (plain.txt');
    expect(r.reason).not.toMatch(/[0-9a-f]{16}\.txt/);
    expect(r.candidates[0]!.sources).toEqual(['004_a7bae4003d2e5768.txt', '005_0c1d2e3f4a5b6c7d.txt']);
  });

  test("the reason says when reviewers judged the evidence, and a reviewed claim outweighs an unreviewed one", () => {
    const r = reconcileFact([
      evidence('a.txt', DAY, pct(15), { status: 'corrected' }),
      evidence('b.txt', DAY, pct(25)),
      evidence('c.txt', DAY, pct(40), { status: 'rejected' }),
    ]);
    expect(r.value).toEqual(pct(15));
    expect(r.reason).toMatch(/; claims reviewed: 1 corrected, 1 rejected$/);
    expect(reconcileFact([evidence('a.txt', DAY, pct(15))]).reason).not.toMatch(/reviewed/);
  });

  test('a range supports the values inside it', () => {
    const r = reconcileFact([evidence('a.txt', DAY, { min: 10, max: 20, unit: '%' }), evidence('b.txt', DAY, pct(15)), evidence('c.txt', DAY, pct(30))]);
    expect(r.value).toEqual(pct(15));
    expect(r.candidates[0]!.sources).toEqual(['a.txt', 'b.txt']);
    expect(r.candidates[1]).toMatchObject({ value: pct(30), status: 'disputed' });
  });

  test('dates agree at the precision both give', () => {
    const d = (date: string): FactValue => ({ date });
    const r = reconcileFact([evidence('a.txt', DAY, d('2025-06')), evidence('b.txt', DAY, d('2025-06-05')), evidence('c.txt', DAY, d('2025'))]);
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]!.sources).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(reconcileFact([evidence('a.txt', DAY, d('2025-06')), evidence('b.txt', DAY, d('2025-07'))]).candidates).toHaveLength(2);
  });

  test('titles agree when one says all the other says: Commerce Secretary = US Secretary of Commerce', () => {
    const role = (text: string): FactValue => ({ text });
    const r = reconcileFact([
      evidence('000.txt', '2025-09-19', role('Commerce Secretary')),
      evidence('004.txt', DAY, role('Commerce Secretary')),
      evidence('001.txt', '2025-09-20', role('US Secretary of Commerce')),
    ]);
    expect(r).toMatchObject({ status: 'settled', value: role('Commerce Secretary') });
    expect(r.candidates[0]!.sources).toEqual(['000.txt', '001.txt', '004.txt']);
  });

  test('an earlier value a report states ("rose from 4 to 11") is superseded at the report, never a rival', () => {
    const count = (amount: number): FactValue => ({ amount, unit: 'person' });
    const r = reconcileFact([
      evidence('a.txt', '2024-03-01', count(4), { earlier: true }),
      evidence('a.txt', '2024-03-01', count(11)),
      evidence('b.txt', '2024-03-04', count(20), { id: 'c_b20' }),
      evidence('c.txt', '2024-03-08', count(17), { earlier: true }),
      evidence('c.txt', '2024-03-08', count(15)),
    ]);
    expect(r).toMatchObject({ status: 'settled', value: count(15), validFrom: '2024-03-08', validTo: null });
    expect(r.candidates.map((c) => [c.value, c.status, c.validFrom, c.validTo])).toEqual([
      [count(15), 'current', '2024-03-08', null],
      // 17 held until the report that revised it; when it began, and when 20 ended, nobody says.
      [count(17), 'superseded', null, '2024-03-08'],
      [count(20), 'superseded', '2024-03-04', null],
      [count(11), 'superseded', '2024-03-01', '2024-03-04'],
      [count(4), 'superseded', null, '2024-03-01'],
    ]);
    expect(r.opposing).toEqual([]);
  });

  test('a later report that the value ended closes it, with no successor invented', () => {
    const holder = (text: string): FactValue => ({ text });
    const r = reconcileFact([
      evidence('a.txt', '2024-04-25', holder('Mia Stone')),
      evidence('b.txt', '2024-10-28', holder('Mia Stone'), { earlier: true }),
      // The same report's other mentions of her say no more than that she held it before.
      evidence('b.txt', '2024-10-28', holder('Mia Stone')),
    ]);
    expect(r).toMatchObject({ value: holder('Mia Stone'), validFrom: '2024-04-25', validTo: '2024-10-28' });
    expect(r.candidates).toEqual([expect.objectContaining({ status: 'current', validFrom: '2024-04-25', validTo: '2024-10-28', sources: ['a.txt', 'b.txt'] })]);
    expect(r.reason).toMatch(/until 2024-10-28/);
    // A successor reported after that is simply the next value.
    const next = reconcileFact([
      evidence('a.txt', '2024-04-25', holder('Mia Stone')),
      evidence('b.txt', '2024-10-28', holder('Mia Stone'), { earlier: true }),
      evidence('c.txt', '2024-11-02', holder('Raj Patel')),
    ]);
    expect(next).toMatchObject({ value: holder('Raj Patel'), validFrom: '2024-11-02', validTo: null });
    expect(next.candidates[1]).toMatchObject({ value: holder('Mia Stone'), status: 'superseded', validTo: '2024-11-02' });
  });

  test("a former holder reported after the holder in office, with no successor in that report, held it before that holder", () => {
    const holder = (text: string): FactValue => ({ text });
    // "the caretaker prime minister Raj Patel" in March; "former prime minister Mia Stone" in May says nothing of Patel.
    const r = reconcileFact([
      evidence('a.txt', '2024-03-01', holder('Raj Patel')),
      evidence('b.txt', '2024-05-10', holder('Mia Stone'), { earlier: true }),
    ]);
    expect(r).toMatchObject({ value: holder('Raj Patel'), validFrom: '2024-03-01', validTo: null });
    expect(r.candidates[1]).toMatchObject({ value: holder('Mia Stone'), status: 'superseded', validFrom: null, validTo: '2024-03-01' });
  });

  test('a value reported only as possible is replaced by the reported ones, never a rival to them', () => {
    const people = (amount: number): FactValue => ({ amount, unit: 'person' });
    // The union's and the ministry's counts are a dispute; the police's "may exceed 1 million" was a projection.
    const r = reconcileFact([
      evidence('union.txt', '2023-01-19', people(2_000_000), { hedge: 'reported' }),
      evidence('wire.txt', '2023-01-19', people(2_000_000), { hedge: 'reported' }),
      evidence('wire.txt', '2023-01-19', people(1_120_000)),
      evidence('tv.txt', '2023-01-20', people(1_000_000), { hedge: 'speculative' }),
      evidence('radio.txt', '2023-01-20', people(1_000_000), { hedge: 'speculative' }),
    ]);
    expect(r.status).toBe('contested');
    expect(r.candidates.map((c) => [c.value, c.status])).toEqual([
      [people(2_000_000), 'current'],
      [people(1_120_000), 'contested'],
      [people(1_000_000), 'superseded'],
    ]);
    expect(r.reason).toMatch(/replaces what was reported only as possible: 1 million people/);
    // Outnumbered by projections, a reported value still wins, and settles.
    const lone = reconcileFact([evidence('a.txt', DAY, people(900)), evidence('b.txt', DAY, people(2000), { hedge: 'speculative' }), evidence('c.txt', DAY, people(2000), { hedge: 'speculative' })]);
    expect(lone).toMatchObject({ status: 'settled', value: people(900) });
    // Projections alone are weighed against each other as before.
    const guesses = reconcileFact([evidence('a.txt', DAY, people(900), { hedge: 'speculative' }), evidence('b.txt', DAY, people(2000), { hedge: 'speculative' })]);
    expect(guesses.status).toBe('contested');
  });

  test('a holder named as former many times, by several reports, is one tenure before the successor', () => {
    const holder = (text: string): FactValue => ({ text });
    const r = reconcileFact([
      evidence('a.txt', '2020-02-25', holder('Mia Stone'), { earlier: true }),
      evidence('a.txt', '2020-02-25', holder('Mia Stone'), { earlier: true }),
      evidence('a.txt', '2020-02-25', holder('Raj Patel')),
      evidence('b.txt', '2022-11-21', holder('Raj Patel'), { earlier: true }),
      evidence('c.txt', '2022-11-21', holder('Raj Patel'), { earlier: true }),
      evidence('c.txt', '2022-11-21', holder('Raj Patel'), { earlier: true }),
      // "Stone left the company 11 months ago": she held it before then, which her first tenure already says.
      evidence('c.txt', '2022-11-20', holder('Mia Stone'), { earlier: true }),
      evidence('b.txt', '2022-11-21', holder('Mia Stone')),
    ]);
    expect(r.candidates.map((c) => [c.value, c.status, c.validFrom, c.validTo, c.sources])).toEqual([
      [holder('Mia Stone'), 'current', '2022-11-21', null, ['b.txt']],
      [holder('Raj Patel'), 'superseded', '2020-02-25', '2022-11-21', ['a.txt', 'b.txt', 'c.txt']],
      [holder('Mia Stone'), 'superseded', null, '2020-02-25', ['a.txt', 'c.txt']],
    ]);
  });

  test('a stated end closes the value there, before its successor is first reported; a past end makes it an earlier value', () => {
    const holder = (text: string): FactValue => ({ text });
    // "Stone will remain chair through Dec. 31, 2021", then a new chair first reported in 2022-11.
    const r = reconcileFact([
      evidence('a.txt', '2020-02-25', holder('Mia Stone'), { validTo: '2022-01-01' }),
      evidence('b.txt', '2022-11-21', holder('Raj Patel')),
    ]);
    expect(r).toMatchObject({ value: holder('Raj Patel'), validFrom: '2022-11-21', validTo: null });
    expect(r.candidates[1]).toMatchObject({ value: holder('Mia Stone'), status: 'superseded', validFrom: '2020-02-25', validTo: '2022-01-01' });
    // A lone value with a future end is current until then.
    expect(reconcileFact([evidence('a.txt', '2020-02-25', holder('Mia Stone'), { validTo: '2022-01-01' })])).toMatchObject({ value: holder('Mia Stone'), validTo: '2022-01-01' });
    // A successor reported before the stated end closes it first.
    const early = reconcileFact([evidence('a.txt', '2020-02-25', holder('Mia Stone'), { validTo: '2022-01-01' }), evidence('b.txt', '2021-06-01', holder('Raj Patel'))]);
    expect(early.candidates[1]).toMatchObject({ value: holder('Mia Stone'), validTo: '2021-06-01' });
    // "Stone was chair until 2019", reported in 2024: held before 2019, never current against a 2024 report.
    const past = reconcileFact([evidence('a.txt', '2024-03-01', holder('Mia Stone'), { validTo: '2019-01-01' }), evidence('b.txt', '2024-03-01', holder('Raj Patel'))]);
    expect(past).toMatchObject({ status: 'settled', value: holder('Raj Patel') });
    expect(past.candidates[1]).toMatchObject({ value: holder('Mia Stone'), status: 'superseded', validTo: '2019-01-01' });
  });

  test('an earlier value another report gave at the time joins that value; an approximate one does not', () => {
    const count = (amount: number): FactValue => ({ amount, unit: 'person' });
    const same = reconcileFact([evidence('a.txt', '2024-03-01', count(150)), evidence('b.txt', '2024-03-05', count(150), { earlier: true }), evidence('b.txt', '2024-03-05', count(128))]);
    expect(same.candidates.map((c) => [c.value, c.status, c.sources])).toEqual([
      [count(128), 'current', ['b.txt']],
      [count(150), 'superseded', ['a.txt', 'b.txt']],
    ]);
    const near = reconcileFact([evidence('a.txt', '2024-03-01', count(150)), evidence('b.txt', '2024-03-05', count(145), { earlier: true }), evidence('b.txt', '2024-03-05', count(128))]);
    expect(near.candidates.map((c) => c.value)).toEqual([count(128), count(145), count(150)]);
  });

  test('a change over time is a new value with the old one superseded, not a dispute', () => {
    const r = reconcileFact([evidence('002.txt', '2025-05-23', pct(25)), evidence('004.txt', DAY, pct(15)), evidence('001.txt', '2026-02-11', pct(15))]);
    expect(r).toMatchObject({ status: 'settled', value: pct(15), validFrom: DAY, validTo: null });
    expect(r.candidates.map((c) => [c.value, c.status, c.validFrom, c.validTo])).toEqual([
      [pct(15), 'current', DAY, null],
      [pct(25), 'superseded', '2025-05-23', DAY],
    ]);
    expect(r.opposing).toEqual([]);
    expect(r.reason).toMatch(/supersedes 25% \(2025-05-23 → 2025-07-23: 002\.txt\)/);
  });

  test('a reason names the five latest superseded values and counts the earlier ones', () => {
    const months = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10', '2025-05-10', '2025-06-10', '2025-07-10'];
    const r = reconcileFact(months.map((day, i) => evidence(`${i}.txt`, day, pct(10 + i))));
    expect(r.value).toEqual(pct(16));
    expect(r.candidates.filter((c) => c.status === 'superseded')).toHaveLength(6);
    expect(r.reason).toMatch(
      /; supersedes 15% \(2025-06-10 → 2025-07-10: 5\.txt\), 14% \(2025-05-10 → 2025-06-10: 4\.txt\), 13% .*, 12% .*, 11% \(2025-02-10 → 2025-03-10: 1\.txt\) and 1 earlier value$/,
    );
    const five = reconcileFact(months.slice(1).map((day, i) => evidence(`${i}.txt`, day, pct(11 + i))));
    expect(five.reason).toMatch(/, 11% \(2025-02-10 → 2025-03-10: 0\.txt\)$/);
  });

  test('disagreement within one window is contested', () => {
    const r = reconcileFact([evidence('a.txt', DAY, pct(15)), evidence('b.txt', '2025-07-25', pct(25))]);
    expect(r.status).toBe('contested');
    expect(r.candidates.map((c) => c.status)).toEqual(['current', 'contested']);
    expect(r.opposing).toHaveLength(1);
  });

  test('one report giving two values for the same time reports a dispute: contested, however many repeat one side', () => {
    const n = (amount: number): FactValue => ({ amount, unit: 'person' });
    const r = reconcileFact([
      evidence('wire.txt', DAY, n(500_000)),
      evidence('wire.txt', DAY, n(120_000)),
      evidence('b.txt', DAY, n(500_000)),
      evidence('c.txt', DAY, n(500_000)),
    ]);
    expect(r.status).toBe('contested');
    expect(r.candidates.map((c) => [c.value, c.status])).toEqual([
      [n(500_000), 'current'],
      [n(120_000), 'contested'],
    ]);
    // Without the report of both, the same outlets settle it.
    const settled = reconcileFact([evidence('d.txt', DAY, n(120_000)), evidence('b.txt', DAY, n(500_000)), evidence('c.txt', DAY, n(500_000)), evidence('e.txt', DAY, n(500_000))]);
    expect(settled.status).toBe('settled');
  });

  test('hedged claims weigh less than asserted ones', () => {
    const r = reconcileFact([evidence('a.txt', DAY, pct(15), { hedge: 'asserted' }), evidence('b.txt', DAY, pct(25), { hedge: 'speculative' })]);
    expect(r.value).toEqual(pct(15));
    expect(r.candidates[0]!.weight).toBeGreaterThan(r.candidates[1]!.weight);
  });

  test('one document, or one near-duplicate cluster, counts once', () => {
    const r = reconcileFact([
      evidence('a.txt', DAY, pct(25)),
      evidence('a.txt', DAY, pct(25)),
      evidence('b.txt', DAY, pct(25), { cluster: 'k1' }),
      evidence('c.txt', DAY, pct(25), { cluster: 'k1' }),
      evidence('d.txt', DAY, pct(15)),
      evidence('e.txt', DAY, pct(15)),
      evidence('f.txt', DAY, pct(15)),
    ]);
    // 25 %: a.txt and cluster k1 (2 units); 15 %: three independent documents.
    expect(r.value).toEqual(pct(15));
    expect(r.candidates[1]!.weight).toBeCloseTo(1.6);
  });

  test('trusted sources outweigh untrusted ones', () => {
    const trust = new Map([['good', 0.95], ['bad1', 0.2], ['bad2', 0.2]]);
    const r = reconcileFact(
      [evidence('a.txt', DAY, pct(15), { source: 'good' }), evidence('b.txt', DAY, pct(25), { source: 'bad1' }), evidence('c.txt', DAY, pct(25), { source: 'bad2' })],
      { trust },
    );
    expect(r.value).toEqual(pct(15));
  });

  test('times vote by the exact minute; the winner accounts for the values within ±10 min of it', () => {
    const at = (doc: string, text: string) => evidence(doc, DAY, { text }, { subject: 'flight 7', predicate: 'departure' });
    // Pooled within ±10 min, 14:45 would gather all seven reports (14:40 and 14:55 are both near it), though two
    // sources gave it; by the minute, 14:55 has the most reports.
    const r = reconcileFact([at('a', '14:40'), at('b', '14:40'), at('c', '14:45'), at('d', '14:45'), at('e', '14:55'), at('f', '14:55'), at('g', '14:55')]);
    expect(r.value).toEqual({ text: '14:55' });
    expect(r.candidates.map((c) => [c.value, c.sources])).toEqual([
      [{ text: '14:55' }, ['c', 'd', 'e', 'f', 'g']],
      [{ text: '14:40' }, ['a', 'b']],
    ]);
    // Voting within a tolerance is still an option: then the middle of the spread wins.
    expect(reconcileFact([at('a', '14:40'), at('b', '14:40'), at('c', '14:45'), at('d', '14:45'), at('e', '14:55'), at('f', '14:55'), at('g', '14:55')], { voteAgreement: { timeToleranceMinutes: 10 } }).value).toEqual({ text: '14:45' });
  });

  test('a mirror of a source already counted adds nothing, where a likely copier still adds a fifth', () => {
    const mirrors = ['m1', 'm2', 'm3'];
    const items = [...mirrors.map((m) => evidence(`${m}.txt`, DAY, pct(25), { source: m })), evidence('a.txt', DAY, pct(15), { source: 'a' })];
    const dependence = new Map<string, number>();
    for (const x of mirrors) for (const y of mirrors) if (x < y) dependence.set(`${x}\u0000${y}`, 1);
    // Trust 0.8 votes ln 40 = 3.69, 0.85 votes ln 56.7 = 4.04. As sure copiers the three add 3.69 × (1 + 0.2 +
    // 0.2²) = 4.57 and still win; as mirrors they add 3.69 once.
    const trust = new Map([['a', 0.85]]);
    expect(reconcileFact(items, { trust, dependence }).value).toEqual(pct(25));
    const r = reconcileFact(items, { trust, dependence, mirrors: new Map(mirrors.map((m) => [m, 'm1'])) });
    expect(r.value).toEqual(pct(15));
    expect(r.candidates[1]).toMatchObject({ value: pct(25), sources: mirrors.map((m) => `${m}.txt`) });
  });

  test('a tie goes to the value more units back, before recency and the value key (as in discoverTruth)', () => {
    // A source's vote is ln(n·A/(1−A)) with n = 10: trust 9/19 votes ln 9, trust 3/13 votes ln 3, so one source
    // of the first weighs exactly what two of the second do.
    const trust = new Map([['solo', 9 / 19], ['p', 3 / 13], ['q', 3 / 13]]);
    const items = [evidence('solo.txt', DAY, pct(15), { source: 'solo' }), evidence('p.txt', DAY, pct(25), { source: 'p' }), evidence('q.txt', DAY, pct(25), { source: 'q' })];
    const r = reconcileFact(items, { trust });
    expect(r.candidates[0]!.weight).toBeCloseTo(r.candidates[1]!.weight, 9);
    expect(r.value).toEqual(pct(25));
    expect(r.status).toBe('contested');
  });

  test('the result does not depend on the order of the evidence', () => {
    const items = [
      evidence('002.txt', '2025-05-23', pct(25), { id: 'c_1' }),
      evidence('004.txt', DAY, pct(15), { id: 'c_2' }),
      evidence('004b.txt', DAY, pct(25), { id: 'c_3', hedge: 'reported' }),
      evidence('001.txt', '2026-02-11', pct(15), { id: 'c_4' }),
      evidence('x.txt', null, pct(15), { id: 'c_5' }),
    ];
    const forward = reconcileFact(items);
    expect(reconcileFact([...items].reverse())).toEqual(forward);
    expect(reconcileFact([items[2]!, items[0]!, items[4]!, items[1]!, items[3]!])).toEqual(forward);
  });

  test('rejected claims are left out; none left means no value', () => {
    const r = reconcileFact([evidence('a.txt', DAY, pct(15), { status: 'rejected' })]);
    expect(r).toMatchObject({ status: 'needs-review', value: null, candidates: [] });
  });

  test('a review pins the value; unseen evidence against it flags the fact, never changes it', () => {
    const seen = [evidence('a.txt', DAY, pct(15), { id: 'c_a' }), evidence('b.txt', DAY, pct(25), { id: 'c_b' }), evidence('c.txt', DAY, pct(25), { id: 'c_c' })];
    const review: FactReview = { action: 'correct', value: pct(15), reason: 'checked the decree', reviewer: 'ann', seenClaimIds: ['c_a', 'c_b', 'c_c'] };
    const pinned = reconcileFact(seen, { review });
    expect(pinned).toMatchObject({ status: 'reviewed', value: pct(15), supporting: ['c_a'] });
    expect(pinned.reason).toMatch(/pinned by ann \(correct: checked the decree\)/);
    const flagged = reconcileFact([...seen, evidence('d.txt', DAY, pct(25), { id: 'c_d' })], { review });
    expect(flagged).toMatchObject({ status: 'needs-review', value: pct(15) });
    expect(flagged.reason).toMatch(/new evidence against it: 25% \(d\.txt\)/);
    // New evidence that agrees keeps it reviewed.
    expect(reconcileFact([...seen, evidence('e.txt', DAY, pct(15), { id: 'c_e' })], { review }).status).toBe('reviewed');
  });

  test('a rejected value is never chosen', () => {
    const items = [evidence('a.txt', DAY, pct(15)), evidence('b.txt', DAY, pct(15)), evidence('c.txt', DAY, pct(25))];
    const r = reconcileFact(items, { review: { action: 'reject', value: pct(15), reason: null, reviewer: 'ann', seenClaimIds: [] } });
    expect(r.value).toEqual(pct(25));
  });
});

describe('nameFact', () => {
  test("takes the oldest own claim's wording, whatever the order of the evidence", () => {
    const items = [
      evidence('b.txt', '2025-07-23', pct(15), { subject: 'US tariffs on Japanese car', factId: 'f_1' }),
      evidence('a.txt', '2025-05-23', pct(25), { subject: 'U.S. tariff on Japanese cars', factId: 'f_1' }),
      evidence('0.txt', '2025-01-01', pct(25), { subject: 'tariff on Japanese cars', factId: 'f_short' }),
    ];
    expect(nameFact(items, 'f_1')).toEqual({ subject: 'U.S. tariff on Japanese cars', predicate: 'rate', kind: 'figure' });
    expect(nameFact([...items].reverse(), 'f_1')).toEqual(nameFact(items, 'f_1'));
    expect(nameFact([])).toBeNull();
  });

  test('between own claims of one day the smaller claim id names the fact, in any order', () => {
    const items = [
      evidence('b.txt', DAY, pct(15), { id: 'c_b', subject: 'Japanese car tariff', factId: 'f_1' }),
      evidence('a.txt', DAY, pct(15), { id: 'c_a', subject: 'tariff on Japanese cars', factId: 'f_1' }),
      evidence('c.txt', DAY, pct(15), { id: 'c_c', subject: 'US tariff on Japanese cars', factId: 'f_1' }),
    ];
    for (const order of [items, [...items].reverse(), [items[1]!, items[2]!, items[0]!]]) {
      expect(nameFact(order, 'f_1')?.subject).toBe('tariff on Japanese cars');
    }
  });
});

describe('reconcileDecoded and nameDecoded', () => {
  test('decide as reconcileFact and nameFact do, on evidence already decoded', () => {
    const items = [
      evidence('a.txt', '2025-05-23', pct(25)),
      evidence('b.txt', '2025-05-24', pct(25), { hedge: 'reported' }),
      evidence('c.txt', '2025-07-23', pct(15)),
      evidence('d.txt', '2025-07-23', pct(10), { source: 'Harbour Gazette' }),
      evidence('e.txt', '2025-07-24', pct(15.1)),
      evidence('f.txt', '2025-09-01', pct(15), { earlier: true }),
      evidence('g.txt', null, pct(15), { status: 'accepted' }),
    ];
    const decoded = items.map((e) => FactEvidence.parse(e));
    const trust = new Map([['Harbour Gazette', 0.6]]);
    expect(reconcileDecoded(decoded, { trust })).toEqual(reconcileFact(items, { trust }));
    expect(nameDecoded(decoded, null)).toEqual(nameFact(items, null));
  });
});

describe('an office whose holder is named in two spellings', () => {
  const office = (doc: string, day: string, name: string) =>
    evidence(doc, day, { text: name }, { subject: 'Norland', predicate: 'prime minister', kind: 'person' });

  test('one holder printed two ways is one value, not succeeded by themselves', () => {
    const r = reconcileFact([office('a.txt', '2024-01-10', 'Elan Vesk'), office('b.txt', '2024-06-02', 'Ilan Vesk'), office('c.txt', '2024-06-20', 'Elan Vesk')]);
    expect(r.status).toBe('settled');
    expect(r.value).toEqual({ text: 'Elan Vesk' });
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]!.sources).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  test('another holder with the same surname still succeeds', () => {
    const r = reconcileFact([office('a.txt', '2024-01-10', 'Elan Vesk'), office('b.txt', '2024-06-02', 'Marta Vesk')]);
    expect(r.value).toEqual({ text: 'Marta Vesk' });
    expect(r.candidates.map((c) => [c.value, c.status])).toEqual([
      [{ text: 'Marta Vesk' }, 'current'],
      [{ text: 'Elan Vesk' }, 'superseded'],
    ]);
  });

  test("a person's own post holds titles, which are not compared as names", () => {
    const post = (doc: string, name: string) => evidence(doc, DAY, { text: name }, { subject: 'Elan Vesk', predicate: 'role: minister', kind: 'person' });
    expect(reconcileFact([post('a.txt', 'Defence Minister'), post('b.txt', 'Development Minister')]).candidates).toHaveLength(2);
  });
});


describe('a long fact reconciled again at each new claim', () => {
  // A count revised over three months by several outlets, some copying others, some reports of an earlier value:
  // enough claims (over 64) that clusterings are kept from one reconcile to the next.
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  const claims = Array.from({ length: 90 }, (_, i) =>
    FactEvidence.parse(
      evidence(`d${i}.txt`, day(Math.floor(i * 1.1)), { amount: 100 + 10 * Math.floor(i / 6) + (i % 5 === 0 ? 7 : 0), unit: 'people' }, {
        id: `c_long_${String(i).padStart(3, '0')}`,
        subject: 'people',
        predicate: 'count',
        kind: 'figure',
        source: ['Wire', 'Herald', 'Post', 'Echo'][i % 4]!,
        ...(i % 17 === 3 ? { earlier: true } : {}),
        ...(i % 11 === 4 ? { hedge: 'reported' as const } : {}),
      }),
    ),
  );
  /** The same claims as new objects (new values too): nothing an earlier call kept can be reused for them. */
  const fresh = (list: readonly FactEvidence[]) => structuredClone(list) as FactEvidence[];

  test('decides as it does from the same claims read anew, whatever changed since the last reconcile', () => {
    const trust = new Map([['Wire', 0.9], ['Herald', 0.6]]);
    const copied = new Map([['Echo\u0000Post', 0.95]]);
    for (let n = 70; n <= claims.length; n++) {
      const list = claims.slice(0, n);
      expect(reconcileDecoded(list, { trust })).toEqual(reconcileDecoded(fresh(list), { trust }));
    }
    // Another source's trust, copy relations, a rejected claim: each is decided as from fresh evidence.
    expect(reconcileDecoded(claims, { trust: new Map([['Wire', 0.5]]) })).toEqual(reconcileDecoded(fresh(claims), { trust: new Map([['Wire', 0.5]]) }));
    const withCopies = reconcileDecoded(claims, { trust, dependence: copied });
    expect(withCopies).toEqual(reconcileDecoded(fresh(claims), { trust, dependence: copied }));
    expect(withCopies).not.toEqual(reconcileDecoded(claims, { trust }));
    const rejected = claims.map((c, i) => (i === 80 ? { ...c, status: 'rejected' as const } : c));
    expect(reconcileDecoded(rejected, { trust })).toEqual(reconcileDecoded(fresh(rejected), { trust }));
  });
});
