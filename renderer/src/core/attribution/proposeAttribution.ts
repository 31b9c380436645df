import type { TextRange } from '../model/article';
import { sentenceRangeAt } from '../text/sentenceAt';
import { ATTRIBUTION_VERBS, PRONOUN_SPEAKERS, VERB_MODIFIERS } from './attributionVerbs';

/** A guess at the `phrase` and `source` of an `Attribution`, with where each sits in the text. */
export interface ProposedAttribution {
  /** The attributing words ("a US military official said on condition of anonymity"). */
  phrase: string;
  /** The speaker as named, with its determiner ("a US military official"). */
  source: string;
  phraseRange: TextRange;
  sourceRange: TextRange;
}

/**
 * `anchor` is where the attributing word is (a verb inside quoted words is the quoted speaker's);
 * `rank` breaks ties: a verb binds tighter than "according to", which binds tighter than "citing".
 */
interface Candidate {
  phrase: TextRange;
  source: TextRange;
  anchor: number;
  rank: number;
}

/** The sentence read: `end` stops before its closing punctuation; `quotes` are the quoted spans of its paragraph. */
interface Scope {
  text: string;
  start: number;
  end: number;
  quotes: TextRange[];
}

const wordsOf = (list: readonly string[]) => `(?<![\\p{L}\\p{N}'’-])(?:${list.join('|')})(?![\\p{L}\\p{N}'’-])`;
const VERB = new RegExp(wordsOf(ATTRIBUTION_VERBS), 'gu');
const HAS_VERB = new RegExp(wordsOf(ATTRIBUTION_VERBS), 'u');
const ACCORDING = /(?<!\p{L})[Aa]ccording to\s+/gu;
const CITING = /,\s+citing\s+/gu;

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WHEN = `(?:(?:(?:late|early) )?(?:on )?${DAY}|yesterday|today|tonight|earlier|later|last (?:week|month|year|night)|this (?:week|month|year))`;
/** Where a speaker's name stops: a clause, a time, or the next attribution starts. */
const SPEAKER_CUT = new RegExp(
  `\\s(?:who|which|that|whose|whom|where|citing|speaking|saying|adding|on condition|in (?:a|an) (?:statement|interview|briefing)|${WHEN}|${ATTRIBUTION_VERBS.join('|')})(?![\\p{L}])`,
  'u',
);
/** Words after the verb that still say how it was said; a time before them is kept to stay contiguous. */
const MANNER = new RegExp(`^(?:\\s+${WHEN})?\\s+(?:(?:speaking )?on condition of anonymity|in (?:a|an) (?:statement|interview|briefing))`, 'u');
const TOLD_WHOM = new RegExp(`^\\s+(?:reporters|journalists|(?!${DAY})\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+(?!${DAY})\\p{Lu}[\\p{L}\\p{N}'’.-]*)*)`, 'u');
const CITING_TAIL = /^,?\s+citing\s+/u;
const DETERMINED = '(?:(?:the|a|an|its|their|his|her|this|these|those|some)(?!\\p{L})|\\p{Lu}|\\p{N})';
/** Opens a subordinate clause: the speaker of "…came after the ministry said" starts after it. */
const CLAUSE_OPENER = new RegExp(
  `(?:^|\\s)(?:after|as|while|when|because|since|before|although|though|whereas|but|But|And|Yet|So|Still|Meanwhile|if|once|until|where|that(?=\\s+${DETERMINED}))\\s`,
  'gu',
);
/** Opens a relative clause inside the speaker: "Officials who spoke to AFP said" names "Officials". */
const RELATIVE = new RegExp(`\\s(?:who|which|whose|whom|that(?!\\s+${DETERMINED}))\\s`, 'u');

