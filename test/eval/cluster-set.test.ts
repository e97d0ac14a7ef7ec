import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLUSTER_SETS, ClusterSet, materializeClusters, mixedStories, perCluster, setFiles, type ClusterPage } from '../../eval/cluster-set.js';
import type { FactScore } from '../../eval/fact-score.js';
import { readHtmlDevTruth } from '../../eval/html-dev-data.js';
import { InputError } from '../../errors.js';

// A fake html-dev folder of two pages about one made-up event; no benchmark text.
const A = 'The ferry sank on Monday. Rescuers saved 12 people, and 12 people are missing.';
const B = 'Officials said 14 people are missing after Monday\u2019s sinking.';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cluster-set-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeHtmlDev(pages: Record<string, string>): string {
  const dir = tempDir();
  const truth = Object.fromEntries(Object.entries(pages).map(([id, body]) => [id, { articleBody: body, url: `https://example.com/${id}`, headline: ` ${id} headline ` }]));
  writeFileSync(path.join(dir, 'ground-truth.json'), JSON.stringify(truth));
  return dir;
}

function page(id: string, text: string, file: string): ClusterPage {
  return {
    id,
    file,
    cluster: 'C01',
    outlet: `Outlet ${id}`,
    published: '2024-03-05',
    published_basis: 'test',
    chars: text.length,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

/** The span of the nth occurrence of `quote` in `text`. */
function at(pageId: string, text: string, quote: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`${quote} not in test text`);
  return { page: pageId, start, end: start + quote.length };
}

function set(): ClusterSet {
  return ClusterSet.parse({
    source: { dir: 'html-dev', file: 'ground-truth.json', field: 'articleBody' },
    pages: [page('pa', A, 'C01_pa.txt'), page('pb', B, 'C01_pb.txt')],
    clusters: [{ id: 'C01', event: 'a ferry sinks', pages: ['pa', 'pb'] }],
    facts: [
      {
        id: 'C01-01',
        subject: 'ferry sinking',
        predicate: 'people missing',
        values: [
          { value: { amount: 12, unit: 'person' }, status: 'superseded', sources: ['pa'], quotes: [at('pa', A, '12 people', 1)] },
          { value: { amount: 14, unit: 'person' }, status: 'current', sources: ['pb'], quotes: [at('pb', B, '14 people')] },
        ],
      },
    ],
    must_not_merge: [{ a: at('pa', A, '12 people', 0), b: at('pa', A, '12 people', 1), why: 'saved vs missing' }],
  });
}

describe('materializeClusters', () => {
  it('writes the texts, a manifest and facts.json whose quotes are cut from the offsets', () => {
    const truth = readHtmlDevTruth(fakeHtmlDev({ pa: A, pb: B }));
    const out = tempDir();
    const { gold, files } = materializeClusters(set(), truth, out);
    expect(files).toEqual(['C01_pa.txt', 'C01_pb.txt']);
    expect(readFileSync(path.join(out, 'C01_pb.txt'), 'utf8')).toBe(B);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest[0]).toEqual({ file: 'C01_pa.txt', published: '2024-03-05', outlet: 'Outlet pa', url: 'https://example.com/pa', headline: 'pa headline' });
    // The second "12 people" is the missing count: its quote says which occurrence, as the fact scorer reads it.
    expect(gold.facts[0]!.values[0]!.quotes).toEqual([{ doc: 'C01_pa.txt', quote: '12 people', nth: 1 }]);
    expect(gold.facts[0]!.values[0]!.sources).toEqual(['C01_pa.txt']);
    expect(gold.must_not_merge[0]!.a).toEqual({ doc: 'C01_pa.txt', quote: '12 people', nth: 0 });
    expect(JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8'))).toEqual(gold);
  });

  it('refuses a page missing from the ground truth, naming it', () => {
    const truth = readHtmlDevTruth(fakeHtmlDev({ pa: A }));
    expect(() => materializeClusters(set(), truth, tempDir())).toThrow(/pb: page of cluster C01 is not in ground-truth\.json/);
  });

  it('refuses a page whose text changed since the offsets were taken', () => {
    const truth = readHtmlDevTruth(fakeHtmlDev({ pa: A, pb: B.replace('14', '15') }));
    expect(() => materializeClusters(set(), truth, tempDir())).toThrow(/pb: articleBody is not the text the cluster offsets were taken from/);
  });
});

describe('readHtmlDevTruth', () => {
  it('fails with one line naming the folder when html-dev is missing', () => {
    const missing = path.join(tempDir(), 'html-dev');
    expect(() => readHtmlDevTruth(missing)).toThrow(InputError);
    expect(() => readHtmlDevTruth(missing)).toThrow(new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: html-dev data not found`));
  });
});

describe('setFiles', () => {
  it('names set A, set B, set C, all three in that order, or a file', () => {
    expect(setFiles('a')).toEqual([CLUSTER_SETS.a]);
    expect(path.basename(setFiles('a')[0]!)).toBe('clusters.json');
    expect(path.basename(setFiles('b')[0]!)).toBe('clusters-b.json');
    expect(path.basename(setFiles('c')[0]!)).toBe('clusters-c.json');
    expect(setFiles('all')).toEqual([CLUSTER_SETS.a, CLUSTER_SETS.b, CLUSTER_SETS.c]);
    expect(setFiles('some/set.json')).toEqual([path.resolve('some/set.json')]);
  });
});

describe('story formation per cluster', () => {
  // Two clusters: C01 (pa, pb) and C02 (pc).
  const two = (): ClusterSet =>
    ClusterSet.parse({
      ...set(),
      pages: [...set().pages, { ...page('pc', A, 'C02_pc.txt'), cluster: 'C02' }],
      clusters: [...set().clusters, { id: 'C02', event: 'a bridge closes', pages: ['pc'] }],
    });
  const score = { facts: [{ id: 'C01-01', right: true }] } as unknown as FactScore;

  it("counts the stories a cluster's articles are in (an article in none is a story of its own) and the stories mixing clusters", () => {
    expect(perCluster(score, two(), [['C01_pa.txt', 'C01_pb.txt'], ['C02_pc.txt']]).map((c) => [c.cluster, c.right, c.total, c.stories])).toEqual([
      ['C01', 1, 1, 1],
      ['C02', 0, 0, 1],
    ]);
    expect(perCluster(score, two(), [['C01_pa.txt'], ['C01_pb.txt', 'C02_pc.txt']])[0]!.stories).toBe(2);
    expect(perCluster(score, two(), [['C01_pa.txt']])[0]!.stories).toBe(2);
    expect(mixedStories(two(), [['C01_pa.txt'], ['C01_pb.txt', 'C02_pc.txt']])).toEqual([['C01_pb.txt', 'C02_pc.txt']]);
    expect(mixedStories(two(), [['C01_pa.txt', 'C01_pb.txt'], ['C02_pc.txt']])).toEqual([]);
  });
});

describe('the cluster sets in the repository', () => {
  const sets = Object.values(CLUSTER_SETS).map((file) => ClusterSet.parse(JSON.parse(readFileSync(file, 'utf8'))));

  it('are sets A, B and C', () => {
    expect(Object.keys(CLUSTER_SETS)).toEqual(['a', 'b', 'c']);
    expect(sets.map((s) => s.clusters.length > 0)).toEqual([true, true, true]);
  });

  it('share no page, cluster or fact id, so each later set stays blind to the earlier ones', () => {
    for (const key of ['pages', 'clusters', 'facts'] as const) {
      const ids = sets.flatMap((s) => s[key].map((x) => x.id));
      expect(new Set(ids).size, key).toBe(ids.length);
    }
  });

  it('share no cluster prefix, so no fact id of one set can be filed under a cluster of another', () => {
    // perCluster files a fact under the cluster its id starts with (`K01-02` → `K01`): a cluster id of one set
    // must not be a prefix of another set's cluster ids (set A's `C01…` and a `C…` set would collide).
    const letters = sets.map((s) => new Set(s.clusters.map((c) => c.id.replace(/\d+$/, ''))));
    for (let i = 0; i < letters.length; i++) {
      for (let j = i + 1; j < letters.length; j++) expect([...letters[i]!].filter((l) => letters[j]!.has(l)), `${i} vs ${j}`).toEqual([]);
    }
  });

  it('list each page under its own cluster, and every page of a cluster in the cluster', () => {
    for (const s of sets) {
      for (const c of s.clusters) {
        expect(s.pages.filter((p) => p.cluster === c.id).map((p) => p.id).sort(), c.id).toEqual([...c.pages].sort());
      }
    }
  });

  it("file each fact under one of its set's clusters, by its id's prefix", () => {
    for (const s of sets) {
      const clusters = new Set(s.clusters.map((c) => c.id));
      expect(s.facts.filter((f) => !clusters.has(f.id.split('-')[0]!)).map((f) => f.id)).toEqual([]);
    }
  });
});
