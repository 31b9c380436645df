import type { AttributeValue } from '../../model/annotation';
import type { Attribution, Figure, FigureQualifier } from '../../model/figure';
import type { ImportContext } from './importContext';
import { describeJson, isJsonObject, keyPath, oneOrMany, type JsonObject } from './jsonPaths';
import { resolveEntity } from './resolveEntity';

/** What our `cc:` terms carry on a passage annotation; `undefined` where the file says nothing. */
export interface Extensions {
  attributes: Record<string, AttributeValue>;
  figure: Figure | null | undefined;
  attribution: Attribution | null | undefined;
}

const QUALIFIERS: readonly FigureQualifier[] = ['exact', 'at-least', 'more-than', 'at-most', 'fewer-than', 'about', 'range', 'vague'];

/** Reads the terms our export writes; other tools' files have none, and that is fine. Null when one is malformed. */
export function readExtensions(item: JsonObject, path: string, ctx: ImportContext): Extensions | null {
  const terms = new TermReader(ctx);
  const out: Extensions = { attributes: {}, figure: undefined, attribution: undefined };
  for (const { value, path: ap } of oneOrMany(item['cc:attributes'], keyPath(path, 'cc:attributes'))) {
    const row = terms.object(value, ap);
    if (!row) continue;
    const name = terms.text(row, 'cc:name', ap);
    const v = row['cc:value'];
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out.attributes[name] = v;
    else terms.fail(keyPath(ap, 'cc:value'), `should be text, a number or true/false, not ${describeJson(v)}`);
  }
  const cleared = oneOrMany(item['cc:cleared'], keyPath(path, 'cc:cleared'));
  for (const { value, path: cp } of cleared) {
    if (value !== 'figure' && value !== 'attribution') terms.fail(cp, `should be "figure" or "attribution", not ${describeJson(value)}`);
  }
  const isCleared = (field: string): boolean => cleared.some((c) => c.value === field);

  const figurePath = keyPath(path, 'cc:figure');
  const f = item['cc:figure'] === undefined ? null : terms.object(item['cc:figure'], figurePath);
  if (f) {
    const qualifier = f['cc:qualifier'];
    if (typeof qualifier !== 'string' || !(QUALIFIERS as readonly string[]).includes(qualifier)) terms.fail(keyPath(figurePath, 'cc:qualifier'), `should be one of ${QUALIFIERS.join(', ')}, not ${describeJson(qualifier)}`);
    out.figure = {
      phrase: terms.text(f, 'cc:phrase', figurePath),
      qualifier: qualifier as FigureQualifier,
      low: terms.bound(f, 'cc:low', figurePath),
      high: terms.bound(f, 'cc:high', figurePath),
      counted: terms.text(f, 'cc:counted', figurePath),
      countedEntityId: terms.entity(f, 'cc:countedEntity', figurePath, 'the figure is kept without the counted entity'),
    };
  } else if (isCleared('figure')) out.figure = null;

  const attributionPath = keyPath(path, 'cc:attribution');
  const a = item['cc:attribution'] === undefined ? null : terms.object(item['cc:attribution'], attributionPath);
  if (a) {
    out.attribution = {
      phrase: terms.text(a, 'cc:phrase', attributionPath),
      source: terms.text(a, 'cc:source', attributionPath),
      entityId: terms.entity(a, 'cc:entity', attributionPath, 'the source is kept without its entity'),
    };
  } else if (isCleared('attribution')) out.attribution = null;
  return terms.ok ? out : null;
}

class TermReader {
  ok = true;

  constructor(private readonly ctx: ImportContext) {}

  fail(path: string, message: string): void {
    this.ctx.log.error(path, message);
    this.ok = false;
  }

  object(value: unknown, path: string): JsonObject | null {
    if (isJsonObject(value)) return value;
    this.fail(path, `should be an object, not ${describeJson(value)}`);
    return null;
  }

  text(row: JsonObject, key: string, path: string): string {
    const value = row[key];
    if (typeof value === 'string') return value;
    this.fail(keyPath(path, key), value === undefined ? 'is missing' : `should be text, not ${describeJson(value)}`);
    return '';
  }

  /** Absent is "no bound", as the export writes a null bound. */
  bound(row: JsonObject, key: string, path: string): number | null {
    const value = row[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.fail(keyPath(path, key), `should be a number, not ${describeJson(value)}`);
    return null;
  }

  entity(row: JsonObject, key: string, path: string, what: string): string | null {
    const value = row[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.fail(keyPath(path, key), `should be an entity IRI, not ${describeJson(value)}`);
      return null;
    }
    return resolveEntity({ iri: value, name: null, path: keyPath(path, key) }, what, this.ctx);
  }
}
