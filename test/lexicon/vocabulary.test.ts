import { describe, expect, it } from 'vitest';
import { demonymOf, isFirstName, isPluralNoun, normalizeProduct, singularize, tidy } from '../../lexicon/vocabulary.js';

describe('vocabulary', () => {
  it('singularises regular and irregular plurals', () => {
    expect(['companies', 'hurdles', 'boxes', 'people', 'days'].map(singularize)).toEqual(['company', 'hurdle', 'box', 'person', 'day']);
  });

  it('tells plural nouns from look-alikes', () => {
    expect(isPluralNoun('jobs')).toBe(true);
    expect(['this', 'business', 'analysis', 'gas'].some(isPluralNoun)).toBe(false);
  });

  it('folds product synonyms, keeping parts apart', () => {
    expect(normalizeProduct('autos')).toBe('cars');
    expect(normalizeProduct('automobiles')).toBe('cars');
    expect(normalizeProduct('auto parts')).toBe('car parts');
  });

  it('uses compromise for given names and a table for demonyms', () => {
    expect(isFirstName('Margaret')).toBe(true);
    expect(isFirstName('Tariff')).toBe(false);
    expect(demonymOf('Vietnam')).toBe('Vietnamese');
    expect(tidy('the U.S.’s  plan')).toBe('the US plan');
  });
});
