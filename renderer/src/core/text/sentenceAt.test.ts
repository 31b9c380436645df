import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { TextRange } from '../model/article';
import { sentenceRangeAt, sentenceRanges } from './sentenceAt';

const seedsDir = new URL('../../../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

const sentencesOf = (text: string) => sentenceRanges(text).map((r) => text.slice(r.start, r.end));

/** Range of the `occurrence`-th `needle` in `text`. */
function rangeOf(text: string, needle: string, occurrence = 0): TextRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start: at, end: at + needle.length };
}

function sentenceAt(text: string, range: TextRange): string {
  const r = sentenceRangeAt(text, range);
  return text.slice(r.start, r.end);
}

// Paragraphs copied exactly from seeds/*.txt (a test below checks they still are).
const OMAR_1 =
  'The Al Omar oil field lies some 10 km (6.21 miles) north of the town of Al Mayadin, which regime forces and their allies took earlier this month.';
const OMAR_2 = 'The town had turned into a major base for Daesh militants after the US-backed offensive drove them out of Raqqa.';
const OMAR_TOWN = `${OMAR_1} ${OMAR_2}`;
const OBS_1 =
  'The Syrian Observatory for Human Rights said Daesh militants who had withdrawn from the oil field mounted a counter-attack overnight against regime forces.';
const OBS_2 = 'The militants made some gains around Al Mayadin, the Britain-based monitor said.';
const OBSERVATORY_MONITOR = `${OBS_1} ${OBS_2}`;
const LILWA =
  '"Our forces managed to liberate the fields without notable damages," said Lilwa al-Abdallah, spokeswoman for the offensive in Deir Ezzor province.';
const REGIME_ADVANCING = 'The regime is “attacking, hitting Daesh positions...and advancing," the source said.';
const RAQQA =
  'The SDF declared victory over Daesh in their former headquarters in Raqqa city this week. SDF fighters would now move to the frontlines in Deir Ezzor, speeding up the battle in eastern Syria.';
const ADDED_1 =
  'It added that the coalition then "conducted strikes against attacking forces to repel the act of aggression against partners engaged in the Global Coalition\'s defeat-ISIS mission".';
const ADDED_2 =
  'The strikes were carried out in self-defence after the pro-Assad troops started firing artillery and tank rounds at the US-backed Syrian Democratic Forces, the United States military claimed.';
const IT_ADDED = `${ADDED_1} ${ADDED_2}`;
const RIVER_1 =
  'The river has always been a dividing line between USA -backed forces and Russian- or Iranian-backed fighters of the Assad regime.';
const RIVER_2 =
  'The US, however, has stated that it may remain in Syria indefinitely to counter what it describes as Iranian influence and to secure "post-Assad leadership" for the country.';
const DIVIDING_LINE = `${RIVER_1} ${RIVER_2}`;
const CENTCOM_ACCORDING =
  'According to the US Central Command (CENTCOM), coalition advisers were present in the area that was attacked by pro-government forces in Deir Ezzor province late on Wednesday.';
const INITIAL_ATTACK =
  'The initial attack was carried out by forces loyal to President Bashar al-Assad on key oil and gas installations in parts of Deir Ezzor province controlled by US-backed Kurdish forces.';
const RAHMAN =
  'The head of the Britain-based monitoring group, Rami Abdel Rahman, said the aim of the attack appeared to be the capture of a key oil field and a major gas plant in an SDF-held area.';
const FLUSHED_OUT =
  'Daesh militants were flushed out of their last strongholds in eastern Syria and over the border in western Iraq late last year.';
const DATELINE =
  'BEIRUT: The US-led coalition said Thursday it killed at least 100 pro-regime fighters to fend off an attack on its allies in eastern Syria, in one its deadliest confrontations yet with forces backing Damascus.';

describe('the seed paragraphs of these tests', () => {
  it.each([OMAR_TOWN, OBSERVATORY_MONITOR, LILWA, REGIME_ADVANCING, RAQQA, IT_ADDED, DIVIDING_LINE, CENTCOM_ACCORDING, INITIAL_ATTACK, RAHMAN, FLUSHED_OUT, DATELINE])(
    'are copied exactly: %s',
    (paragraph) => {
      expect(seeds.some((s) => s.includes(paragraph))).toBe(true);
    },
  );
});

