import type { Article, ArticleBody, ArticleSummary } from '../core/model/article';
import { splitArticle } from '../core/model/article';
import type { Annotation } from '../core/model/annotation';
import { DEFAULT_LINK_TYPES, type Link, type LinkTypeDef } from '../core/model/link';
import { applyRowOp, RowConflictError, type AppliedChange } from '../core/changes/appliedChange';
import type { Action, RowOp, RowTypes, TableName } from '../core/changes/rowOp';
import { inOrder, type TagSchema } from '../core/model/tagSchema';
import type { Entity } from '../core/model/entity';
import type { ProjectSnapshot } from '../core/formats/projectSnapshot';
import type { CountedThing } from '../core/model/figure';
import type { Table } from 'dexie';
import type { ProjectDb, StoredAction } from './projectDb';
import { applyDelta, countAll, countDeltas, isEmptyCounts } from '../core/counts/articleCounts';
import type { JournalEntry } from '../core/journal/journalEntry';
import { bumpSeq, SEQ_KEY, type Journal } from './journal';

export interface AnnotationCounts {
  claims: number;
  entities: number;
  other: number;
}

/** The fields of `a` that name entity `id`, cleared. */
function unlinkEntity(a: Annotation, id: string): Partial<Annotation> {
  const set: Partial<Annotation> = {};
  if (a.entityId === id) set.entityId = null;
  if (a.figure?.countedEntityId === id) set.figure = { ...a.figure, countedEntityId: null };
  if (a.attribution?.entityId === id) set.attribution = { ...a.attribution, entityId: null };
  return set;
}

/**
 * Every method is one transaction: when its promise resolves, the change is on disk, and in
 * the journal outside IndexedDB when the repository has one (a store Chromium discards after
 * a crash can then be rebuilt; see `storage/journal`).
 */
export class ProjectRepository {
  constructor(
    readonly db: ProjectDb,
    private readonly journal: Journal | null = null,
  ) {}

  /** Copies a committed change to the journal; its failure is the journal's to report, never the change's (it is stored). */
  private async journalled<T>(work: Promise<{ value: T; entry: JournalEntry }>): Promise<T> {
    const { value, entry } = await work;
    if (this.journal) await this.journal.append(entry);
    return value;
  }

  listArticles(): Promise<ArticleSummary[]> {
    return this.db.articles.toArray();
  }

  /** The text alone: a live query on it does not re-run when only the metadata changes. */
  getBody(id: string): Promise<ArticleBody | undefined> {
    return this.db.bodies.get(id);
  }

  /** Counts per article, from the counts rows every write keeps (an article with none has no row). */
  async annotationCounts(): Promise<Map<string, AnnotationCounts>> {
    const rows = await this.db.articleCounts.toArray();
    return new Map(rows.map((c) => [c.articleId, { claims: c.claims, entities: c.entities, other: c.other }]));
  }

  annotationsFor(articleId: string): Promise<Annotation[]> {
    return this.db.annotations.where('articleId').equals(articleId).toArray();
  }

  private table(name: TableName): Table<RowTypes[TableName], string> {
    return this.db[name] as unknown as Table<RowTypes[TableName], string>;
  }

  /**
   * Stores one action atomically and returns what it did to each row, read from the rows
   * as stored inside the transaction: an update patches the stored row, so nothing another
   * action wrote since the screen last read it is lost. Deleting an annotation also deletes
   * its links; deleting an article, its text, annotations and their links, as they are
   * stored then. The action joins the log.
   */
  applyAction(action: Action): Promise<AppliedChange[]> {
    return this.journalled(this.storeAction(action));
  }

