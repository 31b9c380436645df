import type { Entity } from '../model/entity';
import { nameSkeleton } from './nameKey';
import { FUZZY_MIN_LETTERS, ONE_EDIT_MIN_LETTERS, TWO_EDITS_MIN_LETTERS, compareNames, prepareName, type NameLevel, type PreparedName } from './sameName';

export type MatchHow = NameLevel | 'prefix';

export interface EntityMatch {
  entity: Entity;
  /** The name or alias that matched, as the entity spells it. */
  matched: string;
  how: MatchHow;
}

const RANK: Readonly<Record<MatchHow, number>> = { exact: 0, variant: 1, fuzzy: 2, prefix: 3 };
/** One letter would offer half the entity list while typing. */
export const PREFIX_MIN_LETTERS = 2;

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The typed text, in both forms, ready to be looked for at the start of a name or of one of its words. */
interface Typed {
  fold: string;
  foldInWord: string;
  key: string;
  keyInWord: string;
}

function typed(mention: PreparedName): Typed | null {
  const fold = mention.fold.replace(/ /g, '').length >= PREFIX_MIN_LETTERS ? mention.fold : '';
  const key = mention.letters >= PREFIX_MIN_LETTERS ? mention.key : '';
  if (fold === '' && key === '') return null;
  return { fold, foldInWord: ` ${fold}`, key, keyInWord: ` ${key}` };
}

/**
 * At the start of the name or of any of its words, so that "Assad" offers "Bashar al-Assad". Both the key and the fold
 * are tried: the key ignores articles ("Omar" offers "Al Omar field"), the fold keeps what the key would drop while it is
 * still being typed ("Deir E" offers "Deir Ezzor", whose key is "deir zor").
 */
function startsWord(t: Typed, name: PreparedName): boolean {
  const inKey = t.key !== '' && (name.key.startsWith(t.key) || name.key.includes(t.keyInWord));
  return inKey || (t.fold !== '' && (name.fold.startsWith(t.fold) || name.fold.includes(t.foldInWord)));
}

/** Bit 0-25 for a letter a-z, by its char code (either case). */
const bitOf = (code: number): number => 1 << ((code | 32) - 97);
const isLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;
const A = bitOf(97);

/**
 * The letters a skeleton may start with when a key word starts with this one: `nameSkeleton` writes every vowel as a,
 * q as k, ph as f, dj as j.
 */
function headsOf(code: number): number {
  switch (code | 32) {
    case 97: case 101: case 105: case 111: case 117: return A;
    case 113: return bitOf(107);
    case 112: return bitOf(112) | bitOf(102);
    case 100: return bitOf(100) | bitOf(106);
    default: return bitOf(code);
  }
}

/** What one pass over a stored name tells, as sets of letters. One per call of matchEntities, refilled for each name. */
interface Scan {
  all: number;
  /** First letters of words, where acronyms come from. */
  initials: number;
  /** What the name's key may start with: a word's first letter, or its second after a fused article (eZzor). */
  heads: number;
  /** ASCII without apostrophes or dots, so that every word of its key is a substring of the lower-case name. */
  plain: boolean;
}

/**
 * Fills `out` and returns true, or returns false for a name with a character that may fold into letters (ß -> ss),
 * which is not screened. Letters after a combining mark or an apostrophe count as word starts: that only screens less.
 */
function scan(name: string, out: Scan, decomposed = false): boolean {
  let all = 0;
  let initials = 0;
  let heads = 0;
  let plain = !decomposed;
  let wordStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 127) {
      // Decomposed, an accented letter is its base letter and a combining mark, and the key keeps only the base letter.
      if (!decomposed) return scan(name.normalize('NFKD'), out, true);
      if (!(c >= 0x300 && c <= 0x36f) && !'’‘ʼ′'.includes(name.charAt(i))) return false;
    }
    if (c === 39 || c === 46 || c === 96) plain = false;
    if (isLetter(c)) {
      all |= bitOf(c);
      if (wordStart) {
        initials |= bitOf(c);
        heads |= headsOf(c);
        const after = name.charCodeAt(i + 1);
        if (((c | 32) === 97 || (c | 32) === 101) && isLetter(after)) heads |= headsOf(after);
      }
    }
    wordStart = !(isLetter(c) || (c >= 48 && c <= 57));
  }
  out.all = all;
  out.initials = initials;
  out.heads = heads;
  out.plain = plain;
  return true;
}

