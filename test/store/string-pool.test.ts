import { describe, expect, test } from 'vitest';
import { StringPool } from '../../store/string-pool.js';

// Which copy of a string the pool hands back cannot be seen from JavaScript (strings compare by value);
// what it holds can: equal text is held once, and never more than two generations.
describe('StringPool', () => {
  test('hands back equal text and holds it once; null stays null and is not held', () => {
    const pool = new StringPool(10);
    expect(pool.share('pending')).toBe('pending');
    expect(pool.share(['pen', 'ding'].join(''))).toBe('pending');
    expect(pool.share('figure')).toBe('figure');
    expect(pool.share(null)).toBeNull();
    expect(pool.held).toBe(2);
  });

  test('holds at most two generations: a string asked for again moves to the newer, one not asked for is dropped', () => {
    const pool = new StringPool(2);
    for (const s of ['a', 'b', 'c', 'a', 'd']) pool.share(s);
    // a and b filled the first generation; c began a second, a moved into it; d began a third, dropping b.
    expect(pool.held).toBe(3);
    pool.share('a');
    pool.share('c');
    expect(pool.held).toBe(3);
    pool.share('b');
    expect(pool.held).toBe(4);
    for (let i = 0; i < 100; i++) pool.share(`s${i}`);
    expect(pool.held).toBeLessThanOrEqual(4);
  });

  test('with size zero holds nothing', () => {
    const pool = new StringPool(0);
    expect(pool.share('x')).toBe('x');
    expect(pool.held).toBe(0);
  });
});
