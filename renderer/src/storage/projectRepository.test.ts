import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undoOps } from '../core/changes/appliedChange';
import { articleMetaOp, deleteAnnotationOp, deleteArticleOp, noteOp, retagOp } from '../core/changes/annotationOps';
import { countAll } from '../core/counts/articleCounts';
import { createLinkOp, linkStatusOp } from '../core/changes/linkOps';
import type { Annotation } from '../core/model/annotation';
const T = '2026-01-02T00:00:00.000Z';
import type { Action, RowOp } from '../core/changes/rowOp';
import { Dexie } from 'dexie';
import { defaultTagSchema, type TagDef } from '../core/model/tagSchema';
import { ProjectDb } from './projectDb';
import { ProjectRepository } from './projectRepository';
import { makeAnnotation, makeArticle } from '../../testing/fixtures';
import { sampleSnapshot } from '../../testing/sampleSnapshot';
import { snapshotOps } from '../core/formats/archive/snapshotOps';

let db: ProjectDb;
let repo: ProjectRepository;
let n = 0;

beforeEach(() => {
  db = new ProjectDb(`test-project-${n++}`);
  repo = new ProjectRepository(db);
});

let seq = 0;
function action(ops: RowOp[]): Action {
  return { id: `act-${seq++}`, label: 'Test', ops, by: 'tester', at: '2026-01-02T00:00:00.000Z' };
}

afterEach(async () => {
  await db.delete();
});

