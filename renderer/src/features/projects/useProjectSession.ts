import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ProjectRegistry } from '../../storage/projectRegistry';
import type { ProjectSnapshot } from '../../core/formats/projectSnapshot';
import { ProjectRepository } from '../../storage/projectRepository';
import { describeOpenError } from '../../storage/openError';
import type { ProjectRecord } from '../../storage/registryDb';
import { SaveStatus } from '../common/saveStatus';
import { useLive } from '../common/useLive';
import { ActionHistory } from '../history/actionHistory';
import { authorId } from './authorId';
import { sampleArticles } from './sampleProject';
import { safetyCopy, type SafetyCopy } from '../../storage/safetyCopy/safetyCopy';
import { useRecovery, type Recovery } from './useRecovery';

const CURRENT_KEY = 'crosscheck.currentProject';
const SEEDED_KEY = 'crosscheck.sampleCreated';

export interface OpenProject {
  record: ProjectRecord;
  repo: ProjectRepository;
  history: ActionHistory;
  /** The copy of its changes outside IndexedDB; null where the browser gives no private file system. */
  safety: SafetyCopy | null;
  /** Lets go of its journal (the window switches projects or closes it). */
  close(): void;
}

export interface ProjectSession {
  projects: ProjectRecord[];
  loading: boolean;
  open: OpenProject | null;
  status: SaveStatus;
  error: string | null;
  /** Something that happened to the projects elsewhere (another window deleted the open one). */
  notice: string | null;
  dismissNotice(): void;
  switchTo(id: string): void;
  create(name: string): Promise<ProjectRecord>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  createSample(): Promise<ProjectRecord>;
  /** Opens an archive's project as a new project (named like it, made unique) and switches to it. */
  createFrom(snapshot: ProjectSnapshot): Promise<ProjectRecord>;
  /** Projects the browser's storage lost and their safety copy can rebuild. */
  recovery: Recovery;
}

const registry = new ProjectRegistry();

/** Where a journal that cannot be written says so: the open session's status bar. */
let journalTrouble: (message: string) => void = () => undefined;

/** A new project with its safety copy begun: the copy holds it from its creation, so it can be rebuilt from the journal alone. */
async function createRecord(name: string): Promise<{ record: ProjectRecord; safety: SafetyCopy | null }> {
  const record = await registry.create(name);
  const safety = await safetyCopy();
  await safety?.describe({ id: record.id, name: record.name, createdAt: record.createdAt, startsEmpty: true });
  return { record, safety };
}

/** A new project filled by `fill`, all or nothing: a failed fill leaves no project behind. */
async function createFilled(name: string, fill: (repo: ProjectRepository) => Promise<void>): Promise<ProjectRecord> {
  const { record, safety } = await createRecord(name);
  const db = registry.openProject(record.id);
  const journal = safety?.journal(record, (m) => journalTrouble(`The safety copy of “${record.name}” could not be written (${m}). The project itself is saved.`)) ?? null;
  try {
    await fill(new ProjectRepository(db, journal));
  } catch (error) {
    db.close();
    await safety?.markDeleted(record.id);
    await registry.delete(record.id);
    await safety?.remove(record.id);
    throw error;
  } finally {
    db.close();
    journal?.close();
  }
  return record;
}

async function createSampleProject(): Promise<ProjectRecord> {
  const { name, articles } = await sampleArticles();
  return createFilled(name, (repo) => repo.addArticles(articles));
}

/** A new project from a snapshot (an opened archive or backup), named like it and made unique. */
async function createFromSnapshot(snapshot: ProjectSnapshot): Promise<ProjectRecord> {
  const names = new Set((await registry.list()).map((p) => p.name));
  // Room for " (12)" within the 120 characters a project name may have.
  const base = snapshot.name.trim().replace(/\s+/g, ' ').slice(0, 112).trim() || 'Imported project';
  let name = base;
  for (let n = 2; names.has(name); n++) name = `${base} (${n})`;
  return createFilled(name, (repo) => repo.fillNew(snapshot));
}

let firstRun: Promise<void> | null = null;

/**
 * On the very first start, the sample project; once only, so deleting it sticks. Two tabs
 * opened together must not make two: the check and the creation run under one Web Lock,
 * held by one tab at a time.
 */
function ensureFirstRun(): Promise<void> {
  firstRun ??= (async () => {
    const seed = async () => {
      if (localStorage.getItem(SEEDED_KEY)) return;
      const existing = await registry.list();
      // Not a first start if the store was discarded and the projects' safety copies are there:
      // the analyst is offered those, not a new sample beside them.
      const lost = existing.length === 0 ? ((await (await safetyCopy())?.orphans(new Set()))?.length ?? 0) : 0;
      if (existing.length === 0 && lost === 0) {
        const record = await createSampleProject();
        localStorage.setItem(CURRENT_KEY, record.id);
      }
      localStorage.setItem(SEEDED_KEY, '1');
    };
    if (navigator.locks) await navigator.locks.request('crosscheck-first-run', seed);
    else await seed();
  })();
  return firstRun;
}

