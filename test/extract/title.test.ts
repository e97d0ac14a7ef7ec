import { describe, expect, it } from 'vitest';
import { NAME_TITLE, ROLE_MODIFIER, stripTitlePrefix } from '../../extract/title.js';

describe('title lexicon', () => {
  it('drops "then-" prefixes only', () => {
    expect(stripTitlePrefix('then-Chancellor')).toBe('Chancellor');
    expect(stripTitlePrefix('Vice-President')).toBe('Vice-President');
  });

  it('knows title heads and role modifiers', () => {
    expect(NAME_TITLE.test('spokeswoman')).toBe(true);
    expect(NAME_TITLE.test('company')).toBe(false);
    expect(ROLE_MODIFIER.test('deputy')).toBe(true);
  });
});
