import { InputError } from '../errors.js';

const UTF8_BOM = '\uFEFF';

/**
 * Decodes a text document as UTF-8, strictly: invalid byte sequences are an
 * input error rather than silently becoming U+FFFD, because claim offsets and
 * the content hash must describe the text the author wrote.
 *
 * A leading BOM is removed and nothing else changes (FORMAT.md: offsets index
 * into exactly this string).
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
  if (text.startsWith(UTF8_BOM)) text = text.slice(1);
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
