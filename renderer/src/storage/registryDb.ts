import { Dexie, type EntityTable } from 'dexie';

export interface ProjectRecord {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** The small database that lists the user's projects; each project has a database of its own. */
export class RegistryDb extends Dexie {
  projects!: EntityTable<ProjectRecord, 'id'>;

  constructor(name = 'crosscheck-registry') {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ projects: '&id, name' });
  }
}
