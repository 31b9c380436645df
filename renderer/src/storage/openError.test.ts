import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeOpenError, SCHEMA_VERSION } from './openError';
import { NewerSchemaError, ProjectDb, projectDbName } from './projectDb';
import { ProjectRegistry } from './projectRegistry';

describe('a project from a newer Crosscheck', () => {
  it('is refused in words that say what to do', () => {
    expect(describeOpenError(new NewerSchemaError(7), 'Deir Ezzor')).toBe(
      `“Deir Ezzor” was saved by a newer version of Crosscheck (its schema is newer than version ${SCHEMA_VERSION}, the newest this one knows). Nothing was changed: update Crosscheck to open it.`,
    );
  });

  it('says when the disk is full', () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(describeOpenError(quota, 'P')).toBe('“P” could not be opened: the disk is full (The quota has been exceeded.). Free some space and reload; nothing was changed.');
  });
});

describe('the schema version this build knows', () => {
  it('is the newest version ProjectDb declares', () => {
    const db = new ProjectDb('version-check');
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('the registry', () => {
  it('refuses a project a newer Crosscheck wrote before anything opens it', async () => {
    const future = new Dexie(projectDbName('p-future'));
    future.version(SCHEMA_VERSION + 1).stores({ articles: '&id' });
    await future.table('articles').add({ id: 'a1' });
    future.close();
    const registry = new ProjectRegistry();
    await expect(registry.checkOpenable('p-future')).rejects.toThrow(new RegExp(`schema version ${SCHEMA_VERSION + 1}; this Crosscheck knows versions up to ${SCHEMA_VERSION}`));
    await expect(registry.checkOpenable('p-never-made')).resolves.toBeUndefined();
    expect((await indexedDB.databases()).find((d) => d.name === projectDbName('p-future'))?.version).toBe((SCHEMA_VERSION + 1) * 10);
  });
});
