import type { CountedThing, Figure } from '../model/figure';
import { countedThingOf } from './countedThingOf';
import { findFigures, type FoundFigure } from './findFigures';

/** A figure with the text its offsets point into, whose words around it say what it counts. */
interface Read {
  figure: FoundFigure;
  context: string;
}

/** The claim's figures, placed in the sentence where the sentence has the claim's words. */
function claimFigures(claimText: string, sentence: string): Read[] {
  const at = claimText === '' ? -1 : sentence.indexOf(claimText);
  if (at < 0) {
    // The claim is not a verbatim part of the sentence (its text was edited): its own words are all there is.
    return findFigures(claimText).map((figure) => ({ figure, context: claimText }));
  }
  // Read in the sentence rather than the claim alone: of "killed at least 100 pro-regime fighters",
  // a selection "100 pro-regime fighters" still states at least 100, and "killed" says what it counts.
  const end = at + claimText.length;
  return findFigures(sentence)
    .filter((f) => f.start < end && f.end > at)
    .map((figure) => ({ figure, context: sentence }));
}

/**
 * The figure a claim states, as a proposal the analyst accepts or edits: from the claim's own words
 * first, else from its sentence; of several, the first whose counted thing is known, else the first.
 * Null when neither states a number.
 */
export function proposeFigure(claimText: string, sentence: string, things: readonly CountedThing[]): Figure | null {
  const own = claimFigures(claimText, sentence);
  const reads = own.length > 0 ? own : findFigures(sentence).map((figure) => ({ figure, context: sentence }));
  const counted = reads.map((r) => ({ ...r, counted: countedThingOf(r.context, r.figure, things) }));
  const best = counted.find((r) => r.counted !== '') ?? counted[0];
  if (!best) return null;
  const { phrase, qualifier, low, high } = best.figure;
  return { phrase, qualifier, low, high, counted: best.counted, countedEntityId: null };
}
