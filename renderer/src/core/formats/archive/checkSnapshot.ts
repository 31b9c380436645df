import { DEFAULT_LINK_TYPES } from '../../model/link';
import type { ProjectSnapshot } from '../projectSnapshot';
import type { FieldReader } from './checkFields';

/**
 * What the rows must agree on before any is written: ids unique in each list, every
 * reference to a row that exists, every range inside its article's text and every quote
 * equal to the text it covers.
 */
export function checkSnapshot(r: FieldReader, s: ProjectSnapshot): void {
  const unique = <T extends { id: string }>(list: readonly T[], key: string) => {
    const first = new Map<string, number>();
    list.forEach((row, i) => {
      const seen = first.get(row.id);
      if (seen !== undefined) r.fail(`${key}[${i}].id`, `“${row.id}” is also the id of ${key}[${seen}]`);
      else first.set(row.id, i);
    });
    return new Map(list.map((row) => [row.id, row]));
  };
  const articles = unique(s.articles, 'articles');
  const annotations = unique(s.annotations, 'annotations');
  const entities = unique(s.entities, 'entities');
  const tags = unique(s.tags, 'tags');
  const kinds = unique(s.kinds, 'kinds');
  unique(s.links, 'links');
  unique(s.counted, 'counted');
  const linkTypes = unique([...DEFAULT_LINK_TYPES, ...s.linkTypes], 'linkTypes');
  const entity = (id: string | null | undefined, path: string) => {
    if (id && !entities.has(id)) r.fail(path, `names the entity “${id}”, which is not in the archive`);
  };

  s.articles.forEach((a, i) => {
    if (a.length !== a.text.length) r.fail(`articles[${i}].length`, `is ${a.length} but the text has ${a.text.length} characters`);
    [...a.blocks, ...a.marks].forEach((b) => {
      if (b.start > b.end || b.end > a.text.length) r.fail(`articles[${i}]`, `a block or mark [${b.start}, ${b.end}) is outside the text (${a.text.length} characters)`);
    });
  });
  s.tags.forEach((t, i) => {
    if (!kinds.has(t.kind)) r.fail(`tags[${i}].kind`, `“${t.kind}” is not a kind in the archive`);
  });
  s.annotations.forEach((a, i) => {
    const path = `annotations[${i}]`;
    const article = articles.get(a.articleId);
    if (!article) r.fail(`${path}.articleId`, `“${a.articleId}” is not an article in the archive`);
    if (!tags.has(a.tag)) r.fail(`${path}.tag`, `“${a.tag}” is not a tag in the archive`);
    if (a.ranges.length === 0) r.fail(`${path}.ranges`, 'an annotation needs at least one range');
    if (a.quotes.length !== a.ranges.length) r.fail(`${path}.quotes`, `there are ${a.quotes.length} quotes for ${a.ranges.length} ranges`);
    a.ranges.forEach((range, j) => {
      const at = `${path}.ranges[${j}]`;
      if (range.start >= range.end) r.fail(at, `[${range.start}, ${range.end}) is empty or backwards`);
      else if (article && range.end > article.text.length) r.fail(`${at}.end`, `${range.end} is past the end of the text (${article.text.length} characters)`);
      else if (article && a.quotes[j] && article.text.slice(range.start, range.end) !== a.quotes[j]?.exact) {
        r.fail(`${path}.quotes[${j}].exact`, `“${a.quotes[j]?.exact}” is not the text at [${range.start}, ${range.end}) (“${article.text.slice(range.start, range.end)}”)`);
      }
    });
    entity(a.entityId, `${path}.entityId`);
    entity(a.figure?.countedEntityId, `${path}.figure.countedEntityId`);
    entity(a.attribution?.entityId, `${path}.attribution.entityId`);
  });
  s.links.forEach((l, i) => {
    const path = `links[${i}]`;
    if (!linkTypes.has(l.type)) r.fail(`${path}.type`, `“${l.type}” is not a link type in the archive`);
    for (const [end, articleKey] of [
      ['fromId', 'fromArticleId'],
      ['toId', 'toArticleId'],
    ] as const) {
      const target = annotations.get(l[end]);
      if (!target) r.fail(`${path}.${end}`, `“${l[end]}” is not an annotation in the archive`);
      else if (target.articleId !== l[articleKey]) r.fail(`${path}.${articleKey}`, `is “${l[articleKey]}” but the annotation is in “${target.articleId}”`);
    }
  });
}
