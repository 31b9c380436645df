import { anchorAnnotation } from '../../anchoring/anchorAnnotation';
import type { Article } from '../../model/article';
import type { Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import type { Link } from '../../model/link';
import type { ImportLog } from './importLog';

export interface CheckedImport {
  annotations: readonly { annotation: Annotation; path: string; orphan: boolean }[];
  links: readonly { link: Link; path: string }[];
  articles: readonly Article[];
  /** Entities of the file and of the project. */
  entities: ReadonlyMap<string, Entity>;
  /** Annotations already in the project, which links may join. */
  existing: ReadonlyMap<string, Annotation>;
}

/**
 * The rows as they will be written, checked against what the app assumes of its data: each
 * range inside its article, each quote the text at its range (or the annotation reported as
 * an orphan), every entity and link end there. The readers already ensure it; this catches a
 * reader that did not, as an error, before anything is written.
 */
export function checkImport(rows: CheckedImport, log: ImportLog): void {
  const articles = new Map(rows.articles.map((a) => [a.id, a]));
  const ids = new Set(rows.annotations.map((r) => r.annotation.id));
  for (const { annotation: a, path, orphan } of rows.annotations) {
    const text = articles.get(a.articleId)?.text;
    const fail = (what: string): void => log.error(path, `the imported annotation ${a.id} ${what} (a bug in the W3C import)`);
    if (text === undefined) fail(`names article "${a.articleId}", which is not in the project`);
    else if (a.ranges.length === 0 || a.ranges.length !== a.quotes.length) fail('has no range, or not one quote per range');
    else if (a.ranges.some((r) => !Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.start > r.end || r.end > text.length)) fail('has a range outside its article');
    else {
      const anchor = anchorAnnotation(text, a);
      const placed = anchor.status === 'anchored' && anchor.method === 'position';
      if (placed === orphan) fail(orphan ? 'was reported as an orphan but anchors' : 'does not anchor where it was placed');
    }
    for (const entityId of [a.entityId, a.figure?.countedEntityId ?? null, a.attribution?.entityId ?? null]) {
      if (entityId !== null && !rows.entities.has(entityId)) fail(`names entity "${entityId}", which is not there`);
    }
  }
  for (const { link, path } of rows.links) {
    for (const end of [link.fromId, link.toId]) {
      if (!ids.has(end) && !rows.existing.has(end)) log.error(path, `the imported link ${link.id} joins annotation "${end}", which is not there (a bug in the W3C import)`);
    }
  }
}
