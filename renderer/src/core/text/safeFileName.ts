import { BIDI_CONTROLS, HIDDEN_CONTROLS } from './plainTitle';

/** The longest name most file systems allow; a longer one can only be made up. */
export const MAX_FILE_NAME = 255;

/** Bidi marks (LRM, RLM, ALM): harmless in text, but in a name they only serve to disguise it. */
const BIDI_MARKS = /[\u200E\u200F\u061C]/g;

const FALLBACK = 'untitled';

/**
 * A picked file's name as it may be stored and shown: its last path part only (a name like
 * "../../notes.txt" is "notes.txt"), without control characters or bidi controls and marks
 * (U+202E makes "invoice\u202Etxt.exe" show as "invoiceexe.txt"), and at most 255
 * characters, cut in the middle so that the extension stays. What the name says is kept.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .replace(/[\t\n\v\f\r\u2028\u2029]/g, ' ')
    .replace(HIDDEN_CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(BIDI_MARKS, '')
    .trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return FALLBACK;
  return shortened(cleaned);
}

function shortened(name: string): string {
  if (name.length <= MAX_FILE_NAME) return name;
  const ext = /\.[^.]{1,16}$/.exec(name)?.[0] ?? '';
  let cut = MAX_FILE_NAME - ext.length - 1;
  // Never half a surrogate pair: the emoji it belonged to would show as a box.
  const code = name.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${name.slice(0, cut)}…${ext}`;
}
