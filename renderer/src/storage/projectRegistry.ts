import { Dexie } from 'dexie';
import { newId } from '../core/model/ids';
import { installedVersion, LATEST_VERSION, NewerSchemaError, ProjectDb, projectDbName } from './projectDb';
import { RegistryDb, type ProjectRecord } from './registryDb';

export class ProjectNameError extends Error {}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw new ProjectNameError('A project needs a name.');
  if (trimmed.length > 120) throw new ProjectNameError('A project name can have at most 120 characters.');
  return trimmed;
}

export class ProjectRegistry {
  constructor(private readonly db: RegistryDb = new RegistryDb()) {}

  list(): Promise<ProjectRecord[]> {
    return this.db.projects.orderBy('name').toArray();
  }

  get(id: string): Promise<ProjectRecord | undefined> {
    return this.db.projects.get(id);
  }

  async create(name: string): Promise<ProjectRecord> {
    const now = new Date().toISOString();
    const record: ProjectRecord = { id: newId('p'), name: cleanName(name), createdAt: now, updatedAt: now };
    await this.db.projects.add(record);
    return record;
  }

  /** Lists a project whose database was rebuilt elsewhere (a restore from its safety copy), under its own id. */
  async adopt(record: ProjectRecord): Promise<void> {
    await this.db.projects.add({ ...record, name: cleanName(record.name) });
  }

  async rename(id: string, name: string): Promise<void> {
    const updated = await this.db.projects.update(id, { name: cleanName(name), updatedAt: new Date().toISOString() });
    if (updated === 0) throw new Error(`No project with id ${id}.`);
  }

  /** Removes the project from the list first, so a failure halfway never shows a project without its data. */
  async delete(id: string): Promise<void> {
    await this.db.projects.delete(id);
    await Dexie.delete(projectDbName(id));
  }

  /** Refuses (rejects with NewerSchemaError) a project a newer Crosscheck wrote, before anything opens it. */
  async checkOpenable(id: string): Promise<void> {
    const found = await installedVersion(projectDbName(id));
    if (found !== null && found > LATEST_VERSION) throw new NewerSchemaError(found);
  }

  openProject(id: string): ProjectDb {
    return new ProjectDb(projectDbName(id));
  }
}
