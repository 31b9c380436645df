import type { AttributeValue } from '../../model/annotation';
import type { FigureQualifier } from '../../model/figure';
import type { LinkStatus } from '../../model/link';

/** The W3C context. The test assertions accept exactly this string (no https), alone or in an array. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Our own vocabulary: `.invalid` so it can never resolve to someone else's terms. */
export const CC_NAMESPACE = 'https://crosscheck.invalid/ns#';

/**
 * Our terms are compact IRIs under the `cc` prefix, so JSON-LD needs only the prefix; the
 * terms whose values are IRIs are declared so that an RDF reading sees nodes, not strings.
 */
export interface CcTermDefinitions {
  cc: typeof CC_NAMESPACE;
  'cc:from': { '@type': '@id' };
  'cc:to': { '@type': '@id' };
  'cc:entity': { '@type': '@id' };
  'cc:countedEntity': { '@type': '@id' };
  'cc:url': { '@type': '@id' };
}

export type W3cContext = [typeof ANNO_CONTEXT, CcTermDefinitions];

export function w3cContext(): W3cContext {
  return [
    ANNO_CONTEXT,
    {
      cc: CC_NAMESPACE,
      'cc:from': { '@type': '@id' },
      'cc:to': { '@type': '@id' },
      'cc:entity': { '@type': '@id' },
      'cc:countedEntity': { '@type': '@id' },
      'cc:url': { '@type': '@id' },
    },
  ];
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points of the article's plain text, half-open. */
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export type W3cSelector = TextPositionSelector | TextQuoteSelector;

/** The article a passage lies in: `text/plain` because the selectors count the app's plain text. */
export interface W3cArticleSource {
  id: string;
  type: 'Text';
  format: 'text/plain';
  'cc:url'?: string;
  'cc:title'?: string;
}

export interface W3cPassageTarget {
  type: 'SpecificResource';
  source: W3cArticleSource;
  selector: W3cSelector[];
}

export interface W3cTagBody {
  type: 'TextualBody';
  purpose: 'tagging';
  /** The tag's label, what other tools show. */
  value: string;
  'cc:tag': string;
  'cc:kind': string;
}

export interface W3cNoteBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
}

/** A SpecificResource, because the assertions forbid `purpose` on a bare resource (3.3.5-bodyEWRNoPurpose). */
export interface W3cEntityBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: { id: string; label: string };
}

export interface W3cLinkTypeBody {
  type: 'TextualBody';
  purpose: 'classifying';
  value: string;
  'cc:linkType': string;
}

export interface W3cAttribute {
  'cc:name': string;
  'cc:value': AttributeValue;
}

export interface W3cFigure {
  'cc:phrase': string;
  'cc:qualifier': FigureQualifier;
  /** Absent when the words set no lower bound (JSON-LD drops nulls, so absence carries it). */
  'cc:low'?: number;
  'cc:high'?: number;
  'cc:counted': string;
  'cc:countedEntity'?: string;
}

export interface W3cAttribution {
  'cc:phrase': string;
  'cc:source': string;
  'cc:entity'?: string;
}

/** Fields the analyst cleared (null in the app), told apart from undecided ones (absent). */
export type W3cClearedField = 'figure' | 'attribution';

export interface W3cPassageAnnotation {
  '@context'?: W3cContext;
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  created?: string;
  modified?: string;
  body: (W3cTagBody | W3cNoteBody | W3cEntityBody)[];
  /** One target per range of the annotation, each naming the same article. */
  target: W3cPassageTarget[];
  'cc:attributes'?: W3cAttribute[];
  'cc:figure'?: W3cFigure;
  'cc:attribution'?: W3cAttribution;
  'cc:cleared'?: W3cClearedField[];
}

export interface W3cLinkAnnotation {
  '@context'?: W3cContext;
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  created?: string;
  modified?: string;
  body: (W3cLinkTypeBody | W3cNoteBody)[];
  /** The two claims; the order means nothing to a W3C reader (§3.2.6), so `cc:from`/`cc:to` say it. */
  target: [string, string];
  'cc:from': string;
  'cc:to': string;
  'cc:status': LinkStatus;
  'cc:reason'?: string;
  'cc:why'?: string;
}

export type W3cAnnotation = W3cPassageAnnotation | W3cLinkAnnotation;

export interface W3cEntity {
  id: string;
  label: string;
  'cc:entityType': string;
  'cc:aliases': string[];
  created?: string;
  modified?: string;
}

/** How a page names its collection: an object, as the page assertions require of `partOf`. */
export interface W3cCollectionRef {
  id: string;
  label: string;
  total: number;
}

export interface W3cPage {
  '@context'?: W3cContext;
  id: string;
  type: 'AnnotationPage';
  partOf: W3cCollectionRef;
  startIndex: number;
  items: W3cAnnotation[];
  next?: string;
  prev?: string;
}

export interface W3cCollection {
  '@context': W3cContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Absent when there is nothing to export: a page must hold at least one annotation. */
  first?: W3cPage;
  /** An IRI: the assertions accept nothing else for `last`. */
  last?: string;
  /** The pages after the first, embedded so the file is complete (`next` may only be an IRI). */
  'cc:pages'?: W3cPage[];
  'cc:entities': W3cEntity[];
  generated?: string;
}