  /** Stores an action; `seq` given when a journal is replayed (the restored project keeps the numbers its journal has). */
  private storeAction(action: Action, seq?: number): Promise<{ value: AppliedChange[]; entry: JournalEntry }> {
    const { db } = this;
    const tables = [db.annotations, db.articles, db.bodies, db.links, db.linkTypes, db.entities, db.tags, db.kinds, db.counted, db.actions, db.articleCounts, db.meta];
    return db.transaction('rw', tables, async () => {
      const applied: AppliedChange[] = [];
      const apply = async (op: RowOp) => {
        const table = this.table(op.table);
        const change = applyRowOp(await table.get(op.op === 'create' ? op.row.id : op.id), op, action.at);
        if (change.after) await table.put(change.after);
        else if (change.before) await table.delete(change.id);
        applied.push(change);
      };
      // What goes with a row, deleted first so that undo brings it back after the row.
      const deleteLinksOf = async (annotationId: string) => {
        const ids = new Set([
          ...((await db.links.where('fromId').equals(annotationId).primaryKeys()) as string[]),
          ...((await db.links.where('toId').equals(annotationId).primaryKeys()) as string[]),
        ]);
        for (const id of ids) await apply({ table: 'links', op: 'delete', id });
      };
      for (const op of action.ops) {
        if (op.table === 'articles' && op.op === 'delete') {
          const ids = (await db.annotations.where('articleId').equals(op.id).primaryKeys()) as string[];
          for (const id of ids) {
            await deleteLinksOf(id);
            await apply({ table: 'annotations', op: 'delete', id });
          }
          await apply({ table: 'bodies', op: 'delete', id: op.id });
        }
        if (op.table === 'annotations' && op.op === 'delete') await deleteLinksOf(op.id);
        // What a new row points at must be there when it is stored: another window may have
        // deleted it since this one read it (and a replayed journal may have lost it).
        if (op.op === 'create' && op.table === 'links' && (await db.annotations.bulkGet([op.row.fromId, op.row.toId])).some((a) => a === undefined)) {
          throw new RowConflictError('A claim this link joins no longer exists; it was deleted, perhaps in another window.');
        }
        if (op.op === 'create' && op.table === 'annotations' && (await db.articles.get(op.row.articleId)) === undefined) {
          throw new RowConflictError('The article of this annotation no longer exists; it was deleted, perhaps in another window.');
        }
        if (op.table === 'entities' && op.op === 'delete') {
          // Nothing may point at an entity that is gone: what the action did not move elsewhere is unlinked.
          for (const a of await this.annotationsReferring(op.id)) await apply({ table: 'annotations', op: 'update', id: a.id, set: unlinkEntity(a, op.id) });
        }
        await apply(op);
      }
      const entry: JournalEntry = { seq: await bumpSeq(db, seq), kind: 'action', action };
      // The row keeps its seq, so a journal a crash left behind the database can be caught up from the log.
      await db.actions.add({ ...action, seq: entry.seq });
      // The counts move with the rows they count, in this transaction.
      for (const [articleId, delta] of countDeltas(applied)) {
        const next = applyDelta(await db.articleCounts.get(articleId), articleId, delta);
        if (isEmptyCounts(next)) await db.articleCounts.delete(articleId);
        else await db.articleCounts.put(next);
      }
      return { value: applied, entry };
    });
  }

  /**
   * Copies to the journal what the database stored after `copied` (the last seq the copy holds):
   * a crash between a commit and its journal line leaves the database ahead. Resolves to false
   * when the log cannot give it all (an import is not in the log): the copy then needs a new base.
   */
  async catchUpJournal(copied: number): Promise<boolean> {
    const { db, journal } = this;
    if (!journal) return true;
    const { seq, rows } = await db.transaction('r', db.meta, db.actions, async () => {
      const row = await db.meta.get(SEQ_KEY);
      const seq = typeof row?.value === 'number' ? row.value : 0;
      const rows: StoredAction[] = [];
      if (seq > copied) {
        // The newest first; those a crash cut are the last few, so this stops after them.
        await db.actions
          .orderBy('at')
          .reverse()
          .until(() => rows.length >= seq - copied || rows.length >= 1_000)
          .each((a: StoredAction) => {
            if ((a.seq ?? 0) > copied) rows.push(a);
          });
      }
      return { seq, rows };
    });
    if (seq <= copied) return true;
    const bySeq = new Map(rows.map((r) => [r.seq, r]));
    for (let s = copied + 1; s <= seq; s++) if (!bySeq.has(s)) return false;
    for (let s = copied + 1; s <= seq; s++) {
      const { seq: _seq, ...action } = bySeq.get(s) as StoredAction;
      await journal.append({ seq: s, kind: 'action', action });
    }
    return true;
  }

