import type { TextRange } from '../model/article';
import type { Annotation } from '../model/annotation';
import { anchorQuote, type AnchorMethod } from './anchorQuote';

export type AnnotationAnchor =
  | { status: 'anchored'; method: AnchorMethod; ranges: TextRange[] }
  | { status: 'orphaned' };

export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: AnnotationAnchor;
}

/** An annotation anchors only when every one of its ranges does; otherwise it is kept, orphaned. */
export function anchorAnnotation(text: string, annotation: Annotation): AnnotationAnchor {
  const ranges: TextRange[] = [];
  let method: AnchorMethod = 'position';
  for (const [i, range] of annotation.ranges.entries()) {
    const quote = annotation.quotes[i];
    if (!quote) return { status: 'orphaned' };
    const found = anchorQuote(text, range, quote);
    if (found.status === 'orphaned') return found;
    if (found.method === 'quote') method = 'quote';
    ranges.push(found.range);
  }
  if (ranges.length === 0) return { status: 'orphaned' };
  return { status: 'anchored', method, ranges };
}

export function anchorAll(text: string, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  return annotations.map((annotation) => ({ annotation, anchor: anchorAnnotation(text, annotation) }));
}
