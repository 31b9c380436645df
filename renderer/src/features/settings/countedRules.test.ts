import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTED_THINGS } from '../../core/model/figure';
import { refuseCounted, refuseTerms, termsFromText, termsText } from './countedRules';

const things = DEFAULT_COUNTED_THINGS.map((c) => ({ ...c, terms: [...c.terms] }));

describe('counted things', () => {
  it('refuses an empty, long or taken name, whatever its case', () => {
    expect(refuseCounted('  ', things)).toBe('A counted thing needs a name.');
    expect(refuseCounted('x'.repeat(41), things)).toBe('A counted thing’s name can have at most 40 characters.');
    expect(refuseCounted(' wounded ', things)).toBe('There is already a counted thing named “Wounded”.');
    expect(refuseCounted('Displaced', things)).toBeNull();
  });

  it('reads the words between commas, trimmed, each once', () => {
    expect(termsFromText(' killed,dead ,, Dead,  death   toll ')).toEqual(['killed', 'dead', 'death toll']);
    expect(termsFromText('')).toEqual([]);
    expect(termsText(['killed', 'dead'])).toBe('killed, dead');
  });

  it('refuses a word that already proposes another thing', () => {
    expect(refuseTerms(['slain', 'Casualties'], things)).toBe('“Casualties” already proposes Wounded; remove it there first.');
    expect(refuseTerms(['slain'], things)).toBeNull();
  });
});
