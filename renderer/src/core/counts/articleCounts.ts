import type { Annotation } from '../model/annotation';
import { isOpenContradiction, type Link } from '../model/link';
import type { AppliedChange } from '../changes/appliedChange';

/**
 * What the library shows of each article, kept as a row per article and changed in the same
 * transaction as the rows it counts, so that a project of 2,000 articles and 200,000
 * annotations opens on 2,000 small rows instead of walking 200,000 index keys.
 */
export interface ArticleCounts {
  articleId: string;
  claims: number;
  entities: number;
  other: number;
  /** Contradictions still open (candidate or confirmed) with an end here, counted once per link. */
  openContradictions: number;
}

export type CountField = Exclude<keyof ArticleCounts, 'articleId'>;
const FIELDS: readonly CountField[] = ['claims', 'entities', 'other', 'openContradictions'];

export function emptyCounts(articleId: string): ArticleCounts {
  return { articleId, claims: 0, entities: 0, other: 0, openContradictions: 0 };
}

export function isEmptyCounts(c: ArticleCounts): boolean {
  return FIELDS.every((f) => c[f] === 0);
}

function kindField(kind: string): CountField {
  return kind === 'claim' ? 'claims' : kind === 'entity' ? 'entities' : 'other';
}

/** Per article, how much each count moves; only articles whose counts move are listed. */
export type CountDeltas = Map<string, Partial<Record<CountField, number>>>;

function bump(deltas: CountDeltas, articleId: string, field: CountField, by: number): void {
  const d = deltas.get(articleId) ?? {};
  d[field] = (d[field] ?? 0) + by;
  deltas.set(articleId, d);
}

function countAnnotation(deltas: CountDeltas, a: Pick<Annotation, 'articleId' | 'kind'>, by: number): void {
  bump(deltas, a.articleId, kindField(a.kind), by);
}

function countLink(deltas: CountDeltas, l: Pick<Link, 'type' | 'status' | 'fromArticleId' | 'toArticleId'>, by: number): void {
  if (!isOpenContradiction(l)) return;
  for (const id of new Set([l.fromArticleId, l.toArticleId])) bump(deltas, id, 'openContradictions', by);
}

/** How the changes of one stored action move the counts: each row's count taken off as it was, put back as it is. */
export function countDeltas(changes: readonly AppliedChange[]): CountDeltas {
  const deltas: CountDeltas = new Map();
  for (const c of changes) {
    if (c.table === 'annotations') {
      if (c.before) countAnnotation(deltas, c.before as Annotation, -1);
      if (c.after) countAnnotation(deltas, c.after as Annotation, +1);
    } else if (c.table === 'links') {
      if (c.before) countLink(deltas, c.before as Link, -1);
      if (c.after) countLink(deltas, c.after as Link, +1);
    }
  }
  for (const [id, d] of deltas) if (FIELDS.every((f) => !d[f])) deltas.delete(id);
  return deltas;
}

/** A stored counts row (or none) moved by `delta`. */
export function applyDelta(stored: ArticleCounts | undefined, articleId: string, delta: Partial<Record<CountField, number>>): ArticleCounts {
  const next = { ...(stored ?? emptyCounts(articleId)) };
  for (const f of FIELDS) next[f] = Math.max(0, next[f] + (delta[f] ?? 0));
  return next;
}

/** The counts of a whole project, from its rows (a new project, or an upgrade). */
export function countAll(annotations: Iterable<Pick<Annotation, 'articleId' | 'kind'>>, links: Iterable<Pick<Link, 'type' | 'status' | 'fromArticleId' | 'toArticleId'>>): ArticleCounts[] {
  const deltas: CountDeltas = new Map();
  for (const a of annotations) countAnnotation(deltas, a, 1);
  for (const l of links) countLink(deltas, l, 1);
  return [...deltas].map(([id, d]) => applyDelta(undefined, id, d));
}
