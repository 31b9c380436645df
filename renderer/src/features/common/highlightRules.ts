import { highlightName } from '../../editor/highlight';
import { UNKNOWN_TAG } from './highlightsOf';
import { replaceRules, safeColour } from './colourRules';

/** The highlight styles of the project's tags (see `highlightName`), and grey for a tag the project no longer has. */
export function highlightRules(tags: readonly { id: string; color: string }[]): string[] {
  const rules: string[] = [];
  for (const tag of [...tags, { id: UNKNOWN_TAG, color: '#999999' }]) {
    const colour = safeColour(tag.color);
    rules.push(
      `::highlight(${highlightName(tag.id, 'entity')}) { background-color: color-mix(in srgb, ${colour} 30%, transparent); }`,
      // Claims are underlined as well, so kind reads without colour.
      `::highlight(${highlightName(tag.id, 'claim')}) { background-color: color-mix(in srgb, ${colour} 16%, transparent); text-decoration: underline 2px ${colour}; }`,
    );
  }
  return rules;
}

export function applyHighlightRules(tags: readonly { id: string; color: string }[]): void {
  replaceRules('highlights', highlightRules(tags));
}
