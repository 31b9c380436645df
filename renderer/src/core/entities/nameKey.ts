/**
 * The spelling-independent form of a name, so that "Deir ez-Zor", "DEIR EZZOR" and "Deir al-Zor" are seen as one name.
 *
 * Two stages: `foldName` only normalises characters (case, accents, punctuation), which is what type-ahead needs;
 * `nameKey` also drops the words that spellings of one name add or leave out ("the", the Arabic article in its forms).
 */

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
// Letters that NFKD keeps whole although English-language sources write them as their Latin look-alikes.
const LETTER_FOLDS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd', ħ: 'h' };
const FOLDABLE = /[ßæœøđłıþðħ]/gu;
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’‘`′ʼ]s(?![\p{L}\p{N}])/gu;
// ʿayn and hamza are letters in Unicode (Lm), yet other spellings of the name leave them out: Baʿth / Baath.
const TRANSLITERATION_MARKS = /[ʿʾʻʼ]/gu;
// Inside a word an apostrophe also stands for ʿayn or hamza (Hay'at / Hayat, Sana'a / Sanaa), so it joins rather than separates.
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’‘`′](?=[\p{L}\p{N}])/gu;
// Dots belong to abbreviations: "U.S." is "US", not "U S".
const DOTS = /\./g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
// A hyphen is what makes a short word an article: "ad-Din", "ar-Raqqa", "ez-Zor". Without the hyphen see `isArticleBefore`.
const HYPHENATED_ARTICLE = /(?<![\p{L}\p{N}])[ae](?:l|sh|dh|th|[dnrstz])[-‐‑‒–—](?=\p{L})/gu;
/** The Arabic article as a word of its own, in any of its transliterations: al, el, ar, ash, ez... */
export const ARTICLE_WORD = /^[ae](?:l|sh|dh|th|[dnrstz])$/;
// The assimilated article ("ar", "ash", "ez") is only an article when the next word starts with the letter it doubles.
const ASSIMILATED_ARTICLE = /^[ae](?:sh|dh|th|[dnrstz])$/;
// "Ezzor" is "ez-Zor" written as one word. Only e- and az- count: a- with a doubled letter is a name's own ("Assad", "Allah", "Ammar").
const FUSED_ARTICLE = /^(?:e(sh|dh|th|[dnrstz])(?=\1)|az(?=z))/;

// NFKD turns a spacing acute or tonos into a space and a combining mark, which would split "latter´s" before the
// possessive is seen; agencies' feeds use the acute as an apostrophe, so it becomes one first.
const ACCENTS_AS_APOSTROPHES = /[´΄]/g;

function lettersOnly(name: string): string {
  if (!NON_ASCII.test(name)) return name.toLowerCase();
  const decomposed = name.replace(ACCENTS_AS_APOSTROPHES, '’').normalize('NFKD').replace(MARKS, '');
  // Lower-casing can bring back a combining mark (İ -> i + dot above), so marks are dropped after it as well.
  const lower = decomposed.toLowerCase().normalize('NFKD').replace(MARKS, '');
  return lower.replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c);
}

function punctuationFolded(text: string): string {
  return text.replace(SEPARATORS, ' ').trim();
}

function apostrophesResolved(lower: string): string {
  return lower.replace(POSSESSIVE, '').replace(TRANSLITERATION_MARKS, '').replace(INNER_APOSTROPHE, '').replace(DOTS, '');
}

/** Lower case, no accents, no possessive, punctuation as single spaces: the name as typed, minus its typography. */
export function foldName(name: string): string {
  return punctuationFolded(apostrophesResolved(lettersOnly(name)));
}

// Every particle starts with one of these letters; most words do not, and are passed over without a regular expression.
const mayBeParticle = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c === 97 || c === 101 || c === 116;
};

function isArticleBefore(word: string, next: string): boolean {
  if (word === 'al' || word === 'el') return true;
  return ASSIMILATED_ARTICLE.test(word) && next.startsWith(word.slice(1));
}

function withoutFusedArticle(word: string): string {
  const article = FUSED_ARTICLE.exec(word)?.[0];
  // At least three letters must stay, or "Essen" and the like would lose their first syllable for nothing.
  return article !== undefined && word.length - article.length >= 3 ? word.slice(article.length) : word;
}

// Repeated until nothing changes, because dropping one word can expose another ("the al-the X"); that also makes nameKey idempotent.
function withoutParticles(words: string[]): string[] {
  for (let changed = words.some(mayBeParticle); changed; ) {
    changed = false;
    if (words.length > 1 && words[0] === 'the') {
      words.shift();
      changed = true;
    }
    for (let i = 0; i + 1 < words.length; i++) {
      const word = words[i] as string;
      if (mayBeParticle(word) && isArticleBefore(word, words[i + 1] as string)) {
        words.splice(i, 1);
        changed = true;
        i--;
      }
    }
    // The first word is left alone: a name that starts "Ezz..." or "Azz..." (Ezzat, Azzam) is more likely a name than an article.
    for (let i = 1; i < words.length; i++) {
      const word = words[i] as string;
      const rest = mayBeParticle(word) ? withoutFusedArticle(word) : word;
      if (rest !== word) {
        words[i] = rest;
        changed = true;
      }
    }
  }
  return words;
}

