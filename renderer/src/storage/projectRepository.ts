import type { Article, ArticleBody, ArticleMeta, ArticleSummary } from '../core/model/article';
import { splitArticle } from '../core/model/article';
import type { Annotation } from '../core/model/annotation';
import type { AnnotationChange } from '../core/history/annotationChange';
import { defaultTagSchema, type TagSchema } from '../core/model/tagSchema';
import type { ProjectDb } from './projectDb';

export interface AnnotationCounts {
  claims: number;
  entities: number;
  other: number;
}

const TAG_SCHEMA_KEY = 'tagSchema';

function isTagSchema(value: unknown): value is TagSchema {
  return typeof value === 'object' && value !== null && (value as TagSchema).version === 1 && Array.isArray((value as TagSchema).tags);
}

/** Every method is one transaction: when its promise resolves, the change is on disk. */
export class ProjectRepository {
  constructor(readonly db: ProjectDb) {}

  listArticles(): Promise<ArticleSummary[]> {
    return this.db.articles.toArray();
  }

  async getArticle(id: string): Promise<Article | undefined> {
    return this.db.transaction('r', this.db.articles, this.db.bodies, async () => {
      const [summary, body] = await Promise.all([this.db.articles.get(id), this.db.bodies.get(id)]);
      return summary && body ? { ...summary, ...body } : undefined;
    });
  }

  /** The text alone: a live query on it does not re-run when only the metadata changes. */
  getBody(id: string): Promise<ArticleBody | undefined> {
    return this.db.bodies.get(id);
  }

  /** Counts per article from the compound index's keys alone: no annotation row is read. */
  async annotationCounts(): Promise<Map<string, AnnotationCounts>> {
    const keys = (await this.db.annotations.orderBy('[articleId+kind]').keys()) as unknown as [string, string][];
    const counts = new Map<string, AnnotationCounts>();
    for (const [articleId, kind] of keys) {
      let c = counts.get(articleId);
      if (!c) counts.set(articleId, (c = { claims: 0, entities: 0, other: 0 }));
      if (kind === 'claim') c.claims++;
      else if (kind === 'entity') c.entities++;
      else c.other++;
    }
    return counts;
  }

  annotationsFor(articleId: string): Promise<Annotation[]> {
    return this.db.annotations.where('articleId').equals(articleId).toArray();
  }

  /** Applies one user action (or its undo) atomically. */
  async applyChanges(changes: readonly AnnotationChange[]): Promise<void> {
    await this.db.transaction('rw', this.db.annotations, async () => {
      for (const change of changes) {
        if (change.after) await this.db.annotations.put(change.after);
        else if (change.before) await this.db.annotations.delete(change.before.id);
      }
    });
  }

  /** All or nothing: one transaction for the whole batch. */
  async addArticles(articles: readonly Article[]): Promise<void> {
    const parts = articles.map(splitArticle);
    await this.db.transaction('rw', this.db.articles, this.db.bodies, async () => {
      await this.db.articles.bulkAdd(parts.map((p) => p.summary));
      await this.db.bodies.bulkAdd(parts.map((p) => p.body));
    });
  }

  async findByContentHash(hashes: readonly string[]): Promise<ArticleSummary[]> {
    return this.db.articles.where('contentHash').anyOf([...hashes]).toArray();
  }

  async updateArticleMeta(id: string, meta: ArticleMeta): Promise<void> {
    const updated = await this.db.articles.update(id, { ...meta });
    if (updated === 0) throw new Error(`No article with id ${id}.`);
  }

  async tagSchema(): Promise<TagSchema> {
    const row = await this.db.meta.get(TAG_SCHEMA_KEY);
    return isTagSchema(row?.value) ? row.value : defaultTagSchema();
  }

  async setTagSchema(schema: TagSchema): Promise<void> {
    await this.db.meta.put({ key: TAG_SCHEMA_KEY, value: schema });
  }
}
