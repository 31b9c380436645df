/** What a `urn:crosscheck:` IRI names. */
export type CrosscheckKind = 'project' | 'annotation' | 'link' | 'article' | 'entity';

const PREFIX = 'urn:crosscheck:';

/**
 * The IRI of one of our rows. Ids are percent-encoded so any id the app may hold still makes
 * a valid IRI (the assertions check `format: uri`), and decoding gives back the same id.
 */
export function crosscheckIri(kind: CrosscheckKind, id: string): string {
  return `${PREFIX}${kind}:${encodeURIComponent(id)}`;
}

/** The row id inside one of our IRIs of that kind, or null for any other IRI. */
export function crosscheckIdOf(iri: string, kind: CrosscheckKind): string | null {
  const head = `${PREFIX}${kind}:`;
  if (!iri.startsWith(head) || iri.length === head.length) return null;
  try {
    return decodeURIComponent(iri.slice(head.length));
  } catch {
    return null;
  }
}

/** "Deir Ezzor, 2018" → "deir-ezzor-2018": a project has no id of its own in a snapshot. */
export function projectSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'project';
}

export function projectIri(name: string): string {
  return `${PREFIX}project:${projectSlug(name)}`;
}

/** Pages are numbered from 1 under their collection's IRI. */
export function pageIri(collectionIri: string, page: number): string {
  return `${collectionIri}:page:${page}`;
}
