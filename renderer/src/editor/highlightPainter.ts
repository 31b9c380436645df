import type { EditorView } from '@tiptap/pm/view';
import { blocksBetween, highlightName, highlightPriority, highlightsAt, overlaps, sameLook, type Highlight } from './highlight';
import { scrollerOf } from './scrollerOf';
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
  /** Made when first needed (in view, selected, linked, under the pointer). */
  ranges: AnnotationRange[] | null;
  /** Its ranges are in the page's highlight registry. */
  shown: boolean;
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
 * article's DOM is never touched: a tag changes a few ranges and the browser repaints, with
 * no ProseMirror update and no layout (decorations re-render paragraphs and force layout of
 * the whole article, hundreds of milliseconds at 5,000 annotations).
 *
 * Only the annotations near the view are in the registry (a screen above and below it): the
 * browser re-validates every registered range whenever anything on the page changes style
 * (25 ms per key at 5,000 ranges, measured), so a long article would slow every key of the
 * whole window. Scrolling moves that window, a frame at a time.
 *
 * The outline of the selected annotation and the marks on linked claims, which a highlight
 * cannot draw, are boxes in an overlay placed from the ranges' rectangles.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, Painted>();
  private selectedId: string | null = null;
  private selectedRanges: readonly AnnotationRange[] = [];
  private readonly overlay: HTMLElement;
  private readonly resize: ResizeObserver;
  private readonly scroller: HTMLElement;
  /** The text offsets whose annotations are registered. */
  private window = { start: 0, end: -1 };
  private frame = 0;

  constructor(
    private readonly view: EditorView,
    private readonly index: TextIndex,
    private readonly host: HTMLElement,
  ) {
    this.overlay = host.ownerDocument.createElement('div');
    this.overlay.className = 'highlight-overlay';
    this.overlay.setAttribute('aria-hidden', 'true');
    host.append(this.overlay);
    this.scroller = scrollerOf(host);
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    // Rewrapped lines move the outline and the marks, and what is in view.
    this.resize = new ResizeObserver(() => {
      this.moveWindow();
      this.drawOverlay();
    });
    this.resize.observe(view.dom);
    this.resize.observe(this.scroller);
  }

  /** Shows `list` with `selectedId` selected, changing only the ranges of annotations that changed. */
  paint(list: readonly Highlight[], selectedId: string | null): void {
    if (this.window.end < 0) this.window = this.windowNow();
    let marksMoved = false;
    const seen = new Set<string>();
    for (const h of list) {
      seen.add(h.id);
      const before = this.painted.get(h.id);
      if (before && sameLook(before.h, h)) {
        before.h = h;
        continue;
      }
      if (before) this.hide(before);
      const p: Painted = { h, name: highlightName(h.tag, h.kind), ranges: null, shown: false };
      this.painted.set(h.id, p);
      if (this.inWindow(h)) this.show(p);
      marksMoved ||= !!h.linked || !!before?.h.linked;
    }
    for (const [id, p] of this.painted) {
      if (seen.has(id)) continue;
      this.hide(p);
      this.painted.delete(id);
      marksMoved ||= !!p.h.linked;
    }
    const selected = selectedId ? this.painted.get(selectedId) : undefined;
    const ranges = selected ? this.rangesOf(selected) : [];
    // The selection is an outline in the overlay, not a highlight: a change to the registry
    // makes the browser place every registered range again; a few boxes it does not.
    const selectionMoved = selectedId !== this.selectedId || ranges !== this.selectedRanges;
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
    const over = (id: string) => {
      const p = this.painted.get(id);
      return !!p && this.rangesOf(p).some((r) => [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom));
    };
    return near.filter((h) => over(h.id)).map((h) => h.id);
  }

  /** Takes this viewer's ranges out of the page's highlights. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.scroller.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    for (const p of this.painted.values()) this.hide(p);
    this.painted.clear();
    this.selectedRanges = [];
    this.overlay.remove();
  }

  private readonly onScroll = () => {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.moveWindow();
      });
    }
  };

  /** The text offsets of the blocks from a screen above the view to a screen below it. */
  private windowNow(): { start: number; end: number } {
    const view = this.scroller.getBoundingClientRect();
    const blocks = this.view.dom.children;
    const margin = Math.max(view.height, 400);
    const span = blocksBetween(blocks.length, (i) => (blocks[i] as Element).getBoundingClientRect(), view.top - margin, view.bottom + margin);
    if (!span) return { start: 0, end: -1 };
    const first = blocks[span.first] as Element;
    const last = blocks[span.last] as Element;
    return {
      start: this.index.posToOffset(this.view.posAtDOM(first, 0), 'start'),
      end: this.index.posToOffset(this.view.posAtDOM(last, last.childNodes.length), 'end'),
    };
  }

  private inWindow(h: Highlight): boolean {
    return overlaps(h, this.window.start, this.window.end);
  }

  /** Registers what came into the window and takes out what left it. */
  private moveWindow(): void {
    const next = this.windowNow();
    if (next.start === this.window.start && next.end === this.window.end) return;
    this.window = next;
    for (const p of this.painted.values()) {
      const wanted = this.inWindow(p.h);
      if (wanted && !p.shown) this.show(p);
      else if (!wanted && p.shown) this.hide(p);
    }
  }

  private rangesOf(p: Painted): AnnotationRange[] {
    if (p.ranges) return p.ranges;
    const ranges: AnnotationRange[] = [];
    for (const r of p.h.ranges) {
      const from = this.index.offsetToPos(r.start, 'start');
      const to = this.index.offsetToPos(r.end, 'end');
      if (to <= from) continue;
      const start = this.view.domAtPos(from, 1);
      const end = this.view.domAtPos(to, -1);
      const range = new AnnotationRange(p.h.id, p.h.tag);
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      ranges.push(range);
    }
    p.ranges = ranges;
    return ranges;
  }

  private show(p: Painted): void {
    const hl = shared(p.name);
    for (const r of this.rangesOf(p)) hl.add(r);
    p.shown = true;
  }

  private hide(p: Painted): void {
    if (!p.shown) return;
    const hl = CSS.highlights.get(p.name);
    for (const r of p.ranges ?? []) hl?.delete(r);
    p.shown = false;
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
      const ranges = this.rangesOf(p);
      const last = lineBoxes(ranges[ranges.length - 1]).pop();
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
