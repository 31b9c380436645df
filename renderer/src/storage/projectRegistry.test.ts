import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ProjectRegistry } from './projectRegistry';
import { ProjectRepository } from './projectRepository';
import { RegistryDb } from './registryDb';
import { makeArticle } from '../../testing/fixtures';

let n = 0;
const registry = () => new ProjectRegistry(new RegistryDb(`test-registry-${n++}`));

describe('ProjectRegistry', () => {
  it('creates, lists by name and renames projects', async () => {
    const r = registry();
    const b = await r.create('  Syria   oil fields ');
    await r.create('Alpha');
    expect(b.name).toBe('Syria oil fields');
    expect((await r.list()).map((p) => p.name)).toEqual(['Alpha', 'Syria oil fields']);
    await r.rename(b.id, 'Deir Ezzor');
    expect((await r.get(b.id))?.name).toBe('Deir Ezzor');
  });

  it.each([
    ['', /needs a name/],
    ['   ', /needs a name/],
    ['x'.repeat(121), /at most 120/],
  ])('rejects the name %j', async (name, message) => {
    await expect(registry().create(name)).rejects.toThrow(message);
  });

  it('deletes a project together with its database', async () => {
    const r = registry();
    const p = await r.create('Doomed');
    const db = r.openProject(p.id);
    await new ProjectRepository(db).addArticles([makeArticle('a1')]);
    db.close();
    expect(await Dexie.exists(db.name)).toBe(true);
    await r.delete(p.id);
    expect(await r.list()).toEqual([]);
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('keeps each project in its own database', async () => {
    const r = registry();
    const [a, b] = [await r.create('A'), await r.create('B')];
    await new ProjectRepository(r.openProject(a.id)).addArticles([makeArticle('only-in-a')]);
    expect(await new ProjectRepository(r.openProject(b.id)).listArticles()).toEqual([]);
  });
});
