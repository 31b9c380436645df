import type { Article } from '../../model/article';
import type { Entity } from '../../model/entity';
import type { LinkTypeDef } from '../../model/link';
import type { TagDef } from '../../model/tagSchema';
import { CodePointIndex } from '../../text/codePoints';
import type { ArticleText } from './exportLookup';
import type { ImportLog } from './importLog';
import { crosscheckIdOf } from './w3cIds';

/** What reading one annotation needs from the project and the rest of the file. */
export interface ImportContext {
  log: ImportLog;
  /** The article a target's source names: by our IRI, else by the article's URL. */
  articleFor(iris: readonly string[]): ArticleText | undefined;
  tags: readonly TagDef[];
  /** The tag for annotations whose tags are not the project's, when the caller chose one. */
  fallbackTag: TagDef | undefined;
  linkTypes: readonly LinkTypeDef[];
  /** The entities of the file and of the project, by id. */
  entities: ReadonlyMap<string, Entity>;
  /** For rows without timestamps. */
  now: string;
}

/** URLs compare without their fragment and trailing slash: the same page, however it was copied. */
export function urlKey(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
}

export function articleFinder(articles: readonly Article[]): ImportContext['articleFor'] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byUrl = new Map<string, Article>();
  for (const a of articles) if (a.url && !byUrl.has(urlKey(a.url))) byUrl.set(urlKey(a.url), a);
  const indexes = new Map<string, ArticleText>();
  const withIndex = (article: Article): ArticleText => {
    let found = indexes.get(article.id);
    if (!found) {
      found = { article, index: new CodePointIndex(article.text) };
      indexes.set(article.id, found);
    }
    return found;
  };
  return (iris) => {
    for (const iri of iris) {
      const id = crosscheckIdOf(iri, 'article');
      const article = id === null ? undefined : byId.get(id);
      if (article) return withIndex(article);
    }
    for (const iri of iris) {
      const article = byUrl.get(urlKey(iri));
      if (article) return withIndex(article);
    }
    return undefined;
  };
}
