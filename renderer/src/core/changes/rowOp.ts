import type { Annotation } from '../model/annotation';
import type { ArticleBody, ArticleSummary } from '../model/article';
import type { Entity } from '../model/entity';
import type { CountedThing } from '../model/figure';
import type { Link, LinkTypeDef } from '../model/link';
import type { KindDef, TagDef } from '../model/tagSchema';

/** The rows an action can change, by table. */
export interface RowTypes {
  annotations: Annotation;
  articles: ArticleSummary;
  bodies: ArticleBody;
  links: Link;
  /** The project's own link types (the four built-in ones are not rows). */
  linkTypes: LinkTypeDef;
  entities: Entity;
  tags: TagDef;
  kinds: KindDef;
  /** The things figures count (killed, wounded, troops…). */
  counted: CountedThing;
}

export type TableName = keyof RowTypes;

/** The fields an update may set: everything but the id. */
export type RowPatch<K extends TableName> = Partial<Omit<RowTypes[K], 'id'>>;

export type RowOpFor<K extends TableName> =
  | { table: K; op: 'create'; row: RowTypes[K] }
  | {
      table: K;
      op: 'update';
      id: string;
      set: RowPatch<K>;
      /**
       * The values these fields must still have for the update to apply (undo and redo carry
       * them): a field changed elsewhere since, by another window or analyst, is not written over.
       */
      expect?: RowPatch<K>;
    }
  | { table: K; op: 'delete'; id: string };

/**
 * One change to one row, named by table and id, never by a position in a list: the same
 * op replays on another copy of the project. An update carries only the fields it sets,
 * and is applied to the row as stored when the transaction runs.
 */
export type RowOp = { [K in TableName]: RowOpFor<K> }[TableName];

/** What the analyst did, as data: who, when, and the ops. One action is one transaction and one undo step. */
export interface Action {
  id: string;
  /** For the status bar and undo tooltips ("Tag as Person"). */
  label: string;
  ops: RowOp[];
  /** The author's id (one per installation until projects are shared). */
  by: string;
  /** ISO time the action was dispatched. */
  at: string;
}
