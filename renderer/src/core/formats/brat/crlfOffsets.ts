import { CodePointIndex } from '../../text/codePoints';
import { normalizeText } from '../../text/normalizeText';

/**
 * A brat `.txt` as stored, and the app's canonical text made from it. brat counts offsets in
 * code points of the file exactly as stored: a byte order mark is a character, CRLF is two.
 * The canonical text (`normalizeText`) drops the mark and turns CRLF and lone CR into LF, so
 * every offset after one of them moves; this table moves it.
 */
export class StoredText {
  readonly canonical: string;
  private readonly points: CodePointIndex;
  /** For each code point offset of the stored text (and its end), the canonical UTF-16 offset. */
  private readonly toCanonical: Uint32Array;

  constructor(readonly stored: string) {
    this.points = new CodePointIndex(stored);
    this.canonical = normalizeText(stored);
    const table = new Uint32Array(this.points.length + 1);
    let point = 0;
    let unit = 0;
    for (let i = 0; i < stored.length; point++) {
      table[point] = unit;
      const code = stored.charCodeAt(i);
      const size = this.points.unitOf(point + 1) - i;
      const dropped = (i === 0 && code === 0xfeff) || (code === 0x0d && stored.charCodeAt(i + 1) === 0x0a);
      // A dropped CR of a CRLF shares the LF's canonical offset: an offset between the two
      // lands before the line break, as it would had the file had LF alone.
      if (!dropped) unit += size;
      i += size;
    }
    table[point] = unit;
    this.toCanonical = table;
  }

  /** The length of the stored text in code points: what brat checks offsets against. */
  get length(): number {
    return this.points.length;
  }

  /** The stored text between two code point offsets, as brat compares it with a TAIL. */
  slice(start: number, end: number): string {
    return this.stored.slice(this.points.unitOf(start), this.points.unitOf(end));
  }

  /** The canonical UTF-16 offset of a stored code point offset (0 ≤ point ≤ length). */
  canonicalOffset(point: number): number {
    const unit = this.toCanonical[point];
    if (!Number.isInteger(point) || unit === undefined) throw new RangeError(`Offset ${point} is outside the text (0–${this.length} code points).`);
    return unit;
  }

  /**
   * The stored code point offset of a canonical UTF-16 offset: the first that maps to it, so
   * the offset before an LF that was a CRLF is the one before the CR; but after a byte order
   * mark, which no canonical range can include.
   */
  storedOffset(unit: number): number {
    if (!Number.isInteger(unit) || unit < 0 || unit > this.canonical.length) throw new RangeError(`Offset ${unit} is outside the text (0–${this.canonical.length}).`);
    let lo = 0;
    let hi = this.toCanonical.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.toCanonical[mid] as number) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 && this.stored.charCodeAt(0) === 0xfeff ? 1 : lo;
  }
}