  /** The links with an end in this article. */
  async linksForArticle(articleId: string): Promise<Link[]> {
    const { links } = this.db;
    const [from, to] = await Promise.all([links.where('fromArticleId').equals(articleId).toArray(), links.where('toArticleId').equals(articleId).toArray()]);
    const byId = new Map([...from, ...to].map((l) => [l.id, l]));
    return [...byId.values()];
  }

  /** The link types of the project: the four built in, then its own in the order of their keys. */
  async linkTypes(): Promise<LinkTypeDef[]> {
    const own = await this.db.linkTypes.toArray();
    return [...DEFAULT_LINK_TYPES, ...own.sort((a, b) => a.key.localeCompare(b.key))];
  }

  /** How many links have this type. */
  countLinksOfType(type: string): Promise<number> {
    return this.db.links.filter((l) => l.type === type).count();
  }

  /** Every link of the project (the review queue). */
  allLinks(): Promise<Link[]> {
    return this.db.links.toArray();
  }

  /** Every claim of the project, for the link picker. */
  allClaims(): Promise<Annotation[]> {
    return this.db.annotations.where('kind').equals('claim').toArray();
  }

  /** The annotations with these ids that exist (the other ends of links). */
  async annotationsByIds(ids: readonly string[]): Promise<Annotation[]> {
    return (await this.db.annotations.bulkGet([...ids])).filter((a): a is Annotation => a !== undefined);
  }

  /** Per article, its contradictions still open (candidate or confirmed), counted once per link and article. */
  async openContradictionCounts(): Promise<Map<string, number>> {
    const rows = await this.db.articleCounts.toArray();
    return new Map(rows.filter((c) => c.openContradictions > 0).map((c) => [c.articleId, c.openContradictions]));
  }

  /** All or nothing: one transaction for the whole batch. */
  addArticles(articles: readonly Article[]): Promise<void> {
    return this.journalled(this.storeArticles(articles, new Date().toISOString()));
  }

  private storeArticles(articles: readonly Article[], at: string, seq?: number): Promise<{ value: undefined; entry: JournalEntry }> {
    const parts = articles.map(splitArticle);
    const { db } = this;
    return db.transaction('rw', db.articles, db.bodies, db.meta, async () => {
      await db.articles.bulkAdd(parts.map((p) => p.summary));
      await db.bodies.bulkAdd(parts.map((p) => p.body));
      return { value: undefined, entry: { seq: await bumpSeq(db, seq), kind: 'articles', at, articles: [...articles] } };
    });
  }

  async findByContentHash(hashes: readonly string[]): Promise<ArticleSummary[]> {
    return this.db.articles.where('contentHash').anyOf([...hashes]).toArray();
  }

  /** The tags and kinds, each in its order. */
  async tagSchema(): Promise<TagSchema> {
    const [tags, kinds] = await Promise.all([this.db.tags.toArray(), this.db.kinds.toArray()]);
    return { tags: inOrder(tags), kinds: inOrder(kinds) };
  }

  async countedThings(): Promise<CountedThing[]> {
    return inOrder(await this.db.counted.toArray());
  }

  /** How many annotations carry each tag, from the rows' tag field. */
  async tagUse(): Promise<Map<string, number>> {
    const use = new Map<string, number>();
    await this.db.annotations.each((a) => use.set(a.tag, (use.get(a.tag) ?? 0) + 1));
    return use;
  }

  annotationsWithTag(tagId: string): Promise<Annotation[]> {
    return this.db.annotations.filter((a) => a.tag === tagId).toArray();
  }

  entities(): Promise<Entity[]> {
    return this.db.entities.toArray();
  }

  entity(id: string): Promise<Entity | undefined> {
    return this.db.entities.get(id);
  }

