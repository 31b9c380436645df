/** A typed link between two annotations, usually claims in different articles. */
export type LinkType = 'contradicts' | 'supports' | 'same-claim' | 'updates' | (string & {});
export type LinkStatus = 'candidate' | 'confirmed' | 'rejected' | 'explained';

export interface Link {
  id: string;
  type: LinkType;
  fromId: string;
  toId: string;
  /** The articles of the two ends, kept on the link (annotations never change article) so lists and counts need no join. */
  fromArticleId: string;
  toArticleId: string;
  status: LinkStatus;
  /** A reason code (LINK_REASONS) for explained and rejected links, else empty. */
  reason: string;
  rationale: string;
  /** Why the app proposed it, for candidates it suggested; absent on links the analyst made. */
  why?: string;
  createdAt: string;
  updatedAt: string;
}

/** A kind of link: the four built in, and any a project adds. */
export interface LinkTypeDef {
  id: LinkType;
  label: string;
  /** Hex colour, #RRGGBB. */
  color: string;
  /** Directed (A updates B) or symmetric (A contradicts B is B contradicts A). */
  directed: boolean;
  /** The key that picks it after L. */
  key: string;
}

export const DEFAULT_LINK_TYPES: readonly LinkTypeDef[] = [
  { id: 'contradicts', label: 'Contradicts', color: '#D55E00', directed: false, key: '1' },
  { id: 'supports', label: 'Supports', color: '#009E73', directed: true, key: '2' },
  { id: 'same-claim', label: 'Same claim', color: '#0072B2', directed: false, key: '3' },
  { id: 'updates', label: 'Updates', color: '#CC79A7', directed: true, key: '4' },
];

export const LINK_STATUSES: readonly LinkStatus[] = ['candidate', 'confirmed', 'explained', 'rejected'];

export const STATUS_LABELS: Record<LinkStatus, string> = {
  candidate: 'Candidate',
  confirmed: 'Confirmed',
  explained: 'Explained',
  rejected: 'Rejected',
};

/** Why a contradiction is explained away or rejected; the key picks it after X in the review. */
export const LINK_REASONS: readonly { id: string; label: string; key: string }[] = [
  { id: 'different-time', label: 'Different time', key: '1' },
  { id: 'different-scope', label: 'Different scope', key: '2' },
  { id: 'different-source', label: 'Different source', key: '3' },
  { id: 'different-counting', label: 'Different counting', key: '4' },
  { id: 'reporting-error', label: 'Reporting error', key: '5' },
  { id: 'other', label: 'Other', key: '6' },
];

export function linkTypeOf(types: readonly LinkTypeDef[], id: string): LinkTypeDef | undefined {
  return types.find((t) => t.id === id);
}

/** The other end of a link, seen from annotation `id`. */
export function otherEnd(link: Link, id: string): { annotationId: string; articleId: string } {
  return link.fromId === id ? { annotationId: link.toId, articleId: link.toArticleId } : { annotationId: link.fromId, articleId: link.fromArticleId };
}

/** Contradictions still to be dealt with or upheld: candidates and confirmed ones. */
export function isOpenContradiction(link: Pick<Link, 'type' | 'status'>): boolean {
  return link.type === 'contradicts' && (link.status === 'candidate' || link.status === 'confirmed');
}
