const numbers = new Intl.NumberFormat('en');
const plurals = new Intl.PluralRules('en');

/**
 * A count with its noun in the right number: `countOf(1, 'claim', 'claims')` is "1 claim",
 * `countOf(2000, 'claim', 'claims')` is "2,000 claims". English only, as is the rest of the UI;
 * the plural form is chosen by Intl.PluralRules on the same digits that are shown.
 */
export function countOf(n: number, one: string, other: string): string {
  return `${numbers.format(n)} ${plurals.select(n) === 'one' ? one : other}`;
}
