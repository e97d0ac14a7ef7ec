/**
 * The seeds' claims behind the conflicts of `shared/eval/gold/NOTES.md`, written
 * out as the extractor reports them (subject, predicate, value, hedge), so the
 * conflict tests pin the store's behaviour, not the extractor's.
 */
import type { Article, ClaimDraft, FactValue, Hedge, Source } from '../../model/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { article, outlet } from './samples.js';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The text of the seed file whose name starts like `doc` (`000.txt` → `seeds/000_….txt`). */
function realSeedText(doc: string): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${doc.replace(/\.txt$/, '')}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed file for ${doc} in ${SEEDS_DIR}`);
  return readFileSync(`${SEEDS_DIR}${file}`, 'utf8').replace(/^\uFEFF/, '');
}

export interface SeedClaim {
  quote: string;
  kind: 'figure' | 'person' | 'date' | 'project';
  subject?: string;
  predicate?: string;
  value: FactValue | { name: string; role: string | null } | { name: string; sponsor?: string; location?: string; amount?: FactValue };
  hedge?: Hedge;
  attribution?: string;
}

export interface SeedDoc {
  article: Article;
  source: Source;
  drafts: ClaimDraft[];
}

/**
 * An article whose text is the claims' quotes, one sentence each, and the drafts pointing into it.
 * The real seed article follows the quotes, so the article names the people and organisations the
 * real one does and joins the same story (story linking reads the whole text).
 */
export function seedDoc(doc: string, published: string, outletName: string, claims: readonly SeedClaim[]): SeedDoc {
  const sentences = claims.map((c, i) => `${i}: ${c.quote}.`);
  const source = outlet(outletName);
  const a = article(doc, `${sentences.join(' ')}\n\n${realSeedText(doc)}`, published, source.id);
  let offset = 0;
  const drafts = claims.map((c, i): ClaimDraft => {
    const start = offset + `${i}: `.length;
    offset += sentences[i]!.length + 1;
    const common = {
      start,
      end: start + c.quote.length,
      quote: c.quote,
      subject: c.subject ?? null,
      predicate: c.predicate ?? null,
      attribution: c.attribution ?? null,
      hedge: c.hedge ?? 'asserted',
      qualifier: null,
      extractor: 'seed@1',
      rule: 'seed',
      confidence: 0.9,
    } as const;
    const v = c.value as Record<string, unknown>;
    switch (c.kind) {
      case 'figure':
        return { kind: 'figure', value: c.value as never, ...common };
      case 'date':
        return { kind: 'date', value: c.value as never, ...common };
      case 'person':
        return { kind: 'person', value: { name: String(v.name), role: (v.role as string | null) ?? null, org: null }, ...common, subject: String(v.name), predicate: 'role' };
      case 'project':
        return {
          kind: 'project',
          value: {
            name: String(v.name),
            sponsor: (v.sponsor as string | undefined) ?? null,
            sector: null,
            location: (v.location as string | undefined) ?? null,
            amount: (v.amount as never) ?? null,
          },
          ...common,
          subject: String(v.name),
          predicate: 'project',
        };
    }
  });
  return { article: a, source, drafts };
}

const pct = (amount: number): FactValue => ({ amount, unit: '%' });
const usd = (amount: number): FactValue => ({ amount, unit: 'USD' });

export const seed000 = seedDoc('000.txt', '2025-09-19', 'The American Bazaar', [
  { quote: '$550 billion', kind: 'figure', subject: 'Japan investment fund', predicate: 'size', value: usd(550e9), hedge: 'speculative' },
  { quote: 'Howard Lutnick', kind: 'person', value: { name: 'Howard Lutnick', role: 'Commerce Secretary' }, hedge: 'reported' },
  { quote: 'split 50-50', kind: 'figure', subject: 'cost split', predicate: 'share', value: pct(50), hedge: 'speculative' },
  { quote: '90% of the profits', kind: 'figure', subject: 'profits from investments', predicate: 'share', value: pct(90), hedge: 'speculative' },
  { quote: 'around 12,000 manufacturing jobs', kind: 'figure', subject: 'manufacturing jobs cut', predicate: 'count', value: { amount: 12000, unit: 'job' } },
  { quote: 'liquefied natural gas pipeline in Alaska', kind: 'project', value: { name: 'liquefied natural gas pipeline in Alaska', location: 'Alaska' }, hedge: 'reported' },
]);

export const seed001 = seedDoc('001.txt', '2026-02-11', 'ABMedia', [
  { quote: '$550 billion', kind: 'figure', subject: 'Japan investment fund', predicate: 'size', value: usd(550e9) },
  { quote: 'U.S. Secretary of Commerce Howard Lutnick', kind: 'person', value: { name: 'Howard Lutnick', role: 'US Secretary of Commerce' }, hedge: 'speculative' },
  { quote: 'Minister of Economy, Ryosei Akazawa', kind: 'person', value: { name: 'Ryosei Akazawa', role: 'Minister of Economy' }, hedge: 'speculative' },
  { quote: 'Prime Minister Sanae Suga', kind: 'person', value: { name: 'Sanae Suga', role: 'Prime Minister' }, hedge: 'reported' },
  { quote: '15% tariff on all Japanese imports', kind: 'figure', subject: 'tariff on Japanese imports', predicate: 'rate', value: pct(15), hedge: 'reported' },
  // rules@6: a rate named as threatened is not the rate in force, so the extractor gives it a `proposed` predicate.
  { quote: 'previously threatened 25% tariff', kind: 'figure', subject: 'tariff on Japanese imports', predicate: 'proposed rate', value: pct(25), hedge: 'speculative' },
  { quote: '45 working days', kind: 'figure', subject: 'fund disbursement', predicate: 'deadline', value: { amount: 45, unit: 'working day' }, hedge: 'reported' },
  { quote: '$350 million to $100 billion', kind: 'figure', subject: 'individual project estimates', predicate: 'range', value: { min: 350e6, max: 100e9, unit: 'USD' }, hedge: 'speculative' },
  { quote: 'data center infrastructure project led by SoftBank', kind: 'project', value: { name: 'SoftBank data center infrastructure project', sponsor: 'SoftBank' } },
  { quote: 'crude oil transfer terminal off the Gulf of Mexico', kind: 'project', value: { name: 'deep-sea crude oil transfer terminal in Gulf of Mexico', location: 'Gulf of Mexico' } },
  { quote: 'this week', kind: 'date', subject: 'final decision', predicate: 'date', value: { date: null }, hedge: 'speculative' },
]);

export const seed002 = seedDoc('002.txt', '2025-05-23', 'UpGlob', [
  { quote: 'alternative to 25% U.S. auto import duties', kind: 'figure', subject: 'auto tariffs on Japan', predicate: 'rate', value: pct(25) },
  { quote: 'existing 25% auto tariffs', kind: 'figure', subject: 'tariff on Japanese cars', predicate: 'rate', value: pct(25), hedge: 'speculative' },
  { quote: 'Prime Minister Shigeru Ishiba', kind: 'person', value: { name: 'Shigeru Ishiba', role: 'Prime Minister' } },
  { quote: 'Trump', kind: 'person', value: { name: 'Trump', role: 'President' } },
  { quote: '7-year terms', kind: 'figure', subject: 'terms', predicate: 'duration', value: { amount: 7, unit: 'year' }, hedge: 'speculative' },
  { quote: '15-year minimums', kind: 'figure', subject: 'minimums', predicate: 'duration', value: { amount: 15, unit: 'year' }, hedge: 'speculative' },
  { quote: "Honda's $4 billion Ohio electric vehicle plant", kind: 'figure', subject: 'Honda Ohio electric vehicle plant', predicate: 'amount', value: usd(4e9) },
  { quote: '38% of its total auto production', kind: 'figure', subject: 'total auto production', predicate: 'share', value: pct(38) },
  { quote: "SoftBank's recent $100 million AI research hub", kind: 'figure', subject: 'SoftBank AI research hub', predicate: 'amount', value: usd(100e6) },
  { quote: 'recent $100 million AI research hub announcement in Pittsburgh', kind: 'project', value: { name: 'SoftBank recent AI research hub in Pittsburgh', sponsor: 'SoftBank', amount: usd(100e6) } },
  { quote: '12,000 U.S. engineering positions', kind: 'figure', subject: 'US engineering positions generated', predicate: 'count', value: { amount: 12000, unit: 'position' }, hedge: 'speculative' },
  { quote: '45-minute', kind: 'figure', subject: 'Trump-Ishiba call', predicate: 'duration', value: { amount: 45, unit: 'minute' } },
]);

export const seed003 = seedDoc('003.txt', '2025-05-23', 'Asia Daily News', [
  { quote: '$14 billion buyout of US Steel', kind: 'figure', subject: 'Nippon Steel acquisition of US Steel', predicate: 'amount', value: usd(14e9), hedge: 'speculative' },
  { quote: '$14B', kind: 'figure', subject: 'Nippon Steel acquisition of U.S. Steel', predicate: 'amount', value: usd(14e9) },
  { quote: 'Nippon Steel buyout', kind: 'project', value: { name: 'Nippon Steel acquisition of US Steel', sponsor: 'Nippon Steel', amount: usd(14e9) }, hedge: 'speculative' },
  { quote: 'Economic Revitalization Minister Akazawa Ryosei', kind: 'person', value: { name: 'Akazawa Ryosei', role: 'Economic Revitalization Minister' } },
  { quote: 'Donald Trump', kind: 'person', value: { name: 'Donald Trump', role: 'President' } },
  { quote: 'June 5', kind: 'date', subject: 'final decision by the president', predicate: 'date', value: { date: '2025-06-05' }, hedge: 'speculative' },
]);

export const seed004 = seedDoc('004.txt', '2025-07-23', 'Bloomberg', [
  { quote: '$550 billion', kind: 'figure', subject: 'investment fund', predicate: 'size', value: usd(550e9), hedge: 'speculative' },
  { quote: 'Commerce Secretary Howard Lutnick', kind: 'person', value: { name: 'Howard Lutnick', role: 'Commerce Secretary' }, hedge: 'reported' },
  { quote: "Japan's country-specific rate to 15%", kind: 'figure', subject: 'tariff on Japanese imports', predicate: 'rate', value: pct(15) },
  { quote: 'levies on cars and parts at the same level', kind: 'figure', subject: 'US levies on Japanese cars', predicate: 'rate', value: pct(15), hedge: 'reported', attribution: 'Jon Toomey' },
  { quote: '25% global charge on vehicles', kind: 'figure', subject: 'global tariff on cars', predicate: 'rate', value: pct(25) },
  { quote: 'rates of 25% on auto parts', kind: 'figure', subject: 'tariff on car parts', predicate: 'rate', value: pct(25), hedge: 'reported', attribution: 'Jon Toomey' },
  { quote: '50% on steel', kind: 'figure', subject: 'tariff on steel', predicate: 'rate', value: pct(50), hedge: 'reported', attribution: 'Jon Toomey' },
  { quote: 'President Donald Trump', kind: 'person', value: { name: 'Donald Trump', role: 'President' }, hedge: 'reported' },
]);

/** Every seed, in publication order. */
export const SEEDS: readonly SeedDoc[] = [seed002, seed003, seed004, seed000, seed001];
