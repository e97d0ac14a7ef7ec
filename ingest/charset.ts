import { InputError } from '../errors.js';
import { decodeUtf8Text, looksBinary } from './decode.js';

/**
 * Decodes an HTML document: BOM first, then the charset the transport
 * declared, then `<meta charset>` / `http-equiv` in the first 4 KiB, then
 * UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers assume
 * for undeclared Western pages). `TextDecoder` knows Shift_JIS, EUC-JP, GBK...
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
      return decode(bytes, 'windows-1252', input);
    }
  }
  return decode(bytes, charset, input);
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
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([A-Za-z0-9_:.-]+)/i.exec(head);
  return normaliseCharset(m?.[1] ?? null);
}

function normaliseCharset(name: string | null): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  if (lower === '') return null;
  return lower === 'utf8' ? 'utf-8' : lower;
}
