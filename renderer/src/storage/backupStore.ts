import { Dexie, type EntityTable } from 'dexie';

/** One backup: a project archive (the same zip Export writes) of a project at a moment. */
export interface Backup {
  id: string;
  projectId: string;
  projectName: string;
  /** ISO time it was taken. */
  at: string;
  /** What changed the project last when it was taken (a fingerprint): the same one is not backed up twice. */
  fingerprint: string;
  articles: number;
  annotations: number;
  links: number;
  archive: Uint8Array;
}

/** Backups live in a database of their own, so a project database that breaks does not take them with it. */
class BackupDb extends Dexie {
  backups!: EntityTable<Backup, 'id'>;

  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: '&id, projectId, [projectId+at]' });
  }
}

/** How many backups each project keeps; the oldest go first. */
export const BACKUPS_KEPT = 20;

export class BackupStore {
  private readonly db: BackupDb;

  constructor(readonly name = 'crosscheck-backups') {
    this.db = new BackupDb(name);
  }

  /** The project's backups, newest first, without their archives (a list should not read megabytes). */
  async list(projectId: string): Promise<Omit<Backup, 'archive'>[]> {
    const rows = await this.db.backups.where('[projectId+at]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).reverse().toArray();
    return rows.map(({ archive: _archive, ...rest }) => rest);
  }

  get(id: string): Promise<Backup | undefined> {
    return this.db.backups.get(id);
  }

  async latest(projectId: string): Promise<Omit<Backup, 'archive'> | undefined> {
    return (await this.list(projectId))[0];
  }

  /** Stores a backup and drops the oldest beyond BACKUPS_KEPT, in one transaction. */
  async add(backup: Backup): Promise<void> {
    await this.db.transaction('rw', this.db.backups, async () => {
      await this.db.backups.add(backup);
      const ids = (await this.db.backups.where('[projectId+at]').between([backup.projectId, Dexie.minKey], [backup.projectId, Dexie.maxKey]).primaryKeys()) as string[];
      const rows = await this.db.backups.bulkGet(ids);
      const old = rows
        .filter((r): r is Backup => r !== undefined)
        .sort((a, b) => b.at.localeCompare(a.at))
        .slice(BACKUPS_KEPT)
        .map((r) => r.id);
      if (old.length) await this.db.backups.bulkDelete(old);
    });
  }

  close(): void {
    this.db.close();
  }
}
