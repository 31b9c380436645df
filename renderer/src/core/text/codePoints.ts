/**
 * Converts offsets between UTF-16 code units (what JavaScript, the DOM and the app count)
 * and Unicode code points (what brat and the W3C model count). One table per text, built once:
 * an export converts every annotation of an article through it.
 */
export class CodePointIndex {
  /** For each code point index, its UTF-16 offset; one past the end too. */
  private readonly toUnit: Uint32Array;
  /** For each UTF-16 offset, its code point index (a low surrogate maps to its pair's index + 1). */
  private readonly toPoint: Uint32Array;

  constructor(readonly text: string) {
    const units = text.length;
    this.toPoint = new Uint32Array(units + 1);
    const toUnit: number[] = [];
    let point = 0;
    for (let i = 0; i < units; point++) {
      toUnit.push(i);
      const code = text.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < units && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      this.toPoint[i] = point;
      if (pair) this.toPoint[i + 1] = point + 1;
      i += pair ? 2 : 1;
    }
    toUnit.push(units);
    this.toPoint[units] = point;
    this.toUnit = Uint32Array.from(toUnit);
  }

  /** The number of code points in the text. */
  get length(): number {
    return this.toUnit.length - 1;
  }

  /** The code point index of a UTF-16 offset (an offset inside a surrogate pair rounds up past it). */
  pointOf(unit: number): number {
    if (unit < 0 || unit > this.text.length) throw new RangeError(`Offset ${unit} is outside the text (0–${this.text.length}).`);
    return this.toPoint[unit] as number;
  }

  /** The UTF-16 offset of a code point index. */
  unitOf(point: number): number {
    if (!Number.isInteger(point) || point < 0 || point > this.length) throw new RangeError(`Offset ${point} is outside the text (0–${this.length} code points).`);
    return this.toUnit[point] as number;
  }
}
