/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form: insertions, deletions, substitutions and swaps of
 * two neighbours each cost 1, and no substring is edited twice. That is the usual typo model ("Deash" for "Daesh") and
 * needs three rows instead of an alphabet-sized table; it differs from the unrestricted distance only on cases like
 * "ca" -> "abc" (3 here, 2 unrestricted), which never decide whether two names are the same.
 *
 * Works on code points, so a letter outside the Basic Multilingual Plane counts once. With `max`, stops as soon as the
 * distance must exceed it and returns max + 1: callers only ask "is it within max?", and long unrelated names then cost
 * one row or two.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0 || t.length === 0) return Math.min(Math.max(s.length, t.length), max + 1);

  let twoBack: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (twoBack[j - 2] as number) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    twoBack = previous;
    previous = current;
  }
  return Math.min(previous[t.length] as number, max + 1);
}
