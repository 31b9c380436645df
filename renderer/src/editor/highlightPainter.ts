import type { EditorView } from '@tiptap/pm/view';
import { highlightName, highlightPriority, highlightsAt, sameLook, type Highlight } from './highlight';
import type { TextIndex } from './textIndex';

/**
 * A DOM range that knows its annotation. What the highlight registry holds is exactly what
 * the page paints, so tests and the benchmark read the painted annotations back from it.
 */
export class AnnotationRange extends Range {
  constructor(
    readonly annotationId: string,
    readonly tag: string,
  ) {
    super();
  }
}

interface Painted {
  h: Highlight;
  name: string;
  ranges: AnnotationRange[];
}

/** The page's highlight of this name, shared by every viewer on the page. */
function shared(name: string): globalThis.Highlight {
  let hl = CSS.highlights.get(name);
  if (!hl) {
    hl = new Highlight();
    hl.priority = highlightPriority(name);
    CSS.highlights.set(name, hl);
  }
  return hl;
}

/**
 * Paints one viewer's annotations as ranges in the CSS Custom Highlight registry. The
 * article's DOM is never touched: a tag or a J/K changes a few ranges and the browser
 * repaints, with no layout and no ProseMirror update (decorations re-render paragraphs and
 * force layout of the whole article, hundreds of milliseconds at 5,000 annotations). The
 * outline of the selected annotation and the marks on linked claims, which a highlight
 * cannot draw, are boxes in an overlay placed from the ranges' rectangles.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, Painted>();
  private selectedId: string | null = null;
  private selectedRanges: readonly AnnotationRange[] = [];
  private readonly overlay: HTMLElement;
  private readonly resize: ResizeObserver;

  constructor(
    private readonly view: EditorView,
    private readonly index: TextIndex,
    private readonly host: HTMLElement,
  ) {
    this.overlay = host.ownerDocument.createElement('div');
    this.overlay.className = 'highlight-overlay';
    this.overlay.setAttribute('aria-hidden', 'true');
    host.append(this.overlay);
    // Rewrapped lines move the outline and the marks.
    this.resize = new ResizeObserver(() => this.drawOverlay());
    this.resize.observe(view.dom);
  }

  /** Shows `list` with `selectedId` selected, changing only the ranges of annotations that changed. */
  paint(list: readonly Highlight[], selectedId: string | null): void {
    let marksMoved = false;
    const seen = new Set<string>();
    for (const h of list) {
      seen.add(h.id);
      const before = this.painted.get(h.id);
      if (before && sameLook(before.h, h)) {
        before.h = h;
        continue;
      }
      if (before) this.unpaint(before);
      this.painted.set(h.id, this.paintOne(h));
      marksMoved ||= !!h.linked || !!before?.h.linked;
    }
    for (const [id, p] of this.painted) {
      if (seen.has(id)) continue;
      this.unpaint(p);
      this.painted.delete(id);
      marksMoved ||= !!p.h.linked;
    }
    const ranges = (selectedId && this.painted.get(selectedId)?.ranges) || [];
    const selectionMoved = selectedId !== this.selectedId || ranges !== this.selectedRanges;
    // The selection is an outline in the overlay, not a highlight: a change to the registry
    // makes the browser place every range again (tens of ms at 5,000), a few boxes do not.
    if (selectionMoved) {
      this.selectedId = selectedId;
      this.selectedRanges = ranges;
    }
    if (marksMoved || selectionMoved) this.drawOverlay();
  }

  /** The annotations under a point of the page, outermost first. */
  idsAt(x: number, y: number): string[] {
    const hit = this.view.posAtCoords({ left: x, top: y });
    if (!hit) return [];
    const offset = this.index.posToOffset(hit.pos, 'end');
    const near = highlightsAt(
      [...this.painted.values()].map((p) => p.h),
      offset,
    );
    // The caret position is the nearest gap between characters: keep what the pointer is really over.
    return near.filter((h) => this.painted.get(h.id)?.ranges.some((r) => [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom))).map((h) => h.id);
  }

  /** Takes this viewer's ranges out of the page's highlights. */
  dispose(): void {
    this.resize.disconnect();
    for (const p of this.painted.values()) this.unpaint(p);
    this.painted.clear();
    this.selectedRanges = [];
    this.overlay.remove();
  }

  private paintOne(h: Highlight): Painted {
    const name = highlightName(h.tag, h.kind);
    const hl = shared(name);
    const ranges: AnnotationRange[] = [];
    for (const r of h.ranges) {
      const from = this.index.offsetToPos(r.start, 'start');
      const to = this.index.offsetToPos(r.end, 'end');
      if (to <= from) continue;
      const start = this.view.domAtPos(from, 1);
      const end = this.view.domAtPos(to, -1);
      const range = new AnnotationRange(h.id, h.tag);
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      hl.add(range);
      ranges.push(range);
    }
    return { h, name, ranges };
  }

  private unpaint(p: Painted): void {
    const hl = CSS.highlights.get(p.name);
    for (const r of p.ranges) hl?.delete(r);
  }

  /** The selected annotation's outline (one box per line) and a mark after each linked claim. */
  private drawOverlay(): void {
    const origin = this.host.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    const doc = this.host.ownerDocument;
    const place = (el: HTMLElement, left: number, top: number, width?: number, height?: number) => {
      el.style.left = `${left - origin.left}px`;
      el.style.top = `${top - origin.top}px`;
      if (width !== undefined) el.style.width = `${width}px`;
      if (height !== undefined) el.style.height = `${height}px`;
    };
    for (const range of this.selectedRanges) {
      for (const line of lineBoxes(range)) {
        const box = doc.createElement('div');
        box.className = 'hl-outline';
        box.dataset.selectedAnn = this.selectedId ?? '';
        place(box, line.left, line.top, line.right - line.left, line.bottom - line.top);
        boxes.push(box);
      }
    }
    for (const p of this.painted.values()) {
      if (!p.h.linked) continue;
      const last = lineBoxes(p.ranges[p.ranges.length - 1]).pop();
      if (!last) continue;
      const mark = doc.createElement('div');
      mark.className = 'hl-linked-mark';
      mark.dataset.linkedAnn = p.h.id;
      mark.textContent = '⇄';
      place(mark, last.right, last.top);
      boxes.push(mark);
    }
    this.overlay.replaceChildren(...boxes);
  }
}

/** A range's rectangles joined into one per line (a range across marks has one per text piece). */
function lineBoxes(range: Range | undefined): DOMRect[] {
  if (!range) return [];
  const lines: DOMRect[] = [];
  for (const r of range.getClientRects()) {
    if (r.width === 0) continue;
    const line = lines.find((l) => Math.abs(l.top - r.top) < 2 && Math.abs(l.bottom - r.bottom) < 2);
    if (!line) {
      lines.push(DOMRect.fromRect(r));
      continue;
    }
    const left = Math.min(line.left, r.left);
    line.width = Math.max(line.right, r.right) - left;
    line.x = left;
  }
  return lines;
}
