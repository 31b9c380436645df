import { ARTICLE_WORD, foldName } from './nameKey';

/**
 * Acronyms, so that "SDF" can be suggested for an entity named "Syrian Democratic Forces" before anyone has typed the
 * alias. Only as a suggestion ('fuzzy'): "ISIS" is also a goddess, and two organisations may share initials.
 */

// Words that acronyms leave out in English and in the French and Spanish names agencies quote.
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'del']);
// Two letters are too ambiguous to suggest anything (IS, US, UN, UK all stand for many things); above six it is a word.
const SHAPE = /^\p{Lu}{3,6}$/u;

function initials(words: readonly string[]): string {
  return words.map((w) => Array.from(w)[0] ?? '').join('').toUpperCase();
}

/** The acronyms a name of two or more words may go by, with and without its Arabic articles: [] for a single word. */
export function acronymOf(name: string): string[] {
  return acronymsOfFold(foldName(name));
}

/** `acronymOf` for a name already folded, so that a caller holding the fold does not fold it again. */
export function acronymsOfFold(fold: string): string[] {
  const words = fold.split(' ').filter((w) => w !== '' && !SKIPPED.has(w));
  if (words.length < 2) return [];
  const all = initials(words);
  // The Arabic article is counted by some acronyms (AQAP: al-Qaeda in the Arabian Peninsula) and not by others
  // (HTS: Hay'at Tahrir al-Sham), so both readings are offered.
  const withoutArticles = initials(words.filter((w) => !ARTICLE_WORD.test(w)));
  return withoutArticles === all || withoutArticles.length < 2 ? [all] : [all, withoutArticles];
}

/**
 * The letters of a name written as an acronym (three to six capitals, dots allowed: "S.D.F."), or null. Capitals are
 * required so that ordinary short names ("Homs", "Hama") are never read as initials.
 */
export function acronymShape(name: string): string | null {
  const letters = name.trim().replace(/\./g, '');
  return SHAPE.test(letters) ? foldName(letters).toUpperCase() : null;
}
