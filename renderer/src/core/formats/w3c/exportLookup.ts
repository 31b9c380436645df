import type { Article } from '../../model/article';
import type { Entity } from '../../model/entity';
import { DEFAULT_LINK_TYPES, type LinkTypeDef } from '../../model/link';
import type { TagDef } from '../../model/tagSchema';
import { CodePointIndex } from '../../text/codePoints';
import type { ProjectSnapshot } from '../projectSnapshot';

export interface ArticleText {
  article: Article;
  index: CodePointIndex;
}

/** What an annotation's export looks up in its project. */
export interface ExportLookup {
  article(id: string): ArticleText | undefined;
  tag(id: string): TagDef | undefined;
  entity(id: string): Entity | undefined;
  linkType(id: string): LinkTypeDef | undefined;
}

export type ExportProject = Pick<ProjectSnapshot, 'articles' | 'tags' | 'entities'> & Partial<Pick<ProjectSnapshot, 'linkTypes'>>;

/** Maps built once per export; the code point table of an article only when one of its annotations needs it. */
export function exportLookup(project: ExportProject): ExportLookup {
  const articles = new Map(project.articles.map((a) => [a.id, a]));
  const indexes = new Map<string, ArticleText>();
  const tags = new Map(project.tags.map((t) => [t.id, t]));
  const entities = new Map(project.entities.map((e) => [e.id, e]));
  const linkTypes = new Map([...DEFAULT_LINK_TYPES, ...(project.linkTypes ?? [])].map((t) => [t.id, t]));
  return {
    article(id) {
      let found = indexes.get(id);
      const article = articles.get(id);
      if (!found && article) {
        found = { article, index: new CodePointIndex(article.text) };
        indexes.set(id, found);
      }
      return found;
    },
    tag: (id) => tags.get(id),
    entity: (id) => entities.get(id),
    linkType: (id) => linkTypes.get(id),
  };
}
