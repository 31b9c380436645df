import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ArticleBody, ArticleSummary } from '../core/model/article';
import type { Annotation } from '../core/model/annotation';
import type { Entity } from '../core/model/entity';
import type { Link, LinkTypeDef } from '../core/model/link';
import type { Action } from '../core/changes/rowOp';
import { DEFAULT_COUNTED_THINGS, type CountedThing } from '../core/model/figure';
import { DEFAULT_KINDS, defaultTags, type KindDef, type TagDef } from '../core/model/tagSchema';
import { countAll, type ArticleCounts } from '../core/counts/articleCounts';
import { tagsFromVersion3 } from './tagsFromVersion3';

/** An action as the log keeps it: with the seq it was stored as (rows logged before the safety copy have none). */
export type StoredAction = Action & { seq?: number };

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * One project's database. Schema versions are append-only: a new version adds a
 * `version(n)` call with its upgrade and a test that opens a fixture of version n-1.
 */
export class ProjectDb extends Dexie {
  articles!: EntityTable<ArticleSummary, 'id'>;
  bodies!: EntityTable<ArticleBody, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  links!: EntityTable<Link, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** Every stored action, as the patch it was: the log another copy of the project can replay. */
  actions!: EntityTable<StoredAction, 'id'>;
  linkTypes!: EntityTable<LinkTypeDef, 'id'>;
  tags!: EntityTable<TagDef, 'id'>;
  kinds!: EntityTable<KindDef, 'id'>;
  counted!: EntityTable<CountedThing, 'id'>;
  /** What the library shows of each article, changed in the transaction of every change it counts. */
  articleCounts!: EntityTable<ArticleCounts, 'articleId'>;

  constructor(name: string) {
    // Strict durability: a saved annotation should survive a power loss, not only a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      articles: '&id, contentHash',
      bodies: '&id',
      annotations: '&id, articleId, [articleId+kind]',
      links: '&id, fromId, toId',
      entities: '&id, name',
      meta: '&key',
    });
    // v2 adds the action log; no row of v1 changes.
    this.version(2).stores({ actions: '&id, at' });
    // v3: links know their articles (for counts and the review queue); claims are found by kind
    // (for the link picker); a project's own link types.
    this.version(3).stores({
      annotations: '&id, articleId, [articleId+kind], kind',
      links: '&id, fromId, toId, fromArticleId, toArticleId',
      linkTypes: '&id',
    });
    // v4: the tag schema becomes rows (one per tag and kind), so an edit patches one row;
    // the things figures count; mentions are found by their entity.
    this.version(4)
      .stores({
        annotations: '&id, articleId, [articleId+kind], kind, entityId',
        tags: '&id',
        kinds: '&id',
        counted: '&id',
      })
      .upgrade(async (tx) => {
        const old = await tx.table<{ key: string; value: unknown }, string>('meta').get('tagSchema');
        const { tags, kinds } = tagsFromVersion3(old?.value);
        await fillSettings(tx, tags, kinds);
        await tx.table('meta').delete('tagSchema');
      });
    // v5: counts per article as rows, kept by every write, so a large project's library opens
    // without walking every annotation's index key.
    this.version(5)
      .stores({ articleCounts: '&articleId' })
      .upgrade(async (tx) => {
        const keys = (await tx.table('annotations').orderBy('[articleId+kind]').keys()) as unknown as [string, string][];
        const links = await tx.table<Link, string>('links').toArray();
        await tx.table('articleCounts').bulkPut(countAll(keys.map(([articleId, kind]) => ({ articleId, kind })), links));
      });
    this.on('populate', (tx) => fillSettings(tx, defaultTags(), DEFAULT_KINDS));
    // Another window asks to upgrade or delete this database: step aside at once (never block
    // it), and do not reopen. An upgrade means a newer Crosscheck runs there: say so.
    this.on('versionchange', (event) => {
      this.close({ disableAutoOpen: true });
      if (event.newVersion !== null && event.newVersion > this.verno * 10) this.onUpgradedElsewhere?.();
      return false;
    });
  }

  /** Called when another window upgraded this database to a newer schema than this build knows. */
  onUpgradedElsewhere: (() => void) | null = null;
}

async function fillSettings(tx: Transaction, tags: readonly TagDef[], kinds: readonly KindDef[]): Promise<void> {
  await tx.table('tags').bulkPut([...tags]);
  await tx.table('kinds').bulkPut([...kinds]);
  await tx.table('counted').bulkPut(DEFAULT_COUNTED_THINGS.map((c) => ({ ...c, terms: [...c.terms] })));
}

/** Raised instead of opening a project database written by a newer schema than this build knows. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
  constructor(readonly found: number) {
    super(`The project was saved with schema version ${found}; this Crosscheck knows versions up to ${LATEST_VERSION}.`);
  }
}

/** The newest `version(n)` declared above. */
export const LATEST_VERSION = 5;

/**
 * The schema version the database on disk has, read without opening it through Dexie (which
 * would upgrade a newer database to its own idea of the schema); null when it does not exist.
 */
export async function installedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n * 10.
  return found?.version ? Math.floor(found.version / 10) : null;
}

export function projectDbName(projectId: string): string {
  return `crosscheck-project-${projectId}`;
}
