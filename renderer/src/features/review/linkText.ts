import type { ArticleSummary } from '../../core/model/article';
import { LINK_REASONS, linkTypeOf, type LinkTypeDef } from '../../core/model/link';

/** A link type's name among the project's types; with `direction`, directed types show which way they point ("Updates →"). */
export function linkTypeName(types: readonly LinkTypeDef[], type: string, direction = false): string {
  const def = linkTypeOf(types, type);
  const label = def?.label ?? type;
  return direction && def?.directed ? `${label} →` : label;
}

export function reasonLabel(id: string): string {
  return LINK_REASONS.find((r) => r.id === id)?.label ?? id;
}

/** A quote cut to about `max` characters at a word boundary, so queue rows stay one line. */
export function shortQuote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max);
  // Never half an emoji: a cut between a surrogate pair leaves a character that renders as garbage.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function outletOf(article: Pick<ArticleSummary, 'source'> | undefined): string {
  return article?.source || 'Unknown outlet';
}

export function dateOf(article: Pick<ArticleSummary, 'publishedAt'> | undefined): string {
  return article?.publishedAt || 'No date';
}