describe('sentenceRanges: seed paragraphs', () => {
  it.each([
    ['a decimal number ("6.21") mid-sentence', OMAR_TOWN, [OMAR_1, OMAR_2]],
    ['two attributed sentences', OBSERVATORY_MONITOR, [OBS_1, OBS_2]],
    ['a quote closed by ," before the speaker', LILWA, [LILWA]],
    ['an ellipsis and a curly quote closed by a straight one', REGIME_ADVANCING, [REGIME_ADVANCING]],
    ['a sentence ending in "this week."', RAQQA, ['The SDF declared victory over Daesh in their former headquarters in Raqqa city this week.', 'SDF fighters would now move to the frontlines in Deir Ezzor, speeding up the battle in eastern Syria.']],
    ['a full stop after a closing quote', IT_ADDED, [ADDED_1, ADDED_2]],
    ['"USA -backed" and "Russian- or"', DIVIDING_LINE, [RIVER_1, RIVER_2]],
    ['a dateline with a colon', DATELINE, [DATELINE]],
  ])('%s', (_name, paragraph, expected) => {
    expect(sentencesOf(paragraph)).toEqual(expected);
  });

  it('splits each seed article into sentences that start like sentences', () => {
    for (const seed of seeds) {
      const sentences = sentencesOf(seed);
      expect(sentences.length).toBeGreaterThan(15);
      for (const s of sentences.slice(1)) expect(s, s).toMatch(/^["“\p{Lu}]/u);
    }
  });
});

describe('sentenceRanges: abbreviations added to seed sentences', () => {
  it.each([
    ['"U.S." before a capitalised name', CENTCOM_ACCORDING.replace('the US Central', 'the U.S. Central'), 1],
    ['"Pres." before a name', INITIAL_ATTACK.replace('President', 'Pres.'), 1],
    ['"U.S.-backed" inside a word', INITIAL_ATTACK.replace('US-backed', 'U.S.-backed'), 1],
    ['"Dr." before a name', RAHMAN.replace('Rami', 'Dr. Rami'), 1],
    ['"Mr." before a name', RAHMAN.replace('Rami', 'Mr. Rami'), 1],
    ['"Gen." and "Lt."', RAHMAN.replace('Rami', 'Lt. Gen. Rami'), 1],
    ['a single capital initial', RAHMAN.replace('Rami Abdel', 'Rami A. Abdel'), 1],
    ['"Jan." before a day', FLUSHED_OUT.replace('late last year', 'on Jan. 30'), 1],
    ['"Oct." before a day that ends the sentence', RAQQA.replace('this week', 'on Oct. 17'), 2],
    ['"St." before a name', FLUSHED_OUT.replace('western Iraq', 'St. Louis'), 1],
    ['"No." before a number', OMAR_TOWN.replace('north of the town', 'north of Checkpoint No. 10 near the town'), 2],
    ['"U.S." that does end a sentence, before "But"', `${FLUSHED_OUT.replace('late last year.', 'according to the U.S.')} But the SDF continues to hunt down surviving militants who have reverted to a clandestine insurgency.`, 2],
    ['"Inc." that does end a sentence, before "The"', OMAR_TOWN.replace('month.', 'month, said Acme Inc.'), 2],
  ])('%s', (_name, paragraph, count) => {
    const sentences = sentencesOf(paragraph);
    expect(sentences).toHaveLength(count);
    expect(sentences.join(' ')).toBe(paragraph);
  });

  it('keeps "U.S." with the sentence it ends', () => {
    const p = `${FLUSHED_OUT.replace('late last year.', 'according to the U.S.')} But the SDF continues.`;
    expect(sentencesOf(p)[0]).toMatch(/according to the U\.S\.$/u);
  });
});

describe('sentenceRanges: quotes', () => {
  it.each([
    ['a question in quotes before its speaker', '"Did our forces liberate the fields?" asked Lilwa al-Abdallah. She said yes.', ['"Did our forces liberate the fields?" asked Lilwa al-Abdallah.', 'She said yes.']],
    ['an exclamation in quotes before its speaker', '"We liberated the fields!" said Lilwa al-Abdallah.', ['"We liberated the fields!" said Lilwa al-Abdallah.']],
    ['a closing straight quote after the full stop', 'He said "We won." The SDF left.', ['He said "We won."', 'The SDF left.']],
    ['a closing curly quote after the full stop', 'He said “We won.” The SDF left.', ['He said “We won.”', 'The SDF left.']],
    ['a closing quote with no space after it', 'He said “We won.”The SDF left.', ['He said “We won.”', 'The SDF left.']],
    ['an opening quote that starts the next sentence', 'The SDF left. "We won," he said.', ['The SDF left.', '"We won," he said.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('sentenceRanges: paragraphs', () => {
  it('never lets a sentence cross a line break, even without a full stop', () => {
    const text = `Oil and gas target\n\n${DATELINE}\n\n\n\n${OMAR_TOWN}\n`;
    expect(sentencesOf(text)).toEqual(['Oil and gas target', DATELINE, OMAR_1, OMAR_2]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(sentenceRanges('')).toEqual([]);
    expect(sentenceRanges(' \n\n\t\n')).toEqual([]);
  });
});

describe('sentenceRangeAt', () => {
  const article = `${OMAR_TOWN}\n\n${OBSERVATORY_MONITOR}\n\n${LILWA}`;

  it.each<[string, TextRange, string]>([
    ['a word of the first sentence', rangeOf(article, 'Al Mayadin'), OMAR_1],
    ['a word of the second sentence', rangeOf(article, 'Raqqa'), OMAR_2],
    ['a claim spanning two sentences', rangeOf(article, 'this month. The town'), OMAR_TOWN],
    ['a claim from a full stop into the next sentence', rangeOf(article, 'forces. The'), OBSERVATORY_MONITOR],
    ['a claim inside a quotation', rangeOf(article, 'liberate the fields'), LILWA],
    ['the speaker after a quotation', rangeOf(article, 'Lilwa al-Abdallah'), LILWA],
    ['a caret at the very start', { start: 0, end: 0 }, OMAR_1],
    ['the first word of the text', { start: 0, end: 3 }, OMAR_1],
    ['a caret at the very end', { start: article.length, end: article.length }, LILWA],
    ['the last character', { start: article.length - 1, end: article.length }, LILWA],
    ['a caret right after a full stop', { start: rangeOf(article, 'month.').end, end: rangeOf(article, 'month.').end }, OMAR_1],
    ['a caret on the first letter of a sentence', { start: rangeOf(article, 'The town').start, end: rangeOf(article, 'The town').start }, OMAR_2],
    ['a backwards range', { start: rangeOf(article, 'Raqqa').end, end: rangeOf(article, 'Raqqa').start }, OMAR_2],
    ['a range past the end of the text', { start: article.length - 3, end: article.length + 50 }, LILWA],
  ])('%s', (_name, range, expected) => {
    expect(sentenceAt(article, range)).toBe(expected);
  });

  it('keeps whitespace the range starts or ends in', () => {
    expect(sentenceAt(article, rangeOf(article, ' The town'))).toBe(` ${OMAR_2}`);
    expect(sentenceAt(article, rangeOf(article, 'Raqqa.\n\n'))).toBe(`${OMAR_2}\n\n`);
  });

  it('takes the sentence before a range of only spaces, else the one after', () => {
    const space = rangeOf(article, 'month. ').end - 1;
    expect(sentenceAt(article, { start: space, end: space + 1 })).toBe(`${OMAR_1} `);
    const indented = `   ${LILWA}`;
    expect(sentenceAt(indented, { start: 1, end: 2 })).toBe(`  ${LILWA}`);
  });

  it('stays on an empty line', () => {
    const at = rangeOf(article, '\n\n').start + 1;
    expect(sentenceRangeAt(article, { start: at, end: at })).toEqual({ start: at, end: at });
  });

  it('spans paragraphs only when the range does', () => {
    expect(sentenceAt(article, rangeOf(article, 'Raqqa.\n\nThe Syrian'))).toBe(`${OMAR_2}\n\n${OBS_1}`);
  });

  it('works on empty text', () => {
    expect(sentenceRangeAt('', { start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });
});

describe('sentenceAt: properties', () => {
  const piece = fc.constantFrom(
    'a', 'word', 'The', 'said', ' ', ' ', '\n', '\n\n', '\t', '.', '. ', '?', '!', '...', ',', '"', '“', '”', "'",
    '(', ')', 'U.S.', 'Mr.', 'Jan.', 'No.', 'J.', '6.21', '10', 'e\u0301', '😀', 'قال', '\u2028',
  );
  const textAndRange = fc
    .array(piece, { maxLength: 30 })
    .map((p) => p.join(''))
    .chain((text) =>
      fc.record({
        text: fc.constant(text),
        a: fc.integer({ min: 0, max: text.length }),
        b: fc.integer({ min: 0, max: text.length }),
      }),
    );

  it('always contains the input range and never crosses a "\\n" the input does not', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, a, b }) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const r = sentenceRangeAt(text, { start: a, end: b });
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(text.length);
        expect(r.start).toBeLessThanOrEqual(lo);
        expect(r.end).toBeGreaterThanOrEqual(hi);
        if (!text.slice(lo, hi).includes('\n')) expect(text.slice(r.start, r.end)).not.toContain('\n');
      }),
      { numRuns: 2000 },
    );
  });

  it('lists ordered, disjoint, trimmed sentences that cover every non-space character', () => {
    fc.assert(
      fc.property(textAndRange, ({ text }) => {
        const ranges = sentenceRanges(text);
        let covered = 0;
        let previousEnd = 0;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(previousEnd);
          expect(r.end).toBeGreaterThan(r.start);
          const s = text.slice(r.start, r.end);
          expect(s).not.toContain('\n');
          expect(s).toBe(s.trim());
          covered += s.replace(/\s/gu, '').length;
          previousEnd = r.end;
        }
        expect(covered).toBe(text.replace(/\s/gu, '').length);
      }),
      { numRuns: 1000 },
    );
  });
});
