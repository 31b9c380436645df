/**
 * Characters that change how the text around them is laid out without being seen: the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). A title holding U+202E
 * shows its end first, so "report\u202Etxt.exe" reads as "reportexe.txt".
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Control characters other than whitespace (tab, line breaks): never meant to be shown. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
export const HIDDEN_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * A title taken from an article's own text, as it may be shown: every visible character
 * kept, but no bidi embedding, override or isolate and no control character, so it cannot
 * reorder what is shown around it. The marks U+200E/U+200F stay: right-to-left titles use
 * them for punctuation and they cannot reorder anything by themselves.
 */
export function plainTitle(raw: string): string {
  return raw.replace(BIDI_CONTROLS, '').replace(HIDDEN_CONTROLS, '');
}
