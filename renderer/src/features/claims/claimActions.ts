import { annotationText, type Annotation } from '../../core/model/annotation';
import type { Attribution, Figure } from '../../core/model/figure';
import type { ReaderController } from '../reader/readerController';

function short(a: Annotation): string {
  const text = annotationText(a);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Sets or clears a claim's figure. Undefined hands the decision back to the app (it proposes
 * again); null says the claim states no figure, and nothing is proposed.
 */
export function setFigure(reader: ReaderController, claim: Annotation, figure: Figure | null | undefined, label?: string): void {
  const what = label ?? (figure ? `Set figure ${figure.phrase}` : figure === null ? 'Clear figure' : 'Propose figure again');
  void reader.run(`${what} of “${short(claim)}”`, [{ table: 'annotations', op: 'update', id: claim.id, set: { figure } }], claim.id);
}

export function setAttribution(reader: ReaderController, claim: Annotation, attribution: Attribution | null | undefined, label?: string): void {
  const what = label ?? (attribution ? `Attribute to ${attribution.source}` : attribution === null ? 'Clear attribution' : 'Propose attribution again');
  void reader.run(`${what}: “${short(claim)}”`, [{ table: 'annotations', op: 'update', id: claim.id, set: { attribution } }], claim.id);
}
