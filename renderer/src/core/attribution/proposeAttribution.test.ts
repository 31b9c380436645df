import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { TextRange } from '../model/article';
import { parseSeedManifest, seedContent } from '../import/seedManifest';
import { sentenceRangeAt } from '../text/sentenceAt';
import { proposeAttribution, type ProposedAttribution } from './proposeAttribution';

const seedsDir = new URL('../../../../seeds/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, seedsDir), 'utf8');
const manifest = parseSeedManifest(JSON.parse(read('manifest.json')));

/** The article text the app shows for a seed file: without its metadata header. */
function article(prefix: string): string {
  const entry = manifest.articles.find((a) => a.file.startsWith(prefix));
  if (!entry) throw new Error(`no seed ${prefix}`);
  return seedContent(entry, read(entry.file)).text;
}
const SEEDS: Record<string, string> = { '000': article('000'), '002': article('002'), '003': article('003') };

/** The range of `claim` inside `sentence`, where `sentence` sits in `text`. */
function claimIn(text: string, sentence: string, claim: string): TextRange {
  const at = text.indexOf(sentence);
  const offset = sentence.indexOf(claim);
  if (at < 0 || offset < 0) throw new Error(`"${claim}" / "${sentence}" not found`);
  return { start: at + offset, end: at + offset + claim.length };
}

function expectConsistent(text: string, claim: TextRange, found: ProposedAttribution) {
  expect(text.slice(found.phraseRange.start, found.phraseRange.end)).toBe(found.phrase);
  expect(text.slice(found.sourceRange.start, found.sourceRange.end)).toBe(found.source);
  expect(found.sourceRange.start).toBeGreaterThanOrEqual(found.phraseRange.start);
  expect(found.sourceRange.end).toBeLessThanOrEqual(found.phraseRange.end);
  const sentence = sentenceRangeAt(text, claim);
  expect(found.phraseRange.start).toBeGreaterThanOrEqual(sentence.start);
  expect(found.phraseRange.end).toBeLessThanOrEqual(sentence.end);
}

// [seed, sentence copied exactly from the seed, claim (words of the sentence), source, phrase]
const ATTRIBUTED: [string, string, string, string, string][] = [
  ['002', 'BEIRUT: The US-led coalition said Thursday it killed at least 100 pro-regime fighters to fend off an attack on its allies in eastern Syria, in one its deadliest confrontations yet with forces backing Damascus.',
    'it killed at least 100 pro-regime fighters', 'The US-led coalition', 'The US-led coalition said'],
  ['002', 'According to the US Central Command (CENTCOM), coalition advisers were present in the area that was attacked by pro-government forces in Deir Ezzor province late on Wednesday.',
    'coalition advisers were present in the area', 'the US Central Command (CENTCOM)', 'According to the US Central Command (CENTCOM)'],
  ['002', '"We estimate more than 100 Syrian pro-regime forces were killed while engaging SDF and coalition forces," a US military official said on condition of anonymity.',
    'more than 100 Syrian pro-regime forces were killed', 'a US military official', 'a US military official said on condition of anonymity'],
  ['002', 'The SDF and the coalition targeted the attacking forces with air strikes and shelling after "20 to 30 artillery and tank rounds landed within 500 metres of the SDF headquarters location", the official said.',
    '20 to 30 artillery and tank rounds', 'the official', 'the official said'],
  ['002', 'According to the Syrian Observatory for Human Rights, which only confirmed 45 dead among pro-regime forces, the initial attack took place near Khasham.',
    '45 dead among pro-regime forces', 'the Syrian Observatory for Human Rights', 'According to the Syrian Observatory for Human Rights'],
  ['002', 'According to the Syrian Observatory for Human Rights, which only confirmed 45 dead among pro-regime forces, the initial attack took place near Khasham.',
    'the initial attack took place near Khasham', 'the Syrian Observatory for Human Rights', 'According to the Syrian Observatory for Human Rights'],
  ['002', 'The head of the Britain-based monitoring group, Rami Abdel Rahman, said the aim of the attack appeared to be the capture of a key oil field and a major gas plant in an SDF-held area.',
    'the capture of a key oil field', 'Rami Abdel Rahman', 'The head of the Britain-based monitoring group, Rami Abdel Rahman, said'],
  ['002', 'Syrian state media confirmed that dozens were killed in the clash but appeared to deny the forces were army soldiers, describing the victims as "popular forces".',
    'dozens were killed in the clash', 'Syrian state media', 'Syrian state media confirmed'],
  ['002', 'According to the Observatory, the forces that launched the attack on SDF positions were local tribal fighters loyal to Assad and militia fighting alongside the regime.',
    'local tribal fighters loyal to Assad', 'the Observatory', 'According to the Observatory'],
  ['002', 'CENTCOM said the attack occurred eight kilometres east of the "Euphrates River de-confliction line," referring to a boundary agreed by Russia and the US, with the former\'s area of operations west of the river and the latter´s to its east.',
    'eight kilometres east', 'CENTCOM', 'CENTCOM said'],
  ['003', 'Some 100 pro-regime forces were killed in the incident, according to the broadcaster.',
    'Some 100 pro-regime forces were killed', 'the broadcaster', 'according to the broadcaster'],
  ['003', 'An Al-Ikhbariyah TV correspondent said the bombing left "dozens of dead and wounded" and identified the pro-government fighters as "local people".',
    'dozens of dead and wounded', 'An Al-Ikhbariyah TV correspondent', 'An Al-Ikhbariyah TV correspondent said'],
  ['003', 'The strikes were carried out in self-defence after the pro-Assad troops started firing artillery and tank rounds at the US-backed Syrian Democratic Forces, the United States military claimed.',
    'carried out in self-defence', 'the United States military', 'the United States military claimed'],
  ['003', 'Moscow\'s defense ministry said the USA was more interested in seizing Syrian economic assets rather than driving out the Islamic State Group from its last major stronghold.',
    'more interested in seizing Syrian economic assets', 'Moscow\'s defense ministry', 'Moscow\'s defense ministry said'],
  ['003', 'In a statement issued Thursday, the Russian Foreign Ministry said the United States military presence in Syria "poses a threat to the peace operation and menaces the unity of the country".',
    'poses a threat to the peace operation', 'the Russian Foreign Ministry', 'the Russian Foreign Ministry said'],
  ['003', 'The US, however, has stated that it may remain in Syria indefinitely to counter what it describes as Iranian influence and to secure "post-Assad leadership" for the country.',
    'it may remain in Syria indefinitely', 'The US', 'The US, however, has stated'],
  ['003', 'The official said no coalition or USA personnel had been killed or wounded in the engagement but that one member of the SDF sustained injuries.',
    'no coalition or USA personnel had been killed', 'The official', 'The official said'],
  ['000', 'The Syrian Democratic Forces (SDF) said they took the Al Omar field on the eastern bank of the Euphrates river in the early hours.',
    'they took the Al Omar field', 'The Syrian Democratic Forces (SDF)', 'The Syrian Democratic Forces (SDF) said'],
  ['000', '"Our forces managed to liberate the fields without notable damages," said Lilwa al-Abdallah, spokeswoman for the offensive in Deir Ezzor province.',
    'Our forces managed to liberate the fields without notable damages', 'Lilwa al-Abdallah', 'said Lilwa al-Abdallah'],
  ['000', 'The Syrian Observatory for Human Rights said Daesh militants who had withdrawn from the oil field mounted a counter-attack overnight against regime forces.',
    'mounted a counter-attack overnight', 'The Syrian Observatory for Human Rights', 'The Syrian Observatory for Human Rights said'],
  ['000', 'The militants made some gains around Al Mayadin, the Britain-based monitor said.',
    'made some gains around Al Mayadin', 'the Britain-based monitor', 'the Britain-based monitor said'],
  ['000', 'But a Syrian regime forces source denied this, saying there was no significant attack and fighting raged on at the same pace.',
    'there was no significant attack', 'a Syrian regime forces source', 'a Syrian regime forces source denied'],
  ['000', 'Any attack by the Daesh militants there was a "desperate attempt," the source said.',
    'desperate attempt', 'the source', 'the source said'],
  ['000', 'The regime is “attacking, hitting Daesh positions...and advancing," the source said.',
    'hitting Daesh positions', 'the source', 'the source said'],
];

describe('proposeAttribution: attributed sentences of the seed articles', () => {
  it.each(ATTRIBUTED)('%s: %s [claim: %s]', (seed, sentence, claim, source, phrase) => {
    const text = SEEDS[seed] ?? '';
    const range = claimIn(text, sentence, claim);
    const found = proposeAttribution(text, range);
    expect(found).toMatchObject({ source, phrase });
    if (found) expectConsistent(text, range, found);
  });

  it.each(ATTRIBUTED)('%s, the sentence alone: %s [claim: %s]', (_seed, sentence, claim, source, phrase) => {
    const found = proposeAttribution(sentence, claimIn(sentence, sentence, claim));
    expect(found).toMatchObject({ source, phrase });
  });

  it.each(ATTRIBUTED)('%s, the whole sentence as the claim: %s', (seed, sentence, _claim, source, phrase) => {
    const text = SEEDS[seed] ?? '';
    expect(proposeAttribution(text, claimIn(text, sentence, sentence))).toMatchObject({ source, phrase });
  });
});

// [seed, sentence copied exactly from the seed, claim]: nothing in the sentence says who claims it.
const UNATTRIBUTED: [string, string, string][] = [
  ['003', 'IS had held most of Deir al-Zour since 2014.', 'most of Deir al-Zour'],
  ['003', 'The US maintains about 2,000 troops in Syria, who mostly work with the over 50,000-strong Syrian Democratic Forces, a mix of Kurdish and Arab fighters who have been the primary US-backed force fighting ISIS in Syria.', 'about 2,000 troops'],
  ['003', 'The strikes came after the pro-regime militants initiated an attack against the headquarters of the Syrian Democratic Forces (SDF).', 'initiated an attack'],
  ['003', 'Regime forces were likely attempting to take an oilfield near Khusham.', 'an oilfield near Khusham'],
  ['003', 'What does Syrian media say?', 'Syrian media'],
  ['002', 'The initial attack was carried out by forces loyal to President Bashar al-Assad on key oil and gas installations in parts of Deir Ezzor province controlled by US-backed Kurdish forces.', 'key oil and gas installations'],
  ['002', 'The Omar oil field, one of the biggest in Syria, had a pre-war output of 30,000 barrels per day, while the Conoco gas field had a pre-war capacity of 13 million cubic metres a day.', '30,000 barrels per day'],
  ['002', 'Daesh militants were flushed out of their last strongholds in eastern Syria and over the border in western Iraq late last year.', 'last strongholds'],
  ['000', 'The SDF declared victory over Daesh in their former headquarters in Raqqa city this week.', 'victory over Daesh'],
  ['000', 'The SDF, which is largely composed of YPG militants, has focused on territory east of the river, which bisects the oil-rich province.', 'largely composed of YPG militants'],
  ['000', 'The Al Omar oil field lies some 10 km (6.21 miles) north of the town of Al Mayadin, which regime forces and their allies took earlier this month.', 'some 10 km (6.21 miles)'],
];

describe('proposeAttribution: sentences of the seed articles that attribute nothing', () => {
  it.each(UNATTRIBUTED)('%s: %s', (seed, sentence, claim) => {
    const text = SEEDS[seed] ?? '';
    expect(proposeAttribution(text, claimIn(text, sentence, claim))).toBeNull();
  });
});

// Pronoun speakers are not proposed (see proposeAttribution): these seed sentences give null.
const PRONOUN_ONLY: [string, string, string][] = [
  ['000', 'Daesh militants were holed up in buildings in a nearby district, where the SDF was trying to hunt them down, she said.', 'holed up in buildings'],
  ['002', '"The coalition conducted strikes against attacking forces to repel the act of aggression" against its own personnel and the Kurdish-led Syrian Democratic Forces (SDF) hosting them, it said.', 'The coalition conducted strikes'],
  ['003', 'It added that the coalition then "conducted strikes against attacking forces to repel the act of aggression against partners engaged in the Global Coalition\'s defeat-ISIS mission".', 'conducted strikes against attacking forces'],
];

describe('proposeAttribution: pronoun speakers', () => {
  it.each(PRONOUN_ONLY)('%s: %s', (seed, sentence, claim) => {
    const text = SEEDS[seed] ?? '';
    expect(proposeAttribution(text, claimIn(text, sentence, claim))).toBeNull();
  });
});

// Patterns the seeds do not show, in their style: [sentence, claim, source or null, phrase].
const CONSTRUCTED: [string, string, string | null, string][] = [
  ['An official told AFP on Thursday that 20 fighters were killed.', '20 fighters were killed', 'An official', 'An official told AFP'],
  ['Ten fighters died, a US official told reporters.', 'Ten fighters died', 'a US official', 'a US official told reporters'],
  ['Twenty fighters were killed, said the official.', 'Twenty fighters were killed', 'the official', 'said the official'],
  ['Israeli media, citing army officials, put the toll at 12.', 'the toll at 12', 'Israeli media', 'Israeli media, citing army officials'],
  ['SANA, citing a military source, said 20 soldiers were killed.', '20 soldiers were killed', 'SANA', 'SANA, citing a military source, said'],
  ['Twenty soldiers were killed, state TV reported, citing a military source.', 'Twenty soldiers were killed', 'state TV', 'state TV reported, citing a military source'],
  ['Activists say 20 fighters were killed.', '20 fighters were killed', 'Activists', 'Activists say'],
  ['The death toll is 10, the ministry said in a statement.', 'The death toll is 10', 'the ministry', 'the ministry said in a statement'],
  ['The U.S. military said on Thursday that 20 fighters were killed.', '20 fighters were killed', 'The U.S. military', 'The U.S. military said'],
  ['Twenty fighters were killed, according to officials in the U.S.', 'Twenty fighters were killed', 'officials in the U.S.', 'according to officials in the U.S.'],
  ['Mr. Smith said 10 fighters died.', '10 fighters died', 'Mr. Smith', 'Mr. Smith said'],
  ['The minister, who was speaking in Geneva, said 10 fighters died.', '10 fighters died', 'The minister', 'The minister, who was speaking in Geneva, said'],
  ['Ten died, a spokesman for the coalition, Col. Ryan Dillon, said.', 'Ten died', 'Col. Ryan Dillon', 'a spokesman for the coalition, Col. Ryan Dillon, said'],
  ['Ten died, said Col. Ryan Dillon, a spokesman for the coalition.', 'Ten died', 'Col. Ryan Dillon', 'said Col. Ryan Dillon'],
  ['Officials who spoke to AFP said 10 fighters died.', '10 fighters died', 'Officials', 'Officials who spoke to AFP said'],
  ['The forces that launched the attack said 10 fighters died.', '10 fighters died', 'The forces', 'The forces that launched the attack said'],
  ['It added that the ministry confirmed 10 fighters died.', '10 fighters died', 'the ministry', 'the ministry confirmed'],
  ['The strikes came after the ministry said 10 fighters died.', '10 fighters died', 'the ministry', 'the ministry said'],
  ['"We won. We will go on," the coach said.', 'We will go on', 'the coach', 'the coach said'],
  ['The ministry could not confirm the toll.', 'the toll', null, ''],
  ['The claims were denied.', 'The claims', null, ''],
  ['"We lost 20 men," said he.', '20 men', null, ''],
  ['Ten fighters died, according to it.', 'Ten fighters died', null, ''],
];

describe('proposeAttribution: patterns beyond the seeds', () => {
  it.each(CONSTRUCTED)('%s [claim: %s]', (sentence, claim, source, phrase) => {
    const range = claimIn(sentence, sentence, claim);
    const found = proposeAttribution(sentence, range);
    if (source === null) {
      expect(found).toBeNull();
    } else {
      expect(found).toMatchObject({ source, phrase });
      if (found) expectConsistent(sentence, range, found);
    }
  });
});

describe('proposeAttribution: choosing among speakers', () => {
  const two = 'The ministry said 10 fighters died, while the Observatory said 45 fighters died.';

  it.each([
    ['10 fighters died', 'The ministry'],
    ['45 fighters died', 'the Observatory'],
  ])('takes the speaker nearest the claim "%s"', (claim, source) => {
    expect(proposeAttribution(two, claimIn(two, two, claim))?.source).toBe(source);
  });

  it('reads a claim that spans two sentences in both', () => {
    const text = SEEDS['000'] ?? '';
    const claim = claimIn(text, 'against regime forces. The militants made some gains', 'regime forces. The militants made some gains');
    expect(proposeAttribution(text, claim)?.source).toBe('the Britain-based monitor');
  });

  it('does not read the previous sentence when the claim is in one without a speaker', () => {
    const text = SEEDS['000'] ?? '';
    const sentence = 'SDF fighters would now move to the frontlines in Deir Ezzor, speeding up the battle in eastern Syria.';
    expect(proposeAttribution(text, claimIn(text, sentence, 'move to the frontlines'))).toBeNull();
  });

  it('treats a backwards claim like the forward one', () => {
    const text = SEEDS['003'] ?? '';
    const forward = claimIn(text, 'Some 100 pro-regime forces were killed', 'Some 100');
    expect(proposeAttribution(text, { start: forward.end, end: forward.start })).toEqual(proposeAttribution(text, forward));
  });

  it('gives null for empty text', () => {
    expect(proposeAttribution('', { start: 0, end: 0 })).toBeNull();
  });
});