/** Bits for the letters a-z in s; other characters are left out, which only makes a screen ask for less. */
function lettersOf(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i))) mask |= bitOf(s.charCodeAt(i));
  return mask;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * What a stored name must contain for the mention to match it at any level, so that most names are set aside after
 * one pass over their characters, without working out their keys. Each test is a necessary condition of one way to
 * match, relying on keys and folds only deleting letters and words:
 * - exact, variant or prefix: every letter of the mention's key, and for a plain name the first word of the mention's
 *   key or fold as a substring;
 * - fuzzy: a word start that gives the mention's skeleton head, and either all but n letters of the mention's key
 *   (within n edits; an edit brings in one letter) or the consonants of its skeleton (q may stand for k, and so on);
 * - acronyms: the mention's letters among the name's initials, or only letters of the mention's acronyms in the name.
 */
interface Screen {
  key: number;
  words: readonly string[];
  fuzzy: boolean;
  head: number;
  slack: number;
  skeleton: number;
  acronymIn: number | null;
  acronymOf: number | null;
  scratch: Scan;
}

function screenFor(mention: PreparedName): Screen {
  const n = mention.letters;
  const acronyms = mention.acronyms.join('');
  const words = [mention.key.split(' ')[0] ?? '', mention.fold.split(' ')[0] ?? ''].filter((w) => w !== '');
  return {
    key: lettersOf(mention.key),
    words: [...new Set(words)],
    fuzzy: n >= FUZZY_MIN_LETTERS,
    head: lettersOf(mention.head),
    slack: n >= TWO_EDITS_MIN_LETTERS ? 2 : n >= ONE_EDIT_MIN_LETTERS ? 1 : 0,
    skeleton: lettersOf(nameSkeleton(mention.key)) & ~A,
    acronymIn: mention.acronymShape === null ? null : lettersOf(mention.acronymShape),
    acronymOf: acronyms === '' ? null : lettersOf(acronyms),
    scratch: { all: 0, initials: 0, heads: 0, plain: true },
  };
}

const containsAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

function mayMatch(screen: Screen, name: string): boolean {
  const found = screen.scratch;
  if (!scan(name, found)) return true;
  const { all, initials, heads, plain } = found;
  const missing = screen.key & ~all;
  if (missing === 0 && (!plain || screen.words.length === 0 || containsAny(name.toLowerCase(), screen.words))) return true;
  if (screen.fuzzy && (screen.head & ~heads) === 0) {
    if (bitCount(missing) <= screen.slack && screen.slack > 0) return true;
    const spelt = all | (all & bitOf(113) ? bitOf(107) : 0) | (all & bitOf(112) ? bitOf(102) : 0) | (all & bitOf(100) ? bitOf(106) : 0);
    if ((screen.skeleton & ~spelt) === 0) return true;
  }
  if (screen.acronymIn !== null && (screen.acronymIn & ~initials) === 0) return true;
  return screen.acronymOf !== null && all !== 0 && (all & ~screen.acronymOf) === 0;
}

function howNameMatches(mention: PreparedName, t: Typed | null, screen: Screen, name: string): MatchHow | null {
  if (!mayMatch(screen, name)) return null;
  const candidate = prepareName(name);
  if (candidate === null) return null;
  return compareNames(mention, candidate) ?? (t !== null && startsWord(t, candidate) ? 'prefix' : null);
}

function bestMatch(mention: PreparedName, t: Typed | null, screen: Screen, entity: Entity): EntityMatch | null {
  let best: EntityMatch | null = null;
  // The name before the aliases, so that a tie is shown under the entity's own name.
  for (let i = -1; i < entity.aliases.length; i++) {
    const name = i < 0 ? entity.name : (entity.aliases[i] as string);
    const how = howNameMatches(mention, t, screen, name);
    if (how !== null && (best === null || RANK[how] < RANK[best.how])) {
      best = { entity, matched: name, how };
      if (how === 'exact') break;
    }
  }
  return best;
}

/**
 * The entities a mention (or a query being typed into the picker) may refer to, best first: exact, variant, fuzzy,
 * then prefix (the mention starts the name or one of its words); within a level by name. Each entity appears once,
 * under its best-matching name or alias. Linear in the number of names; nothing is kept between calls.
 */
export function matchEntities(mention: string, entities: readonly Entity[], limit = 8): EntityMatch[] {
  const prepared = prepareName(mention);
  if (prepared === null || limit <= 0) return [];
  const t = typed(prepared);
  const screen = screenFor(prepared);
  const found: EntityMatch[] = [];
  for (const entity of entities) {
    const match = bestMatch(prepared, t, screen, entity);
    if (match !== null) found.push(match);
  }
  found.sort(
    (a, b) =>
      RANK[a.how] - RANK[b.how] ||
      byName.compare(a.entity.name, b.entity.name) ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0),
  );
  return found.slice(0, limit);
}
