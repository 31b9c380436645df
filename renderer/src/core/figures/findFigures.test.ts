import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureQualifier } from '../model/figure';
import { findFigures } from './findFigures';

type Read = [phrase: string, qualifier: FigureQualifier, low: number | null, high: number | null];

const read = (text: string): Read[] => findFigures(text).map((f) => [f.phrase, f.qualifier, f.low, f.high]);

const seed = (name: string): string => readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8');

describe('findFigures: how the words bound a number', () => {
  it.each<[string, Read]>([
    ['45', ['45', 'exact', 45, 45]],
    ['2,000', ['2,000', 'exact', 2000, 2000]],
    ['6.21', ['6.21', 'exact', 6.21, 6.21]],
    ['forty-five', ['forty-five', 'exact', 45, 45]],
    ['a dozen', ['a dozen', 'exact', 12, 12]],
    ['half a million', ['half a million', 'exact', 500_000, 500_000]],
    ['a hundred people', ['a hundred', 'exact', 100, 100]],
    ['1.5 million', ['1.5 million', 'exact', 1_500_000, 1_500_000]],
    // at-least
    ['at least 100', ['at least 100', 'at-least', 100, null]],
    ['At least 100', ['At least 100', 'at-least', 100, null]],
    ['no fewer than 100', ['no fewer than 100', 'at-least', 100, null]],
    ['no less than 100', ['no less than 100', 'at-least', 100, null]],
    ['a minimum of 100', ['a minimum of 100', 'at-least', 100, null]],
    ['100 or more', ['100 or more', 'at-least', 100, null]],
    ['at least a dozen', ['at least a dozen', 'at-least', 12, null]],
    ['at least one was killed', ['at least one', 'at-least', 1, null]],
    // more-than: the next whole number, or the number itself when it is not whole.
    ['more than 100', ['more than 100', 'more-than', 101, null]],
    ['over 50,000', ['over 50,000', 'more-than', 50_001, null]],
    ['upwards of 100', ['upwards of 100', 'more-than', 101, null]],
    ['in excess of 100', ['in excess of 100', 'more-than', 101, null]],
    ['more than a dozen', ['more than a dozen', 'more-than', 13, null]],
    ['more than 1.5 million', ['more than 1.5 million', 'more-than', 1_500_001, null]],
    ['more than 2.5', ['more than 2.5', 'more-than', 2.5, null]],
    // at-most
    ['up to 30', ['up to 30', 'at-most', null, 30]],
    ['at most 30', ['at most 30', 'at-most', null, 30]],
    ['as many as 30', ['as many as 30', 'at-most', null, 30]],
    ['no more than 30', ['no more than 30', 'at-most', null, 30]],
    ['30 or fewer', ['30 or fewer', 'at-most', null, 30]],
    // fewer-than
    ['fewer than 10', ['fewer than 10', 'fewer-than', null, 9]],
    ['less than 10', ['less than 10', 'fewer-than', null, 9]],
    ['under 10', ['under 10', 'fewer-than', null, 9]],
    ['below 10', ['below 10', 'fewer-than', null, 9]],
    ['less than 2.5', ['less than 2.5', 'fewer-than', null, 2.5]],
    // about: ±10% rounded outward; nearly and almost from 90% up to the number.
    ['some 100', ['some 100', 'about', 90, 110]],
    ['Some 100', ['Some 100', 'about', 90, 110]],
    ['about 2,000', ['about 2,000', 'about', 1800, 2200]],
    ['around 50', ['around 50', 'about', 45, 55]],
    ['roughly 50', ['roughly 50', 'about', 45, 55]],
    ['approximately 50', ['approximately 50', 'about', 45, 55]],
    ['an estimated 100', ['an estimated 100', 'about', 90, 110]],
    ['estimated 100', ['estimated 100', 'about', 90, 110]],
    ['some 10', ['some 10', 'about', 9, 11]],
    ['about 3', ['about 3', 'about', 2, 4]],
    ['about half a dozen', ['about half a dozen', 'about', 5, 7]],
    ['100 or so', ['100 or so', 'about', 90, 110]],
    ['nearly 50', ['nearly 50', 'about', 45, 50]],
    ['almost 50', ['almost 50', 'about', 45, 50]],
    ['close to 50', ['close to 50', 'about', 45, 50]],
    ['nearly a hundred', ['nearly a hundred', 'about', 90, 100]],
    // range
    ['20 to 30', ['20 to 30', 'range', 20, 30]],
    ['20-30', ['20-30', 'range', 20, 30]],
    ['20–30', ['20–30', 'range', 20, 30]],
    ['20 - 30', ['20 - 30', 'range', 20, 30]],
    ['between 20 and 30', ['between 20 and 30', 'range', 20, 30]],
    ['20 or 30', ['20 or 30', 'range', 20, 30]],
    ['one or two civilians', ['one or two', 'range', 1, 2]],
    ['two to three million', ['two to three million', 'range', 2_000_000, 3_000_000]],
    ['1.5 to 2 million', ['1.5 to 2 million', 'range', 1_500_000, 2_000_000]],
    ['500 to 2 million', ['500 to 2 million', 'range', 500, 2_000_000]],
    // vague
    ['dozens', ['dozens', 'vague', 24, 99]],
    ['a few dozen', ['a few dozen', 'vague', 24, 60]],
    ['several dozen', ['several dozen', 'vague', 36, 99]],
    ['scores of people', ['scores', 'vague', 40, 199]],
    ['hundreds', ['hundreds', 'vague', 200, 999]],
    ['a few hundred', ['a few hundred', 'vague', 200, 500]],
    ['several hundred', ['several hundred', 'vague', 300, 900]],
    ['thousands', ['thousands', 'vague', 2000, 9999]],
    ['several thousand', ['several thousand', 'vague', 3000, 9000]],
    ['tens of thousands', ['tens of thousands', 'vague', 20_000, 99_999]],
    ['hundreds of thousands', ['hundreds of thousands', 'vague', 200_000, 999_999]],
    ['millions', ['millions', 'vague', 2_000_000, 9_999_999]],
    ['several', ['several', 'vague', 3, 9]],
    ['a handful', ['a handful', 'vague', 2, 6]],
    ['a few', ['a few', 'vague', 2, 5]],
    ['at least dozens', ['at least dozens', 'at-least', 24, null]],
    ['up to hundreds', ['up to hundreds', 'at-most', null, 999]],
    // Units and percentages: the number alone is the phrase.
    ['10 km', ['10', 'exact', 10, 10]],
    ['10km', ['10', 'exact', 10, 10]],
    ['500 metres', ['500', 'exact', 500, 500]],
    ['13 million cubic metres', ['13 million', 'exact', 13_000_000, 13_000_000]],
    ['45%', ['45', 'exact', 45, 45]],
    ['45 per cent', ['45', 'exact', 45, 45]],
    ['$1.5 million', ['1.5 million', 'exact', 1_500_000, 1_500_000]],
    ['50,000-strong', ['50,000', 'exact', 50_000, 50_000]],
    ['over 50,000-strong', ['over 50,000', 'more-than', 50_001, null]],
    // "one" before a counted noun, or one word before it, or a participle.
    ['one member of the SDF', ['one', 'exact', 1, 1]],
    ['One civilian', ['One', 'exact', 1, 1]],
    ['one US soldier', ['one', 'exact', 1, 1]],
    ['one dead', ['one', 'exact', 1, 1]],
    ['twenty-one soldiers', ['twenty-one', 'exact', 21, 21]],
    ['one hundred', ['one hundred', 'exact', 100, 100]],
    // A qualified four-digit number is a count, not a year.
    ['more than 2000 troops', ['more than 2000', 'more-than', 2001, null]],
    ['at least 1500 people', ['at least 1500', 'at-least', 1500, null]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each<[string, Read[]]>([
    ['rose from 20 to 30', [['20', 'exact', 20, 20], ['30', 'exact', 30, 30]]],
    ['won 3-1', [['3', 'exact', 3, 3], ['1', 'exact', 1, 1]]],
    ['killed 20 and wounded 30', [['20', 'exact', 20, 20], ['30', 'exact', 30, 30]]],
    ['some 10 km (6.21 miles)', [['some 10', 'about', 9, 11], ['6.21', 'exact', 6.21, 6.21]]],
    ['in 2011, 20 people', [['20', 'exact', 20, 20]]],
    ['the two offensives', [['two', 'exact', 2, 2]]],
    // A word is read once: "more" closes "3 or more" and cannot open "more than 5".
    ['3 or more than 5', [['3 or more', 'at-least', 3, null], ['5', 'exact', 5, 5]]],
    // The scale is shared only where the first number has none of its own.
    ['five to ten thousand', [['five to ten thousand', 'range', 5000, 10_000]]],
    ['two hundred to three thousand', [['two hundred to three thousand', 'range', 200, 3000]]],
  ])('%j has several figures or none merged', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: what is not a figure', () => {
  it.each([
    ['since 2014'],
    ['in 2011'],
    ['IS had held most of Deir al-Zour since 2014.'],
    ['between 2011 and 2014'],
    ['2014-2017'],
    ['2017-10-22'],
    [' date 2018-02-08 File photo. -AFP'],
    ['22/10/2017'],
    ['9/11 attacks'],
    ['24/7'],
    ['on October 22'],
    ['on Oct. 22'],
    ['on 22 October 2017'],
    ['the 5th of November'],
    ['May 5'],
    ['Thursday'],
    ['late on Wednesday'],
    ['at 10:30'],
    ['at 10.30 am'],
    ['at 3 p.m.'],
    ['at 10pm'],
    ['at 0800 GMT'],
    ["at ten o'clock"],
    ['the first'],
    ['the second attack'],
    ['the 3rd brigade'],
    ['the 21st century'],
    ['in the 1990s'],
    ["the '80s"],
    ['one of the biggest'],
    ['in one its deadliest confrontations'],
    ['no one was hurt'],
    ['one another'],
    ['one day'],
    ['two-thirds of the town'],
    ['a two-year war'],
    ['a one-sided fight'],
    ['F-16 jets'],
    ['Su-24 bombers'],
    ['the G20 summit'],
    ['COVID-19'],
    ['MH17'],
    ['Resolution 2254'],
    ['Route 66'],
    ['No. 10'],
    ['about 2010'],
    ['around 2000 troops'],
    ['he scores a goal'],
    ['a major base'],
    ['some gains'],
    ['some of the bastions'],
    ['over the border'],
    ['hundred'],
    [''],
  ])('%j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('findFigures: the figure phrasings of the seed articles', () => {
  it.each<[string, string, Read]>([
    // seeds/000
    ['000', 'The Al Omar oil field lies some 10 km (6.21 miles) north of the town of Al Mayadin, which regime forces and their allies took earlier this month.', ['some 10', 'about', 9, 11]],
    ['000', 'The Al Omar oil field lies some 10 km (6.21 miles) north of the town of Al Mayadin, which regime forces and their allies took earlier this month.', ['6.21', 'exact', 6.21, 6.21]],
    ['000', 'The US-led coalition and the Russian military have been holding deconfliction meetings - to prevent clashes between planes and troops - though the two offensives have sometimes come into conflict.', ['two', 'exact', 2, 2]],
    // seeds/002
    ['002', 'BEIRUT: The US-led coalition said Thursday it killed at least 100 pro-regime fighters to fend off an attack on its allies in eastern Syria, in one its deadliest confrontations yet with forces backing Damascus.', ['at least 100', 'at-least', 100, null]],
    ['002', '"We estimate more than 100 Syrian pro-regime forces were killed while engaging SDF and coalition forces," a US military official said on condition of anonymity.', ['more than 100', 'more-than', 101, null]],
    ['002', 'The SDF and the coalition targeted the attacking forces with air strikes and shelling after "20 to 30 artillery and tank rounds landed within 500 metres of the SDF headquarters location", the official said.', ['20 to 30', 'range', 20, 30]],
    ['002', 'The SDF and the coalition targeted the attacking forces with air strikes and shelling after "20 to 30 artillery and tank rounds landed within 500 metres of the SDF headquarters location", the official said.', ['500', 'exact', 500, 500]],
    ['002', 'According to the Syrian Observatory for Human Rights, which only confirmed 45 dead among pro-regime forces, the initial attack took place near Khasham.', ['45', 'exact', 45, 45]],
    ['002', 'The Omar oil field, one of the biggest in Syria, had a pre-war output of 30,000 barrels per day, while the Conoco gas field had a pre-war capacity of 13 million cubic metres a day.', ['30,000', 'exact', 30_000, 30_000]],
    ['002', 'The Omar oil field, one of the biggest in Syria, had a pre-war output of 30,000 barrels per day, while the Conoco gas field had a pre-war capacity of 13 million cubic metres a day.', ['13 million', 'exact', 13_000_000, 13_000_000]],
    ["002", "Regime and SDF fighters were involved in several skirmishes in the area last year, as they each conducted parallel operations against some of the Daesh's last bastions.", ['several', 'vague', 3, 9]],
    ['002', 'Syrian state media confirmed that dozens were killed in the clash but appeared to deny the forces were army soldiers, describing the victims as "popular forces".', ['dozens', 'vague', 24, 99]],
    ['002', 'CENTCOM said the attack occurred eight kilometres east of the "Euphrates River de-confliction line," referring to a boundary agreed by Russia and the US, with the former\'s area of operations west of the river and the latter´s to its east.', ['eight', 'exact', 8, 8]],
    // seeds/003
    ['003', 'Backed forces in Syria strike pro-regime militants, killing at least 100', ['at least 100', 'at-least', 100, null]],
    ['003', 'Some 100 pro-regime forces were killed in the incident, according to the broadcaster.', ['Some 100', 'about', 90, 110]],
    ['003', 'The US maintains about 2,000 troops in Syria, who mostly work with the over 50,000-strong Syrian Democratic Forces, a mix of Kurdish and Arab fighters who have been the primary US-backed force fighting ISIS in Syria.', ['about 2,000', 'about', 1800, 2200]],
    ['003', 'The US maintains about 2,000 troops in Syria, who mostly work with the over 50,000-strong Syrian Democratic Forces, a mix of Kurdish and Arab fighters who have been the primary US-backed force fighting ISIS in Syria.', ['over 50,000', 'more-than', 50_001, null]],
    ['003', 'The official said no coalition or USA personnel had been killed or wounded in the engagement but that one member of the SDF sustained injuries.', ['one', 'exact', 1, 1]],
    ['003', 'An Al-Ikhbariyah TV correspondent said the bombing left "dozens of dead and wounded" and identified the pro-government fighters as "local people".', ['dozens', 'vague', 24, 99]],
  ])('seeds/%s: %j has %j', (_seed, sentence, expected) => {
    expect(read(sentence)).toContainEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['000', ' date 2017-10-22 US-backed militias said they captured Syria\'s largest oil field on Sunday, pressing their assault against Daesh in the east of the country.', []],
    ['002', ' date 2018-02-08 File photo. -AFP', []],
    ['002', 'The Omar oil field, one of the biggest in Syria, had a pre-war output of 30,000 barrels per day, while the Conoco gas field had a pre-war capacity of 13 million cubic metres a day.', ['30,000', '13 million']],
    ['002', 'BEIRUT: The US-led coalition said Thursday it killed at least 100 pro-regime fighters to fend off an attack on its allies in eastern Syria, in one its deadliest confrontations yet with forces backing Damascus.', ['at least 100']],
    ['003', 'Although Turkey has backed opposition troops since the Syrian conflict began in 2011, Ankara has moved closer to Assad\'s ally, Moscow.', []],
    ['003', 'IS had held most of Deir al-Zour since 2014.', []],
    ['000', 'The SDF declared victory over Daesh in their former headquarters in Raqqa city this week.', []],
    ['003', 'In a statement issued Thursday, the Russian Foreign Ministry said the United States military presence in Syria "poses a threat to the peace operation and menaces the unity of the country".', []],
  ])('seeds/%s: no date, year, weekday or "one of" in %j', (_seed, sentence, phrases) => {
    expect(read(sentence).map(([phrase]) => phrase)).toEqual(phrases);
  });

  // The whole of each article: every figure, in order, and nothing else.
  it.each<[string, Read[]]>([
    ['000_5ab35b812cae35b7.txt', [['two', 'exact', 2, 2], ['some 10', 'about', 9, 11], ['6.21', 'exact', 6.21, 6.21]]],
    ['002_e8c45eb05f8b382b.txt', [
      ['at least 100', 'at-least', 100, null],
      ['more than 100', 'more-than', 101, null],
      ['20 to 30', 'range', 20, 30],
      ['500', 'exact', 500, 500],
      ['45', 'exact', 45, 45],
      ['30,000', 'exact', 30_000, 30_000],
      ['13 million', 'exact', 13_000_000, 13_000_000],
      ['several', 'vague', 3, 9],
      ['dozens', 'vague', 24, 99],
      ['eight', 'exact', 8, 8],
    ]],
    ['003_5e2c955d67626476.txt', [
      ['at least 100', 'at-least', 100, null],
      ['Some 100', 'about', 90, 110],
      ['about 2,000', 'about', 1800, 2200],
      ['over 50,000', 'more-than', 50_001, null],
      ['30,000', 'exact', 30_000, 30_000],
      ['13 million', 'exact', 13_000_000, 13_000_000],
      ['one', 'exact', 1, 1],
      ['dozens', 'vague', 24, 99],
    ]],
  ])('seeds/%s', (file, expected) => {
    const text = seed(file);
    const found = findFigures(text);
    expect(found.map((f) => [f.phrase, f.qualifier, f.low, f.high])).toEqual(expected);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });
});

describe('findFigures: properties', () => {
  const grouped = new Intl.NumberFormat('en', { useGrouping: true });

  it('reads any whole number written with thousands separators as exactly that number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        const text = `Officials said ${grouped.format(n)} people were counted.`;
        expect(read(text)).toEqual([[grouped.format(n), 'exact', n, n]]);
      }),
    );
  });

  it('gives offsets whose slice is the phrase, in order and without overlap, for any text', () => {
    const pieces = fc.constantFrom('at least', 'some', '100', '2,000', 'one', 'member', 'dozens', 'to', '-', ' ', '\n', 'a', 'dozen', '2014', ',', '.', 'km', 'killed');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        let previousEnd = 0;
        for (const f of findFigures(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.phrase);
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
          previousEnd = f.end;
        }
      }),
    );
  });
});
