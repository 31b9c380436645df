import { textDecoder } from '../text/textDecoder';
import { ARTICLE_LIMIT_TEXT, MAX_ARTICLE_BYTES, megabytesText, numberText } from './articleFileRules';

/** The encodings an article file is read in: UTF-8, or UTF-16 when its byte-order mark says so. */
export type ArticleEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export type DecodedArticle =
  | { ok: true; text: string; encoding: ArticleEncoding; bom: boolean }
  | { ok: false; reason: string };

const NOT_UTF8 = 'it is not UTF-8 text (save it as UTF-8 and import again)';
const BINARY = 'it is a binary file, not text';

/** How much of the start is looked at for signs of a binary file: what text editors look at too. */
const SNIFF_BYTES = 8192;

/**
 * The first bytes of the binary files most often picked or renamed by mistake: PDF, ZIP
 * (and so Word, Excel, EPUB), old Office, PNG, GIF, JPEG, gzip, 7-Zip, RAR, ELF. None can
 * start a text file, and a PDF's first kilobytes may hold no NUL byte to give it away.
 */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07],
  [0x7f, 0x45, 0x4c, 0x46],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/**
 * The text of an article file's bytes, or why it has none. UTF-8, with or without a BOM, is
 * the rule; UTF-16 is read when a byte-order mark says so. Anything else is refused with its
 * real reason rather than guessed: the text becomes the article every annotation's offsets
 * point into, and a wrong guess would garble it for good, with no one told (a table import
 * shows its guess and lets the user pick another; this import has no such step).
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: `the file is ${megabytesText(bytes.length)}; the limit is ${ARTICLE_LIMIT_TEXT}` };
  if (MAGIC.some((m) => startsWith(bytes, m))) return { ok: false, reason: BINARY };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes, true);
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, reason: 'it is UTF-32 text, which cannot be imported (save it as UTF-8 and import again)' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'UTF-16BE');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    if (nul < SNIFF_BYTES) {
      return { ok: false, reason: looksLikeUtf16(bytes) ? 'it looks like UTF-16 text without a byte-order mark (save it as UTF-8 and import again)' : BINARY };
    }
    // Deep in a file that began as text: a damaged text, and where it is helps to find it.
    return { ok: false, reason: `it has a NUL byte on line ${numberText(lineAt(bytes, nul))}, which text never has; the file may be damaged` };
  }
  return decodeUtf8(bytes, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodedArticle {
  try {
    // The decoder drops the BOM itself.
    return { ok: true, text: textDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', bom };
  } catch {
    return { ok: false, reason: NOT_UTF8 };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodedArticle {
  let text: string;
  try {
    text = textDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `it starts like ${encoding} text but has bytes that are not ${encoding} (save it as UTF-8 and import again)` };
  }
  // A byte-order mark can begin a binary file by chance; text has no NUL character.
  if (text.includes('\u0000')) return { ok: false, reason: BINARY };
  return { ok: true, text, encoding, bom: true };
}

/**
 * UTF-16 without a mark: in its first kilobytes, NUL bytes (the high half of Latin
 * characters, digits, spaces) sit only at odd offsets (little-endian) or only at even ones
 * (big-endian), and what they spell has no control character. Binary data has NULs
 * anywhere, and control characters.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if ((even > 0) === (odd > 0)) return false;
  const text = textDecoder(even > 0 ? 'utf-16be' : 'utf-16le').decode(sample);
  // eslint-disable-next-line no-control-regex -- control characters are what give binary data away
  return !/[\u0000-\u0008\u000E-\u001F]/.test(text);
}

/** The 1-based line of byte `at`, counting LF, CRLF and lone CR as one break each. */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
