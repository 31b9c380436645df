import type { ClaimFacts } from '../links/suggestCandidates';
import type { Annotation } from '../model/annotation';
import type { ArticleSummary, ArticleBody } from '../model/article';
import type { Entity } from '../model/entity';
import type { CountedThing } from '../model/figure';
import { attributionOf, figureOf, proposeFacts } from './proposeFacts';

/**
 * What the suggester needs of every claim of the project: the figure and source that count
 * (the analyst's, else the proposals), and the entities linked to mentions in the claim's
 * sentence or counted by its figure.
 */
export function claimFacts(
  claims: readonly Annotation[],
  mentions: readonly Annotation[],
  bodies: ReadonlyMap<string, ArticleBody>,
  articles: ReadonlyMap<string, ArticleSummary>,
  entities: readonly Entity[],
  counted: readonly CountedThing[],
): ClaimFacts[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const mentionsByArticle = new Map<string, Annotation[]>();
  for (const m of mentions) {
    if (!m.entityId) continue;
    const list = mentionsByArticle.get(m.articleId) ?? [];
    list.push(m);
    mentionsByArticle.set(m.articleId, list);
  }
  const out: ClaimFacts[] = [];
  for (const claim of claims) {
    const body = bodies.get(claim.articleId);
    if (!body) continue;
    const proposed = proposeFacts(body.text, claim, counted, entities);
    const figure = figureOf(claim, proposed);
    const attribution = attributionOf(claim, proposed);
    const about = new Map<string, string>();
    for (const m of mentionsByArticle.get(claim.articleId) ?? []) {
      const inside = m.ranges.some((r) => r.start < proposed.sentence.end && r.end > proposed.sentence.start);
      // Who said it is the source, not what the claim is about.
      if (inside && m.entityId && m.entityId !== attribution?.entityId) about.set(m.entityId, names.get(m.entityId) ?? m.entityId);
    }
    if (figure?.countedEntityId) about.set(figure.countedEntityId, names.get(figure.countedEntityId) ?? figure.countedEntityId);
    out.push({
      id: claim.id,
      articleId: claim.articleId,
      date: articles.get(claim.articleId)?.publishedAt ?? '',
      figure,
      source: attribution?.source ?? '',
      sourceEntityId: attribution?.entityId ?? null,
      entities: about,
    });
  }
  return out;
}
