import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invertChangeSet } from '../core/history/annotationChange';
import { defaultTagSchema } from '../core/model/tagSchema';
import { ProjectDb } from './projectDb';
import { ProjectRepository } from './projectRepository';
import { makeAnnotation, makeArticle } from '../../testing/fixtures';

let db: ProjectDb;
let repo: ProjectRepository;
let n = 0;

beforeEach(() => {
  db = new ProjectDb(`test-project-${n++}`);
  repo = new ProjectRepository(db);
});

afterEach(async () => {
  await db.delete();
});

describe('ProjectRepository', () => {
  it('stores an article as summary and body and reads it back whole', async () => {
    const article = makeArticle('a1');
    await repo.addArticles([article]);
    expect(await repo.getArticle('a1')).toEqual(article);
    const [summary] = await repo.listArticles();
    expect(summary).not.toHaveProperty('text');
    expect(summary?.title).toBe('Article a1');
  });

  it('imports a batch all or nothing', async () => {
    await repo.addArticles([makeArticle('a1')]);
    await expect(repo.addArticles([makeArticle('a2'), makeArticle('a1')])).rejects.toThrow();
    expect((await repo.listArticles()).map((a) => a.id)).toEqual(['a1']);
    expect(await db.bodies.count()).toBe(1);
  });

  it('applies a change set and its inverse', async () => {
    await repo.addArticles([makeArticle('a1')]);
    const created = makeAnnotation('n1', 'a1');
    const set = { label: 'Tag', changes: [{ before: null, after: created }] };
    await repo.applyChanges(set.changes);
    expect(await repo.annotationsFor('a1')).toEqual([created]);

    const retagged = { ...created, tag: 'person', updatedAt: '2026-01-02T00:00:00.000Z' };
    const retag = { label: 'Retag', changes: [{ before: created, after: retagged }] };
    await repo.applyChanges(retag.changes);
    expect((await repo.annotationsFor('a1'))[0]?.tag).toBe('person');

    await repo.applyChanges(invertChangeSet(retag).changes);
    expect((await repo.annotationsFor('a1'))[0]?.tag).toBe('group');
    await repo.applyChanges(invertChangeSet(set).changes);
    expect(await repo.annotationsFor('a1')).toEqual([]);
  });

  it('counts claims and entities per article from the index', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    await repo.applyChanges([
      { before: null, after: makeAnnotation('n1', 'a1', 'claim') },
      { before: null, after: makeAnnotation('n2', 'a1', 'entity') },
      { before: null, after: makeAnnotation('n3', 'a1', 'entity') },
      { before: null, after: makeAnnotation('n4', 'a2', 'entity') },
    ]);
    const counts = await repo.annotationCounts();
    expect(counts.get('a1')).toEqual({ claims: 1, entities: 2, other: 0 });
    expect(counts.get('a2')).toEqual({ claims: 0, entities: 1, other: 0 });
  });

  it('edits article metadata and rejects an unknown article', async () => {
    await repo.addArticles([makeArticle('a1')]);
    const meta = { title: 'New', source: 'AFP', publishedAt: '2018-02-09', url: 'https://example.org/a', language: 'en' };
    await repo.updateArticleMeta('a1', meta);
    expect(await repo.getArticle('a1')).toMatchObject(meta);
    await expect(repo.updateArticleMeta('missing', meta)).rejects.toThrow(/missing/);
  });

  it('finds articles by content hash for duplicate detection', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    expect((await repo.findByContentHash(['hash-a2', 'nope'])).map((a) => a.id)).toEqual(['a2']);
  });

  it('falls back to the default tag schema and keeps a saved one', async () => {
    expect(await repo.tagSchema()).toEqual(defaultTagSchema());
    const schema = defaultTagSchema();
    schema.tags = schema.tags.slice(0, 2);
    await repo.setTagSchema(schema);
    expect((await repo.tagSchema()).tags).toHaveLength(2);
  });
});
