import type { CountedThing } from '../model/figure';

/**
 * Where the words around a figure stop being about it: sentence ends, commas (not the one inside
 * "50,000"), semicolons, colons, spaced dashes, and the conjunctions that start another clause.
 * "a 30,000 barrels per day output, while the gas field had 13 million cubic metres" must not give
 * the second figure the first one's barrels. A full stop ends a sentence only before a space and a
 * capital or the end, so "U.S. troops" stays one clause. No `i` flag: with it \p{Lu} would match
 * any letter; a conjunction that opens a sentence follows a full stop anyway.
 */
const CLAUSE_END = /[!?;:\n]|,(?!\d)|\.(?=\s+["“‘'(]?\p{Lu}|\s*$)|\s[-–—]\s|\b(?:but|while|whereas|although|though)\b/gu;

interface Match {
  id: string;
  start: number;
  end: number;
  outcome: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A thing is an outcome (what happened to those counted: killed, wounded, displaced) when one of
 * its terms is a participle. Outcomes outrank what the counted are (troops, fighters): in
 * "killed at least 100 pro-regime fighters" the figure is a death toll. CountedThing has no field
 * that says so, and the participle holds for the default list and for the likes of "displaced".
 */
const isOutcome = (thing: CountedThing): boolean => thing.terms.some((t) => /(?:ed|ing)$/i.test(t.trim()));

/** No clause of news prose runs this far; looking no further keeps a figure of a long article cheap. */
const REACH = 1000;

function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  const windowStart = Math.max(0, start - REACH);
  let from = windowStart;
  let to = Math.min(text.length, end + REACH);
  for (const m of text.slice(windowStart, to).matchAll(CLAUSE_END)) {
    const at = windowStart + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/** Terms are few and the same on every call; compiling each once keeps a pass over many claims cheap. */
const patterns = new Map<string, RegExp>();

function termPattern(term: string): RegExp {
  let re = patterns.get(term);
  if (!re) {
    // Whole words, case-insensitive; a hyphen is a word edge, so "strong" is found in "50,000-strong".
    const words = term.trim().split(/\s+/).map(escape).join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(term, re);
  }
  return re;
}

function termMatches(clause: string, offset: number, things: readonly CountedThing[]): Match[] {
  return things.flatMap((thing) =>
    thing.terms
      .filter((term) => term.trim() !== '')
      .flatMap((term) =>
        [...clause.matchAll(termPattern(term))].map((m) => ({
          id: thing.id,
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          outcome: isOutcome(thing),
        })),
      ),
  );
}

/**
 * The id of what a figure counts, read from the terms of `things` in the figure's clause: the
 * nearest outcome term after the figure, else the nearest outcome term before it ("killing at least
 * 100"), else the nearest term of any kind after it ("2,000 troops"). Other terms before a figure
 * are not its thing: in "air strikes after 20 to 30 rounds landed within 500 metres", the 500
 * counts neither strikes nor rounds. '' when no term fits.
 */
export function countedThingOf(text: string, figure: { start: number; end: number }, things: readonly CountedThing[]): string {
  const { from, to } = clauseAround(text, figure.start, figure.end);
  const matches = termMatches(text.slice(from, to), from, things);
  const after = matches.filter((m) => m.start >= figure.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const before = matches.filter((m) => m.end <= figure.start).sort((a, b) => b.end - a.end || a.start - b.start);
  const pick = after.find((m) => m.outcome) ?? before.find((m) => m.outcome) ?? after[0];
  return pick?.id ?? '';
}
