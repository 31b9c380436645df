import { baseFileName, baseSeqOf, COPY_ROOT, DELETED_FILE, INFO_FILE, isCopyFolder, isJournalFile, journalFileName, prunable, readCopyInfo, type CopyInfo } from '../../core/journal/copyFiles';
import { journalLine, lastSeqOf, readJournal, type JournalEntry } from '../../core/journal/journalEntry';
import { newId } from '../../core/model/ids';
import type { Journal } from '../journal';
import type { JournalCommand, JournalReply, JournalRequest } from './journalMessages';

/** A project's journal in this window: appends, a new file after each base, and letting go. */
export interface ProjectJournal extends Journal {
  close(): void;
}

/** A project the store lost and its copy holds: what it is, and when the copy last changed (ms). */
export type LostProject = CopyInfo & { changedAt: number };

/** What a project's safety copy holds, read whole. */
export interface CopyContents {
  info: CopyInfo;
  /** Newest first; a base that does not read is skipped for the next. */
  bases: { seq: number; bytes: () => Promise<Uint8Array> }[];
  entries: JournalEntry[];
  /** Journal lines that did not read (a line a crash cut). */
  unreadable: number;
  /** When the copy last changed (its newest file). */
  changedAt: number;
}

/** The folder the start's probe writes in (no project has an id without an underscore). */
const PROBE = 'probe';

/** This window's journals are named after it, so two windows never append to one file. */
const WINDOW = newId('w');

async function readText(file: FileSystemFileHandle): Promise<string> {
  return (await file.getFile()).text();
}

/** `project.json` of a copy folder whose files are `names`; null when it has none that reads. */
async function readInfo(folder: FileSystemDirectoryHandle, names: readonly string[]): Promise<CopyInfo | null> {
  return names.includes(INFO_FILE) ? readCopyInfo(await readText(await folder.getFileHandle(INFO_FILE))) : null;
}

async function writeWhole(folder: FileSystemDirectoryHandle, name: string, data: string | Uint8Array): Promise<void> {
  // A writable stream writes a file beside the old one and swaps it in on close: never half a file.
  const stream = await (await folder.getFileHandle(name, { create: true })).createWritable();
  await stream.write(typeof data === 'string' ? data : new Uint8Array(data));
  await stream.close();
}

async function fileNames(folder: FileSystemDirectoryHandle): Promise<string[]> {
  const names: string[] = [];
  for await (const [name, handle] of folder.entries()) if (handle.kind === 'file') names.push(name);
  return names;
}

/** The seq of a journal's last whole line (0 for none), read from its end: an import's line can be megabytes long, so a longer end is read until it holds a whole line. */
async function journalLastSeq(folder: FileSystemDirectoryHandle, name: string): Promise<number> {
  const file = await (await folder.getFileHandle(name)).getFile();
  for (let tail = 64 * 1024; ; tail *= 4) {
    const start = Math.max(0, file.size - tail);
    const seq = lastSeqOf(await file.slice(start).text(), start === 0);
    if (seq !== null || start === 0) return seq ?? 0;
  }
}

/**
 * A copy of every project's changes outside IndexedDB, in the origin private file system:
 * Chromium discards an origin's whole IndexedDB store when it finds it damaged after a crash
 * (crbug.com/146284), and this copy is what a project is rebuilt from then. Under Electron the
 * same storage lives in the app's data folder, beside the backup files.
 */
export class SafetyCopy {
  private nextId = 1;
  /** Why the worker stopped, once it has. */
  private stopped: string | null = null;
  private readonly waiting = new Map<number, (reply: JournalReply) => void>();
  private readonly parts = new Map<string, number>();

  private constructor(
    private readonly root: FileSystemDirectoryHandle,
    private readonly worker: Worker,
  ) {
    worker.onmessage = ({ data }: MessageEvent<JournalReply>) => {
      this.waiting.get(data.id)?.(data);
      this.waiting.delete(data.id);
    };
    // A worker that dies answers nothing more: what waits on it, and all that follows, fails with
    // a reason instead of keeping the status bar at Saving for ever.
    worker.onerror = (event) => {
      event.preventDefault();
      this.stopped = event.message || 'the journal worker stopped';
      for (const [id, resolve] of this.waiting) resolve({ id, ok: false, message: this.stopped });
      this.waiting.clear();
    };
  }

