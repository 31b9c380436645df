/** One textblock of the document: `length` code units of `Article.text` from `start`, at editor position `pos`. */
export interface IndexSegment {
  start: number;
  length: number;
  pos: number;
}

/**
 * Maps offsets in `Article.text` (UTF-16) to ProseMirror positions and back. Inside a
 * textblock both count UTF-16 code units, so each block is one linear piece; the text
 * between blocks (blank lines) has no position, and positions between blocks (node
 * boundaries) have no offset: both snap to the nearest block edge on the given side.
 */
export class TextIndex {
  constructor(readonly segments: readonly IndexSegment[]) {}

  /** `side` says which block a separator offset belongs to: 'start' of a range looks forward, 'end' looks back. */
  offsetToPos(offset: number, side: 'start' | 'end' = 'start'): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    // Last segment whose start <= offset.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segs[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo];
    if (!seg) return 0;
    if (offset < seg.start) return seg.pos;
    if (offset <= seg.start + seg.length) return seg.pos + (offset - seg.start);
    const next = segs[lo + 1];
    if (side === 'start' && next) return next.pos;
    return seg.pos + seg.length;
  }

  posToOffset(pos: number, side: 'start' | 'end' = 'start'): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segs[mid]?.pos ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo];
    if (!seg) return 0;
    if (pos < seg.pos) return seg.start;
    if (pos <= seg.pos + seg.length) return seg.start + (pos - seg.pos);
    const next = segs[lo + 1];
    if (side === 'start' && next) return next.start;
    return seg.start + seg.length;
  }
}
