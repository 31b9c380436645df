import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchive } from '../../core/formats/archive/readArchive';
import { archiveJson } from '../../core/formats/archive/writeArchive';
import { BACKUPS_KEPT, BackupStore } from '../../storage/backupStore';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import { sampleSnapshot } from '../../../testing/sampleSnapshot';
import { takeBackup } from './takeBackup';
import { backUp } from './backUp';
import type { BackupFile } from '../../platform/platform';

let n = 0;
let repo: ProjectRepository;
let store: BackupStore;
const project = { id: 'p1', name: 'Sample project' };

beforeEach(() => {
  repo = new ProjectRepository(new ProjectDb(`backup-test-${n}`));
  store = new BackupStore(`backups-test-${n++}`);
});
afterEach(async () => {
  store.close();
  await repo.db.delete();
});

describe('backups', () => {
  it('backs up a project that changed, not one that did not, and restores it identical', async () => {
    await repo.fillNew(sampleSnapshot());
    expect(await takeBackup(repo, store, project, '2026-11-30T01:00:00.000Z')).toBe(true);
    expect(await takeBackup(repo, store, project, '2026-11-30T01:10:00.000Z')).toBe(false);
    const [listed] = await store.list('p1');
    expect(listed).toMatchObject({ projectName: 'Sample project', articles: 3, annotations: 6, links: 4 });
    expect(listed).not.toHaveProperty('archive');

    const backup = await store.get(listed?.id ?? '');
    const read = readArchive(backup?.archive ?? new Uint8Array(), 'backup');
    expect(read.ok).toBe(true);
    if (read.ok) expect(archiveJson(read.snapshot, 'x')).toBe(archiveJson(await repo.snapshot('Sample project'), 'x'));
  });

  it('keeps the newest backups of each project and drops the oldest', async () => {
    await repo.fillNew(sampleSnapshot());
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      await repo.db.entities.put({ id: `e${i}`, name: `E${i}`, type: 'group', aliases: [], createdAt: '', updatedAt: '' });
      await takeBackup(repo, store, project, `2026-11-30T01:${String(i).padStart(2, '0')}:00.000Z`);
    }
    const list = await store.list('p1');
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]?.at).toBe(`2026-11-30T01:${BACKUPS_KEPT + 2}:00.000Z`);
    expect(list[list.length - 1]?.at).toBe('2026-11-30T01:03:00.000Z');
  });

  it('under Electron keeps each backup taken as a file too, the same archive; nothing when nothing changed', async () => {
    await repo.fillNew(sampleSnapshot());
    const kept: BackupFile[] = [];
    const keep = async (file: BackupFile) => {
      kept.push(file);
      return `/data/backups/${file.projectId}/${file.at}.crosscheck`;
    };
    expect(await backUp(repo, store, project, { keepFile: keep })).toBe(true);
    expect(await backUp(repo, store, project, { keepFile: keep })).toBe(false);
    expect(kept).toHaveLength(1);
    const file = kept[0] as BackupFile;
    expect(file.projectId).toBe('p1');
    const read = readArchive(file.data, 'backup.crosscheck');
    expect(read.ok && read.snapshot.annotations.length).toBe(sampleSnapshot().annotations.length);
  });

  it('says the backup is kept in the app when its file could not be written', async () => {
    await repo.fillNew(sampleSnapshot());
    await expect(backUp(repo, store, project, { keepFile: () => Promise.reject(new Error('no space left')) })).rejects.toThrow('it is kept in the app, but its file was not written (no space left)');
    expect(await store.list('p1')).toHaveLength(1);
  });

  it('gives the safety copy a base from each backup, and one while it has none even when nothing changed', async () => {
    await repo.fillNew(sampleSnapshot());
    const bases: number[] = [];
    let has = false;
    const base = {
      needed: () => Promise.resolve(!has),
      write: (seq: number, archive: Uint8Array) => {
        expect(readArchive(archive, 'base').ok).toBe(true);
        bases.push(seq);
        has = true;
        return Promise.resolve();
      },
    };
    expect(await backUp(repo, store, project, {})).toBe(true);
    // Nothing changed since, but the copy has no base: one is taken for it, and no second backup stored.
    expect(await backUp(repo, store, project, { base })).toBe(false);
    expect(await store.list('p1')).toHaveLength(1);
    expect(await backUp(repo, store, project, { base })).toBe(false);
    await repo.applyAction({ id: 'a1', label: 'Note', ops: [{ table: 'annotations', op: 'update', id: 'c-monitor', set: { note: 'later' } }], by: 't', at: '2026-11-30T02:00:00.000Z' });
    expect(await backUp(repo, store, project, { base })).toBe(true);
    // The fill was change 1, the note change 2.
    expect(bases).toEqual([1, 2]);
  });

  it('says what was kept when the safety copy’s base could not be written', async () => {
    await repo.fillNew(sampleSnapshot());
    const base = { needed: () => Promise.resolve(true), write: () => Promise.reject(new Error('quota')) };
    await expect(backUp(repo, store, project, { base })).rejects.toThrow("it is kept in the app, but the safety copy's base was not written (quota)");
  });
});
