import { anchorAnnotation } from '../../anchoring/anchorAnnotation';
import type { TextRange } from '../../model/article';
import type { Annotation } from '../../model/annotation';
import type { Attribution, Figure } from '../../model/figure';
import { exportLookup, type ArticleText, type ExportLookup, type ExportProject } from './exportLookup';
import { passageSelectors, quoteSelector } from './selectors';
import { utcDateTime } from './utcDateTime';
import { crosscheckIri } from './w3cIds';
import {
  w3cContext,
  type W3cArticleSource,
  type W3cAttribution,
  type W3cClearedField,
  type W3cFigure,
  type W3cPassageAnnotation,
  type W3cPassageTarget,
} from './w3cTypes';

/** One annotation as a standalone W3C document (with its own `@context`). */
export function exportW3cAnnotation(annotation: Annotation, project: ExportProject): W3cPassageAnnotation {
  return { '@context': w3cContext(), ...passageItem(annotation, exportLookup(project)) };
}

/** One annotation as an item of a page: the page's collection carries the context. */
export function passageItem(annotation: Annotation, lookup: ExportLookup): W3cPassageAnnotation {
  const item: W3cPassageAnnotation = {
    id: crosscheckIri('annotation', annotation.id),
    type: 'Annotation',
    motivation: 'tagging',
    ...lifecycle(annotation.createdAt, annotation.updatedAt),
    body: bodies(annotation, lookup),
    target: targets(annotation, lookup.article(annotation.articleId)),
  };
  const attributes = Object.entries(annotation.attributes);
  if (attributes.length > 0) item['cc:attributes'] = attributes.map(([name, value]) => ({ 'cc:name': name, 'cc:value': value }));
  if (annotation.figure) item['cc:figure'] = figureTerms(annotation.figure);
  if (annotation.attribution) item['cc:attribution'] = attributionTerms(annotation.attribution);
  const cleared: W3cClearedField[] = [];
  if (annotation.figure === null) cleared.push('figure');
  if (annotation.attribution === null) cleared.push('attribution');
  if (cleared.length > 0) item['cc:cleared'] = cleared;
  return item;
}

/** `created`/`modified` in UTC; a timestamp that is not a date is left out rather than written invalid. */
export function lifecycle(createdAt: string, updatedAt: string): { created?: string; modified?: string } {
  const out: { created?: string; modified?: string } = {};
  const created = utcDateTime(createdAt);
  const modified = utcDateTime(updatedAt);
  if (created) out.created = created;
  if (modified) out.modified = modified;
  return out;
}

function bodies(annotation: Annotation, lookup: ExportLookup): W3cPassageAnnotation['body'] {
  const tag = lookup.tag(annotation.tag);
  const out: W3cPassageAnnotation['body'] = [{ type: 'TextualBody', purpose: 'tagging', value: tag?.label ?? annotation.tag, 'cc:tag': annotation.tag, 'cc:kind': annotation.kind }];
  if (annotation.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note });
  if (annotation.entityId !== null) {
    const entity = lookup.entity(annotation.entityId);
    out.push({ type: 'SpecificResource', purpose: 'identifying', source: { id: crosscheckIri('entity', annotation.entityId), label: entity?.name ?? annotation.entityId } });
  }
  return out;
}

/**
 * One target per range: several selectors on one target must select the same text (§4.2),
 * so a discontinuous annotation cannot put its fragments in one selector list. Ranges are
 * written where the app shows them (re-anchored if the text moved); an orphan keeps its
 * stored position and quote, so a re-import finds it orphaned again rather than losing it.
 */
function targets(annotation: Annotation, text: ArticleText | undefined): W3cPassageTarget[] {
  const source = articleSource(annotation.articleId, text);
  if (!text) return annotation.quotes.map((quote) => ({ type: 'SpecificResource', source, selector: [quoteSelector(quote)] }));
  const anchor = anchorAnnotation(text.article.text, annotation);
  const ranges: TextRange[] = anchor.status === 'anchored' ? anchor.ranges : annotation.ranges;
  return ranges.map((range, i) => {
    const quote = annotation.quotes[i] ?? { exact: '', prefix: '', suffix: '' };
    return { type: 'SpecificResource', source, selector: passageSelectors(text.index, range, quote) };
  });
}

function articleSource(articleId: string, text: ArticleText | undefined): W3cArticleSource {
  const source: W3cArticleSource = { id: crosscheckIri('article', articleId), type: 'Text', format: 'text/plain' };
  if (text?.article.url) source['cc:url'] = text.article.url;
  if (text?.article.title) source['cc:title'] = text.article.title;
  return source;
}

function figureTerms(figure: Figure): W3cFigure {
  const out: W3cFigure = { 'cc:phrase': figure.phrase, 'cc:qualifier': figure.qualifier, 'cc:counted': figure.counted };
  if (figure.low !== null) out['cc:low'] = figure.low;
  if (figure.high !== null) out['cc:high'] = figure.high;
  if (figure.countedEntityId !== null) out['cc:countedEntity'] = crosscheckIri('entity', figure.countedEntityId);
  return out;
}

function attributionTerms(attribution: Attribution): W3cAttribution {
  const out: W3cAttribution = { 'cc:phrase': attribution.phrase, 'cc:source': attribution.source };
  if (attribution.entityId !== null) out['cc:entity'] = crosscheckIri('entity', attribution.entityId);
  return out;
}
