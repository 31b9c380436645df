import type { TextQuote } from '../../model/annotation';
import type { ImportLog } from './importLog';
import { describeJson, isJsonObject, keyPath, namesOf, oneOrMany, type JsonObject } from './jsonPaths';

/** A position as the file gives it: code points, checked to be offsets with start ≤ end. */
export interface FilePosition {
  start: number;
  end: number;
  path: string;
}

export interface FileQuote {
  quote: TextQuote;
  /** Whether the file gave prefix and suffix, or only the exact text. */
  hasContext: boolean;
  path: string;
}

export interface TargetSelectors {
  position: FilePosition | null;
  quote: FileQuote | null;
}

/**
 * The text selectors of one target. The first TextPositionSelector (else a RangeSelector
 * between two of them) gives the position, the first TextQuoteSelector the quote; other
 * selectors (XPath, CSS, Hypothesis's DOM ranges) describe a page this app does not have and
 * are passed over. Returns null when a selector it reads is malformed (logged as an error).
 */
export function readSelectors(target: JsonObject, path: string, log: ImportLog): TargetSelectors | null {
  const out: TargetSelectors = { position: null, quote: null };
  let ok = true;
  let range: FilePosition | null = null;
  for (const { value, path: at } of oneOrMany(target.selector, keyPath(path, 'selector'))) {
    if (typeof value === 'string') continue;
    if (!isJsonObject(value)) {
      log.error(at, `should be a selector, not ${describeJson(value)}`);
      ok = false;
      continue;
    }
    const types = namesOf(value.type);
    if (types.includes('TextPositionSelector')) {
      const position = readPosition(value, at, log);
      if (!position) ok = false;
      else out.position ??= position;
    } else if (types.includes('TextQuoteSelector')) {
      const quote = readQuote(value, at, log);
      if (!quote) ok = false;
      else out.quote ??= quote;
    } else if (types.includes('RangeSelector') && isJsonObject(value.startSelector) && isJsonObject(value.endSelector)) {
      const found = readRange(value, at, log);
      if (found === false) ok = false;
      else range ??= found;
    }
  }
  out.position ??= range;
  return ok ? out : null;
}

function readPosition(selector: JsonObject, path: string, log: ImportLog): FilePosition | null {
  const start = readOffset(selector.start, keyPath(path, 'start'), log);
  const end = readOffset(selector.end, keyPath(path, 'end'), log);
  if (start === null || end === null) return null;
  if (start > end) {
    log.error(path, `start ${start} is after end ${end}`);
    return null;
  }
  return { start, end, path };
}

function readOffset(value: unknown, path: string, log: ImportLog): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  log.error(path, value === undefined ? 'is missing' : `${describeJson(value)} is not an offset (a whole number of code points, 0 or more)`);
  return null;
}

function readQuote(selector: JsonObject, path: string, log: ImportLog): FileQuote | null {
  const { exact, prefix, suffix } = selector;
  let ok = true;
  if (typeof exact !== 'string') {
    log.error(keyPath(path, 'exact'), exact === undefined ? 'is missing' : `should be text, not ${describeJson(exact)}`);
    ok = false;
  }
  for (const [key, value] of [['prefix', prefix], ['suffix', suffix]] as const) {
    if (value !== undefined && typeof value !== 'string') {
      log.error(keyPath(path, key), `should be text, not ${describeJson(value)}`);
      ok = false;
    }
  }
  if (!ok || typeof exact !== 'string') return null;
  const before = typeof prefix === 'string' ? prefix : '';
  const after = typeof suffix === 'string' ? suffix : '';
  return { quote: { exact, prefix: before, suffix: after }, hasContext: typeof prefix === 'string' && typeof suffix === 'string', path };
}

/** §4.2.9: from the start of the start selector to the start of the end selector; only positions are read. */
function readRange(selector: JsonObject, path: string, log: ImportLog): FilePosition | null | false {
  const from = selector.startSelector as JsonObject;
  const to = selector.endSelector as JsonObject;
  if (!namesOf(from.type).includes('TextPositionSelector') || !namesOf(to.type).includes('TextPositionSelector')) return null;
  const start = readPosition(from, keyPath(path, 'startSelector'), log);
  const end = readPosition(to, keyPath(path, 'endSelector'), log);
  if (!start || !end) return false;
  if (start.start > end.start) {
    log.error(path, `starts at ${start.start}, after where it ends (${end.start})`);
    return false;
  }
  return { start: start.start, end: end.start, path };
}