// Plain ASCII without apostrophes or dots is most names, and `foldAndKeyPlain` handles it in one pass; matching a
// mention against thousands of names cannot afford six regular-expression passes over each.
const NOT_PLAIN = /[\u0080-\uffff]|['`.]/;

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;

/** `foldAndKey` for a lower-case ASCII name without apostrophes or dots, word by word instead of by regular expressions. */
function foldAndKeyPlain(lower: string): { fold: string; key: string } {
  const words: string[] = [];
  const keyWords: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isLetterCode(c) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      words.push(word);
      if (!(c === 45 && isLetterCode(lower.charCodeAt(i + 1)) && ARTICLE_WORD.test(word))) keyWords.push(word);
      start = -1;
    }
  }
  return { fold: words.join(' '), key: withoutParticles(keyWords).join(' ') };
}

/** Both stages at once, for callers that need the fold for type-ahead and the key for matching. */
export function foldAndKey(name: string): { fold: string; key: string } {
  const lower = lettersOnly(name);
  if (!NOT_PLAIN.test(lower)) return foldAndKeyPlain(lower);
  const resolved = apostrophesResolved(lower);
  const fold = punctuationFolded(resolved);
  const unhyphenated = punctuationFolded(resolved.replace(HYPHENATED_ARTICLE, ' '));
  const key = unhyphenated === '' ? '' : withoutParticles(unhyphenated.split(' ')).join(' ');
  return { fold, key };
}

/**
 * The form two spellings share when they are the same name: case, accents, punctuation, a possessive, a leading "the"
 * and the Arabic article are gone. "Deir ez-Zor" and "DEIR EZZOR" both give "deir zor"; "Deir al-Zour" gives "deir zour",
 * which only `nameSkeleton` brings together with it, since vowels are a matter of transliteration, not of typography.
 */
export function nameKey(name: string): string {
  return foldAndKey(name).key;
}

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/**
 * A coarser form of a key, for the fuzzy step: what stays of a name across transliterations.
 *
 * - Vowels: every run becomes one "a", since Arabic short vowels are written every way (Deir / Dayr, Zor / Zour / Zawr,
 *   Mayadin / Mayadeen, Khasham / Khusham). Where the vowels stand is kept, so "Omar" and "Amara" stay apart.
 * - y and w are vowels when they close a diphthong (Dayr, Zawr) or y stands between consonants or at the end (Syria,
 *   Qamishly); before a vowel they are consonants, which keeps Daraa and Darayya apart.
 * - Doubled letters are single (Mosul / Mossul, Raqqa); spaces go (Abu Kamal / Abukamal); a word-final h after a vowel
 *   goes (Raqqa / Raqqah); q is k, ph is f, dj is j.
 */
export function nameSkeleton(key: string): string {
  const chars = Array.from(key);
  // The letters as spelt: one pass rather than a regular expression a rule, as fuzzy matching builds many skeletons.
  const spelt: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === ' ' || (c === 'h' && isVowel(chars[i - 1]) && (chars[i + 1] ?? ' ') === ' ')) continue;
    let letter = c === 'q' ? 'k' : c;
    if (c === 'p' || c === 'd') {
      const j = chars[i + 1] === ' ' ? i + 2 : i + 1;
      if (chars[j] === (c === 'p' ? 'h' : 'j')) {
        letter = c === 'p' ? 'f' : 'j';
        i = j;
      }
    }
    if (letter !== spelt[spelt.length - 1]) spelt.push(letter);
  }
  let skeleton = '';
  spelt.forEach((c, i) => {
    const before = spelt[i - 1];
    const after = spelt[i + 1];
    const vowel =
      isVowel(c) || (c === 'y' && i > 0 && !isVowel(after)) || (c === 'w' && isVowel(before) && !isVowel(after));
    if (!vowel) skeleton += c;
    else if (!skeleton.endsWith('a')) skeleton += 'a';
  });
  return skeleton;
}

/**
 * The first letter of `nameSkeleton(key)` without building the skeleton: names whose skeletons start differently can
 * never be fuzzy matches, and that settles most comparisons at the cost of a character or two.
 */
export function skeletonHead(key: string): string {
  const first = key.codePointAt(0);
  if (first === undefined) return '';
  const c = String.fromCodePoint(first);
  if (isVowel(c)) return 'a';
  if (c === 'q') return 'k';
  // Keys have single spaces, and the skeleton is built without them: "p h" starts like "ph".
  const second = key.charAt(1) === ' ' ? key.charAt(2) : key.charAt(1);
  if (c === 'p' && second === 'h') return 'f';
  if (c === 'd' && second === 'j') return 'j';
  return c;
}
