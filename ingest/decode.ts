import { InputError } from '../errors.js';

const LEADING_BOMS = /^\uFEFF+/;

/**
 * The text without the byte-order marks it starts with. An article's text
 * never starts with one: besides being no part of the text, PGlite drops a
 * leading U+FEFF from every text value it returns, which would shift every
 * claim offset of the stored text by one.
 */
export function stripLeadingBoms(text: string): string {
  return text.replace(LEADING_BOMS, '');
}

/**
 * Decodes a text document as UTF-8, strictly: invalid byte sequences are an
 * input error rather than silently becoming U+FFFD, because claim offsets and
 * the content hash must describe the text the author wrote.
 *
 * Leading BOMs are removed (a file saved twice by a BOM-adding editor starts
 * with two) and nothing else changes: CRLF and CR line ends and the Unicode
 * normalisation form are kept, as FORMAT.md says offsets index into exactly
 * this string.
 *
 * @throws InputError naming `input` when the bytes are binary, not UTF-8 or empty.
 */
export function decodeUtf8Text(bytes: Uint8Array, input: string): string {
  if (looksBinary(bytes)) throw new InputError(input, 'looks like a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(input, `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`, { cause });
  }
  text = stripLeadingBoms(text);
  if (text.trim() === '') throw new InputError(input, 'is empty');
  return text;
}

/**
 * A NUL byte in the first 8 KiB marks a binary file; text encodings we accept
 * (UTF-8, and legacy single/multi-byte charsets on the web) never contain one.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
