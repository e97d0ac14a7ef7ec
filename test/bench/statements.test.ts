/**
 * bench:statements cuts the snapshots of several processes into windows of equal numbers of articles
 * and reports each statement's increments, not its running totals.
 */
import { describe, expect, test } from 'vitest';
import { formatWindows, statementWindows } from '../../bench/statements.js';
import type { StatementSnapshot } from '../../store/statement-stats.js';

function snap(pid: number, at: number, articles: number, lookupMs: number): StatementSnapshot {
  return {
    pid,
    instance: 1,
    at,
    statements: {
      'claims-insert': { calls: articles, ms: articles, rows: articles * 10, cpu: articles / 2, sent: articles * 1000 },
      lookup: { calls: articles * 2, ms: lookupMs, rows: articles * 4, cpu: lookupMs / 2, sent: 0 },
    },
  };
}

describe('statement windows', () => {
  test('two processes add up in time order; each window holds its own increments', () => {
    // Process 1 does articles 1-4, process 2 articles 5-8; the lookup gets dearer as the store grows.
    const snapshots = [snap(1, 1, 2, 2), snap(2, 2, 2, 6), snap(1, 3, 4, 6), snap(2, 4, 4, 20)];
    const windows = statementWindows(snapshots, 2, 'claims-insert');
    expect(windows.map((w) => w.articles)).toEqual([4, 4]);
    // Window 1: process 1's first 2 articles (lookup 2 ms) and process 2's first 2 (6 ms).
    expect(windows[0]!.statements.lookup).toEqual({ calls: 8, ms: 8, rows: 16, cpu: 4, sent: 0 });
    // Window 2: the increments 2 → 6 and 6 → 20, not the totals 6 and 20.
    expect(windows[1]!.statements.lookup).toEqual({ calls: 8, ms: 18, rows: 16, cpu: 9, sent: 0 });
    expect(windows[1]!.msPerArticle).toBeCloseTo((18 + 4) / 4);
    expect(windows[1]!.cpuPerArticle).toBeCloseTo((9 + 2) / 4);
    expect(windows[1]!.sentKbPerArticle).toBeCloseTo(1);
    const text = formatWindows(windows, 1);
    expect(text).toMatch(/^lookup {2}2\.0 4\.5$/m);
    expect(text).toMatch(/lookup {2}calls 2\.00 → 2\.00, ms 1\.00 → 2\.25, CPU ms 0\.50 → 1\.13, rows 2\.0 → 2\.0, kB 0\.0 → 0\.0/);
  });

  test('a --per statement that never ran gives no windows', () => {
    expect(statementWindows([snap(1, 1, 2, 2)], 10, 'nothing')).toEqual([]);
    expect(formatWindows([], 5)).toMatch(/no articles/);
  });
});