describe('ProjectRepository', () => {
  it('stores an article as summary and body and reads it back whole', async () => {
    const article = makeArticle('a1');
    await repo.addArticles([article]);
    const { text, blocks, marks, ...meta } = article;
    expect(await repo.getBody('a1')).toEqual({ id: 'a1', text, blocks, marks });
    expect(await repo.listArticles()).toEqual([meta]);
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

  it('applies an action as patches on the stored rows and logs it', async () => {
    await repo.addArticles([makeArticle('a1')]);
    const created = makeAnnotation('n1', 'a1');
    await repo.applyAction(action([{ table: 'annotations', op: 'create', row: created }]));
    expect(await repo.annotationsFor('a1')).toEqual([created]);

    // Two actions built from the same snapshot: the second patches what the first stored.
    await repo.applyAction(action([noteOp('n1', 'kept')]));
    const retag = await repo.applyAction(action([{ table: 'annotations', op: 'update', id: 'n1', set: { tag: 'person' } }]));
    expect(await repo.annotationsFor('a1')).toMatchObject([{ tag: 'person', note: 'kept' }]);

    await repo.applyAction(action(undoOps(retag)));
    expect(await repo.annotationsFor('a1')).toMatchObject([{ tag: 'group', note: 'kept' }]);
    expect(await db.actions.count()).toBe(4);
  });

  it('rolls back the whole action when one op cannot apply', async () => {
    await repo.addArticles([makeArticle('a1')]);
    await expect(
      repo.applyAction(action([{ table: 'annotations', op: 'create', row: makeAnnotation('n1', 'a1') }, noteOp('missing', 'x')])),
    ).rejects.toThrow(/no longer exists/);
    expect(await repo.annotationsFor('a1')).toEqual([]);
    expect(await db.actions.count()).toBe(0);
  });

  it('deletes an article with its text and annotations as stored, and undo brings all of them back', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    await repo.applyAction(action([
      { table: 'annotations', op: 'create', row: makeAnnotation('n1', 'a1') },
      { table: 'annotations', op: 'create', row: makeAnnotation('n2', 'a1', 'claim') },
      { table: 'annotations', op: 'create', row: makeAnnotation('n3', 'a2') },
    ]));
    const before = { articles: await db.articles.toArray(), bodies: await db.bodies.toArray(), annotations: await db.annotations.toArray() };
    const removed = await repo.applyAction(action([deleteArticleOp('a1')]));
    expect(removed.map((c) => `${c.table}/${c.id}`).sort()).toEqual(['annotations/n1', 'annotations/n2', 'articles/a1', 'bodies/a1']);
    expect((await repo.listArticles()).map((a) => a.id)).toEqual(['a2']);
    expect(await db.annotations.toArray()).toMatchObject([{ id: 'n3' }]);

    await repo.applyAction(action(undoOps(removed)));
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.bodies.toArray()).toEqual(before.bodies);
    expect(await db.annotations.toArray()).toEqual(before.annotations);
  });

  it('stores links, deletes a claim with its links, and undo brings the claim and its links back together', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    const claims = [makeAnnotation('c1', 'a1', 'claim'), makeAnnotation('c2', 'a2', 'claim'), makeAnnotation('c3', 'a2', 'claim')];
    await repo.applyAction(action(claims.map((row): RowOp => ({ table: 'annotations', op: 'create', row }))));
    const [c1, c2, c3] = claims as [Annotation, Annotation, Annotation];
    await repo.applyAction(action([createLinkOp('l1', c1, c2, 'contradicts', T), createLinkOp('l2', c3, c1, 'same-claim', T), createLinkOp('l3', c2, c3, 'supports', T)]));
    expect((await repo.linksForArticle('a1')).map((l) => l.id).sort()).toEqual(['l1', 'l2']);
    expect(await repo.openContradictionCounts()).toEqual(new Map([['a1', 1], ['a2', 1]]));

    await repo.applyAction(action([linkStatusOp('l1', 'explained', 'different-time')]));
    expect(await repo.openContradictionCounts()).toEqual(new Map());

    const before = await db.links.toArray();
    const removed = await repo.applyAction(action([deleteAnnotationOp('c1')]));
    expect(removed.map((c) => `${c.table}/${c.id}`)).toEqual(['links/l1', 'links/l2', 'annotations/c1']);
    expect((await db.links.toArray()).map((l) => l.id)).toEqual(['l3']);

    await repo.applyAction(action(undoOps(removed)));
    expect(await db.links.toArray()).toEqual(before);
    expect((await repo.annotationsByIds(['c1', 'gone'])).map((a) => a.id)).toEqual(['c1']);
    expect((await repo.allClaims()).map((a) => a.id).sort()).toEqual(['c1', 'c2', 'c3']);
  });

  it('deletes an article with the links of its annotations', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    const [c1, c2] = [makeAnnotation('c1', 'a1', 'claim'), makeAnnotation('c2', 'a2', 'claim')];
    await repo.applyAction(action([{ table: 'annotations', op: 'create', row: c1 }, { table: 'annotations', op: 'create', row: c2 }, createLinkOp('l1', c1, c2, 'contradicts', T)]));
    const removed = await repo.applyAction(action([deleteArticleOp('a1')]));
    expect(await db.links.count()).toBe(0);
    await repo.applyAction(action(undoOps(removed)));
    expect(await repo.linksForArticle('a2')).toMatchObject([{ id: 'l1' }]);
  });

  it('opens a version 2 database and keeps its action log', async () => {
    const name = `v2-project-${n++}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ articles: '&id, contentHash', bodies: '&id', annotations: '&id, articleId, [articleId+kind]', links: '&id, fromId, toId', entities: '&id, name', meta: '&key' });
    v2.version(2).stores({ actions: '&id, at' });
    await v2.table('annotations').add(makeAnnotation('c1', 'a1', 'claim'));
    await v2.table('actions').add(action([noteOp('c1', 'x')]));
    v2.close();
    const upgraded = new ProjectRepository(new ProjectDb(name));
    expect(await upgraded.db.actions.count()).toBe(1);
    expect((await upgraded.allClaims()).map((a) => a.id)).toEqual(['c1']);
    expect(await upgraded.linkTypes()).toHaveLength(4);
    upgraded.db.close();
  });

  it('opens a version 1 database and keeps every row', async () => {
    const name = `v1-project-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ articles: '&id, contentHash', bodies: '&id', annotations: '&id, articleId, [articleId+kind]', links: '&id, fromId, toId', entities: '&id, name', meta: '&key' });
    const { text, blocks, marks, ...summary } = makeArticle('a1');
    await v1.table('articles').add(summary);
    await v1.table('bodies').add({ id: 'a1', text, blocks, marks });
    await v1.table('annotations').add(makeAnnotation('n1', 'a1'));
    v1.close();
    const upgraded = new ProjectRepository(new ProjectDb(name));
    expect(await upgraded.annotationsFor('a1')).toEqual([makeAnnotation('n1', 'a1')]);
    expect((await upgraded.listArticles()).map((a) => a.id)).toEqual(['a1']);
    await upgraded.applyAction(action([noteOp('n1', 'after upgrade')]));
    expect(await upgraded.db.actions.count()).toBe(1);
    upgraded.db.close();
  });

  it('counts claims and entities per article from the index', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    await repo.applyAction(
      action([
        makeAnnotation('n1', 'a1', 'claim'),
        makeAnnotation('n2', 'a1', 'entity'),
        makeAnnotation('n3', 'a1', 'entity'),
        makeAnnotation('n4', 'a2', 'entity'),
      ].map((row): RowOp => ({ table: 'annotations', op: 'create', row }))),
    );
    const counts = await repo.annotationCounts();
    expect(counts.get('a1')).toEqual({ claims: 1, entities: 2, other: 0 });
    expect(counts.get('a2')).toEqual({ claims: 0, entities: 1, other: 0 });
  });

  it('keeps the counts rows equal to a full count through creates, retags, link verdicts, deletes, an article deleted and undo', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2'), makeArticle('a3')]);
    const fullCount = async () => {
      const rows = countAll(await db.annotations.toArray(), await db.links.toArray());
      return new Map(rows.map(({ articleId, ...c }) => [articleId, c]));
    };
    const stored = async () => new Map((await db.articleCounts.toArray()).map(({ articleId, ...c }) => [articleId, c]));
    const c1 = makeAnnotation('c1', 'a1', 'claim');
    const c2 = makeAnnotation('c2', 'a2', 'claim');
    const c3 = makeAnnotation('c3', 'a3', 'claim');
    const steps: RowOp[][] = [
      [c1, c2, c3, makeAnnotation('e1', 'a1'), makeAnnotation('e2', 'a2')].map((row): RowOp => ({ table: 'annotations', op: 'create', row })),
      [createLinkOp('l1', c1, c2, 'contradicts', T), createLinkOp('l2', c2, c3, 'contradicts', T), createLinkOp('l3', c1, c3, 'supports', T)],
      [retagOp('e1', defaultTagSchema().tags[0] as TagDef)],
      [linkStatusOp('l1', 'rejected', 'no')],
      [deleteAnnotationOp('c3')],
      [deleteArticleOp('a2')],
    ];
    const done = [];
    for (const ops of steps) {
      done.push(await repo.applyAction(action(ops)));
      expect(await stored()).toEqual(await fullCount());
    }
    expect(await db.articleCounts.get('a2')).toBeUndefined();
    for (const applied of done.reverse()) {
      await repo.applyAction(action(undoOps(applied)));
      expect(await stored()).toEqual(await fullCount());
    }
    expect(await db.articleCounts.count()).toBe(0);
  });

  it('opens a version 4 database and counts its articles once, on the upgrade', async () => {
    const name = `v4-project-${n++}`;
    const v4 = new Dexie(name);
    v4.version(1).stores({ articles: '&id, contentHash', bodies: '&id', annotations: '&id, articleId, [articleId+kind]', links: '&id, fromId, toId', entities: '&id, name', meta: '&key' });
    v4.version(2).stores({ actions: '&id, at' });
    v4.version(3).stores({ annotations: '&id, articleId, [articleId+kind], kind', links: '&id, fromId, toId, fromArticleId, toArticleId', linkTypes: '&id' });
    v4.version(4).stores({ annotations: '&id, articleId, [articleId+kind], kind, entityId', tags: '&id', kinds: '&id', counted: '&id' });
    const c1 = makeAnnotation('c1', 'a1', 'claim');
    const c2 = makeAnnotation('c2', 'a2', 'claim');
    await v4.table('annotations').bulkAdd([c1, c2, makeAnnotation('e1', 'a1'), makeAnnotation('e2', 'a1')]);
    const link = createLinkOp('l1', c1, c2, 'contradicts', T);
    if (link.op === 'create') await v4.table('links').add(link.row);
    v4.close();
    const upgraded = new ProjectRepository(new ProjectDb(name));
    expect(await upgraded.annotationCounts()).toEqual(
      new Map([
        ['a1', { claims: 1, entities: 2, other: 0 }],
        ['a2', { claims: 1, entities: 0, other: 0 }],
      ]),
    );
    expect(await upgraded.openContradictionCounts()).toEqual(new Map([['a1', 1], ['a2', 1]]));
    upgraded.db.close();
  });

  it('counts a project filled from a snapshot', async () => {
    const snapshot = sampleSnapshot();
    await repo.fillNew(snapshot);
    const expected = new Map(countAll(snapshot.annotations, snapshot.links).map(({ articleId, ...c }) => [articleId, c]));
    expect(new Map((await db.articleCounts.toArray()).map(({ articleId, ...c }) => [articleId, c]))).toEqual(expected);
  });

  it('edits article metadata and rejects an unknown article', async () => {
    await repo.addArticles([makeArticle('a1')]);
    const meta = { title: 'New', source: 'AFP', publishedAt: '2018-02-09', url: 'https://example.org/a', language: 'en' };
    const edit = await repo.applyAction(action([articleMetaOp('a1', meta)]));
    expect(await repo.listArticles()).toMatchObject([meta]);
    await expect(repo.applyAction(action([articleMetaOp('missing', meta)]))).rejects.toThrow(/article no longer exists/);
    await repo.applyAction(action(undoOps(edit)));
    expect((await repo.listArticles())[0]?.title).toBe('Article a1');
  });

  it('finds articles by content hash for duplicate detection', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    expect((await repo.findByContentHash(['hash-a2', 'nope'])).map((a) => a.id)).toEqual(['a2']);
  });

  it('gives a new project the default tags, kinds and counted things as rows', async () => {
    expect(await repo.tagSchema()).toEqual(defaultTagSchema());
    expect((await repo.countedThings()).map((c) => c.id)).toEqual(['killed', 'wounded', 'troops', 'rounds', 'barrels-per-day']);
  });

  it('patches one tag row: a recolour keeps a rename stored meanwhile, and undoes alone', async () => {
    await repo.applyAction(action([{ table: 'tags', op: 'update', id: 'person', set: { label: 'People' } }]));
    const recolour = await repo.applyAction(action([{ table: 'tags', op: 'update', id: 'person', set: { color: '#123456' } }]));
    expect((await repo.tagSchema()).tags[1]).toMatchObject({ id: 'person', label: 'People', color: '#123456' });
    await repo.applyAction(action(undoOps(recolour)));
    expect((await repo.tagSchema()).tags[1]).toMatchObject({ label: 'People', color: '#56B4E9' });
  });

  it('opens a version 3 database and turns its saved tag schema into rows, in their order', async () => {
    const name = `v3-project-${n++}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({ articles: '&id, contentHash', bodies: '&id', annotations: '&id, articleId, [articleId+kind]', links: '&id, fromId, toId', entities: '&id, name', meta: '&key' });
    v3.version(2).stores({ actions: '&id, at' });
    v3.version(3).stores({ annotations: '&id, articleId, [articleId+kind], kind', links: '&id, fromId, toId, fromArticleId, toArticleId', linkTypes: '&id' });
    const tags = [
      { id: 'source', label: 'Source', kind: 'attribution', color: '#0072B2', key: '1' },
      { id: 'claim', label: 'Claim', kind: 'claim', color: '#E69F00', key: '2' },
    ];
    await v3.table('meta').add({ key: 'tagSchema', value: { version: 1, tags } });
    await v3.table('annotations').add({ ...makeAnnotation('m1', 'a1'), entityId: 'e1' });
    v3.close();
    const upgraded = new ProjectRepository(new ProjectDb(name));
    const schema = await upgraded.tagSchema();
    expect(schema.tags).toEqual([
      { ...tags[0], order: 1, attributes: [] },
      { ...tags[1], order: 2, attributes: [] },
    ]);
    expect(schema.kinds.map((k) => [k.id, k.label])).toEqual([
      ['claim', 'Claim'],
      ['entity', 'Entity'],
      ['attribution', 'Attribution'],
    ]);
    expect(await upgraded.db.meta.get('tagSchema')).toBeUndefined();
    expect((await upgraded.mentionsOf('e1')).map((a) => a.id)).toEqual(['m1']);
    expect(await upgraded.countedThings()).toHaveLength(5);
    upgraded.db.close();
  });

  it('opens a version 3 database that never saved a schema with the default tags', async () => {
    const name = `v3-plain-${n++}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({ articles: '&id, contentHash', bodies: '&id', annotations: '&id, articleId, [articleId+kind]', links: '&id, fromId, toId', entities: '&id, name', meta: '&key' });
    v3.version(2).stores({ actions: '&id, at' });
    v3.version(3).stores({ annotations: '&id, articleId, [articleId+kind], kind', links: '&id, fromId, toId, fromArticleId, toArticleId', linkTypes: '&id' });
    await v3.table('meta').add({ key: 'other', value: 1 });
    v3.close();
    const upgraded = new ProjectRepository(new ProjectDb(name));
    expect(await upgraded.tagSchema()).toEqual(defaultTagSchema());
    upgraded.db.close();
  });

  it('unlinks what points at a deleted entity, in the same transaction, and undo links it again', async () => {
    await repo.addArticles([makeArticle('a1')]);
    const entity = { id: 'e1', name: 'Islamic State', type: 'group', aliases: ['Daesh'], createdAt: T, updatedAt: T };
    const mention = { ...makeAnnotation('m1', 'a1'), entityId: 'e1' };
    const claim = {
      ...makeAnnotation('c1', 'a1', 'claim'),
      attribution: { phrase: 'Daesh said', source: 'Daesh', entityId: 'e1' },
      figure: { phrase: '100', qualifier: 'exact' as const, low: 100, high: 100, counted: 'troops', countedEntityId: 'e1' },
    };
    await repo.applyAction(action([{ table: 'entities', op: 'create', row: entity }, { table: 'annotations', op: 'create', row: mention }, { table: 'annotations', op: 'create', row: claim }]));
    expect((await repo.annotationsReferring('e1')).map((a) => a.id).sort()).toEqual(['c1', 'm1']);
    const removed = await repo.applyAction(action([{ table: 'entities', op: 'delete', id: 'e1' }]));
    const [m1, c1] = await repo.annotationsByIds(['m1', 'c1']);
    expect(m1?.entityId).toBeNull();
    expect(c1?.attribution?.entityId).toBeNull();
    expect(c1?.figure?.countedEntityId).toBeNull();
    expect(c1?.figure?.low).toBe(100);
    await repo.applyAction(action(undoOps(removed)));
    expect((await repo.mentionsOf('e1')).map((a) => a.id)).toEqual(['m1']);
    expect((await repo.annotationsByIds(['c1']))[0]?.attribution?.entityId).toBe('e1');
    expect(await repo.entity('e1')).toMatchObject({ name: 'Islamic State' });
  });
});

