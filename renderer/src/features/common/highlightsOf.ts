import type { AnchoredAnnotation } from '../../core/anchoring/anchorAnnotation';
import { findTag, type TagSchema } from '../../core/model/tagSchema';
import type { Highlight } from '../../editor/highlight';

/** The tag a highlight paints under when the project no longer has its annotation's tag (grey). */
export const UNKNOWN_TAG = '';

/** What a viewer paints for anchored annotations (orphans have nowhere to be painted). */
export function highlightsOf(items: readonly AnchoredAnnotation[], schema: TagSchema, linked?: ReadonlySet<string>): Highlight[] {
  return items.flatMap(({ annotation: a, anchor }) => {
    if (anchor.status !== 'anchored') return [];
    const tag = findTag(schema, a.tag);
    return [{ id: a.id, tag: tag ? a.tag : UNKNOWN_TAG, kind: a.kind, label: tag?.label ?? a.tag, ranges: anchor.ranges, linked: linked?.has(a.id) ?? false }];
  });
}
