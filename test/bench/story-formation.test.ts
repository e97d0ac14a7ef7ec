import { describe, expect, test } from 'vitest';
import { scoreStoryFormation } from '../../bench/story-formation.js';
import type { StorySignature } from '../../reconcile/story.js';

/** A signature of made-up names and words: two articles link when they share both names, the words and a day. */
function signature(names: string[], day: string, marks: string[] = []): StorySignature {
  return {
    entities: names.map((key) => ({ key, weight: 3 })),
    terms: ['ferry', 'harbour', 'rescue', 'passenger', 'capsize', 'coastguard'],
    marks,
    published: day,
  };
}

describe('scoreStoryFormation', () => {
  test('scores the stories formed against the events: links across events, pairwise precision and recall, sizes', () => {
    const ferry = ['lena moor', 'port hale'];
    const items = [
      // Event 0, reported twice a day apart: one story.
      { signature: signature(ferry, '2024-05-01'), event: 0 },
      { signature: signature(ferry, '2024-05-02'), event: 0 },
      // Event 1, the same two names a week later with a figure one report of event 0 gives: linked to that report only.
      { signature: signature(ferry, '2024-05-09', ['amount:212 passenger']), event: 1 },
      // Event 2: other names, alone.
      { signature: signature(['arno vale', 'kestrel bay'], '2024-05-09'), event: 2 },
      { signature: signature(['arno vale', 'kestrel bay'], '2024-05-20'), event: 2 },
    ];
    items[1]!.signature.marks = ['amount:212 passenger'];
    const score = scoreStoryFormation(items);
    expect(score).toMatchObject({ articles: 5, events: 3, stories: 3, largest: [3, 1, 1], links: 2, crossLinks: { '2': 1 } });
    // Pairs in one story: (0,1) right, (0,2) and (1,2) wrong; pairs of one event: (0,1) and (3,4), the second split.
    expect(score.precision).toBeCloseTo(1 / 3, 4);
    expect(score.recall).toBeCloseTo(1 / 2, 4);
  });
});
