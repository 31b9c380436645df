import type { Annotation } from '../model/annotation';
import type { Link, LinkStatus, LinkType } from '../model/link';
import type { RowOp } from './rowOp';

/** A new link, a candidate until the analyst's verdict; `why` is set on the candidates the app suggests. */
export function createLinkOp(id: string, from: Pick<Annotation, 'id' | 'articleId'>, to: Pick<Annotation, 'id' | 'articleId'>, type: LinkType, at: string, why?: string): RowOp {
  const row: Link = {
    id,
    type,
    fromId: from.id,
    toId: to.id,
    fromArticleId: from.articleId,
    toArticleId: to.articleId,
    status: 'candidate',
    reason: '',
    rationale: '',
    createdAt: at,
    updatedAt: at,
  };
  if (why !== undefined) row.why = why;
  return { table: 'links', op: 'create', row };
}

/** A verdict: the status, and the reason that goes with explained and rejected (cleared otherwise). */
export function linkStatusOp(id: string, status: LinkStatus, reason = ''): RowOp {
  return { table: 'links', op: 'update', id, set: { status, reason: status === 'explained' || status === 'rejected' ? reason : '' } };
}

export function linkTypeOp(id: string, type: LinkType): RowOp {
  return { table: 'links', op: 'update', id, set: { type } };
}

export function linkRationaleOp(id: string, rationale: string): RowOp {
  return { table: 'links', op: 'update', id, set: { rationale } };
}

export function deleteLinkOp(id: string): RowOp {
  return { table: 'links', op: 'delete', id };
}