  /** The copy, or null where this browser gives no private file system (the app works on without it, and says so in Backups). */
  static async open(): Promise<SafetyCopy | null> {
    if (typeof navigator.storage?.getDirectory !== 'function' || typeof Worker !== 'function') return null;
    try {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(COPY_ROOT, { create: true });
      const copy = new SafetyCopy(root, new Worker(new URL('./journalWorker.ts', import.meta.url), { type: 'module', name: 'journal' }));
      // A browser (or an Electron scheme) can give the folder but refuse the worker's file
      // handles: try one now, so the copy is off from the start rather than failing each save.
      const file = journalFileName(`${WINDOW}-probe`, 0);
      const probe = await copy.ask({ op: 'append', projectId: PROBE, file, line: '' });
      await copy.ask({ op: 'close', projectId: PROBE });
      await (await root.getDirectoryHandle(PROBE)).removeEntry(file).catch(() => undefined);
      if (!probe.ok) {
        copy.worker.terminate();
        return null;
      }
      return copy;
    } catch {
      return null;
    }
  }

  private ask(request: JournalCommand): Promise<JournalReply> {
    const id = this.nextId++;
    if (this.stopped !== null) return Promise.resolve({ id, ok: false, message: this.stopped });
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const message: JournalRequest = { ...request, id };
      this.worker.postMessage(message);
    });
  }

  private folder(projectId: string): Promise<FileSystemDirectoryHandle> {
    if (!isCopyFolder(projectId)) throw new Error(`not a project id: ${projectId}`);
    return this.root.getDirectoryHandle(projectId, { create: true });
  }

  /**
   * The project's journal in this window. Its first append writes `project.json` if the copy has
   * none yet (a project made before this copy existed, so it needs a base to be rebuilt from).
   */
  journal(project: { id: string; name: string; createdAt: string }, onError: (message: string) => void): ProjectJournal {
    let ready: Promise<void> | null = null;
    return {
      append: async (entry) => {
        try {
          ready ??= this.describe({ ...project, startsEmpty: false }, false);
          await ready;
          const reply = await this.ask({ op: 'append', projectId: project.id, file: journalFileName(WINDOW, this.parts.get(project.id) ?? 0), line: journalLine(entry) });
          if (!reply.ok) throw new Error(reply.message);
        } catch (e) {
          ready = null;
          onError(e instanceof Error ? e.message : String(e));
        }
      },
      close: () => void this.ask({ op: 'close', projectId: project.id }),
    };
  }

  /** Writes `project.json` (always when `overwrite`, else only where missing), and lifts a `deleted` mark the project outlived. */
  async describe(info: CopyInfo, overwrite = true): Promise<void> {
    const folder = await this.folder(info.id);
    const names = await fileNames(folder);
    if (names.includes(DELETED_FILE)) await folder.removeEntry(DELETED_FILE);
    if (!overwrite && (await readInfo(folder, names))) return;
    await writeWhole(folder, INFO_FILE, JSON.stringify(info));
  }

  /** The new name of a project, kept with its copy. */
  async rename(id: string, name: string): Promise<void> {
    const folder = await this.folder(id);
    const info = await readInfo(folder, await fileNames(folder));
    if (info) await writeWhole(folder, INFO_FILE, JSON.stringify({ ...info, name }));
  }

  /** The last seq the copy holds (its newest base, or a journal's last whole line), read from the files' ends: 0 when it holds none. */
  async lastSeq(projectId: string): Promise<number> {
    const folder = await this.folder(projectId);
    let last = 0;
    for (const name of await fileNames(folder)) {
      const base = baseSeqOf(name);
      if (base !== null) last = Math.max(last, base);
      if (isJournalFile(name)) last = Math.max(last, await journalLastSeq(folder, name));
    }
    return last;
  }

  async hasBase(projectId: string): Promise<boolean> {
    return (await fileNames(await this.folder(projectId))).some((n) => baseSeqOf(n) !== null);
  }

  /**
   * Keeps a backup archive of the project through `seq` as its base, then lets go of what no
   * restore needs any more: this window's journal goes on in a new file, and bases and journals
   * older than the last two bases are removed (a journal another window still writes stays).
   */
  async writeBase(projectId: string, seq: number, archive: Uint8Array): Promise<void> {
    const folder = await this.folder(projectId);
    await writeWhole(folder, baseFileName(seq), archive);
    this.parts.set(projectId, (this.parts.get(projectId) ?? 0) + 1);
    const names = await fileNames(folder);
    const journals = await Promise.all(names.filter(isJournalFile).map(async (name) => ({ name, lastSeq: await journalLastSeq(folder, name) })));
    const drop = prunable(names.map(baseSeqOf).filter((s): s is number => s !== null), journals);
    for (const name of [...drop.bases.map(baseFileName), ...drop.journals]) await folder.removeEntry(name).catch(() => undefined);
  }

  /** The projects with a copy, not deleted, among those not in `known`: what a store that was discarded left behind. */
  async orphans(known: ReadonlySet<string>): Promise<LostProject[]> {
    const out: LostProject[] = [];
    for await (const [name, handle] of this.root.entries()) {
      if (handle.kind !== 'directory' || known.has(name) || !isCopyFolder(name)) continue;
      const folder = handle as FileSystemDirectoryHandle;
      try {
        const names = await fileNames(folder);
        if (names.includes(DELETED_FILE)) {
          // Deleted by the analyst; the removal did not finish (a window still held a journal, or a crash).
          await this.root.removeEntry(name, { recursive: true }).catch(() => undefined);
          continue;
        }
        const info = await readInfo(folder, names);
        if (!info || info.id !== name) continue;
        let changedAt = 0;
        for (const file of names) changedAt = Math.max(changedAt, (await (await folder.getFileHandle(file)).getFile()).lastModified);
        out.push({ ...info, changedAt });
      } catch {
        // Removed while this looked (another window deleting it): not lost.
      }
    }
    return out;
  }

  /** Everything the copy holds for a project, to plan and run its restore. */
  async read(projectId: string): Promise<CopyContents | null> {
    const folder = await this.folder(projectId);
    const names = await fileNames(folder);
    const info = await readInfo(folder, names);
    if (!info) return null;
    let changedAt = 0;
    const entries: JournalEntry[] = [];
    let unreadable = 0;
    const bases: CopyContents['bases'] = [];
    for (const name of names) {
      const handle = await folder.getFileHandle(name);
      const file = await handle.getFile();
      changedAt = Math.max(changedAt, file.lastModified);
      const seq = baseSeqOf(name);
      if (seq !== null) bases.push({ seq, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
      else if (isJournalFile(name)) {
        const read = readJournal(await file.text());
        entries.push(...read.entries);
        unreadable += read.unreadable;
      }
    }
    bases.sort((a, b) => b.seq - a.seq);
    return { info, bases, entries, unreadable, changedAt };
  }

  /** Marks the copy deleted, before the project itself goes: a removal a crash cuts short is never offered back as a lost project. */
  async markDeleted(projectId: string): Promise<void> {
    if (!isCopyFolder(projectId)) return;
    const folder = await this.root.getDirectoryHandle(projectId).catch(() => null);
    if (folder) await writeWhole(folder, DELETED_FILE, '');
  }

  /**
   * Removes a copy marked deleted. Another window's scan may be removing it at the same moment,
   * and a journal another window holds open keeps its folder until a later start clears it:
   * neither is an error.
   */
  async remove(projectId: string): Promise<void> {
    await this.ask({ op: 'close', projectId });
    await this.root.removeEntry(projectId, { recursive: true }).catch(() => undefined);
  }
}

let shared: Promise<SafetyCopy | null> | null = null;

/** The window's one safety copy (one worker holds its journals). */
export function safetyCopy(): Promise<SafetyCopy | null> {
  shared ??= SafetyCopy.open();
  return shared;
}
