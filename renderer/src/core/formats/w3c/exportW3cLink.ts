import type { Link } from '../../model/link';
import { exportLookup, type ExportLookup, type ExportProject } from './exportLookup';
import { lifecycle } from './exportW3cAnnotation';
import { crosscheckIri } from './w3cIds';
import { w3cContext, type W3cLinkAnnotation } from './w3cTypes';

/** One link as a standalone W3C document (with its own `@context`). */
export function exportW3cLink(link: Link, project: ExportProject): W3cLinkAnnotation {
  return { '@context': w3cContext(), ...linkItem(link, exportLookup(project)) };
}

/**
 * A link as a `linking` annotation whose two targets are the claims (Recogito's pattern, the
 * one W3C readers already show). The type is a `classifying` body, not `tagging`, so a reader
 * listing tags does not mix relation types into the project's tags; the rationale is a
 * `commenting` body; direction, status, reason and why are our own terms.
 */
export function linkItem(link: Link, lookup: ExportLookup): W3cLinkAnnotation {
  const from = crosscheckIri('annotation', link.fromId);
  const to = crosscheckIri('annotation', link.toId);
  const item: W3cLinkAnnotation = {
    id: crosscheckIri('link', link.id),
    type: 'Annotation',
    motivation: 'linking',
    ...lifecycle(link.createdAt, link.updatedAt),
    body: [{ type: 'TextualBody', purpose: 'classifying', value: lookup.linkType(link.type)?.label ?? link.type, 'cc:linkType': link.type }],
    target: [from, to],
    'cc:from': from,
    'cc:to': to,
    'cc:status': link.status,
  };
  if (link.rationale !== '') item.body.push({ type: 'TextualBody', purpose: 'commenting', value: link.rationale });
  if (link.reason !== '') item['cc:reason'] = link.reason;
  if (link.why !== undefined) item['cc:why'] = link.why;
  return item;
}
