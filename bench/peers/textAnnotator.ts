/** The peer analysts would pick instead: @recogito/text-annotator, loading the same annotations as W3C Web Annotations. */
import { createTextAnnotator, W3CTextFormat, type TextAnnotation, type W3CTextAnnotation } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import type { Annotation } from '../../renderer/src/core/model/annotation';
import { peerData, peerPage, plainHtml } from './common';

const data = peerData();
const SOURCE = 'urn:crosscheck-bench:long-article';

/** Article offsets to offsets in the container's text: the plain HTML drops the blank line between blocks. */
const blockStarts = data.article.blocks.map((b) => b.start);
function domOffset(offset: number): number {
  let i = 0;
  while (i + 1 < blockStarts.length && (blockStarts[i + 1] ?? Infinity) <= offset) i++;
  return offset - 2 * i;
}

function w3c(a: Pick<Annotation, 'id' | 'tag' | 'ranges' | 'quotes'>): W3CTextAnnotation {
  const r = a.ranges[0] ?? { start: 0, end: 0 };
  const q = a.quotes[0] ?? { exact: '', prefix: '', suffix: '' };
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: a.id,
    body: [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }],
    target: {
      source: SOURCE,
      selector: [
        { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
        { type: 'TextPositionSelector', start: domOffset(r.start), end: domOffset(r.end) },
      ],
    },
  } as W3CTextAnnotation;
}

const { api } = peerPage('@recogito/text-annotator', (container) => {
  container.innerHTML = plainHtml(data.article);
  const anno = createTextAnnotator<TextAnnotation, W3CTextAnnotation>(container, { adapter: W3CTextFormat<TextAnnotation, W3CTextAnnotation>(SOURCE, container) });
  anno.setAnnotations(data.annotations.map(w3c));
  let added = 0;
  document.addEventListener('keydown', (e) => {
    if (e.key !== '2' || !api.pending) return;
    const { start, end } = api.pending;
    api.pending = null;
    const text = data.article.text;
    anno.addAnnotation(w3c({ id: `bench-new-${added++}`, tag: 'person', ranges: [{ start, end }], quotes: [{ exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }] }));
  });
});
api.ready = true;
