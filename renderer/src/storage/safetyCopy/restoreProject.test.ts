import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteAnnotationOp, deleteArticleOp, noteOp, retagOp } from '../../core/changes/annotationOps';
import { createLinkOp, linkStatusOp } from '../../core/changes/linkOps';
import type { Action, RowOp } from '../../core/changes/rowOp';
import { countAll } from '../../core/counts/articleCounts';
import { archiveZip } from '../../core/formats/archive/writeArchive';
import type { JournalEntry } from '../../core/journal/journalEntry';
import { defaultTagSchema } from '../../core/model/tagSchema';
import { makeAnnotation, makeArticle } from '../../../testing/fixtures';
import { sampleSnapshot } from '../../../testing/sampleSnapshot';
import { installedVersion, projectDbName } from '../projectDb';
import { ProjectRegistry } from '../projectRegistry';
import { ProjectRepository } from '../projectRepository';
import { RegistryDb } from '../registryDb';
import type { CopyContents } from './safetyCopy';
import { restoreProject } from './restoreProject';

let n = 0;
const T = '2026-11-30T06:00:00.000Z';
const action = (ops: RowOp[]): Action => ({ id: `ac-${n++}`, label: 'Test', ops, by: 'tester', at: T });
const claimTag = defaultTagSchema().tags.find((t) => t.kind === 'claim');
if (!claimTag) throw new Error('the default schema has a claim tag');

/**
 * A morning's work on a project with a journal kept in memory: the project filled from an
 * archive, articles imported, every kind of action (with the cascades of deletes), and a base
 * taken half-way, as the backup worker takes one.
 */
async function morning(startsEmpty = true) {
  const registry = new ProjectRegistry(new RegistryDb(`test-restore-registry-${n++}`));
  const record = await registry.create('Morning');
  const entries: JournalEntry[] = [];
  const repo = new ProjectRepository(registry.openProject(record.id), {
    append: (e) => {
      entries.push(structuredClone(e));
      return Promise.resolve();
    },
  });
  await repo.fillNew(sampleSnapshot());
  await repo.addArticles([makeArticle('a-new', 'The ministry said 12 people were hurt on Monday.')]);
  await repo.applyAction(action([{ table: 'annotations', op: 'create', row: { ...makeAnnotation('n-new', 'a-new', 'entity', 4, 12), quotes: [{ exact: 'ministry', prefix: 'The ', suffix: ' said' }] } }]));
  await repo.applyAction(action([noteOp('c-monitor', 'Check against the hospital list.')]));
  const half = await repo.snapshotWithSeq('Morning');
  const base = { seq: half.seq, bytes: () => Promise.resolve(archiveZip(half.snapshot, T)) };
  await repo.applyAction(action([retagOp('n-new', claimTag as NonNullable<typeof claimTag>)]));
  await repo.applyAction(action([createLinkOp('l-new', { id: 'n-new', articleId: 'a-new' }, { id: 'c-monitor', articleId: '002' }, 'contradicts', T)]));
  await repo.applyAction(action([linkStatusOp('l-1', 'explained', 'Different days.')]));
  await repo.applyAction(action([deleteAnnotationOp('c-some100')]));
  await repo.applyAction(action([{ table: 'entities', op: 'delete', id: 'e-is' }]));
  await repo.applyAction(action([deleteArticleOp('000')]));
  const final = await repo.snapshot('Morning');
  const counts = await repo.annotationCounts();
  repo.db.close();
  // The store is discarded: its databases are gone, the registry is new.
  await Dexie.delete(projectDbName(record.id));
  const after = new ProjectRegistry(new RegistryDb(`test-restore-registry-${n++}`));
  const contents = (bases: CopyContents['bases'], kept = entries): CopyContents => ({ info: { id: record.id, name: 'Morning', createdAt: record.createdAt, startsEmpty }, bases, entries: kept, unreadable: 0, changedAt: 0 });
  return { record, entries, base, final, counts, registry: after, contents };
}

