import { proposeAttribution } from '../attribution/proposeAttribution';
import { matchEntities } from '../entities/matchEntities';
import { proposeFigure } from '../figures/proposeFigure';
import { annotationEnd, annotationStart, annotationText, type Annotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import type { Attribution, CountedThing, Figure } from '../model/figure';
import type { TextRange } from '../model/article';
import { sentenceRangeAt } from '../text/sentenceAt';

export interface ProposedFacts {
  figure: Figure | null;
  attribution: Attribution | null;
  /** The claim's sentence (or sentences), where both were read. */
  sentence: TextRange;
}

/**
 * The entity a source's name is, when it is one by name, alias or spelling variant (never a
 * guess on a close spelling). "The US Central Command (CENTCOM)" is tried whole, then
 * without the brackets, then as what the brackets hold.
 */
export function entityNamed(name: string, entities: readonly Entity[]): string | null {
  const bracket = /\(([^()]+)\)/.exec(name);
  const tries = bracket ? [name, name.replace(bracket[0], ' '), bracket[1] ?? ''] : [name];
  for (const attempt of tries) {
    const best = matchEntities(attempt.trim(), entities, 1)[0];
    if (best && (best.how === 'exact' || best.how === 'variant')) return best.entity.id;
  }
  return null;
}

/**
 * What the app reads in a claim: the figure it states and who the article says made it,
 * from the claim's text and its sentence. Only proposals: they show until the analyst accepts,
 * edits or clears them, and never replace what the analyst set.
 */
export function proposeFacts(text: string, claim: Annotation, counted: readonly CountedThing[], entities: readonly Entity[]): ProposedFacts {
  const range = { start: annotationStart(claim), end: annotationEnd(claim) };
  const sentence = sentenceRangeAt(text, range);
  const figure = proposeFigure(annotationText(claim), text.slice(sentence.start, sentence.end), counted);
  const found = proposeAttribution(text, range);
  const attribution = found ? { phrase: found.phrase, source: found.source, entityId: entityNamed(found.source, entities) } : null;
  return { figure, attribution, sentence };
}

/** The figure that counts for a claim: the analyst's when decided (null: none), else the proposal. */
export function figureOf(claim: Annotation, proposed: ProposedFacts): Figure | null {
  return claim.figure === undefined ? proposed.figure : claim.figure;
}

export function attributionOf(claim: Annotation, proposed: ProposedFacts): Attribution | null {
  return claim.attribution === undefined ? proposed.attribution : claim.attribution;
}
