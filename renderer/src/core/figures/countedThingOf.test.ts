import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTED_THINGS, type CountedThing } from '../model/figure';
import { countedThingOf } from './countedThingOf';

/** The figure at the first place `phrase` appears in `text`. */
function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} is not in ${text}`);
  return { start, end: start + phrase.length };
}

describe('countedThingOf: the seed sentences', () => {
  it.each([
    // seeds/002
    ['BEIRUT: The US-led coalition said Thursday it killed at least 100 pro-regime fighters to fend off an attack on its allies in eastern Syria, in one its deadliest confrontations yet with forces backing Damascus.', 'at least 100', 'killed'],
    ['"We estimate more than 100 Syrian pro-regime forces were killed while engaging SDF and coalition forces," a US military official said on condition of anonymity.', 'more than 100', 'killed'],
    ['The SDF and the coalition targeted the attacking forces with air strikes and shelling after "20 to 30 artillery and tank rounds landed within 500 metres of the SDF headquarters location", the official said.', '20 to 30', 'rounds'],
    ['The SDF and the coalition targeted the attacking forces with air strikes and shelling after "20 to 30 artillery and tank rounds landed within 500 metres of the SDF headquarters location", the official said.', '500', ''],
    ['According to the Syrian Observatory for Human Rights, which only confirmed 45 dead among pro-regime forces, the initial attack took place near Khasham.', '45', 'killed'],
    ['The Omar oil field, one of the biggest in Syria, had a pre-war output of 30,000 barrels per day, while the Conoco gas field had a pre-war capacity of 13 million cubic metres a day.', '30,000', 'barrels-per-day'],
    ['The Omar oil field, one of the biggest in Syria, had a pre-war output of 30,000 barrels per day, while the Conoco gas field had a pre-war capacity of 13 million cubic metres a day.', '13 million', ''],
    ["Regime and SDF fighters were involved in several skirmishes in the area last year, as they each conducted parallel operations against some of the Daesh's last bastions.", 'several', ''],
    ['Syrian state media confirmed that dozens were killed in the clash but appeared to deny the forces were army soldiers, describing the victims as "popular forces".', 'dozens', 'killed'],
    ['CENTCOM said the attack occurred eight kilometres east of the "Euphrates River de-confliction line," referring to a boundary agreed by Russia and the US, with the former\'s area of operations west of the river and the latter´s to its east.', 'eight', ''],
    // seeds/003
    ['Backed forces in Syria strike pro-regime militants, killing at least 100', 'at least 100', 'killed'],
    ['Some 100 pro-regime forces were killed in the incident, according to the broadcaster.', 'Some 100', 'killed'],
    ['The US maintains about 2,000 troops in Syria, who mostly work with the over 50,000-strong Syrian Democratic Forces, a mix of Kurdish and Arab fighters who have been the primary US-backed force fighting ISIS in Syria.', 'about 2,000', 'troops'],
    ['The US maintains about 2,000 troops in Syria, who mostly work with the over 50,000-strong Syrian Democratic Forces, a mix of Kurdish and Arab fighters who have been the primary US-backed force fighting ISIS in Syria.', 'over 50,000', 'troops'],
    ['The official said no coalition or USA personnel had been killed or wounded in the engagement but that one member of the SDF sustained injuries.', 'one', 'wounded'],
    ['An Al-Ikhbariyah TV correspondent said the bombing left "dozens of dead and wounded" and identified the pro-government fighters as "local people".', 'dozens', 'killed'],
    // seeds/000
    ['The Al Omar oil field lies some 10 km (6.21 miles) north of the town of Al Mayadin, which regime forces and their allies took earlier this month.', 'some 10', ''],
    ['The Al Omar oil field lies some 10 km (6.21 miles) north of the town of Al Mayadin, which regime forces and their allies took earlier this month.', '6.21', ''],
    ['The US-led coalition and the Russian military have been holding deconfliction meetings - to prevent clashes between planes and troops - though the two offensives have sometimes come into conflict.', 'two', ''],
  ])('%j: %j counts %j', (text, phrase, expected) => {
    expect(countedThingOf(text, at(text, phrase), DEFAULT_COUNTED_THINGS)).toBe(expected);
  });
});

describe('countedThingOf: the rules', () => {
  it.each([
    // The nearest term after the figure.
    ['2,000 troops and rockets', '2,000', 'troops'],
    ['12 rockets hit troops', '12', 'rounds'],
    // Outcomes (killed, wounded) outrank what the counted are, after or before the figure.
    ['at least 100 pro-regime fighters were later killed', 'at least 100', 'killed'],
    ['it killed at least 100 pro-regime fighters', 'at least 100', 'killed'],
    ['100 soldiers were wounded', '100', 'wounded'],
    ['dozens of dead and wounded', 'dozens', 'killed'],
    ['dozens of wounded and dead', 'dozens', 'wounded'],
    // Other terms before the figure are not its thing.
    ['fired rockets from 500 metres', '500', ''],
    // Whole words, any case, multi-word terms with any spacing.
    ['50,000-strong force', '50,000', 'troops'],
    ['50,000 strongly worded letters', '50,000', ''],
    ['100 KILLED', '100', 'killed'],
    ['The death  toll rose to 12', '12', 'killed'],
    ['30,000 barrels a day', '30,000', 'barrels-per-day'],
    ['30,000 bpd', '30,000', 'barrels-per-day'],
    ['12 air strikes', '12', 'rounds'],
    ['12 unkilled', '12', ''],
    // The clause ends at a comma, a full stop, a semicolon, a spaced dash or a new clause.
    ['12 people. Troops arrived', '12', ''],
    ['12 people; troops arrived', '12', ''],
    ['12 people - troops arrived', '12', ''],
    ['12 people came while troops left', '12', ''],
    ['Officials killed none, 12 fighters left', '12', 'troops'],
    ['12 U.S. troops', '12', 'troops'],
    ['a 1,000 km drive with 5.5 troops', '1,000', 'troops'],
    // No term at all.
    ['12 apples', '12', ''],
  ])('%j: %j counts %j', (text, phrase, expected) => {
    expect(countedThingOf(text, at(text, phrase), DEFAULT_COUNTED_THINGS)).toBe(expected);
  });

  it('reads the project\'s own list: its ids, its terms, outcomes by their participles', () => {
    const things: CountedThing[] = [
      { id: 'people', label: 'People', terms: ['people', 'families'], order: 1 },
      { id: 'displaced', label: 'Displaced', terms: ['displaced', 'fled'], order: 2 },
      { id: 'empty', label: 'Empty', terms: ['', '  '], order: 3 },
      { id: 'odd', label: 'Odd', terms: ['c++ (x)'], order: 4 },
    ];
    const text = 'Some 300 families were displaced';
    expect(countedThingOf(text, at(text, 'Some 300'), things)).toBe('displaced');
    expect(countedThingOf('300 families', { start: 0, end: 3 }, things)).toBe('people');
    expect(countedThingOf('3 c++ (x)', { start: 0, end: 1 }, things)).toBe('odd');
    expect(countedThingOf('12 people', { start: 0, end: 2 }, [])).toBe('');
  });
});
