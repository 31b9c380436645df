/**
 * JSON Lines of claim pairs: one link a line, with both claims' words, sentences and articles,
 * the shape that sentence-pair classifiers (NLI, stance, contradiction detection) train on.
 *
 * Keeps: every link with its type, status, reason, rationale and why (null when the analyst
 * made it); whether its type is directed (then `a` is the link's source: "a updates b"); each
 * claim's words, its sentence, and its article's id, title, outlet, date and URL.
 * Loses: the article texts beyond those sentences, offsets, the claims' notes, attributes,
 * figures and sources, when links were made or changed, and every annotation no link joins.
 * A link whose claim or article is gone keeps its line, with empty strings where they were.
 */
import type { Article } from '../../model/article';
import { annotationEnd, annotationStart, annotationText, type Annotation } from '../../model/annotation';
import { DEFAULT_LINK_TYPES, linkTypeOf, type Link, type LinkStatus } from '../../model/link';
import { sentenceRangeAt } from '../../text/sentenceAt';
import type { ProjectSnapshot } from '../projectSnapshot';

export interface ClaimEnd {
  claim_id: string;
  /** The claim's words; the pieces of a discontinuous claim joined with " … ". */
  text: string;
  /** The sentence (or run of sentences) that holds the claim. */
  sentence: string;
  article_id: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or '' when unknown. */
  date: string;
  url: string;
}

export interface ClaimPair {
  link_id: string;
  type: string;
  status: LinkStatus;
  /** A reason id of LINK_REASONS for explained and rejected links, else ''. */
  reason: string;
  rationale: string;
  /** Why the app suggested it; null for links the analyst made. */
  why: string | null;
  a: ClaimEnd;
  b: ClaimEnd;
  /** From the link type: a directed link reads from `a` to `b`; an undirected one either way. A type the project no longer has counts as undirected. */
  directed: boolean;
}

/** One JSON object a line ("\n" after each), links by creation time then id, so two exports of one project compare line by line. */
export function exportClaimPairs(snapshot: ProjectSnapshot): string {
  return claimPairs(snapshot)
    .map((pair) => `${JSON.stringify(pair)}\n`)
    .join('');
}

function claimPairs(snapshot: ProjectSnapshot): ClaimPair[] {
  const annotations = new Map(snapshot.annotations.map((a) => [a.id, a]));
  const articles = new Map(snapshot.articles.map((a) => [a.id, a]));
  const types = [...DEFAULT_LINK_TYPES, ...snapshot.linkTypes];
  const end = (annotationId: string, articleId: string) => claimEnd(annotationId, annotations.get(annotationId), articles.get(articleId) ?? null, articleId);
  return [...snapshot.links].sort(byCreation).map((link) => ({
    link_id: link.id,
    type: link.type,
    status: link.status,
    reason: link.reason,
    rationale: link.rationale,
    why: link.why ?? null,
    a: end(link.fromId, link.fromArticleId),
    b: end(link.toId, link.toArticleId),
    directed: linkTypeOf(types, link.type)?.directed ?? false,
  }));
}

function claimEnd(id: string, claim: Annotation | undefined, article: Article | null, articleId: string): ClaimEnd {
  const text = article?.text ?? '';
  const range = claim && article ? sentenceRangeAt(text, { start: annotationStart(claim), end: annotationEnd(claim) }) : null;
  return {
    claim_id: id,
    text: claim ? annotationText(claim) : '',
    sentence: range ? text.slice(range.start, range.end) : '',
    article_id: articleId,
    title: article?.title ?? '',
    outlet: article?.source ?? '',
    date: article?.publishedAt ?? '',
    url: article?.url ?? '',
  };
}

/** Code-unit order, as the review queue uses: ISO times and generated ids compare correctly. */
function byCreation(a: Link, b: Link): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
