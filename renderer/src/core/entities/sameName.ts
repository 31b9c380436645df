import { acronymShape, acronymsOfFold } from './acronym';
import { editDistance } from './editDistance';
import { foldAndKey, nameSkeleton, skeletonHead } from './nameKey';

/** How sure the match is: the same string, the same name spelt otherwise, or probably the same name. */
export type NameLevel = 'exact' | 'variant' | 'fuzzy';

/**
 * Below five letters a name has too few letters to survive fuzziness: IS / US, Iran / Iraq, Oman / Amman and
 * Omar / Amara are one vowel or consonant apart. Short variants (Asad for Assad) are left to aliases.
 */
export const FUZZY_MIN_LETTERS = 5;
/**
 * One edit is allowed from six letters on, not five: at five it joins Hamas and Hamad, Amman and Ammar, while the
 * five-letter variants that matter (Mosul / Mossul, Raqqa / Raqqah, Daesh / Daish) are caught by the skeleton.
 */
export const ONE_EDIT_MIN_LETTERS = 6;
/** Two edits from ten letters on: at eight or nine they join Austrian / Australian and Slovakian / Slovenian. */
export const TWO_EDITS_MIN_LETTERS = 10;

const codePoints = (s: string): number => (/[\ud800-\udfff]/.test(s) ? Array.from(s).length : s.length);

/**
 * A name's forms, each worked out when first needed and then kept, so that one mention can be compared with thousands
 * of names cheaply: most comparisons are settled by the lower-case text or the key, and never need the rest.
 */
export class PreparedName {
  readonly text: string;
  readonly lower: string;
  #parts: { fold: string; key: string } | undefined;
  #compact: string | undefined;
  #letters: number | undefined;
  #head: string | undefined;
  #skeleton: string | undefined;
  #acronyms: readonly string[] | undefined;
  #shape: string | null | undefined;

  constructor(text: string) {
    this.text = text;
    this.lower = text.toLowerCase();
  }

  get fold(): string {
    return (this.#parts ??= foldAndKey(this.text)).fold;
  }
  get key(): string {
    return (this.#parts ??= foldAndKey(this.text)).key;
  }
  /** The key without spaces: what edit distances and lengths are measured on, so "Abu Kamal" is one edit from "Abukamal". */
  get compact(): string {
    return (this.#compact ??= this.key.replace(/ /g, ''));
  }
  /** Letters (and digits) of the key, counted in code points. */
  get letters(): number {
    return (this.#letters ??= codePoints(this.compact));
  }
  get head(): string {
    return (this.#head ??= skeletonHead(this.key));
  }
  get skeleton(): string {
    return (this.#skeleton ??= nameSkeleton(this.key));
  }
  get acronyms(): readonly string[] {
    return (this.#acronyms ??= acronymsOfFold(this.fold));
  }
  get acronymShape(): string | null {
    if (this.#shape === undefined) this.#shape = acronymShape(this.text);
    return this.#shape;
  }
}

/** Null for a blank name, which is nobody's name. */
export function prepareName(name: string): PreparedName | null {
  const text = name.trim();
  return text === '' ? null : new PreparedName(text);
}

function fuzzyKeys(a: PreparedName, b: PreparedName): boolean {
  // Names that differ in their first sound are different names however close the rest is: Russia / Prussia. Checked
  // first because it is cheap and settles most pairs.
  if (a.head !== b.head) return false;
  const shorter = Math.min(a.letters, b.letters);
  if (shorter < FUZZY_MIN_LETTERS) return false;
  if (a.skeleton === b.skeleton) return true;
  if (shorter < ONE_EDIT_MIN_LETTERS) return false;
  const max = shorter >= TWO_EDITS_MIN_LETTERS ? 2 : 1;
  if (Math.abs(a.letters - b.letters) > max) return false;
  return editDistance(a.compact, b.compact, max) <= max;
}

// Each side's cheap half first (a shape is null for most names, most names have no acronym), so that comparing one
// mention with many names rarely works out the other half.
function acronymPair(a: PreparedName, b: PreparedName): boolean {
  const shortA = a.acronymShape;
  if (shortA !== null && b.acronyms.includes(shortA)) return true;
  if (a.acronyms.length === 0) return false;
  const shortB = b.acronymShape;
  return shortB !== null && a.acronyms.includes(shortB);
}

/** `sameName` on prepared names. */
export function compareNames(a: PreparedName, b: PreparedName): NameLevel | null {
  if (a.lower === b.lower) return 'exact';
  // A name of punctuation only has an empty key, and two such names are not thereby the same name.
  if (a.key === '' || b.key === '') return null;
  if (a.key === b.key) return 'variant';
  return fuzzyKeys(a, b) || acronymPair(a, b) ? 'fuzzy' : null;
}

/**
 * Whether two strings may name the same thing: 'exact' when they are equal but for case and surrounding space, 'variant'
 * when their `nameKey`s are equal, 'fuzzy' when the keys are long enough and share a skeleton or are an edit or two apart
 * (see the thresholds above), or one is the acronym of the other; otherwise null, as for a blank string.
 */
export function sameName(a: string, b: string): NameLevel | null {
  const pa = prepareName(a);
  const pb = prepareName(b);
  return pa === null || pb === null ? null : compareNames(pa, pb);
}
