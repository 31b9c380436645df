import type { Figure } from '../model/figure';

type Bounds = Pick<Figure, 'low' | 'high'>;

/**
 * Whether two figures can both be true: they conflict only when their ranges share no value
 * ("at least 100" and "45"; "dozens" and "at least 100"). Ranges that touch or overlap agree,
 * so "some 100" (90–110) agrees with "at least 100". A missing bound reaches without end.
 */
export function compareFigures(a: Bounds, b: Bounds): 'agree' | 'conflict' {
  const apart = (x: Bounds, y: Bounds): boolean => x.low !== null && y.high !== null && x.low > y.high;
  return apart(a, b) || apart(b, a) ? 'conflict' : 'agree';
}

const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A figure's range in a few words for the UI: "45", "100 or more", "up to 30", "20–30". */
export function describeRange(f: Bounds): string {
  const { low, high } = f;
  if (low === null) return high === null ? 'any number' : `up to ${numbers.format(high)}`;
  if (high === null) return `${numbers.format(low)} or more`;
  if (low === high) return numbers.format(low);
  return `${numbers.format(low)}–${numbers.format(high)}`;
}
