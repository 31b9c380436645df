import type { FigureQualifier } from '../model/figure';
import { parseNumberWords } from './numberWords';

/** A figure phrase of a text: `phrase === text.slice(start, end)`, with the inclusive range its words allow. */
export interface FoundFigure {
  start: number;
  end: number;
  phrase: string;
  qualifier: FigureQualifier;
  low: number | null;
  high: number | null;
}

interface Token {
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'mark';
}

/** A number before its qualifier is read: token indexes `first..last`, inclusive. */
interface Base {
  first: number;
  last: number;
  kind: 'number' | 'vague' | 'range';
  low: number;
  high: number;
  /**
   * A bare 1000–2099: news style writes counts of a thousand and more with a comma, so this is a
   * year unless a count qualifier stands before it ("more than 2000"; see YEAR_QUALIFIERS).
   */
  yearLike: boolean;
}

type Bound = 'at-least' | 'more-than' | 'at-most' | 'fewer-than' | 'about' | 'nearly';

/** Words keep their inner hyphens ("forty-five", "pro-regime"); digits keep their separators ("50,000", "6.21"). */
const TOKEN = /\p{L}+(?:['’-]\p{L}+)*|\d+(?:[.,]\d+)*|\S/gu;

/**
 * Vague counts, as inclusive ranges. Each plural of a unit starts at two of it: one dozen is "a dozen",
 * not "dozens". Each stops below the next word up: at a hundred a writer says "hundreds" or
 * "more than 100", so "dozens" stops at 99.
 */
const VAGUE: readonly { words: string; low: number; high: number; next?: ReadonlySet<string> }[] = [
  // More than "a couple"; from ten on a writer says "a dozen" or "more than ten".
  { words: 'several', low: 3, high: 9 },
  // More than one; past half a dozen it no longer fits in a hand.
  { words: 'a handful', low: 2, high: 6 },
  // Two to five, as in "a few dozen" below.
  { words: 'a few', low: 2, high: 5 },
  { words: 'dozens', low: 24, high: 99 },
  // Two dozen (the plural) to five dozen ("a few" stops at five).
  { words: 'a few dozen', low: 24, high: 60 },
  // Three dozen ("several" starts at three), capped below a hundred like "dozens".
  { words: 'several dozen', low: 36, high: 99 },
  // A score is 20: two scores to just below ten scores, which is "hundreds". Only before "of" or a
  // verb, since "scores" is also a verb ("he scores") and a noun ("test scores").
  { words: 'scores', low: 40, high: 199, next: new Set(['of', 'were', 'are', 'have', 'had', 'died', 'more']) },
  { words: 'hundreds', low: 200, high: 999 },
  // "a few" and "several" before hundred or thousand multiply out their own ranges, as for "a few dozen".
  { words: 'a few hundred', low: 200, high: 500 },
  { words: 'several hundred', low: 300, high: 900 },
  { words: 'thousands', low: 2000, high: 9999 },
  { words: 'a few thousand', low: 2000, high: 5000 },
  { words: 'several thousand', low: 3000, high: 9000 },
  { words: 'tens of thousands', low: 20_000, high: 99_999 },
  { words: 'hundreds of thousands', low: 200_000, high: 999_999 },
  { words: 'millions', low: 2_000_000, high: 9_999_999 },
];

/**
 * Words before a number that bound it. "as many as" is at-most: it names the largest count the
 * source gives ("as many as 30 were killed" is the top of its estimate) and sets no floor; the
 * emphasis on "many" is tone, not a lower bound. "nearly", "almost" and "close to" sit just below the
 * number, so they allow 90% of it up to the number itself; the other about-words allow ±10%.
 */
const QUALIFIERS: ReadonlyMap<string, Bound> = new Map([
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not fewer than', 'at-least'],
  ['not less than', 'at-least'], ['a minimum of', 'at-least'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['upward of', 'more-than'],
  ['in excess of', 'more-than'], ['above', 'more-than'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['as many as', 'at-most'], ['no more than', 'at-most'],
  ['not more than', 'at-most'], ['a maximum of', 'at-most'],
  ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['under', 'fewer-than'], ['below', 'fewer-than'],
  ['some', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'],
]);

/** Words after a number that bound it: "100 or more". */
const SUFFIXES: ReadonlyMap<string, Bound> = new Map([
  ['or more', 'at-least'], ['or fewer', 'at-most'], ['or less', 'at-most'], ['or so', 'about'],
]);

/** "around 2010" and "about 2010" date things; the other qualifiers before a bare 1000–2099 make it a count. */
const YEAR_QUALIFIERS = new Set(['about', 'around']);

/**
 * "one" is also a pronoun and an article ("one of the biggest", "in one its deadliest", "no one"),
 * so alone it is a figure only before a noun that is counted in news reports, or one word before it
 * ("one SDF member", "one US soldier"), or right before "dead", "killed" and the like, or after a
 * qualifier ("at least one"). A longer list would let in "one day", "one way".
 */
const COUNTED_NOUNS_AFTER_ONE = new Set([
  'person', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'civilian', 'soldier', 'fighter', 'militant', 'rebel',
  'insurgent', 'jihadist', 'member', 'officer', 'policeman', 'guard', 'pilot', 'sailor', 'marine', 'serviceman',
  'contractor', 'adviser', 'advisor', 'commander', 'resident', 'worker', 'journalist', 'reporter', 'doctor', 'nurse',
  'medic', 'patient', 'student', 'hostage', 'prisoner', 'detainee', 'refugee', 'protester', 'demonstrator', 'victim',
  'casualty', 'body', 'death', 'family', 'rocket', 'missile', 'shell', 'round', 'mortar', 'bomb', 'drone', 'plane',
  'jet', 'aircraft', 'helicopter', 'tank', 'vehicle', 'truck', 'ship', 'boat', 'building', 'house', 'home', 'school',
  'hospital', 'village', 'town', 'barrel', 'kilometre', 'kilometer', 'km', 'mile', 'metre', 'meter',
]);
const COUNTED_AFTER_ONE = new Set([...COUNTED_NOUNS_AFTER_ONE, 'killed', 'dead', 'died', 'wounded', 'injured', 'hurt']);

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const SMALL_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/**
 * Numbers that name a moment, not a count: dates and clock times. Month names are matched with
 * their capital so that "may" the verb is left alone.
 */
const NOT_COUNTS: readonly RegExp[] = [
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/g,
  /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g,
  /\b\d{1,2}\/\d{1,2}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)/gi,
  /\b\d{3,4}\s*(?:GMT|UTC|hrs)\b/g,
  new RegExp(`\\b(?:\\d{1,2}|${SMALL_WORDS})\\s+o['’]clock\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
];

/** Digits that label rather than count: "Resolution 2254", "Route 4", "No. 10". */
const LABEL_BEFORE = /\b(?:no\.|nos\.|number|article|resolution|route|highway|flight|page|chapter|section|paragraph)\s*$/i;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const word = m[0];
    const kind = /^\p{L}/u.test(word) ? 'word' : /^\d/.test(word) ? 'num' : 'mark';
    return { lower: word.toLowerCase(), start: m.index, end: m.index + word.length, kind };
  });
}

/** Words of one phrase are apart by spaces, or a line break of hard-wrapped text, never a blank line. */
function spaced(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) && !/\n\s*\n/.test(gap);
}

/** The `n` words from token `from`, lower case and one space apart, or null if they are not one phrase. */
function wordsAt(tokens: readonly Token[], text: string, from: number, n: number): string | null {
  if (from < 0 || from + n > tokens.length) return null;
  const words: string[] = [];
  for (let j = from; j < from + n; j++) {
    const token = tokens[j]!;
    if (token.kind !== 'word' || (j > from && !spaced(text, tokens[j - 1]!, token))) return null;
    words.push(token.lower);
  }
  return words.join(' ');
}

function blockedSpans(text: string): [number, number][] {
  return NOT_COUNTS.flatMap((re) => [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]));
}

/** Digits that are not a count whatever follows: a date or time, "F-16", "G20", "3rd", "1990s", "Route 4". */
function digitsExcluded(text: string, token: Token, blocked: readonly [number, number][]): boolean {
  if (blocked.some(([s, e]) => token.start < e && token.end > s)) return true;
  const before = text.slice(Math.max(0, token.start - 30), token.start);
  if (/\p{L}-?$/u.test(before) || LABEL_BEFORE.test(before)) return true;
  return /^(?:st|nd|rd|th|s|['’]s)(?!\p{L})/iu.test(text.slice(token.end, token.end + 4));
}

type Vague = (typeof VAGUE)[number];

/** The vague table by first word, longer phrases first, so most words are passed over at one lookup. */
const VAGUE_BY_FIRST_WORD: ReadonlyMap<string, readonly Vague[]> = (() => {
  const byFirst = new Map<string, Vague[]>();
  for (const v of [...VAGUE].sort((a, b) => b.words.length - a.words.length)) {
    const first = v.words.split(' ')[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), v]);
  }
  return byFirst;
})();

function vagueAt(tokens: readonly Token[], text: string, i: number): Base | null {
  for (const v of VAGUE_BY_FIRST_WORD.get(tokens[i]!.lower) ?? []) {
    const n = v.words.split(' ').length;
    if (wordsAt(tokens, text, i, n) !== v.words) continue;
    if (v.next && !v.next.has(wordsAt(tokens, text, i + n, 1) ?? '')) continue;
    return { first: i, last: i + n - 1, kind: 'vague', low: v.low, high: v.high, yearLike: false };
  }
  return null;
}

const MAX_NUMBER_TOKENS = 10;

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** Words a number can start with, and words it can go on with: any other word ends the run unread. */
const NUMBER_START = new RegExp(`^(?:a|an|half|${NUMBER_WORDS})(?:-\\p{L}+)?$`, 'u');
const NUMBER_GOES_ON = new RegExp(`^(?:a|an|and|hundred|thousand|million|billion|trillion|dozen|${NUMBER_WORDS})(?:-\\p{L}+)?$`, 'u');

/** The longest run of tokens from `i` that is one number: "45", "two thousand and twelve", "1.5 million". */
function numberAt(tokens: readonly Token[], text: string, i: number, blocked: readonly [number, number][]): Base | null {
  const head = tokens[i]!;
  if (head.kind === 'mark' || (head.kind === 'word' && !NUMBER_START.test(head.lower))) return null;
  if (head.kind === 'num' && digitsExcluded(text, head, blocked)) return null;
  let last = i;
  while (last + 1 < tokens.length && last + 1 - i < MAX_NUMBER_TOKENS && NUMBER_GOES_ON.test(tokens[last + 1]!.lower) && spaced(text, tokens[last]!, tokens[last + 1]!)) last++;
  for (; last >= i; last--) {
    const value = parseNumberWords(text.slice(head.start, tokens[last]!.end));
    if (value === null) continue;
    if (blocked.some(([s, e]) => head.start < e && tokens[last]!.end > s)) return null;
    const yearLike = last === i && /^\d{4}$/.test(head.lower) && value >= 1000 && value <= 2099;
    return { first: i, last, kind: 'number', low: value, high: value, yearLike };
  }
  return null;
}

const SCALE_VALUES: ReadonlyMap<string, number> = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9]]);
const isScale = (t: Token): boolean => SCALE_VALUES.has(t.lower) || t.lower === 'hundred' || t.lower === 'dozen';

/**
 * "20 to 30", "20-30", "20 or 30", "between 20 and 30", and "two to three million" where the scale
 * is shared. "from 20 to 30" is left as two figures: in news it reports a change ("rose from 20 to 30").
 * A falling pair ("3-1") is a score or a label, not a range.
 */
function rangeOf(tokens: readonly Token[], text: string, a: Base, b: Base): Base | null {
  if (a.kind !== 'number' || b.kind !== 'number' || a.yearLike || b.yearLike || b.first !== a.last + 2) return null;
  const link = tokens[a.last + 1]!;
  const left = tokens[a.last]!;
  const right = tokens[b.first]!;
  const before = wordsAt(tokens, text, a.first - 1, 1);
  let first = a.first;
  if (link.kind === 'mark') {
    if (!['-', '–', '—'].includes(link.lower)) return null;
    const tight = link.start === left.end && right.start === link.end;
    if (!tight && !(spaced(text, left, link) && spaced(text, link, right))) return null;
  } else if (!spaced(text, left, link) || !spaced(text, link, right)) {
    return null;
  } else if (link.lower === 'and' && before === 'between' && spaced(text, tokens[a.first - 1]!, tokens[a.first]!)) {
    first = a.first - 1;
  } else if (!(link.lower === 'or' || (link.lower === 'to' && before !== 'from'))) {
    return null;
  }
  let low = a.low;
  const scale = SCALE_VALUES.get(tokens[b.last]!.lower);
  const aHasScale = tokens.slice(a.first, a.last + 1).some(isScale);
  if (scale !== undefined && !aHasScale && low * scale <= b.low) low = Number((low * scale).toPrecision(12));
  if (!(low < b.low)) return null;
  return { first, last: b.last, kind: 'range', low, high: b.low, yearLike: false };
}

function findBases(tokens: readonly Token[], text: string): Base[] {
  const blocked = blockedSpans(text);
  const bases: Base[] = [];
  for (let i = 0; i < tokens.length; ) {
    const base = vagueAt(tokens, text, i) ?? numberAt(tokens, text, i, blocked);
    if (base) bases.push(base);
    i = base ? base.last + 1 : i + 1;
  }
  const merged: Base[] = [];
  for (let k = 0; k < bases.length; k++) {
    const range = bases[k + 1] ? rangeOf(tokens, text, bases[k]!, bases[k + 1]!) : null;
    merged.push(range ?? bases[k]!);
    if (range) k++;
  }
  return merged;
}

/** ±10% of `n`, rounded outward to whole counts; the small epsilon keeps 100 × 1.1 at 110. */
const tenPercentBelow = (n: number): number => Math.floor((n * 9) / 10 + 1e-9);
const tenPercentAbove = (n: number): number => Math.ceil((n * 11) / 10 - 1e-9);

/** The range a bound makes of a number or vague count, or null where it adds nothing ("about dozens"). */
function bounded(bound: Bound, base: Base): Pick<FoundFigure, 'qualifier' | 'low' | 'high'> | null {
  const whole = Number.isInteger(base.low);
  if (base.kind === 'vague') {
    if (bound === 'at-least' || bound === 'more-than') return { qualifier: bound, low: base.low, high: null };
    if (bound === 'at-most' || bound === 'fewer-than') return { qualifier: bound, low: null, high: base.high };
    return null;
  }
  const n = base.low;
  switch (bound) {
    case 'at-least':
      return { qualifier: 'at-least', low: n, high: null };
    case 'more-than':
      return { qualifier: 'more-than', low: whole ? n + 1 : n, high: null };
    case 'at-most':
      return { qualifier: 'at-most', low: null, high: n };
    case 'fewer-than':
      return { qualifier: 'fewer-than', low: null, high: whole ? n - 1 : n };
    case 'about':
      return { qualifier: 'about', low: tenPercentBelow(n), high: tenPercentAbove(n) };
    case 'nearly':
      return { qualifier: 'about', low: tenPercentBelow(n), high: n };
  }
}

function oneIsCounted(tokens: readonly Token[], text: string, base: Base): boolean {
  const next = wordsAt(tokens, text, base.last + 1, 1);
  const second = wordsAt(tokens, text, base.last + 1, 2)?.split(' ')[1];
  // A participle must follow at once ("one dead"): two words on, "no one was hurt" would count.
  return (next !== null && COUNTED_AFTER_ONE.has(next)) || (second !== undefined && COUNTED_NOUNS_AFTER_ONE.has(second));
}

/** `floor`: where the figure before ends; "3 or more than 5" must not read "more" twice. */
function figureOf(tokens: readonly Token[], text: string, base: Base, floor: number): FoundFigure | null {
  let first = base.first;
  let last = base.last;
  let range: Pick<FoundFigure, 'qualifier' | 'low' | 'high'> =
    base.kind === 'number' ? { qualifier: 'exact', low: base.low, high: base.high } : { qualifier: base.kind, low: base.low, high: base.high };
  let prefix: string | null = null;
  if (base.kind !== 'range') {
    for (let n = 3; n >= 1 && prefix === null; n--) {
      const words = (tokens[base.first - n]?.start ?? -1) >= floor ? wordsAt(tokens, text, base.first - n, n) : null;
      const bound = words === null ? undefined : QUALIFIERS.get(words);
      const applied = bound && spaced(text, tokens[base.first - 1]!, tokens[base.first]!) ? bounded(bound, base) : null;
      if (words && applied) {
        prefix = words;
        range = applied;
        first = base.first - n;
      }
    }
    const suffix = SUFFIXES.get(wordsAt(tokens, text, base.last + 1, 2) ?? '');
    const applied = prefix === null && suffix && spaced(text, tokens[base.last]!, tokens[base.last + 1]!) ? bounded(suffix, base) : null;
    if (applied) {
      range = applied;
      last = base.last + 2;
    }
  }
  if (base.yearLike && (prefix === null || YEAR_QUALIFIERS.has(prefix))) return null;
  if (base.kind === 'number' && base.first === base.last && tokens[base.first]!.lower === 'one' && prefix === null && !oneIsCounted(tokens, text, base)) return null;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, phrase: text.slice(start, end), ...range };
}

/**
 * Every figure phrase of `text`, in order: numbers in digits or words with the words that bound
 * them, ranges and vague counts. Dates, years, clock times, ordinals and labels are left out.
 * Units are not part of the phrase ("some 10" of "some 10 km"): what is counted is decided apart.
 */
export function findFigures(text: string): FoundFigure[] {
  const tokens = tokenize(text);
  const found: FoundFigure[] = [];
  for (const base of findBases(tokens, text)) {
    const figure = figureOf(tokens, text, base, found.at(-1)?.end ?? 0);
    if (figure) found.push(figure);
  }
  return found;
}
