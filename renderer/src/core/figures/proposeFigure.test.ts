import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTED_THINGS, type Figure } from '../model/figure';
import { proposeFigure } from './proposeFigure';

const figure = (phrase: string, qualifier: Figure['qualifier'], low: number | null, high: number | null, counted: string): Figure => ({
  phrase,
  qualifier,
  low,
  high,
  counted,
  countedEntityId: null,
});

const S002_STRIKES = 'The SDF and the coalition targeted the attacking forces with air strikes and shelling after "20 to 30 artillery and tank rounds landed within 500 metres of the SDF headquarters location", the official said.';
const S002_KILLED = 'BEIRUT: The US-led coalition said Thursday it killed at least 100 pro-regime fighters to fend off an attack on its allies in eastern Syria, in one its deadliest confrontations yet with forces backing Damascus.';
const S002_ESTIMATE = '"We estimate more than 100 Syrian pro-regime forces were killed while engaging SDF and coalition forces," a US military official said on condition of anonymity.';
const S002_OBSERVATORY = 'According to the Syrian Observatory for Human Rights, which only confirmed 45 dead among pro-regime forces, the initial attack took place near Khasham.';
const S002_OUTPUT = 'The Omar oil field, one of the biggest in Syria, had a pre-war output of 30,000 barrels per day, while the Conoco gas field had a pre-war capacity of 13 million cubic metres a day.';
const S002_DOZENS = 'Syrian state media confirmed that dozens were killed in the clash but appeared to deny the forces were army soldiers, describing the victims as "popular forces".';
const S002_SKIRMISHES = "Regime and SDF fighters were involved in several skirmishes in the area last year, as they each conducted parallel operations against some of the Daesh's last bastions.";
const S002_LINE = 'CENTCOM said the attack occurred eight kilometres east of the "Euphrates River de-confliction line," referring to a boundary agreed by Russia and the US, with the former\'s area of operations west of the river and the latter´s to its east.';
const S003_HEADLINE = 'Backed forces in Syria strike pro-regime militants, killing at least 100';
const S003_SOME = 'Some 100 pro-regime forces were killed in the incident, according to the broadcaster.';
const S003_TROOPS = 'The US maintains about 2,000 troops in Syria, who mostly work with the over 50,000-strong Syrian Democratic Forces, a mix of Kurdish and Arab fighters who have been the primary US-backed force fighting ISIS in Syria.';
const S003_MEMBER = 'The official said no coalition or USA personnel had been killed or wounded in the engagement but that one member of the SDF sustained injuries.';
const S003_BOMBING = 'An Al-Ikhbariyah TV correspondent said the bombing left "dozens of dead and wounded" and identified the pro-government fighters as "local people".';
const S003_SINCE = 'IS had held most of Deir al-Zour since 2014.';
const S003_TURKEY = "Although Turkey has backed opposition troops since the Syrian conflict began in 2011, Ankara has moved closer to Assad's ally, Moscow.";
const S000_FIELD = 'The Al Omar oil field lies some 10 km (6.21 miles) north of the town of Al Mayadin, which regime forces and their allies took earlier this month.';
const S000_DATE = " date 2017-10-22 US-backed militias said they captured Syria's largest oil field on Sunday, pressing their assault against Daesh in the east of the country.";

describe('proposeFigure: whole seed sentences as claims', () => {
  it.each<[string, string, Figure | null]>([
    ['002', S002_KILLED, figure('at least 100', 'at-least', 100, null, 'killed')],
    ['002', S002_ESTIMATE, figure('more than 100', 'more-than', 101, null, 'killed')],
    // 500 metres counts nothing; 20 to 30 counts rounds, and comes first anyway.
    ['002', S002_STRIKES, figure('20 to 30', 'range', 20, 30, 'rounds')],
    ['002', S002_OBSERVATORY, figure('45', 'exact', 45, 45, 'killed')],
    ['002', S002_OUTPUT, figure('30,000', 'exact', 30_000, 30_000, 'barrels-per-day')],
    ['002', S002_DOZENS, figure('dozens', 'vague', 24, 99, 'killed')],
    ['002', S002_SKIRMISHES, figure('several', 'vague', 3, 9, '')],
    ['002', S002_LINE, figure('eight', 'exact', 8, 8, '')],
    ['003', S003_HEADLINE, figure('at least 100', 'at-least', 100, null, 'killed')],
    ['003', S003_SOME, figure('Some 100', 'about', 90, 110, 'killed')],
    ['003', S003_TROOPS, figure('about 2,000', 'about', 1800, 2200, 'troops')],
    ['003', S003_MEMBER, figure('one', 'exact', 1, 1, 'wounded')],
    ['003', S003_BOMBING, figure('dozens', 'vague', 24, 99, 'killed')],
    ['003', S003_SINCE, null],
    ['003', S003_TURKEY, null],
    ['000', S000_FIELD, figure('some 10', 'about', 9, 11, '')],
    ['000', S000_DATE, null],
  ])('seeds/%s: %j', (_seed, sentence, expected) => {
    expect(proposeFigure(sentence, sentence, DEFAULT_COUNTED_THINGS)).toEqual(expected);
  });
});

describe('proposeFigure: a claim inside its sentence', () => {
  it.each<[string, string, string, Figure | null]>([
    // The claim's own figure, read with the sentence's words around it.
    ['a clause', 'it killed at least 100 pro-regime fighters', S002_KILLED, figure('at least 100', 'at-least', 100, null, 'killed')],
    ['a selection that cuts the qualifier', '100 pro-regime fighters', S002_KILLED, figure('at least 100', 'at-least', 100, null, 'killed')],
    ['the second figure of the sentence', 'the Conoco gas field had a pre-war capacity of 13 million cubic metres a day', S002_OUTPUT, figure('13 million', 'exact', 13_000_000, 13_000_000, '')],
    ['the troops, not the whole force', 'over 50,000-strong Syrian Democratic Forces', S003_TROOPS, figure('over 50,000', 'more-than', 50_001, null, 'troops')],
    ['the 500 metres alone', 'landed within 500 metres', S002_STRIKES, figure('500', 'exact', 500, 500, '')],
    // No figure in the claim: the sentence's, preferring one whose thing is known.
    ['a claim without a number', 'the initial attack took place near Khasham', S002_OBSERVATORY, figure('45', 'exact', 45, 45, 'killed')],
    ['a claim without a number', 'the official said', S002_STRIKES, figure('20 to 30', 'range', 20, 30, 'rounds')],
    ['no number anywhere', 'IS had held most of Deir al-Zour', S003_SINCE, null],
    ['an empty claim', '', S003_SOME, figure('Some 100', 'about', 90, 110, 'killed')],
    // Of several figures in the claim, the first with a counted thing.
    ['several figures', 'within 500 metres, 20 rounds landed', 'within 500 metres, 20 rounds landed', figure('20', 'exact', 20, 20, 'rounds')],
    // A claim whose text is not in the sentence is read alone.
    ['an edited claim', 'at least 90 fighters were killed', S002_KILLED, figure('at least 90', 'at-least', 90, null, 'killed')],
    ['an edited claim without a thing', 'at least 90 of them', S002_KILLED, figure('at least 90', 'at-least', 90, null, '')],
  ])('%s: %j', (_why, claim, sentence, expected) => {
    expect(proposeFigure(claim, sentence, DEFAULT_COUNTED_THINGS)).toEqual(expected);
  });

  it('counts nothing when the project has no counted things', () => {
    expect(proposeFigure(S003_SOME, S003_SOME, [])).toEqual(figure('Some 100', 'about', 90, 110, ''));
  });
});
