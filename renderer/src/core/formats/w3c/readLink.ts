import { newId } from '../../model/ids';
import { LINK_STATUSES, type Link, type LinkStatus, type LinkTypeDef } from '../../model/link';
import type { ImportContext } from './importContext';
import { describeJson, isJsonObject, keyPath, namesOf, oneOrMany, type JsonObject, type Located } from './jsonPaths';
import { readBodies, type TagCandidate } from './readBodies';
import { readItemHead } from './readItemHead';
import { crosscheckIdOf } from './w3cIds';

/** A link whose ends are still IRIs: they resolve once every annotation of the file is read. */
export interface LinkRead {
  link: Omit<Link, 'fromId' | 'toId' | 'fromArticleId' | 'toArticleId'>;
  from: Located<string>;
  to: Located<string>;
  iri: string | null;
  path: string;
}

/** A `linking` annotation between annotations (targets that are IRIs), as our links are written; one that links a passage to a web page is not. */
export function isLinkItem(item: JsonObject): boolean {
  const targets = oneOrMany(item.target, 'target');
  return namesOf(item.motivation).includes('linking') && targets.length > 0 && targets.every(({ value }) => typeof value === 'string' || (isJsonObject(value) && typeof value.id === 'string' && value.source === undefined));
}

export function readLink({ value: item, path }: Located<JsonObject>, ctx: ImportContext): LinkRead | null {
  const { log } = ctx;
  const head = readItemHead(item, path, ctx);
  const bodies = readBodies(item, path, log);
  const status = readStatus(item, path, ctx);
  const reason = optionalText(item, 'cc:reason', path, ctx);
  const why = optionalText(item, 'cc:why', path, ctx);
  if (!head || !bodies || !status || reason === null || why === null) return null;

  const type = linkType(bodies.types, ctx.linkTypes);
  if (!type) {
    const list = ctx.linkTypes.map((t) => t.label).join(', ');
    const first = bodies.types[0];
    if (first) log.skip(first.path, `link type ${describeJson(first.label)} is not one of the project's link types (${list}): link skipped`);
    else log.skip(keyPath(path, 'body'), `has no body naming the link type (${list}): link skipped`);
    return null;
  }
  const ends = readEnds(item, path, type, ctx);
  if (!ends) return null;
  const link: LinkRead['link'] = {
    id: (head.iri === null ? null : crosscheckIdOf(head.iri, 'link')) ?? newId('l'),
    type: type.id,
    status,
    reason: reason ?? '',
    rationale: bodies.notes.join('\n\n'),
    createdAt: head.createdAt,
    updatedAt: head.updatedAt,
  };
  if (why !== undefined) link.why = why;
  return { link, ...ends, iri: head.iri, path };
}

function linkType(candidates: readonly TagCandidate[], types: readonly LinkTypeDef[]): LinkTypeDef | undefined {
  for (const c of candidates) {
    const label = c.label.trim().toLowerCase();
    const found = types.find((t) => t.id === c.tagId) ?? types.find((t) => t.label.toLowerCase() === label || t.id.toLowerCase() === label);
    if (found) return found;
  }
  return undefined;
}

/** Our `cc:from`/`cc:to` say the direction; without them (another tool's link) the order of the targets is all there is. */
function readEnds(item: JsonObject, path: string, type: LinkTypeDef, ctx: ImportContext): { from: Located<string>; to: Located<string> } | null {
  const from = item['cc:from'];
  const to = item['cc:to'];
  if (typeof from === 'string' && typeof to === 'string') return { from: { value: from, path: keyPath(path, 'cc:from') }, to: { value: to, path: keyPath(path, 'cc:to') } };
  const targets = oneOrMany(item.target, keyPath(path, 'target')).map(({ value, path: tp }) => ({ value: typeof value === 'string' ? value : String((value as JsonObject).id), path: tp }));
  const [first, second] = targets;
  if (targets.length !== 2 || !first || !second) {
    ctx.log.skip(keyPath(path, 'target'), `a link joins two annotations; this one targets ${targets.length}: link skipped`);
    return null;
  }
  if (type.directed) ctx.log.warn(path, `has no cc:from and cc:to: the direction of ${describeJson(type.label)} is taken from the order of the targets`);
  return { from: first, to: second };
}

/** A link from another tool has no status here yet: a candidate, for the analyst's verdict. */
function readStatus(item: JsonObject, path: string, ctx: ImportContext): LinkStatus | null {
  const value = item['cc:status'];
  if (value === undefined) return 'candidate';
  if (typeof value === 'string' && (LINK_STATUSES as readonly string[]).includes(value)) return value as LinkStatus;
  ctx.log.error(keyPath(path, 'cc:status'), `should be one of ${LINK_STATUSES.join(', ')}, not ${describeJson(value)}`);
  return null;
}

/** Text or absent (undefined); null when it is something else (logged). */
function optionalText(item: JsonObject, key: string, path: string, ctx: ImportContext): string | undefined | null {
  const value = item[key];
  if (value === undefined || typeof value === 'string') return value;
  ctx.log.error(keyPath(path, key), `should be text, not ${describeJson(value)}`);
  return null;
}
