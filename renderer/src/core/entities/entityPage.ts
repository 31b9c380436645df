import { annotationEnd, annotationStart, compareAnnotations, type Annotation } from '../model/annotation';
import type { ArticleBody } from '../model/article';
import type { Link } from '../model/link';
import { sentenceRangeAt } from '../text/sentenceAt';

/** A line of context: the sentence, cut around the mention. */
export interface ContextLine {
  before: string;
  exact: string;
  after: string;
}

export interface EntityPageMention {
  mention: Annotation;
  context: ContextLine | null;
  /** The claims whose ranges meet the mention's sentence. */
  claims: Annotation[];
}

export interface EntityPageData {
  /** By article id, in text order within each. */
  mentions: Map<string, EntityPageMention[]>;
  /** The links whose both ends are claims listed on the page. */
  links: Link[];
}

const CONTEXT = 90;

function contextOf(text: string, mention: Annotation): { line: ContextLine; start: number; end: number } {
  const start = annotationStart(mention);
  const end = annotationEnd(mention);
  const sentence = sentenceRangeAt(text, { start, end });
  // A long sentence is cut to about a line each side, on a space.
  let from = sentence.start;
  if (start - from > CONTEXT) from = text.indexOf(' ', start - CONTEXT) + 1 || start - CONTEXT;
  let to = sentence.end;
  if (to - end > CONTEXT) to = text.lastIndexOf(' ', end + CONTEXT) > end ? text.lastIndexOf(' ', end + CONTEXT) : end + CONTEXT;
  return {
    line: {
      before: (from > sentence.start ? '…' : '') + text.slice(from, start),
      exact: text.slice(start, end),
      after: text.slice(end, to) + (to < sentence.end ? '…' : ''),
    },
    start: sentence.start,
    end: sentence.end,
  };
}

/**
 * What an entity's page shows: every mention with its line of context, the claims in the
 * same sentence, and the links between those claims.
 */
export function entityPage(mentions: readonly Annotation[], bodies: ReadonlyMap<string, ArticleBody>, claimsByArticle: ReadonlyMap<string, readonly Annotation[]>, links: readonly Link[]): EntityPageData {
  const out = new Map<string, EntityPageMention[]>();
  const listed = new Set<string>();
  for (const mention of [...mentions].sort(compareAnnotations)) {
    const body = bodies.get(mention.articleId);
    let row: EntityPageMention = { mention, context: null, claims: [] };
    if (body) {
      const { line, start, end } = contextOf(body.text, mention);
      const claims = (claimsByArticle.get(mention.articleId) ?? []).filter((c) => c.ranges.some((r) => r.start < end && r.end > start));
      for (const c of claims) listed.add(c.id);
      row = { mention, context: line, claims };
    }
    const list = out.get(mention.articleId) ?? [];
    list.push(row);
    out.set(mention.articleId, list);
  }
  return { mentions: out, links: links.filter((l) => listed.has(l.fromId) && listed.has(l.toId)) };
}
