import type { Annotation } from '../model/annotation';
import type { Article, ArticleContent, ArticleFormat } from '../model/article';
import type { Entity } from '../model/entity';
import type { CountedThing } from '../model/figure';
import type { Link, LinkTypeDef } from '../model/link';
import type { KindDef, TagDef } from '../model/tagSchema';

/**
 * A whole project as plain data: what every export reads and every import produces. Offsets
 * inside are UTF-16 code units of `Article.text`, as everywhere in the app; formats that
 * count code points convert at their edge (`core/text/codePoints`).
 */
export interface ProjectSnapshot {
  name: string;
  articles: Article[];
  annotations: Annotation[];
  links: Link[];
  /** The project's own link types (the four built in are not listed). */
  linkTypes: LinkTypeDef[];
  entities: Entity[];
  tags: TagDef[];
  kinds: KindDef[];
  counted: CountedThing[];
}

/** Where in the input a problem is: a file, and a line or a JSON path in it when known. */
export interface InputPlace {
  file: string;
  line?: number;
  /** A JSON path ("annotations[3].ranges[0].end") for JSON inputs. */
  path?: string;
}

export interface ImportProblem extends InputPlace {
  /** What was wrong, in plain words, with what became of it ("skipped", "kept as an orphan"). */
  message: string;
}

/**
 * What an import read and what it did with it. `errors` stop the import (nothing is written);
 * `skipped` and `warnings` are reported and the rest is imported.
 */
export interface ImportReport {
  /** Counts by what was imported ("articles", "annotations", "links", "entities", …). */
  imported: Record<string, number>;
  skipped: ImportProblem[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

export function emptyReport(): ImportReport {
  return { imported: {}, skipped: [], warnings: [], errors: [] };
}

/** "report.ann, line 14: …" — how every message names its place. */
export function placeText(place: InputPlace): string {
  return [place.file, place.line !== undefined ? `line ${place.line}` : null, place.path ?? null].filter(Boolean).join(', ');
}

/** The files of an export, by path inside the folder or zip: text (UTF-8) or bytes. */
export type FileMap = Map<string, string | Uint8Array>;

/** An article an import makes: its content and id; the caller adds the content hash and the import time. */
export interface ImportedArticle extends ArticleContent {
  id: string;
  format: ArticleFormat;
  fileName: string;
}
