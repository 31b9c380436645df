import type { TextRange } from './article';
import type { Attribution, Figure } from './figure';

/** The quoted text of one range with context, so it can be found again (W3C TextQuoteSelector). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export type AttributeValue = string | number | boolean;

export interface Annotation {
  id: string;
  articleId: string;
  /** `claim`, `entity` or another kind of the project's tag schema. */
  kind: string;
  /** Id of a tag in the project's tag schema. */
  tag: string;
  /** One or more ranges in text order; several ranges make a discontinuous annotation. */
  ranges: TextRange[];
  /** One quote per range, same order. */
  quotes: TextQuote[];
  note: string;
  attributes: Record<string, AttributeValue>;
  /** Canonical entity of the project, for entity mentions. */
  entityId: string | null;
  /**
   * For claims, the number it states. Absent: the analyst has not decided, and the app may
   * propose one from the text. Null: the analyst cleared it, and nothing is proposed.
   */
  figure?: Figure | null;
  /** For claims, who the article says made it; absent and null as for `figure`. */
  attribution?: Attribution | null;
  createdAt: string;
  updatedAt: string;
}

export function annotationStart(a: Pick<Annotation, 'ranges'>): number {
  return a.ranges[0]?.start ?? 0;
}

export function annotationEnd(a: Pick<Annotation, 'ranges'>): number {
  return a.ranges[a.ranges.length - 1]?.end ?? 0;
}

/** Text order: by start, then longer first so an enclosing annotation precedes what it contains. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return annotationStart(a) - annotationStart(b) || annotationEnd(b) - annotationEnd(a) || a.id.localeCompare(b.id);
}

export function annotationText(a: Pick<Annotation, 'quotes'>): string {
  return a.quotes.map((q) => q.exact).join(' … ');
}
