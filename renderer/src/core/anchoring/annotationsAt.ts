import { annotationEnd, annotationStart, type Annotation } from '../model/annotation';
import type { AnchoredAnnotation } from './anchorAnnotation';

/** The anchored annotations over `offset`, innermost (shortest) first: what a click there means. */
export function annotationsAt(items: readonly AnchoredAnnotation[], offset: number): Annotation[] {
  return items
    .filter(({ anchor }) => anchor.status === 'anchored' && anchor.ranges.some((r) => r.start <= offset && offset <= r.end))
    .map((x) => x.annotation)
    .sort((a, b) => annotationEnd(a) - annotationStart(a) - (annotationEnd(b) - annotationStart(b)));
}
