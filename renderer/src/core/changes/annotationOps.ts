import type { ArticleMeta, TextRange } from '../model/article';
import type { Annotation } from '../model/annotation';
import type { TagDef } from '../model/tagSchema';
import { describeQuote } from '../text/describeQuote';
import type { RowOp } from './rowOp';

/** A new annotation of `tag` over `range` of the article's text, as a create op. */
export function createAnnotationOp(id: string, articleId: string, text: string, range: TextRange, tag: TagDef, at: string): RowOp {
  const row: Annotation = {
    id,
    articleId,
    kind: tag.kind,
    tag: tag.id,
    ranges: [{ start: range.start, end: range.end }],
    quotes: [describeQuote(text, range)],
    note: '',
    attributes: {},
    entityId: null,
    createdAt: at,
    updatedAt: at,
  };
  return { table: 'annotations', op: 'create', row };
}

/** The fields an annotation's kind sets: only entity mentions are linked to an entity. */
export function kindFields(kind: string): Pick<Annotation, 'kind'> & Partial<Pick<Annotation, 'entityId'>> {
  return kind === 'entity' ? { kind } : { kind, entityId: null };
}

/** Sets the tag (and its kind) and nothing else: a note stored meanwhile stays. */
export function retagOp(id: string, tag: TagDef): RowOp {
  return { table: 'annotations', op: 'update', id, set: { tag: tag.id, ...kindFields(tag.kind) } };
}

export function noteOp(id: string, note: string): RowOp {
  return { table: 'annotations', op: 'update', id, set: { note } };
}

export function deleteAnnotationOp(id: string): RowOp {
  return { table: 'annotations', op: 'delete', id };
}

/** Deletes the article; the store deletes its text and annotations with it, in the same transaction. */
export function deleteArticleOp(id: string): RowOp {
  return { table: 'articles', op: 'delete', id };
}

export function articleMetaOp(id: string, meta: ArticleMeta): RowOp {
  return { table: 'articles', op: 'update', id, set: { ...meta } };
}

/** An annotation that already has `tag` over exactly `range`: tagging it again would be a silent duplicate. */
export function sameTagOnSpan(annotations: Iterable<Annotation>, range: TextRange, tagId: string): Annotation | null {
  for (const a of annotations) {
    if (a.tag !== tagId || a.ranges.length !== 1) continue;
    const r = a.ranges[0];
    if (r && r.start === range.start && r.end === range.end) return a;
  }
  return null;
}
