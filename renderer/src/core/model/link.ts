/** A typed link between two annotations, usually claims in different articles. */
export type LinkType = 'contradicts' | 'supports' | 'same-claim' | 'updates' | (string & {});
export type LinkStatus = 'candidate' | 'confirmed' | 'rejected' | 'explained';

export interface Link {
  id: string;
  type: LinkType;
  fromId: string;
  toId: string;
  status: LinkStatus;
  reason: string;
  rationale: string;
  createdAt: string;
  updatedAt: string;
}
