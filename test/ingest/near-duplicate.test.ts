import { describe, expect, it } from 'vitest';
import { bandKeys, DUPLICATE_THRESHOLD, minHashSignature, signatureSimilarity } from '../../ingest/near-duplicate.js';

const original =
  'Japan said on Wednesday it would invest $550 billion in the United States under a trade deal that lowers tariffs on Japanese cars to 15%. ' +
  'The agreement, announced in Washington, ends months of negotiation between the two governments over tariffs on cars and car parts. ' +
  'Officials in Tokyo said the investment would be spread over several years and would focus on semiconductors, energy and shipbuilding.';

describe('near-duplicate signatures', () => {
  it('finds a lightly rewritten copy similar, with a shared LSH band', () => {
    const copy = original.replace('The agreement, announced in Washington,', 'The agreement, which was announced in Washington on Tuesday,').replace('Officials in Tokyo', 'Japanese officials');
    const a = minHashSignature(original);
    const b = minHashSignature(copy);
    expect(signatureSimilarity(a, b)).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    const shared = bandKeys(a).filter((k) => bandKeys(b).includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keeps different stories on the same topic apart', () => {
    const other =
      'Forecasters said heavy rain would reach Osaka on Saturday, with up to 120 millimetres expected in some districts. ' +
      'The city asked residents near the river to prepare for possible evacuation orders on Sunday morning.';
    expect(signatureSimilarity(minHashSignature(original), minHashSignature(other))).toBeLessThan(0.1);
  });

  it('is deterministic and ignores case and punctuation', () => {
    expect(minHashSignature(original)).toEqual(minHashSignature(original.toUpperCase().replace(/[.,]/g, '')));
    expect(signatureSimilarity(minHashSignature('too short'), minHashSignature('too short'))).toBe(0);
  });
});