// A speaker is a noun phrase: it opens with no relative word or preposition ("In Deir Ezzor, …, said"),
// ends on no function word ("appeared to deny", "could not confirm") and holds no finite verb ("The claims were denied").
const FIRST_NOT_SPEAKER = /^(?:which|who|whom|whose|that|what|where|when|why|how|in|on|at|with|after|before|despite|during|for|from|by|since|until|to|of|over|under|about|against|amid|among|near)$/iu;
const LAST_NOT_SPEAKER = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'not', 'no', 'than', 'its', 'their', 'his', 'her']);
const FINITE = /(?<!\p{L})(?:is|are|was|were|be|been|being|does|do|did|will|would|can|could|should|shall|may|might|must)(?!\p{L})/iu;
const DESCRIPTION = /^(?:the|a|an)\s/iu;
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|(?:al|el|bin|ibn|abu|de|da|di|van|von|der|la|le)(?:-\\p{L}+)?)";
const NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORD}){0,4}$`, 'u');
const QUOTE_CHARS = '"“”«»';
const ABBREVIATION_END = /(?:\p{L}\.)+\p{L}$/u;

const isQuote = (c: string) => c !== '' && QUOTE_CHARS.includes(c);
const inside = (spans: TextRange[], at: number) => spans.some((q) => q.start <= at && at < q.end);
const isSpace = (c: string) => /\s/u.test(c);
const slice = (s: Scope, r: TextRange) => s.text.slice(r.start, r.end);

/** Quoted spans of the paragraph: a straight quote closes whatever quote is open; an unclosed one runs to the paragraph's end. */
function quoteSpans(text: string, from: number, to: number): TextRange[] {
  const spans: TextRange[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '“' || c === '«' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '»' || c === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: to });
  return spans;
}

function scopeOf(text: string, sentence: TextRange): Scope {
  let end = sentence.end;
  while (end > sentence.start && /[.!?…"'”’»\s]/u.test(text.charAt(end - 1))) end--;
  // "…officials in the U.S." keeps the full stop of its abbreviation.
  if (text.charAt(end) === '.' && ABBREVIATION_END.test(text.slice(sentence.start, end))) end++;
  const paragraphStart = sentence.start === 0 ? 0 : text.lastIndexOf('\n', sentence.start - 1) + 1;
  const newline = text.indexOf('\n', sentence.end);
  const quotes = quoteSpans(text, paragraphStart, newline < 0 ? text.length : newline);
  return { text, start: sentence.start, end, quotes };
}

function trim(s: Scope, start: number, end: number): TextRange {
  let a = start;
  let b = end;
  while (a < b && isSpace(s.text.charAt(a))) a++;
  while (b > a && isSpace(s.text.charAt(b - 1))) b--;
  return { start: a, end: b };
}

/** 'pronoun' for "it", "she"…; null when the words cannot name a speaker. */
function speakerKind(words: string): 'name' | 'pronoun' | null {
  const list = words.split(/\s+/u).filter((w) => w !== '');
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last || list.length > 10) return null;
  if (list.length === 1 && PRONOUN_SPEAKERS.includes(first.toLowerCase())) return 'pronoun';
  if (FIRST_NOT_SPEAKER.test(first) || LAST_NOT_SPEAKER.has(last.toLowerCase())) return null;
  if (FINITE.test(words) || HAS_VERB.test(words) || !/\p{L}/u.test(words)) return null;
  return 'name';
}

/** Where the clause holding `pos` starts, scanning back over brackets; `afterComma` when a comma or quote opened it. */
function clauseStart(s: Scope, pos: number): { start: number; afterComma: boolean } {
  let depth = 0;
  for (let i = pos - 1; i >= s.start; i--) {
    const c = s.text.charAt(i);
    if (c === ')') depth++;
    else if (c === '(') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (c === ',' || isQuote(c)) return { start: i + 1, afterComma: true };
    else if (/[;:—–]/u.test(c) || (c === '-' && s.text.charAt(i - 1) === ' ')) return { start: i + 1, afterComma: false };
  }
  return { start: s.start, afterComma: false };
}

/** The speaker words that end at `end`: from the clause start, after any "But" or "after" that opens the clause. */
function speakerBefore(s: Scope, end: number): { range: TextRange; afterComma: boolean } {
  const clause = clauseStart(s, end);
  let start = clause.start;
  let afterComma = clause.afterComma;
  for (const m of s.text.slice(start, end).matchAll(CLAUSE_OPENER)) {
    start = clause.start + m.index + m[0].length;
    afterComma = false;
  }
  const range = trim(s, start, end);
  const relative = RELATIVE.exec(slice(s, range));
  return { range: relative ? trim(s, range.start, range.start + relative.index) : range, afterComma };
}

/** A speaker named after `from`, up to a comma, quote or dash, trimmed of trailing clauses and times. */
function speakerAfter(s: Scope, from: number): TextRange {
  let depth = 0;
  let stop = s.end;
  for (let i = from; i < s.end; i++) {
    const c = s.text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (/[,;:—–]/u.test(c) || isQuote(c) || (c === '-' && s.text.charAt(i - 1) === ' '))) {
      stop = i;
      break;
    }
  }
  const cut = SPEAKER_CUT.exec(s.text.slice(from, stop));
  return trim(s, from, cut ? from + cut.index : stop);
}

/** "the head of the monitor, Rami Abdel Rahman": the name, when a description is followed by one. */
function preferName(s: Scope, head: TextRange, apposition: TextRange | null): TextRange {
  if (!apposition || !DESCRIPTION.test(slice(s, head))) return head;
  return NAME.test(slice(s, apposition)) ? apposition : head;
}

/** The speaker named after `from`: the name in apposition to a description, when there is one. */
function namedAfter(s: Scope, from: number): TextRange {
  const head = speakerAfter(s, from);
  const comma = trim(s, head.end, s.end).start;
  return preferName(s, head, s.text.charAt(comma) === ',' ? speakerAfter(s, comma + 1) : null);
}

/** End of the attributing words after the verb: "told reporters", "on condition of anonymity", "citing a source". */
function phraseTail(s: Scope, verb: TextRange): number {
  let end = verb.end;
  const rest = () => s.text.slice(end, s.end);
  if (['told', 'tells'].includes(slice(s, verb))) end += TOLD_WHOM.exec(rest())?.[0].length ?? 0;
  end += MANNER.exec(rest())?.[0].length ?? 0;
  const citing = CITING_TAIL.exec(rest());
  if (citing) {
    const cited = speakerAfter(s, end + citing[0].length);
    if (cited.end > cited.start) end = cited.end;
  }
  return end;
}

/** "…damages," said Lilwa al-Abdallah: the speaker follows the verb. */
function inverted(s: Scope, verb: TextRange): Candidate | null {
  const source = namedAfter(s, verb.end);
  if (speakerKind(slice(s, source)) === null) return null;
  return { phrase: { start: verb.start, end: source.end }, source, anchor: verb.start, rank: 0 };
}

/** "X, which only confirmed 45, said" / "The US, however, has stated": the speaker is before the first comma. */
function parenthetical(s: Scope, open: number, close: number, verb: TextRange): Candidate | null {
  const head = speakerBefore(s, open).range;
  const source = preferName(s, head, trim(s, open + 1, close));
  if (speakerKind(slice(s, source)) === null) return null;
  return { phrase: { start: head.start, end: phraseTail(s, verb) }, source, anchor: verb.start, rank: 0 };
}

function commaBefore(s: Scope, pos: number): number {
  for (let i = pos - 1; i >= s.start; i--) if (s.text.charAt(i) === ',' && !inside(s.quotes, i)) return i;
  return -1;
}

function verbCandidate(s: Scope, verb: TextRange): Candidate | null {
  let end = verb.start;
  for (;;) {
    const m = /(\S+)\s*$/u.exec(s.text.slice(s.start, end));
    if (!m?.[1] || !VERB_MODIFIERS.includes(m[1])) break;
    end = s.start + m.index;
  }
  end = trim(s, s.start, end).end;
  const last = s.text.charAt(end - 1);
  if (isQuote(last) || (last === ',' && isQuote(s.text.charAt(end - 2)))) return inverted(s, verb);
  if (last === ',') {
    const open = commaBefore(s, end - 1);
    return (open >= 0 ? parenthetical(s, open, end - 1, verb) : null) ?? inverted(s, verb);
  }
  const speaker = speakerBefore(s, end);
  if (speaker.range.start >= speaker.range.end || speakerKind(slice(s, speaker.range)) === null) return null;
  const tail = phraseTail(s, verb);
  // "What does Syrian media say?": with nothing reported before or after, the verb attributes nothing.
  if (!speaker.afterComma && !/[\p{L}\p{N}]/u.test(s.text.slice(tail, s.end))) return null;
  return { phrase: { start: speaker.range.start, end: tail }, source: speaker.range, anchor: verb.start, rank: 0 };
}

function candidates(s: Scope): Candidate[] {
  const found: Candidate[] = [];
  const sentence = s.text.slice(s.start, s.end);
  for (const m of sentence.matchAll(VERB)) {
    const at = s.start + m.index;
    const c = verbCandidate(s, { start: at, end: at + m[0].length });
    if (c) found.push(c);
  }
  for (const m of sentence.matchAll(ACCORDING)) {
    const at = s.start + m.index;
    const source = namedAfter(s, at + m[0].length);
    found.push({ phrase: { start: at, end: source.end }, source, anchor: at, rank: 1 });
  }
  for (const m of sentence.matchAll(CITING)) {
    const at = s.start + m.index;
    const cited = speakerAfter(s, at + m[0].length);
    const head = speakerBefore(s, at).range;
    found.push({ phrase: { start: head.start, end: cited.end }, source: head, anchor: at, rank: 2 });
  }
  return found;
}

const distance = (a: TextRange, b: TextRange) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * Who the claim's sentence says made the claim, as the words name them; null when nothing in
 * the sentence attributes it.
 *
 * Pronoun speakers ("it said", "she said") are never proposed, and a sentence whose only speaker
 * is a pronoun gives null: the proposal pre-fills the source an analyst links to an entity, and
 * "it" names none, so an empty field (the analyst reads back) costs less than a wrong one.
 * Speakers inside quoted words ("We estimate…") are the quoted person's, not the article's.
 * When the sentence names several speakers, the one nearest the claim wins.
 */
export function proposeAttribution(text: string, claim: TextRange): ProposedAttribution | null {
  const sentence = sentenceRangeAt(text, claim);
  const s = scopeOf(text, sentence);
  const target = { start: Math.min(claim.start, claim.end), end: Math.max(claim.start, claim.end) };
  const usable = candidates(s).filter(
    (c) => !inside(s.quotes, c.anchor) && !inside(s.quotes, c.source.start) && speakerKind(slice(s, c.source)) === 'name',
  );
  const best = usable.sort(
    (a, b) => distance(a.phrase, target) - distance(b.phrase, target) || a.rank - b.rank || a.phrase.start - b.phrase.start,
  )[0];
  if (!best) return null;
  return { phrase: slice(s, best.phrase), source: slice(s, best.source), phraseRange: best.phrase, sourceRange: best.source };
}
