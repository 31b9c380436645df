import type { Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import { newId as randomId } from '../../model/ids';
import type { Link, LinkTypeDef } from '../../model/link';
import type { TagDef } from '../../model/tagSchema';
import type { FileMap, ImportedArticle, ImportReport } from '../projectSnapshot';
import { applyArticleRows, applyLinkRows, readEntities, type SidecarContext } from './applySidecars';
import { parseAnnotationConf, type AnnotationConf } from './bratConf';
import { resolveEntities } from './bratEntities';
import { collectBratFiles, fileNameOf, nearest, readText, type BratPair } from './bratFiles';
import { parseBratLines, type BratLine, type LineProblem } from './bratLines';
import { BratLinkTypeMap } from './bratLinkTypeMap';
import { BratTagMap } from './bratTagMap';
import { buildBratDocument, type BuiltDocument } from './buildBratDocument';
import { checkBratDocument } from './checkBratDocument';
import { StoredText } from './crlfOffsets';
import { ReportBuilder } from './reportBuilder';
import { parseVisualConf, type VisualConf } from './visualConf';

export interface BratImportOptions {
  /** The project's tags: brat types are matched to them by label or id. */
  tags: readonly TagDef[];
  /** The project's own link types (the four built in are always known). */
  linkTypes?: readonly LinkTypeDef[];
  /** Makes ids; tests pass a counter. */
  newId?: (prefix: string) => string;
  /** The time given to everything made, ISO. */
  now?: string;
}

export interface BratImport {
  articles: ImportedArticle[];
  annotations: Annotation[];
  links: Link[];
  entities: Entity[];
  /** Tags made for brat types the project has none for. */
  newTags: TagDef[];
  /** Link types made for relation types and event roles the project has none for. */
  newLinkTypes: LinkTypeDef[];
  report: ImportReport;
}

interface ReadDocument {
  pair: BratPair & { txt: string };
  annPath: string;
  stored: StoredText;
  lines: BratLine[];
}

const SKIPPED_PAIR = 'the pair was skipped';

/**
 * brat standoff import: every `.txt` with the `.ann` of the same base name, in any folder
 * (a `.txt` alone is an article with no annotations). A document with any error is left out
 * whole, so nothing is half imported; every problem names its file and line. Reads
 * annotation.conf and visual.conf (the nearest, as brat does) and the Crosscheck files an
 * export writes beside the collection. Never throws on bad input.
 */
export function importBrat(files: FileMap, options: BratImportOptions): BratImport {
  const newId = options.newId ?? randomId;
  const now = options.now ?? new Date().toISOString();
  const report = new ReportBuilder();
  const found = collectBratFiles(files);
  for (const path of found.ignored) report.skip(path, undefined, 'is not part of a brat collection (.txt, .ann, .conf); it was ignored');

  const confs = readConfs(found.annotationConfs, files, report, parseAnnotationConf);
  const visuals = readConfs(found.visualConfs, files, report, parseVisualConf);
  const confOf = (path: string): AnnotationConf | null => confs.get(nearest(found.annotationConfs, path) ?? '') ?? null;
  const visualOf = (path: string): VisualConf | null => visuals.get(nearest(found.visualConfs, path) ?? '') ?? null;

  const read = found.pairs.map((pair) => readDocument(pair, files, report)).filter((d): d is ReadDocument => d !== null);

  // Known before any tag is made: a type is an event type if a configuration or a line says so.
  const eventTypes = new Set<string>();
  for (const conf of confs.values()) for (const t of conf.events) eventTypes.add(t);
  for (const d of read) for (const l of d.lines) if (l.kind === 'event') eventTypes.add(l.type);
  const tags = new BratTagMap(options.tags, eventTypes, newId);
  const linkTypes = new BratLinkTypeMap(options.linkTypes ?? [], newId);

  const documents = new Map<string, BuiltDocument>();
  for (const d of read) {
    try {
      const built = buildBratDocument(d.stored, d.lines, { txtPath: d.pair.txt, annPath: d.annPath, conf: confOf(d.annPath), visual: visualOf(d.annPath), tags, linkTypes, report, newId, now });
      documents.set(d.pair.stem, built);
    } catch (error) {
      // A safety net: the checks should have caught whatever gets here.
      report.error(d.annPath, undefined, `could not be read (${error instanceof Error ? error.message : String(error)}); ${SKIPPED_PAIR}`);
    }
  }

  const ctx: SidecarContext = { files, documents, tags, linkTypes, confOf, visualOf, report, newId, now };
  const built = [...documents.values()];
  const links = built.flatMap((d) => d.links);
  const known = new Map<string, Entity>();
  for (const path of found.articles) applyArticleRows(path, ctx);
  for (const path of found.entities) readEntities(path, ctx, known);
  const entities = resolveEntities({ known, normalizations: built.flatMap((d) => d.normalizations), equivalences: built.flatMap((d) => d.equivalences), report, newId, now });
  for (const path of found.links) applyLinkRows(path, ctx, links);

  if (tags.newTags.length > 0) report.count('newTags', tags.newTags.length);
  if (linkTypes.newLinkTypes.length > 0) report.count('newLinkTypes', linkTypes.newLinkTypes.length);
  const result: BratImport = {
    articles: built.map((d) => d.article),
    annotations: built.flatMap((d) => d.annotations),
    links,
    entities,
    newTags: tags.newTags,
    newLinkTypes: linkTypes.newLinkTypes,
    report: report.report,
  };
  report.count('articles', result.articles.length);
  report.count('annotations', result.annotations.length);
  report.count('links', result.links.length);
  report.count('entities', result.entities.length);
  return result;
}

function readConfs<T>(paths: ReadonlyMap<string, string>, files: FileMap, report: ReportBuilder, parse: (text: string) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const path of paths.values()) {
    const text = readText(files.get(path) ?? '');
    if (text.ok) out.set(path, parse(text.text));
    else report.warn(path, undefined, `${text.message}; it was ignored`);
  }
  return out;
}

function readDocument(pair: BratPair, files: FileMap, report: ReportBuilder): ReadDocument | null {
  const annPath = pair.ann ?? pair.txt ?? pair.stem;
  if (pair.txt === null) {
    report.error(annPath, undefined, `there is no ${fileNameOf(pair.stem)}.txt beside it; the file was skipped`);
    return null;
  }
  const txt = readText(files.get(pair.txt) ?? '');
  const ann = pair.ann === null ? ({ ok: true, text: '' } as const) : readText(files.get(pair.ann) ?? '');
  if (!txt.ok || !ann.ok) {
    if (!txt.ok) report.error(pair.txt, undefined, `${txt.message}; ${SKIPPED_PAIR}`);
    if (!ann.ok) report.error(annPath, undefined, `${ann.message}; ${SKIPPED_PAIR}`);
    return null;
  }
  const stored = new StoredText(txt.text);
  const parsed = parseBratLines(ann.text);
  const checked = checkBratDocument(parsed.lines, stored);
  const errors: LineProblem[] = [...parsed.errors, ...checked.errors].sort((a, b) => a.line - b.line);
  for (const e of errors) report.error(annPath, e.line, `${e.message}; ${SKIPPED_PAIR}`);
  if (errors.length > 0) return null;
  for (const w of checked.warnings) report.warn(annPath, w.line, w.message);
  return { pair: { ...pair, txt: pair.txt }, annPath, stored, lines: parsed.lines };
}