  /** The mentions linked to this entity. */
  mentionsOf(entityId: string): Promise<Annotation[]> {
    return this.db.annotations.where('entityId').equals(entityId).toArray();
  }

  /** Every entity mention of the project, linked or not (for "link the others with the same text"). */
  allMentions(): Promise<Annotation[]> {
    return this.db.annotations.where('kind').equals('entity').toArray();
  }

  /** Every annotation that points at the entity: its mentions, and claims whose figure or attribution names it. */
  async annotationsReferring(entityId: string): Promise<Annotation[]> {
    const [mentions, claims] = await Promise.all([this.mentionsOf(entityId), this.allClaims()]);
    const byId = new Map(mentions.map((a) => [a.id, a]));
    for (const c of claims) if (c.figure?.countedEntityId === entityId || c.attribution?.entityId === entityId) byId.set(c.id, c);
    return [...byId.values()];
  }

  /** The ids of the articles with a mention of this entity (the library's filter). */
  async articlesMentioning(entityId: string): Promise<Set<string>> {
    return new Set((await this.mentionsOf(entityId)).map((a) => a.articleId));
  }

  /** What an entity's page is made of: its mentions, their articles' texts and claims, and the links of those claims. */
  async entityPageRows(entityId: string): Promise<{ mentions: Annotation[]; bodies: ArticleBody[]; claims: Annotation[]; links: Link[] }> {
    const mentions = await this.mentionsOf(entityId);
    const articleIds = [...new Set(mentions.map((m) => m.articleId))];
    const [bodies, claims] = await Promise.all([this.bodies(articleIds), this.db.annotations.where('[articleId+kind]').anyOf(articleIds.map((id) => [id, 'claim'])).toArray()]);
    const claimIds = claims.map((c) => c.id);
    const links = await this.db.links.where('fromId').anyOf(claimIds).toArray();
    return { mentions, bodies, claims, links };
  }

  /** What the suggester reads: every claim and mention, the texts of the articles with claims, and the rest it weighs. */
  async suggestionInputs(): Promise<{
    claims: Annotation[];
    mentions: Annotation[];
    bodies: ArticleBody[];
    articles: ArticleSummary[];
    entities: Entity[];
    counted: CountedThing[];
    links: Link[];
  }> {
    const [claims, mentions, articles, entities, counted, links] = await Promise.all([
      this.allClaims(),
      this.allMentions(),
      this.listArticles(),
      this.entities(),
      this.countedThings(),
      this.allLinks(),
    ]);
    const bodies = await this.bodies([...new Set(claims.map((c) => c.articleId))]);
    return { claims, mentions, bodies, articles, entities, counted, links };
  }

  /** The whole project as plain data, read in one transaction so it is one moment of the project. */
  async snapshot(name: string): Promise<ProjectSnapshot> {
    return (await this.snapshotWithSeq(name)).snapshot;
  }

  /** The snapshot and the seq of the last change it holds (the journal replays what comes after it). */
  async snapshotWithSeq(name: string): Promise<{ snapshot: ProjectSnapshot; seq: number }> {
    const { db } = this;
    return db.transaction('r', [db.articles, db.bodies, db.annotations, db.links, db.linkTypes, db.entities, db.tags, db.kinds, db.counted, db.meta], async () => {
      const [summaries, bodies, annotations, links, linkTypes, entities, tags, kinds, counted, seqRow] = await Promise.all([
        db.articles.toArray(),
        db.bodies.toArray(),
        db.annotations.toArray(),
        db.links.toArray(),
        db.linkTypes.toArray(),
        db.entities.toArray(),
        db.tags.toArray(),
        db.kinds.toArray(),
        db.counted.toArray(),
        db.meta.get(SEQ_KEY),
      ]);
      const text = new Map(bodies.map((b) => [b.id, b]));
      const articles = summaries.flatMap((a) => {
        const body = text.get(a.id);
        return body ? [{ ...a, text: body.text, blocks: body.blocks, marks: body.marks }] : [];
      });
      const snapshot = { name, articles, annotations, links, linkTypes, entities, tags: inOrder(tags), kinds: inOrder(kinds), counted: inOrder(counted) };
      return { snapshot, seq: typeof seqRow?.value === 'number' ? seqRow.value : 0 };
    });
  }

