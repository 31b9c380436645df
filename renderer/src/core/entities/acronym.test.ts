import { describe, it, expect } from 'vitest';
import { acronymOf, acronymShape } from './acronym';

describe('acronymOf', () => {
  it.each<[string, string[]]>([
    ['Syrian Democratic Forces', ['SDF']],
    ['Islamic State of Iraq and Syria', ['ISIS']],
    ['Islamic State of Iraq and the Levant', ['ISIL']],
    ['Islamic State of Iraq and al-Sham', ['ISIAS', 'ISIS']],
    ['United States of America', ['USA']],
    ['Syrian Observatory for Human Rights', ['SOHR']],
    ["Kurdistan Workers' Party", ['KWP']],
    ['Al-Qaeda in the Arabian Peninsula', ['AQAP', 'QAP']],
    ["Hay'at Tahrir al-Sham", ['HTAS', 'HTS']],
    ['Médecins Sans Frontières', ['MSF']],
    ['Islamic State', ['IS']],
    ['Daesh', []],
    ['al-Assad', ['AA']],
    ['', []],
  ])('%s -> %j', (name, acronyms) => {
    expect(acronymOf(name)).toEqual(acronyms);
  });
});

describe('acronymShape', () => {
  it.each([
    ['SDF', 'SDF'],
    ['S.D.F.', 'SDF'],
    [' ISIS ', 'ISIS'],
    ['IS', null],
    ['CENTCOM', null],
    ['Sdf', null],
    ['Homs', null],
    ['S D F', null],
  ])('%s -> %s', (name, shape) => {
    expect(acronymShape(name)).toBe(shape);
  });
});
