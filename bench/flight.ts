/**
 * The Flight truth-discovery benchmark (Li et al., PVLDB 2012), development
 * half in `../shared/data/truth-flight-dev/` (README there): loading and
 * scoring as the paper does. Each day is fused on its own; accuracy is the
 * share of gold items some source covers whose chosen value is right, a time
 * within ±10 minutes (circular) or, strictly, to the minute, a gate exactly.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { importedValue } from '../store/fact-views.js';
import { circularMinutes, typedValue } from '../reconcile/value-agreement.js';
import { valueKey } from '../reconcile/value-key.js';
import { TruthEvidence } from '../reconcile/truth.js';

export interface FlightDay {
  day: string;
  evidence: TruthEvidence;
  /** `object|attribute` → gold value as given. */
  gold: Map<string, string>;
}

/** Claims grouped by day (the object's prefix before `/`), and all days together; items `object|attribute`. */
export async function loadFlight(dir: string): Promise<{ days: FlightDay[]; all: TruthEvidence; rows: number }> {
  const gold = new Map<string, Map<string, string>>();
  const goldText = readFileSync(`${dir}/gold.csv`, 'utf8').trim().split('\n').slice(1);
  for (const line of goldText) {
    const [object, attribute, value] = line.split(',') as [string, string, string];
    const day = object.slice(0, object.indexOf('/'));
    const g = gold.get(day) ?? new Map<string, string>();
    g.set(`${object}|${attribute}`, value);
    gold.set(day, g);
  }
  const byDay = new Map<string, TruthEvidence>();
  const all = new TruthEvidence();
  let rows = 0;
  const parser = createReadStream(`${dir}/claims.csv.gz`).pipe(createGunzip()).pipe(parse({ columns: true, trim: true }));
  for await (const r of parser as AsyncIterable<{ source: string; object: string; attribute: string; value: string }>) {
    rows++;
    const day = r.object.slice(0, r.object.indexOf('/'));
    let e = byDay.get(day);
    if (!e) byDay.set(day, (e = new TruthEvidence()));
    const value = importedValue(r.value);
    e.add(`${r.object}|${r.attribute}`, r.source, value, null, r.attribute);
    all.add(`${r.object}|${r.attribute}`, r.source, value, null, r.attribute);
  }
  const days = [...byDay.keys()].sort().map((day) => ({ day, evidence: byDay.get(day)!, gold: gold.get(day) ?? new Map<string, string>() }));
  return { days, all, rows };
}

/** Accuracy (±10 min, strict) of chosen value keys against a day's gold, over the gold items some source covers. */
export function scoreDay(day: FlightDay, chosen: ReadonlyMap<string, string>): { tolerant: number; strict: number; covered: number } {
  let tolerant = 0;
  let strict = 0;
  let covered = 0;
  const covers = new Set(day.evidence.items);
  const byKey = new Map(day.evidence.keys.map((k, i) => [k, day.evidence.values[i]!]));
  for (const [item, gold] of day.gold) {
    if (!covers.has(item)) continue;
    covered++;
    const key = chosen.get(item);
    if (key === undefined) continue;
    const truth = importedValue(gold);
    if (key === valueKey(truth)) {
      tolerant++;
      strict++;
      continue;
    }
    const a = typedValue(byKey.get(key)!);
    const b = typedValue(truth);
    if (a.type === 'time' && b.type === 'time' && circularMinutes(a.minutes, b.minutes) <= 10) tolerant++;
  }
  return { tolerant: tolerant / covered, strict: strict / covered, covered };
}