async function restoredSnapshot(registry: ProjectRegistry, id: string) {
  const repo = new ProjectRepository(registry.openProject(id));
  try {
    return { snapshot: await repo.snapshot('Morning'), counts: await repo.annotationCounts(), seq: (await repo.snapshotWithSeq('Morning')).seq, repo };
  } finally {
    repo.db.close();
  }
}

describe('restoreProject', () => {
  it('gives back the identical project from the journal alone, under its own id', async () => {
    const m = await morning();
    const result = await restoreProject(m.contents([]), m.registry);
    expect(result).toMatchObject({ baseSeq: 0, replayed: m.entries.length, skipped: 0, missing: 0 });
    expect(await m.registry.get(m.record.id)).toMatchObject({ id: m.record.id, name: 'Morning' });
    const back = await restoredSnapshot(m.registry, m.record.id);
    expect(back.snapshot).toEqual(m.final);
    expect(back.counts).toEqual(m.counts);
    expect(back.seq).toBe(m.entries.length);
  });

  it('gives back the identical project from the newest base and the journal after it', async () => {
    const m = await morning(false);
    const result = await restoreProject(m.contents([m.base]), m.registry);
    expect(result).toMatchObject({ baseSeq: m.base.seq, replayed: m.entries.length - m.base.seq, skipped: 0 });
    const back = await restoredSnapshot(m.registry, m.record.id);
    expect(back.snapshot).toEqual(m.final);
    expect(back.counts).toEqual(new Map([...countAll(m.final.annotations, m.final.links)].map((c) => [c.articleId, { claims: c.claims, entities: c.entities, other: c.other }])));
  });

  it('passes over a base that does not read for the journal from the start', async () => {
    const m = await morning();
    const broken = { seq: 99, bytes: () => Promise.resolve(new Uint8Array([0x50, 0x4b, 1, 2, 3])) };
    await restoreProject(m.contents([broken]), m.registry);
    expect((await restoredSnapshot(m.registry, m.record.id)).snapshot).toEqual(m.final);
  });

  it('goes on numbering after the restore, so the journal stays valid', async () => {
    const m = await morning();
    await restoreProject(m.contents([]), m.registry);
    const entries: JournalEntry[] = [];
    const repo = new ProjectRepository(m.registry.openProject(m.record.id), { append: (e) => Promise.resolve(void entries.push(e)) });
    await repo.applyAction(action([noteOp('c-monitor', 'After the restore.')]));
    repo.db.close();
    expect(entries.map((e) => e.seq)).toEqual([m.entries.length + 1]);
  });

  it('skips, and counts, what no longer applies after a change the journal lost', async () => {
    const m = await morning();
    // Without the import, the annotation in its article, its retag and the link from it cannot
    // apply: each is skipped, and what is restored is consistent (no link to a missing claim).
    const lost = m.entries.find((e) => e.kind === 'articles');
    const result = await restoreProject(m.contents([], m.entries.filter((e) => e !== lost)), m.registry);
    expect(result).toMatchObject({ missing: 1, skipped: 3 });
    const back = (await restoredSnapshot(m.registry, m.record.id)).snapshot;
    expect(back.articles.map((a) => a.id)).not.toContain('a-new');
    expect(back.links.map((l) => l.id)).not.toContain('l-new');
    const ids = new Set(back.annotations.map((a) => a.id));
    expect(back.links.filter((l) => !ids.has(l.fromId) || !ids.has(l.toId))).toEqual([]);
  });

  it('refuses a copy with neither a base nor the project from its creation, and leaves nothing', async () => {
    const m = await morning(false);
    await expect(restoreProject(m.contents([]), m.registry)).rejects.toThrow(/“Morning” cannot be restored: its copy has changes but no backup/);
    expect(await m.registry.get(m.record.id)).toBeUndefined();
    expect(await installedVersion(projectDbName(m.record.id))).toBeNull();
  });

  it('never writes over a project that still has its database', async () => {
    const m = await morning();
    await restoreProject(m.contents([]), m.registry);
    await expect(restoreProject(m.contents([]), m.registry)).rejects.toThrow(/still has its database/);
    expect((await restoredSnapshot(m.registry, m.record.id)).snapshot).toEqual(m.final);
  });
});
