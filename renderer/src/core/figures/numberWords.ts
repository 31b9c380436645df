/** 0 and 1–19: the words that stand alone; "one" to "nine" may also follow a tens word. */
const SMALL: ReadonlyMap<string, number> = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i) => [w, i]),
);

const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, 20 + 10 * i]),
);

/** Words that close a group: "two thousand three hundred" adds 2,000 and then 300. */
const SCALES: ReadonlyMap<string, number> = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

/**
 * Leading zeros are refused: "0800" is a clock time and "007" a label, never a count.
 * Commas must group by three, so a list such as "1,2" is not read as one number.
 */
const DIGITS = /^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;

/** What the previous word was: each word is only valid after some of these. */
type Prev = 'start' | 'digits' | 'unit' | 'teen' | 'ten' | 'hundred' | 'dozen' | 'scale' | 'and' | 'a' | 'half';

/** A word number token, with "forty-five" split so that its two halves are checked like "forty five". */
function wordsOf(phrase: string): string[] | null {
  const out: string[] = [];
  for (const word of phrase.split(/\s+/)) {
    const [tens, unit, ...rest] = word.split('-');
    if (unit === undefined) {
      out.push(word);
      continue;
    }
    // Only tens-unit compounds are hyphenated numbers; "two-thirds" or "one-sided" are not.
    const unitValue = SMALL.get(unit) ?? 0;
    if (rest.length > 0 || tens === undefined || !TENS.has(tens) || unitValue < 1 || unitValue > 9) return null;
    out.push(tens, unit);
  }
  return out;
}

const isScaleWord = (w: string | undefined): boolean => w !== undefined && (w === 'hundred' || w === 'dozen' || SCALES.has(w));
const isCountWord = (w: string | undefined): boolean => w !== undefined && (SMALL.has(w) || TENS.has(w));

/**
 * An English number written in digits, words or both: "45", "2,000", "1.5 million", "forty-five",
 * "a hundred", "two thousand and twelve", "a dozen", "half a million". Null when the words are not
 * exactly one number (an ordinal, "hundreds", "five five", a stray word).
 */
export function parseNumberWords(words: string): number | null {
  const phrase = words.trim().toLowerCase();
  if (phrase === '') return null;
  if (DIGITS.test(phrase)) return Number(phrase.replace(/,/g, ''));
  const tokens = wordsOf(phrase);
  if (tokens === null) return null;

  let total = 0;
  let current = 0;
  let prev: Prev = 'start';
  // Scales must fall: "one million two hundred thousand", never "thousand million".
  let lastScale = Infinity;

  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    const next = tokens[i + 1];
    if (i === 0 && DIGITS.test(word)) {
      // Digits start a number only before a scale: "1.5 million", "13 million", "2 dozen".
      if (!isScaleWord(next)) return null;
      current = Number(word.replace(/,/g, ''));
      prev = 'digits';
    } else if (word === 'a' || word === 'an') {
      if ((prev !== 'start' && prev !== 'half') || !isScaleWord(next)) return null;
      if (prev === 'start') current = 1;
      prev = 'a';
    } else if (word === 'half') {
      if (prev !== 'start' || (next !== 'a' && next !== 'an')) return null;
      current = 0.5;
      prev = 'half';
    } else if (word === 'and') {
      // British "one hundred and five": only between a hundred or a scale and what follows it.
      if ((prev !== 'hundred' && prev !== 'scale') || !isCountWord(next)) return null;
      prev = 'and';
    } else if (SMALL.has(word)) {
      const value = SMALL.get(word) ?? 0;
      if (value === 0) {
        if (tokens.length !== 1) return null;
      } else if (value <= 9) {
        if (!['start', 'ten', 'hundred', 'scale', 'and'].includes(prev)) return null;
      } else if (!['start', 'hundred', 'scale', 'and'].includes(prev)) return null;
      current += value;
      prev = value <= 9 ? 'unit' : 'teen';
    } else if (TENS.has(word)) {
      if (!['start', 'hundred', 'scale', 'and'].includes(prev)) return null;
      current += TENS.get(word) ?? 0;
      prev = 'ten';
    } else if (word === 'hundred') {
      // "fifteen hundred" is 1,500; "twenty hundred" and "hundred hundred" are not English counts.
      if (!['unit', 'teen', 'a', 'digits'].includes(prev) || current >= 100) return null;
      current *= 100;
      prev = 'hundred';
    } else if (word === 'dozen') {
      if (!['unit', 'teen', 'ten', 'a', 'digits'].includes(prev) || next !== undefined) return null;
      current *= 12;
      prev = 'dozen';
    } else if (SCALES.has(word)) {
      const scale = SCALES.get(word) ?? 0;
      if (!['unit', 'teen', 'ten', 'hundred', 'a', 'digits'].includes(prev) || scale >= lastScale) return null;
      total += current * scale;
      current = 0;
      lastScale = scale;
      prev = 'scale';
    } else {
      return null;
    }
  }
  if (prev === 'start' || prev === 'and' || prev === 'a' || prev === 'half') return null;
  // 2.3 × 1e6 is 2299999.9999999995 in binary floating point; no count needs more than 12 digits.
  return Number((total + current).toPrecision(12));
}
