import { anchorTarget, type AnchoredTarget } from './anchorTarget';
import type { ArticleText } from './exportLookup';
import type { ImportContext } from './importContext';
import { describeJson, isJsonObject, keyPath, oneOrMany, singleIri } from './jsonPaths';
import { readSelectors } from './readSelectors';

export interface PassageTargets {
  text: ArticleText;
  /** In text order, the order the app keeps ranges in (targets themselves are unordered, §3.2.6). */
  targets: AnchoredTarget[];
  orphan: boolean;
}

/**
 * The passages an annotation targets, all in one article (an annotation lies in one). Null
 * when the annotation cannot be imported: the reason is logged, as an error when the target
 * is malformed, as a skip when it is well formed but not something this project holds.
 */
export function readPassageTargets(target: unknown, path: string, ctx: ImportContext): PassageTargets | null {
  const { log } = ctx;
  const at = keyPath(path, 'target');
  const list = oneOrMany(target, at);
  if (list.length === 0) {
    log.error(at, 'is missing: every annotation needs a target');
    return null;
  }
  let text: ArticleText | undefined;
  const targets: AnchoredTarget[] = [];
  for (const { value, path: tp } of list) {
    if (typeof value === 'string' || (isJsonObject(value) && value.source === undefined && typeof value.id === 'string')) {
      const iri = typeof value === 'string' ? value : String(value.id);
      log.skip(tp, `targets the whole of "${iri}", not a passage of it: annotation skipped`);
      return null;
    }
    if (!isJsonObject(value)) {
      log.error(tp, `should be a resource or its IRI, not ${describeJson(value)}`);
      return null;
    }
    const sp = keyPath(tp, 'source');
    const iris = sourceIris(value.source);
    if (iris.length === 0) {
      log.error(sp, value.source === undefined ? 'is missing: a target names the article it annotates' : `should be an IRI or a resource with an id, not ${describeJson(value.source)}`);
      return null;
    }
    const found = ctx.articleFor(iris);
    if (!found) {
      log.skip(sp, `"${iris[0]}" is not an article of the project (by id or URL): annotation skipped`);
      return null;
    }
    if (text && text.article.id !== found.article.id) {
      log.skip(at, `names passages of two articles ("${text.article.id}" and "${found.article.id}"); an annotation lies in one: annotation skipped`);
      return null;
    }
    text = found;
    const selectors = readSelectors(value, tp, log);
    if (!selectors) return null;
    const anchored = anchorTarget(found, selectors, tp, log);
    if (typeof anchored === 'string') {
      log.skip(tp, anchored);
      return null;
    }
    targets.push(anchored);
  }
  if (!text) return null;
  targets.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { text, targets, orphan: targets.some((t) => t.orphan) };
}

/** The IRIs a source goes by: its id, and for our own export the article's URL too. */
function sourceIris(source: unknown): string[] {
  const iri = singleIri(source);
  if (iri !== null) return [iri];
  if (!isJsonObject(source)) return [];
  const id = singleIri(source.id);
  const url = source['cc:url'];
  return [...(id !== null ? [id] : []), ...(typeof url === 'string' ? [url] : [])];
}
