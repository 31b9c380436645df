import type { AnchoredAnnotation } from '../../core/anchoring/anchorAnnotation';
import { findTag, type TagSchema } from '../../core/model/tagSchema';
import type { Highlight } from '../../editor/annotationHighlights';

/** What a viewer paints for anchored annotations (orphans have nowhere to be painted). */
export function highlightsOf(items: readonly AnchoredAnnotation[], schema: TagSchema, linked?: ReadonlySet<string>): Highlight[] {
  return items.flatMap(({ annotation: a, anchor }) =>
    anchor.status === 'anchored'
      ? [{ id: a.id, tag: a.tag, kind: a.kind, label: findTag(schema, a.tag)?.label ?? a.tag, ranges: anchor.ranges, linked: linked?.has(a.id) ?? false }]
      : [],
  );
}