  /**
   * Fills a new, empty project with a snapshot, all or nothing: its tags, kinds and counted
   * things replace the defaults a new project starts with.
   */
  fillNew(snapshot: ProjectSnapshot): Promise<void> {
    return this.journalled(this.storeSnapshot(snapshot, new Date().toISOString()));
  }

  /** `seq` null: the snapshot is a base the journal does not hold (a restore's backup); the project's seq becomes `baseSeq`. */
  private storeSnapshot(snapshot: ProjectSnapshot, at: string, seq?: number | null, baseSeq = 0): Promise<{ value: undefined; entry: JournalEntry }> {
    const { db } = this;
    const parts = snapshot.articles.map(splitArticle);
    return db.transaction('rw', [db.articles, db.bodies, db.annotations, db.links, db.linkTypes, db.entities, db.tags, db.kinds, db.counted, db.articleCounts, db.meta], async () => {
      if ((await db.articles.count()) > 0) throw new Error('This project is not empty; an archive opens as a new project or merges into the open one.');
      await Promise.all([db.tags.clear(), db.kinds.clear(), db.counted.clear()]);
      await db.articles.bulkAdd(parts.map((p) => p.summary));
      await db.bodies.bulkAdd(parts.map((p) => p.body));
      await db.annotations.bulkAdd(snapshot.annotations);
      await db.links.bulkAdd(snapshot.links);
      await db.linkTypes.bulkAdd(snapshot.linkTypes);
      await db.entities.bulkAdd(snapshot.entities);
      await db.tags.bulkAdd(snapshot.tags);
      await db.kinds.bulkAdd(snapshot.kinds);
      await db.counted.bulkAdd(snapshot.counted);
      await db.articleCounts.bulkAdd(countAll(snapshot.annotations, snapshot.links));
      if (seq === null) await db.meta.put({ key: SEQ_KEY, value: baseSeq });
      return { value: undefined, entry: { seq: seq === null ? baseSeq : await bumpSeq(db, seq), kind: 'snapshot', at, snapshot } };
    });
  }

  /**
   * Rebuilds the project from its safety copy: the base (a backup through `baseSeq`) if there is
   * one, then each journal entry, with the seq it had, so the restored project goes on from the
   * same numbers and its journal stays valid. Nothing is journalled again. An entry that no longer
   * applies (it followed a change a crash cut off) is skipped and counted.
   */
  async replay(base: { snapshot: ProjectSnapshot; seq: number } | null, entries: readonly JournalEntry[]): Promise<{ applied: number; skipped: number }> {
    if (base) await this.storeSnapshot(base.snapshot, new Date().toISOString(), null, base.seq);
    let applied = 0;
    let skipped = 0;
    for (const e of entries) {
      try {
        if (e.kind === 'action') await this.storeAction(e.action, e.seq);
        else if (e.kind === 'articles') await this.storeArticles(e.articles, e.at, e.seq);
        else await this.storeSnapshot(e.snapshot, e.at, e.seq);
        applied++;
      } catch {
        skipped++;
      }
    }
    return { applied, skipped };
  }

  /** What identifies the project's state cheaply (row counts and the last action stored): the same state gives the same string. */
  async changeFingerprint(): Promise<string> {
    const { db } = this;
    const [articles, annotations, links, entities, last] = await Promise.all([db.articles.count(), db.annotations.count(), db.links.count(), db.entities.count(), db.actions.orderBy('at').last()]);
    return `${articles}/${annotations}/${links}/${entities}/${last?.id ?? '-'}`;
  }

  /** The texts of these articles, for work across the project (sentences of claims and mentions). */
  async bodies(ids: readonly string[]): Promise<ArticleBody[]> {
    return (await this.db.bodies.bulkGet([...ids])).filter((b): b is ArticleBody => b !== undefined);
  }
}