describe('snapshots', () => {
  it('reads a whole project and fills a new one with it, the same, all or nothing', async () => {
    const snapshot = sampleSnapshot();
    await repo.fillNew(snapshot);
    const read = await repo.snapshot('Sample project');
    const byId = <T extends { id: string }>(l: T[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(read.annotations)).toEqual(byId(snapshot.annotations));
    expect(byId(read.articles)).toEqual(byId(snapshot.articles));
    expect(byId(read.links)).toEqual(byId(snapshot.links));
    expect(read.tags).toEqual(snapshot.tags);
    await expect(repo.fillNew(snapshot)).rejects.toThrow('This project is not empty');
    expect(await db.annotations.count()).toBe(snapshot.annotations.length);
  });

  it('merges as one action: undo takes all of it back', async () => {
    const snapshot = sampleSnapshot();
    const applied = await repo.applyAction(action(snapshotOps({ ...snapshot, tags: [], kinds: [], counted: [] })));
    expect(await db.links.count()).toBe(4);
    await repo.applyAction(action(undoOps(applied)));
    expect([await db.articles.count(), await db.bodies.count(), await db.annotations.count(), await db.links.count(), await db.entities.count()]).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses a link to a claim another window deleted, and an annotation in an article deleted, storing nothing', async () => {
    await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
    await repo.applyAction(action([{ table: 'annotations', op: 'create', row: makeAnnotation('c1', 'a1', 'claim') }]));
    await expect(repo.applyAction(action([createLinkOp('l1', { id: 'c1', articleId: 'a1' }, { id: 'gone', articleId: 'a2' }, 'contradicts', T)]))).rejects.toThrow(/claim this link joins no longer exists/);
    await repo.applyAction(action([deleteArticleOp('a2')]));
    await expect(repo.applyAction(action([{ table: 'annotations', op: 'create', row: makeAnnotation('c2', 'a2', 'claim') }]))).rejects.toThrow(/article of this annotation no longer exists/);
    expect([await db.links.count(), await db.annotations.count(), await db.actions.count()]).toEqual([0, 1, 2]);
  });

  it('numbers every stored change in its transaction and hands it to the journal once committed', async () => {
    const seen: { seq: number; kind: string }[] = [];
    const journalled = new ProjectRepository(db, { append: (e) => Promise.resolve(void seen.push({ seq: e.seq, kind: e.kind })) });
    await journalled.addArticles([makeArticle('a1')]);
    await journalled.applyAction(action([{ table: 'annotations', op: 'create', row: makeAnnotation('c1', 'a1', 'claim') }]));
    await expect(journalled.applyAction(action([{ table: 'annotations', op: 'create', row: makeAnnotation('c1', 'a1', 'claim') }]))).rejects.toThrow();
    await journalled.applyAction(action([noteOp('c1', 'n')]));
    expect(seen).toEqual([
      { seq: 1, kind: 'articles' },
      { seq: 2, kind: 'action' },
      { seq: 3, kind: 'action' },
    ]);
    expect((await journalled.snapshotWithSeq('p')).seq).toBe(3);
  });

  it('catches the journal up from the log after a crash cut the last lines, and says when only a new base can', async () => {
    const lines: { seq: number; kind: string; id?: string }[] = [];
    let crashed = false;
    const journalled = new ProjectRepository(db, {
      append: (e) => {
        // The crash: the database committed, the journal line was never written.
        if (!crashed) lines.push({ seq: e.seq, kind: e.kind, ...(e.kind === 'action' ? { id: e.action.id } : {}) });
        return Promise.resolve();
      },
    });
    await journalled.addArticles([makeArticle('a1')]);
    await journalled.applyAction(action([{ table: 'annotations', op: 'create', row: makeAnnotation('c1', 'a1', 'claim') }]));
    crashed = true;
    const late = [action([noteOp('c1', 'one')]), action([noteOp('c1', 'two')])];
    for (const a of late) await journalled.applyAction(a);
    crashed = false;
    expect(await journalled.catchUpJournal(2)).toBe(true);
    expect(lines.slice(2)).toEqual(late.map((a, i) => ({ seq: 3 + i, kind: 'action', id: a.id })));
    // Caught up: nothing more to copy.
    expect(await journalled.catchUpJournal(4)).toBe(true);
    expect(lines).toHaveLength(4);
    // An import is not in the action log: a copy that lacks one needs a new base.
    expect(await journalled.catchUpJournal(0)).toBe(false);
  });
});
