import { describe, expect, it } from 'vitest';
import { decodeUtf8Text, looksBinary } from '../../ingest/decode.js';
import { decodeHtml } from '../../ingest/charset.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8Text', () => {
  it('strips a leading BOM and changes nothing else', () => {
    expect(decodeUtf8Text(bytes(0xef, 0xbb, 0xbf, ...utf8(' Japan’s fund\r\n')), 'a.txt')).toBe(' Japan’s fund\r\n');
  });

  it('keeps a BOM that is not leading', () => {
    expect(decodeUtf8Text(utf8('a\uFEFFb'), 'a.txt')).toBe('a\uFEFFb');
  });

  it('rejects invalid UTF-8 with the file and the byte offset', () => {
    expect(() => decodeUtf8Text(bytes(0x61, 0x62, 0xc3, 0x28), 'bad.txt')).toThrow(/bad\.txt: is not valid UTF-8 \(first bad byte at offset 2\)/);
  });

  it('rejects binary content', () => {
    expect(() => decodeUtf8Text(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), 'img.txt')).toThrow(/img\.txt: looks like a binary file/);
    expect(looksBinary(utf8('plain text'))).toBe(false);
  });

  it('rejects an empty or blank file', () => {
    expect(() => decodeUtf8Text(bytes(), 'empty.txt')).toThrow(/empty\.txt: is empty/);
    expect(() => decodeUtf8Text(utf8(' \n\t '), 'blank.txt')).toThrow(/is empty/);
  });
});

describe('decodeHtml', () => {
  it('follows <meta charset> for legacy encodings', () => {
    // "日本" in Shift_JIS
    const sjis = bytes(...utf8('<html><head><meta charset="shift_jis"></head><body><p>'), 0x93, 0xfa, 0x96, 0x7b, ...utf8('</p></body></html>'));
    expect(decodeHtml(sjis, 'jp.html')).toContain('日本');
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes', () => {
    const cp1252 = bytes(...utf8('<p>caf'), 0xe9, ...utf8(' costs '), 0x80, ...utf8('5</p>'));
    expect(decodeHtml(cp1252, 'fr.html')).toContain('café costs €5');
  });

  it('names the file when the declared charset is unknown', () => {
    expect(() => decodeHtml(utf8('<meta charset="x-nope"><p>hi</p>'), 'odd.html')).toThrow(/odd\.html: declares an unknown charset "x-nope"/);
  });
});
