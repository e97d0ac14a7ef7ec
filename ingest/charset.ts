import { InputError } from '../errors.js';
import { decodeUtf8Text, looksBinary } from './decode.js';

/**
 * Decodes an HTML (or XML) document: BOM first, then the charset the
 * transport declared, then `<meta charset>` / `http-equiv` / `<?xml
 * encoding>` in the first 4 KiB, then detection: UTF-8 if the bytes are valid
 * UTF-8, else the CJK charset (Shift_JIS, EUC-JP, GBK) that decodes them
 * cleanly into the most plausible text, else windows-1252 (what browsers
 * assume for undeclared Western pages).
 *
 * @throws InputError naming `input` for binary bytes, an unknown declared charset, or an empty page.
 */
export function decodeHtml(bytes: Uint8Array, input: string, declaredCharset: string | null = null): string {
  if (looksBinary(bytes)) throw new InputError(input, 'looks like a binary file, not HTML');
  const bom = bomCharset(bytes);
  const charset = bom ?? normaliseCharset(declaredCharset) ?? metaCharset(bytes);
  if (charset === null || charset === 'utf-8') {
    try {
      return decodeUtf8Text(bytes, input);
    } catch (error) {
      if (charset === 'utf-8' || !(error instanceof InputError) || !/UTF-8/.test(error.message)) throw error;
      return decode(bytes, detectLegacyCharset(bytes), input);
    }
  }
  return decode(bytes, charset, input);
}

/**
 * Decodes a feed, sitemap or JSON Feed: JSON is UTF-8 by its RFC (a BOM or a
 * declared charset still win); XML goes the HTML way, which reads `<?xml encoding>`.
 *
 * @throws InputError naming `input` as `decodeHtml` does.
 */
export function decodeDocument(bytes: Uint8Array, input: string, declaredCharset: string | null = null): string {
  return decodeHtml(bytes, input, declaredCharset);
}

/** Multi-byte legacy charsets tried, in this order, when undeclared bytes are not UTF-8. */
const LEGACY = ['shift_jis', 'euc-jp', 'gbk'] as const;

/**
 * Picks the legacy charset of undeclared, non-UTF-8 bytes: each CJK
 * candidate must decode without an invalid sequence, and is scored by how
 * much of the result is plausible CJK text (kana weigh most, since GBK also
 * encodes them but Chinese prose rarely uses them; half-width katakana, which
 * EUC-JP bytes turn into under Shift_JIS, count against). Western text
 * decodes as none of them cleanly, or scores nothing: windows-1252.
 */
export function detectLegacyCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 64 * 1024);
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  let best: string = 'windows-1252';
  let bestScore = 0;
  for (const charset of LEGACY) {
    let text: string;
    try {
      text = new TextDecoder(charset, { fatal: true }).decode(sample);
    } catch {
      // A cut multi-byte sequence at the sample's end is not evidence: retry without the last bytes.
      try {
        text = new TextDecoder(charset, { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 2)));
        if (sample.length === bytes.length) continue;
      } catch {
        continue;
      }
    }
    let kana = 0;
    let han = 0;
    let halfwidth = 0;
    let hangul = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (c >= 0x4e00 && c <= 0x9fff) han++;
      else if (c >= 0xff61 && c <= 0xff9f) halfwidth++;
      else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    }
    const chars = kana + han;
    // Each CJK character takes two bytes: a plausible decoding explains most high bytes.
    const coverage = (2 * chars) / Math.max(1, high);
    if (coverage < 0.5) continue;
    const score = kana * 3 + han - halfwidth * 4 - hangul * 4 + (charset === 'gbk' && kana === 0 ? 0.5 : 0);
    if (score > bestScore) {
      best = charset;
      bestScore = score;
    }
  }
  return best;
}

function decode(bytes: Uint8Array, charset: string, input: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch (cause) {
    throw new InputError(input, `declares an unknown charset "${charset}"`, { cause });
  }
  // Node 20 decodes windows-1252 as ISO-8859-1 (0x80–0x9F become C1 controls,
  // not € “ ” …), so those 32 bytes are mapped by the WHATWG table here.
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  if (text.trim() === '') throw new InputError(input, 'is empty');
  return text;
}

/** WHATWG windows-1252 for 0x80–0x9F; the rest of the byte range is Latin-1. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([A-Za-z0-9_:.-]+)/i.exec(head) ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)/i.exec(head);
  return normaliseCharset(m?.[1] ?? null);
}

function normaliseCharset(name: string | null): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  if (lower === '') return null;
  return lower === 'utf8' ? 'utf-8' : lower;
}