export function useProjectSession(): ProjectSession {
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(() => localStorage.getItem(CURRENT_KEY));
  const status = useRef(new SaveStatus()).current;
  const [safety, setSafety] = useState<SafetyCopy | null>(null);

  useEffect(() => {
    Promise.all([ensureFirstRun(), safetyCopy()])
      .then(([, copy]) => {
        setSafety(copy);
        setCurrentId(localStorage.getItem(CURRENT_KEY));
        setReady(true);
      })
      .catch((e: unknown) => {
        setError(`The sample project could not be created: ${e instanceof Error ? e.message : String(e)}`);
        setReady(true);
      });
  }, []);

  const live = useLive(ready ? () => registry.list() : null, [ready]);
  const projects = useMemo(() => (live.status === 'ready' ? live.value : []), [live]);
  const record = projects.find((p) => p.id === currentId) ?? projects[0] ?? null;
  const recordId = record?.id ?? null;

  const [notice, setNotice] = useState<string | null>(null);

  // A project a newer Crosscheck wrote must not be opened (Dexie would upgrade it to this
  // build's schema): check each project before its database is touched.
  const [checked, setChecked] = useState<string | null>(null);
  useEffect(() => {
    if (!recordId) return;
    let live = true;
    registry.checkOpenable(recordId).then(
      () => live && setChecked(recordId),
      (e: unknown) => live && status.fail(describeOpenError(e, record?.name ?? 'The project')),
    );
    return () => {
      live = false;
    };
    // The name is only for the message.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recordId, status]);

  const open = useMemo<OpenProject | null>(() => {
    if (!record || checked !== record.id) return null;
    let told = false;
    const journal =
      safety?.journal(record, (m) => {
        // Once per opening: the same failure on every tag would bury the status bar.
        if (told) return;
        told = true;
        status.fail(`The safety copy of “${record.name}” could not be written (${m}). Your work is saved in the project, and backups still run.`);
      }) ?? null;
    const repo = new ProjectRepository(registry.openProject(record.id), journal);
    repo.db.onUpgradedElsewhere = () =>
      setNotice(`“${record.name}” was opened by a newer version of Crosscheck in another window, which upgraded it. Reload this window to keep working on it; everything already saved is kept.`);
    return { record, repo, history: new ActionHistory(repo, status, authorId()), safety, close: () => journal?.close() };
    // A rename must not reopen the database or drop the undo history.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recordId, status, checked, safety]);

  useEffect(
    () => () => {
      open?.repo.db.close();
      open?.close();
    },
    [open],
  );
  useEffect(() => {
    journalTrouble = (m) => status.fail(m);
  }, [status]);

  // The open project vanished from the list without this window deleting it: say so.
  const shown = useRef<{ id: string; name: string } | null>(null);
  const removedHere = useRef(new Set<string>());
  useEffect(() => {
    if (live.status !== 'ready') return;
    const before = shown.current;
    if (before && before.id !== recordId && !projects.some((p) => p.id === before.id) && !removedHere.current.has(before.id)) {
      setNotice(`The project “${before.name}” was deleted in another window.${record ? ` This window now shows “${record.name}”.` : ''}`);
    }
    shown.current = record ? { id: record.id, name: record.name } : null;
  }, [live.status, projects, record, recordId]);

  const switchTo = useCallback((id: string) => {
    localStorage.setItem(CURRENT_KEY, id);
    setCurrentId(id);
  }, []);

  const create = useCallback(
    async (name: string) => {
      const created = await status.track('New project', async () => (await createRecord(name)).record);
      switchTo(created.id);
      return created;
    },
    [status, switchTo],
  );

  const rename = useCallback(
    (id: string, name: string) =>
      status.track('Rename project', async () => {
        await registry.rename(id, name);
        const record = await registry.get(id);
        if (record) await safety?.rename(id, record.name);
      }),
    [status, safety],
  );

  const remove = useCallback(
    async (id: string) => {
      removedHere.current.add(id);
      if (open?.record.id === id) open.repo.db.close();
      await status.track('Delete project', async () => {
        // Marked deleted first: a removal a crash cuts short is never offered back as a lost project.
        await safety?.markDeleted(id);
        await registry.delete(id);
        await safety?.remove(id);
      });
      if (localStorage.getItem(CURRENT_KEY) === id) localStorage.removeItem(CURRENT_KEY);
      setCurrentId((cur) => (cur === id ? null : cur));
    },
    [open, status, safety],
  );

  const createSample = useCallback(async () => {
    const created = await status.track('Sample project', createSampleProject);
    switchTo(created.id);
    return created;
  }, [status, switchTo]);

  const createFrom = useCallback(
    async (snapshot: ProjectSnapshot) => {
      const created = await status.track('Open archive', () => createFromSnapshot(snapshot));
      switchTo(created.id);
      return created;
    },
    [status, switchTo],
  );

  const current = useMemo(() => (open && record ? { ...open, record } : null), [open, record]);
  const recovery = useRecovery(safety, live.status === 'ready' ? projects : null, status, registry, switchTo);

  return {
    projects,
    loading: !ready || live.status === 'loading',
    open: current,
    status,
    error: error ?? (live.status === 'error' ? String(live.error) : null),
    notice,
    dismissNotice: () => setNotice(null),
    switchTo,
    create,
    rename,
    remove,
    createSample,
    createFrom,
    recovery,
  };
}
