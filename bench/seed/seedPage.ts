/**
 * The bench's page on the app's own origin (served as /bench/seed.html beside the built app):
 * it fills IndexedDB through the app's own storage code, so the app then opens exactly what
 * it would have stored itself, and it runs the storage-only reference measurements.
 */
import { Dexie } from 'dexie';
import type { Article } from '../../renderer/src/core/model/article';
import { splitArticle } from '../../renderer/src/core/model/article';
import type { ProjectSnapshot } from '../../renderer/src/core/formats/projectSnapshot';
import { parseArticleFile } from '../../renderer/src/core/import/parseArticleFile';
import { hashText } from '../../renderer/src/features/import/hashText';
import { toArticle } from '../../renderer/src/features/import/importArticles';
import { ProjectDb } from '../../renderer/src/storage/projectDb';
import { ProjectRegistry } from '../../renderer/src/storage/projectRegistry';
import { ProjectRepository } from '../../renderer/src/storage/projectRepository';
import { FULL, QUICK, emptyProject, largeProject, longProject, seedFacts, textFiles, type BenchSizes, type SeedFacts } from './generate';

/** The keys `features/projects/useProjectSession.ts` reads (not exported there). */
const CURRENT_KEY = 'crosscheck.currentProject';
const SEEDED_KEY = 'crosscheck.sampleCreated';

export type SeedKind = 'long' | 'large' | 'empty';

export interface SeedResult {
  projectId: string;
  facts: SeedFacts;
  generateMs: number;
  storeMs: number;
}

export interface SeedApi {
  seed(kind: SeedKind, seed: number, sizes: 'full' | 'quick'): Promise<SeedResult>;
  /** The library's reads (articles, counts, open contradictions) through the repository, without any UI. */
  libraryReads(projectId: string): Promise<{ ms: number; articles: number }>;
  /** Import references: the same files parsed, hashed and stored without UI; the same rows put with a raw Dexie bulkPut. */
  importReference(seed: number, count: number, chars: number): Promise<{ pipelineMs: number; rawPutMs: number; count: number }>;
  /** Export reference: the project read as a snapshot, and the same rows put with a raw Dexie bulkPut. */
  exportReference(projectId: string): Promise<{ snapshotMs: number; rawPutMs: number; rows: number }>;
}

declare global {
  interface Window {
    crosscheckSeed?: SeedApi;
  }
}

const sizesOf = (s: 'full' | 'quick'): BenchSizes => (s === 'quick' ? QUICK : FULL);

async function withHashes(snapshot: ProjectSnapshot): Promise<ProjectSnapshot> {
  for (const a of snapshot.articles) a.contentHash = await hashText(a.text);
  return snapshot;
}

/** A scratch database with the project schema, deleted after use. */
async function scratch<T>(run: (db: ProjectDb) => Promise<T>): Promise<T> {
  const name = `crosscheck-bench-scratch-${Date.now()}`;
  const db = new ProjectDb(name);
  try {
    await db.open();
    return await run(db);
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

const api: SeedApi = {
  async seed(kind, seed, sizes) {
    const registry = new ProjectRegistry();
    const t0 = performance.now();
    const snapshot = kind === 'long' ? longProject(seed, sizesOf(sizes)) : kind === 'large' ? largeProject(seed, sizesOf(sizes)) : emptyProject();
    await withHashes(snapshot);
    const t1 = performance.now();
    const record = await registry.create(snapshot.name);
    const db = registry.openProject(record.id);
    try {
      await new ProjectRepository(db).fillNew(snapshot);
    } finally {
      db.close();
    }
    const t2 = performance.now();
    localStorage.setItem(CURRENT_KEY, record.id);
    localStorage.setItem(SEEDED_KEY, '1');
    return { projectId: record.id, facts: seedFacts(snapshot), generateMs: t1 - t0, storeMs: t2 - t1 };
  },

  async libraryReads(projectId) {
    const db = new ProjectRegistry().openProject(projectId);
    try {
      const repo = new ProjectRepository(db);
      await db.open();
      const t0 = performance.now();
      const [articles] = await Promise.all([repo.listArticles(), repo.annotationCounts(), repo.openContradictionCounts()]);
      return { ms: performance.now() - t0, articles: articles.length };
    } finally {
      db.close();
    }
  },

  async importReference(seed, count, chars) {
    const files = textFiles(seed, count, chars).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
    const pipelineMs = await scratch(async (db) => {
      const repo = new ProjectRepository(db);
      const t0 = performance.now();
      const articles: Article[] = [];
      for (const f of files) {
        const parsed = parseArticleFile(f.name, f.bytes);
        if (!parsed.ok) throw new Error(`${f.name}: ${parsed.reason}`);
        articles.push(await toArticle(parsed.content, parsed.format, f.name));
      }
      await repo.findByContentHash(articles.map((a) => a.contentHash));
      await repo.addArticles(articles);
      return performance.now() - t0;
    });
    // The same rows again, prepared beforehand: only the store's own cost is timed.
    const rows: Article[] = [];
    for (const f of files) {
      const parsed = parseArticleFile(f.name, f.bytes);
      if (parsed.ok) rows.push(await toArticle(parsed.content, parsed.format, f.name));
    }
    const parts = rows.map(splitArticle);
    const rawPutMs = await scratch(async (db) => {
      const t0 = performance.now();
      await db.transaction('rw', db.articles, db.bodies, async () => {
        await db.articles.bulkPut(parts.map((p) => p.summary));
        await db.bodies.bulkPut(parts.map((p) => p.body));
      });
      return performance.now() - t0;
    });
    return { pipelineMs, rawPutMs, count: files.length };
  },

  async exportReference(projectId) {
    const db = new ProjectRegistry().openProject(projectId);
    let snapshot: ProjectSnapshot;
    let snapshotMs: number;
    try {
      const t0 = performance.now();
      snapshot = await new ProjectRepository(db).snapshot('reference');
      snapshotMs = performance.now() - t0;
    } finally {
      db.close();
    }
    const parts = snapshot.articles.map(splitArticle);
    const rawPutMs = await scratch(async (out) => {
      const t0 = performance.now();
      await out.transaction('rw', [out.articles, out.bodies, out.annotations, out.links, out.entities], async () => {
        await out.articles.bulkPut(parts.map((p) => p.summary));
        await out.bodies.bulkPut(parts.map((p) => p.body));
        await out.annotations.bulkPut(snapshot.annotations);
        await out.links.bulkPut(snapshot.links);
        await out.entities.bulkPut(snapshot.entities);
      });
      return performance.now() - t0;
    });
    return { snapshotMs, rawPutMs, rows: snapshot.articles.length * 2 + snapshot.annotations.length + snapshot.links.length + snapshot.entities.length };
  },
};

window.crosscheckSeed = api;
