import { compareFigures, describeRange } from '../figures/compareFigures';
import type { Figure } from '../model/figure';
import type { Link } from '../model/link';

/** What the suggester knows of one claim: the figure and source it states, and the entities about it. */
export interface ClaimFacts {
  id: string;
  articleId: string;
  /** ISO date of the article, or '' when unknown. */
  date: string;
  figure: Figure | null;
  /** The source as named, or '' when nothing attributes the claim. */
  source: string;
  sourceEntityId: string | null;
  /** Names of the entities the claim's sentence mentions (or its figure counts), by entity id. */
  entities: ReadonlyMap<string, string>;
}

export interface Candidate {
  fromId: string;
  toId: string;
  fromArticleId: string;
  toArticleId: string;
  type: 'contradicts' | 'same-claim';
  why: string;
}

export interface SuggestOptions {
  /** Articles further apart than this many days report different events. */
  maxDays: number;
  /** Labels of the counted things, by id, for the reasons. */
  countedLabels: ReadonlyMap<string, string>;
  /** Compares two source names (the same source saying two things is not a contradiction between sources). */
  sameSource: (a: string, b: string) => boolean;
}

const DAY = 86_400_000;

function daysApart(a: string, b: string): number | null {
  if (!a || !b) return null;
  const t = Date.parse(a) - Date.parse(b);
  return Number.isNaN(t) ? null : Math.abs(Math.round(t / DAY));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function sameSourceOf(a: ClaimFacts, b: ClaimFacts, same: SuggestOptions['sameSource']): boolean {
  if (a.sourceEntityId && b.sourceEntityId) return a.sourceEntityId === b.sourceEntityId;
  return same(a.source, b.source);
}

/**
 * Pairs of claims the analyst may want to link: about the same counted thing, in different
 * articles (or in one article from two named sources), sharing an entity where both name
 * any, within `maxDays` of each other where both are dated; whose figures cannot both hold
 * (contradicts) or agree (same-claim). A pair already linked in any way, including a
 * rejected candidate, is never proposed again. Each candidate says why.
 */
export function suggestCandidates(claims: readonly ClaimFacts[], existing: readonly Link[], options: SuggestOptions): Candidate[] {
  const linked = new Set(existing.map((l) => pairKey(l.fromId, l.toId)));
  const byCounted = new Map<string, ClaimFacts[]>();
  for (const c of claims) {
    if (!c.figure?.counted || (c.figure.low === null && c.figure.high === null)) continue;
    const list = byCounted.get(c.figure.counted) ?? [];
    list.push(c);
    byCounted.set(c.figure.counted, list);
  }
  const out: Candidate[] = [];
  for (const [counted, group] of byCounted) {
    const sorted = [...group].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.id.localeCompare(b.id));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i] as ClaimFacts;
        const b = sorted[j] as ClaimFacts;
        const candidate = consider(a, b, counted, linked, options);
        if (candidate) out.push(candidate);
      }
    }
  }
  return out;
}

function consider(a: ClaimFacts, b: ClaimFacts, counted: string, linked: ReadonlySet<string>, options: SuggestOptions): Candidate | null {
  if (linked.has(pairKey(a.id, b.id))) return null;
  const fa = a.figure as Figure;
  const fb = b.figure as Figure;
  const reasons: string[] = [];
  if (a.articleId === b.articleId) {
    if (!a.source || !b.source || sameSourceOf(a, b, options.sameSource)) return null;
    reasons.push('same article, two sources');
  }
  const shared = [...a.entities.keys()].filter((id) => b.entities.has(id));
  if (a.entities.size && b.entities.size && !shared.length) return null;
  if (shared.length) reasons.push(`both about ${shared.map((id) => a.entities.get(id)).join(', ')}`);
  const days = daysApart(a.date, b.date);
  if (days !== null && days > options.maxDays) return null;
  reasons.push(days === null ? 'date of one article unknown' : days === 0 ? 'same day' : `${days} ${days === 1 ? 'day' : 'days'} apart`);
  const relation = compareFigures(fa, fb);
  // A vague word ("dozens") agrees with too much to say two claims are one; it can still clash.
  if (relation === 'agree' && (fa.qualifier === 'vague' || fb.qualifier === 'vague')) return null;
  const label = (options.countedLabels.get(counted) ?? counted).toLowerCase();
  const said = (c: ClaimFacts, f: Figure) => `${f.phrase.trim() ? `“${f.phrase.trim()}”` : describeRange(f)}${c.source ? ` (${c.source})` : ''}`;
  const head = `${label}: ${said(a, fa)} ${relation === 'conflict' ? 'against' : 'and'} ${said(b, fb)}${relation === 'conflict' ? ' cannot both hold' : ' agree'}`;
  return {
    fromId: a.id,
    toId: b.id,
    fromArticleId: a.articleId,
    toArticleId: b.articleId,
    type: relation === 'conflict' ? 'contradicts' : 'same-claim',
    why: `${head.charAt(0).toUpperCase()}${head.slice(1)}; ${reasons.join('; ')}.`,
  };
}
