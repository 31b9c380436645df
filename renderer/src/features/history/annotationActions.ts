import type { TextRange } from '../../core/model/article';
import type { Annotation } from '../../core/model/annotation';
import { newId } from '../../core/model/ids';
import type { TagDef } from '../../core/model/tagSchema';
import type { ChangeSet } from '../../core/history/annotationChange';
import { describeQuote } from '../../core/text/describeQuote';

export function createAnnotation(articleId: string, text: string, range: TextRange, tag: TagDef): ChangeSet {
  const now = new Date().toISOString();
  const annotation: Annotation = {
    id: newId('a'),
    articleId,
    kind: tag.kind,
    tag: tag.id,
    ranges: [{ start: range.start, end: range.end }],
    quotes: [describeQuote(text, range)],
    note: '',
    attributes: {},
    entityId: null,
    createdAt: now,
    updatedAt: now,
  };
  return { label: `Tag as ${tag.label}`, changes: [{ before: null, after: annotation }] };
}

export function retagAnnotation(annotation: Annotation, tag: TagDef): ChangeSet {
  const after = { ...annotation, tag: tag.id, kind: tag.kind, updatedAt: new Date().toISOString() };
  return { label: `Retag as ${tag.label}`, changes: [{ before: annotation, after }] };
}

export function editNote(annotation: Annotation, note: string): ChangeSet {
  const after = { ...annotation, note, updatedAt: new Date().toISOString() };
  return { label: 'Edit note', changes: [{ before: annotation, after }] };
}

export function deleteAnnotation(annotation: Annotation): ChangeSet {
  return { label: 'Delete annotation', changes: [{ before: annotation, after: null }] };
}
