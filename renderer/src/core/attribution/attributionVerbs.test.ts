import { describe, it, expect } from 'vitest';
import { ATTRIBUTION_VERBS, PRONOUN_SPEAKERS, VERB_MODIFIERS } from './attributionVerbs';
import { proposeAttribution } from './proposeAttribution';

const claimOf = (sentence: string, claim: string) => {
  const at = sentence.indexOf(claim);
  return { start: at, end: at + claim.length };
};

describe('the attribution word tables', () => {
  it.each([
    ['ATTRIBUTION_VERBS', ATTRIBUTION_VERBS],
    ['VERB_MODIFIERS', VERB_MODIFIERS],
    ['PRONOUN_SPEAKERS', PRONOUN_SPEAKERS],
  ])('%s are lowercase single words without repeats', (_name, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toMatch(/^[a-z]+$/u);
  });
});

describe('every verb of the table attributes', () => {
  it.each(ATTRIBUTION_VERBS.map((v) => [v]))('before the claim: "Syrian state media %s that dozens were killed."', (verb) => {
    const sentence = `Syrian state media ${verb} that dozens were killed.`;
    expect(proposeAttribution(sentence, claimOf(sentence, 'dozens were killed'))).toMatchObject({
      source: 'Syrian state media',
      phrase: `Syrian state media ${verb}`,
    });
  });

  it.each(ATTRIBUTION_VERBS.map((v) => [v]))('after the claim: "Dozens were killed, the broadcaster %s."', (verb) => {
    const sentence = `Dozens were killed, the broadcaster ${verb}.`;
    expect(proposeAttribution(sentence, claimOf(sentence, 'Dozens were killed'))).toMatchObject({
      source: 'the broadcaster',
      phrase: `the broadcaster ${verb}`,
    });
  });

  it.each(ATTRIBUTION_VERBS.map((v) => [v]))('inside quoted words it is the quoted speaker\'s: "\\"We %s dozens died,\\" the official said."', (verb) => {
    const sentence = `"We ${verb} dozens died," the official said.`;
    expect(proposeAttribution(sentence, claimOf(sentence, 'dozens died'))?.source).toBe('the official');
  });
});

describe('modifiers between speaker and verb', () => {
  it.each(VERB_MODIFIERS.map((m) => [m]))('"The Observatory %s said 45 fighters died."', (modifier) => {
    const sentence = `The Observatory ${modifier} said 45 fighters died.`;
    expect(proposeAttribution(sentence, claimOf(sentence, '45 fighters died'))).toMatchObject({
      source: 'The Observatory',
      phrase: `The Observatory ${modifier} said`,
    });
  });
});

describe('pronoun speakers are not proposed', () => {
  it.each(PRONOUN_SPEAKERS.map((p) => [p]))('"45 fighters died, %s said."', (pronoun) => {
    const sentence = `45 fighters died, ${pronoun} said.`;
    expect(proposeAttribution(sentence, claimOf(sentence, '45 fighters died'))).toBeNull();
  });
});
