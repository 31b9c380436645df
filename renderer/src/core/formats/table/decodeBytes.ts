import { analyse } from 'chardet';
import { textDecoder } from './textDecoderType';

/** A line of the decoded text (1-based, CRLF counted as one break) with bytes the encoding could not read. */
export interface DecodeProblem {
  line: number;
  message: string;
}

export interface Decoded {
  ok: true;
  text: string;
  /** The encoding's canonical name, as `TextDecoder` gives it ("utf-8", "windows-1252"). */
  encoding: string;
  /** The encoding is chardet's guess: the import should show it and offer another. */
  detected: boolean;
  problems: DecodeProblem[];
}

export interface DecodeFailure {
  ok: false;
  error: string;
}

/** Names to offer when a chosen one is unknown: what tables from Windows and older systems use. */
const SUGGESTED = 'windows-1252, iso-8859-15, utf-16le';

/** chardet's guesses are judged on this much of the file: enough for its statistics, cheap for a large table. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * The text of a table file's bytes. A byte-order mark decides; else bytes that are valid UTF-8
 * are UTF-8 (a file that happens to be valid UTF-8 and meant as anything else is vanishingly
 * rare); else the encoding the user chose; else UTF-8 if most of its non-ASCII characters read
 * as UTF-8 (a few damaged bytes); else chardet's guess. NUL bytes rule UTF-8 out: they are
 * valid UTF-8 but mean UTF-16 without a mark. Where bytes are invalid in the encoding used,
 * they become U+FFFD and their lines are reported, so the user can pick another encoding.
 */
export function decodeBytes(bytes: Uint8Array, chosen?: string): Decoded | DecodeFailure {
  const chosenName = chosen?.trim();
  if (chosenName !== undefined && chosenName !== '' && knownEncoding(chosenName) === null) {
    return { ok: false, error: `“${chosenName}” is not an encoding this app knows; try ${SUGGESTED}…` };
  }
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom, false);
  const mayBeUtf8 = !bytes.includes(0);
  if (mayBeUtf8) {
    try {
      return { ok: true, text: textDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', detected: false, problems: [] };
    } catch {
      // Not UTF-8 throughout: the chosen encoding, damaged UTF-8 or a guess below.
    }
  }
  if (chosenName) return decodeAs(bytes, chosenName, false);
  if (mayBeUtf8) {
    const utf8 = textDecoder('utf-8').decode(bytes);
    if (mostlyUtf8(utf8)) return { ok: true, text: utf8, encoding: 'utf-8', detected: true, problems: replacedLines(utf8, 'utf-8') };
  }
  return decodeAs(bytes, guessEncoding(bytes), true);
}

/**
 * UTF-8 with a few damaged bytes (a row pasted from elsewhere, a truncated character): more of
 * its non-ASCII characters read correctly than not. Text in a single-byte encoding read as
 * UTF-8 has hardly any correct ones: its accented letters are lone high bytes, which UTF-8
 * never allows. chardet gives up on such a file, or guesses a code page and garbles the rest.
 */
function mostlyUtf8(text: string): boolean {
  let valid = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code > 0x7f) valid++;
  }
  return valid > replaced;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The canonical name of an encoding label, or null. "replacement" is what WHATWG maps unsafe encodings (ISO-2022-KR…) to: it decodes nothing. */
function knownEncoding(label: string): string | null {
  try {
    const encoding = textDecoder(label).encoding;
    return encoding === 'replacement' ? null : encoding;
  } catch {
    return null;
  }
}

/** chardet's best guess that the platform can decode; windows-1252 when it has none (every byte means something in it). */
function guessEncoding(bytes: Uint8Array): string {
  for (const match of analyse(sampleOf(bytes))) {
    // "ASCII" is its answer for a sample without high bytes: WHATWG reads that label as windows-1252 too.
    const encoding = knownEncoding(match.name);
    if (encoding) return encoding;
  }
  return 'windows-1252';
}

/**
 * The lines that have bytes above 0x7F, up to SAMPLE_BYTES: what tells encodings apart, even when
 * the only accented word is deep in a large file. All of the start when no line has one.
 */
function sampleOf(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let start = 0;
  while (start < bytes.length && size < SAMPLE_BYTES) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline + 1;
    const line = bytes.subarray(start, end);
    if (line.some((b) => b > 0x7f)) {
      parts.push(line);
      size += line.length;
    }
    start = end;
  }
  if (parts.length === 0) return bytes.subarray(0, SAMPLE_BYTES);
  const sample = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    sample.set(part, at);
    at += part.length;
  }
  return sample;
}

function decodeAs(bytes: Uint8Array, label: string, detected: boolean): Decoded {
  const encoding = knownEncoding(label) ?? label;
  try {
    // Strict first: a text that decodes cleanly may hold a real U+FFFD, which is no problem to report.
    return { ok: true, text: withCp1252Fix(textDecoder(encoding, { fatal: true }).decode(bytes), encoding), encoding, detected, problems: [] };
  } catch {
    const text = withCp1252Fix(textDecoder(encoding).decode(bytes), encoding);
    return { ok: true, text, encoding, detected, problems: replacedLines(text, encoding) };
  }
}

/** What windows-1252 has at 0x80–0x9F (WHATWG's table), as the characters ISO-8859-1 would put there. */
const CP1252_HIGH = String.fromCharCode(
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
);

/**
 * Node's TextDecoder (20, at least) decodes "windows-1252" and its aliases (latin1,
 * iso-8859-1, ascii) as ISO-8859-1: bytes 0x80–0x9F come out as C1 control characters instead
 * of € ‚ ’ “ ” – —, the very characters Windows text is full of. Browsers decode them right.
 * A correct decoder only yields C1 controls for the five bytes windows-1252 leaves undefined,
 * which map to themselves here, so the fix changes nothing where it is not needed.
 */
function withCp1252Fix(text: string, encoding: string): string {
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

function replacedLines(text: string, encoding: string): DecodeProblem[] {
  const message = `some bytes are not valid ${displayName(encoding)} and show as “\uFFFD”; if the text looks wrong, choose another encoding`;
  const problems: DecodeProblem[] = [];
  // The same line breaks as the table parser counts after its CRLF rule, so the numbers agree.
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.includes('\uFFFD')) problems.push({ line: i + 1, message });
  });
  return problems;
}

function displayName(encoding: string): string {
  return encoding.startsWith('utf-') ? encoding.toUpperCase() : encoding;
}
