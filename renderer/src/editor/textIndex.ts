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
/** Index of the last segment whose `key` is <= value (0 when none is). Segments are sorted by both keys. */
function lastAtOrBefore(segs: readonly IndexSegment[], key: 'start' | 'pos', value: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid]?.[key] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class TextIndex {
  constructor(readonly segments: readonly IndexSegment[]) {}

  /** `side` says which block a separator offset belongs to: 'start' of a range looks forward, 'end' looks back. */
  offsetToPos(offset: number, side: 'start' | 'end' = 'start'): number {
    const i = lastAtOrBefore(this.segments, 'start', offset);
    const seg = this.segments[i];
    if (!seg) return 0;
    if (offset < seg.start) return seg.pos;
    if (offset <= seg.start + seg.length) return seg.pos + (offset - seg.start);
    const next = this.segments[i + 1];
    return side === 'start' && next ? next.pos : seg.pos + seg.length;
  }

  posToOffset(pos: number, side: 'start' | 'end' = 'start'): number {
    const i = lastAtOrBefore(this.segments, 'pos', pos);
    const seg = this.segments[i];
    if (!seg) return 0;
    if (pos < seg.pos) return seg.start;
    if (pos <= seg.pos + seg.length) return seg.start + (pos - seg.pos);
    const next = this.segments[i + 1];
    return side === 'start' && next ? next.start : seg.start + seg.length;
  }
}
