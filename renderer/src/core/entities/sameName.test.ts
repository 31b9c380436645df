import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { nameKey } from './nameKey';
import { sameName, type NameLevel } from './sameName';

type Level = NameLevel | null;

// Each spelling with the key class it falls in: same class is 'variant' (or 'exact' if only the case differs), another
// class is 'fuzzy' through the skeleton "darzar".
const deirEzzor: [string, string][] = [
  ['Deir Ezzor', 'zor'],
  ['DEIR EZZOR', 'zor'],
  ['Deir Ez-Zor', 'zor'],
  ['Deir ez-Zor', 'zor'],
  ['Deir al-Zor', 'zor'],
  ['Deir al-Zour', 'zour'],
  ['Deir el-Zour', 'zour'],
  ['Deir Ezzour', 'zour'],
  ['Dayr az-Zawr', 'zawr'],
];
const deirEzzorPairs = deirEzzor.flatMap(([a, ka], i) =>
  deirEzzor.slice(i + 1).map(([b, kb]): [string, string, Level] => [a, b, a.toLowerCase() === b.toLowerCase() ? 'exact' : ka === kb ? 'variant' : 'fuzzy']),
);

describe('sameName', () => {
  it.each(deirEzzorPairs)('joins the Deir Ezzor spellings: %s / %s -> %s', (a, b, level) => {
    expect(sameName(a, b)).toBe(level);
    expect(sameName(b, a)).toBe(level);
  });

  it.each<[string, string, Level]>([
    ['Daesh', 'DAESH', 'exact'],
    ['  Daesh ', 'daesh', 'exact'],
    ['Al Omar', 'Omar', 'variant'],
    ['Al Omar field', 'Omar field', 'variant'],
    ['al-Assad', 'Assad', 'variant'],
    ['Bashar al-Assad', 'Bashar Al Assad', 'variant'],
    ['Ar-Raqqa', 'Raqqa', 'variant'],
    ['Ar Raqqa', 'Ar-Raqqa', 'variant'],
    ['YPG’s', 'YPG', 'variant'],
    ["YPG's", 'YPG’s', 'variant'],
    ['The Pentagon', 'Pentagon', 'variant'],
    ['Zürich', 'Zurich', 'variant'],
    ['U.S.', 'US', 'variant'],
    ["Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Sham', 'variant'],
    ['Khasham', 'Khusham', 'fuzzy'],
    ['Mosul', 'Mossul', 'fuzzy'],
    ['Raqqa', 'Raqqah', 'fuzzy'],
    ['Ar-Raqqa', 'Raqqah', 'fuzzy'],
    ['Al Mayadin', 'Mayadeen', 'fuzzy'],
    ['Qamishli', 'Qamishly', 'fuzzy'],
    ['Qamishli', 'Kamishli', 'fuzzy'],
    ['Idlib', 'Edlib', 'fuzzy'],
    ['Daesh', 'Daish', 'fuzzy'],
    ['Daesh', 'Deash', 'fuzzy'],
    ['Hezbollah', 'Hizballah', 'fuzzy'],
    ['Bashar al-Assad', 'Bashar al-Asad', 'fuzzy'],
    ['Abu Kamal', 'Abukamal', 'fuzzy'],
    ['Zürich', 'Zuerich', 'fuzzy'],
    ['Syrian Democratic Forces', 'Syrian Democratic Force', 'fuzzy'],
    ['Syrian Observatory for Human Rights', 'Syrian Observatory of Human Rights', 'fuzzy'],
    // Acronyms of names of three words or more.
    ['SDF', 'Syrian Democratic Forces', 'fuzzy'],
    ['ISIS', 'Islamic State of Iraq and Syria', 'fuzzy'],
    ['ISIL', 'Islamic State of Iraq and the Levant', 'fuzzy'],
    ['S.D.F.', 'Syrian Democratic Forces', 'fuzzy'],
    ['HTS', "Hay'at Tahrir al-Sham", 'fuzzy'],
  ])('%s / %s -> %s', (a, b, level) => {
    expect(sameName(a, b)).toBe(level);
    expect(sameName(b, a)).toBe(level);
  });

  it.each<[string, string, string]>([
    ['IS', 'US', 'two letters: below the five-letter minimum for fuzziness'],
    ['Iran', 'Iraq', 'four letters'],
    ['Oman', 'Amman', 'four letters on one side'],
    ['Omar', 'Amara', 'four letters on one side'],
    ['Assad', 'Asad', 'four letters on one side; only the full name "Bashar al-Asad" is long enough'],
    ['Aleppo', 'Alep', 'four letters on one side; the French name needs an alias'],
    ['Omar', 'Umar', 'four letters'],
    ['Syria', 'Serbia', 'five letters: skeleton only, and "sara" is not "sarba"'],
    ['Hamas', 'Hamad', 'five letters: skeleton only, and one edit is not enough'],
    ['Amman', 'Ammar', 'five letters: skeleton only'],
    ['Syria', 'Syrian', 'five letters: the adjective is one edit away but the skeletons differ'],
    ['Russia', 'Prussia', 'a different first sound'],
    ['Ankara', 'Akkar', 'two edits at five letters'],
    ['Austria', 'Australia', 'two edits at seven letters'],
    ['Austrian', 'Australian', 'two edits at eight letters'],
    ['Slovakia', 'Slovenia', 'two edits at eight letters'],
    ['Daraa', 'Darayya', 'a y between vowels is a consonant'],
    ['Iraq', 'Iraqi', 'four letters'],
    ['SDF', 'SDP', 'three letters, and no acronym of either'],
    ['ISIS', 'Islamic State', 'an acronym must spell every word'],
    ['ISIS', 'Islamic State Group', 'an acronym must spell every word'],
    ['US', 'United States', 'two-letter acronyms stand for too much'],
    ['sdf', 'Syrian Democratic Forces', 'an acronym is written in capitals'],
    ['Islamic State', 'Islamic State Group', 'one name does not contain another'],
    ['Deir Ezzor', 'Deir Hafer', 'a shared first word'],
    ['', '', 'blank'],
    ['  ', 'Daesh', 'blank'],
    ['—', '…', 'no letters'],
  ])('%s / %s -> null: %s', (a, b) => {
    expect(sameName(a, b)).toBeNull();
    expect(sameName(b, a)).toBeNull();
  });

  it.each<[string, string, Level, string]>([
    ['Mosul', 'Mosel', 'fuzzy', 'vowels are one letter to the skeleton, so a German river looks like an Iraqi city'],
    ['Russia', 'Russian', 'fuzzy', 'an adjective one edit from its country is offered'],
    ['El Salvador', 'Salvador', 'variant', '"el" is dropped wherever it stands'],
  ])('%s / %s -> %s, an accepted cost: %s', (a, b, level) => {
    expect(sameName(a, b)).toBe(level);
  });

  const piece = fc.constantFrom('al-', 'Al ', 'ez-', 'Ezzor', 'The ', '’s', '.', '-', ' ', 'Deir', 'Zor', 'Zour', 'Assad', 'SDF', 'İ', 'ß', 'é', 'ou', 'q', 'h', 'y', 'Syrian', 'Democratic', 'Forces', 'of');
  const name = fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.string(), fc.string({ unit: 'binary' }));

  it('is symmetric', () => {
    fc.assert(fc.property(name, name, (a, b) => sameName(a, b) === sameName(b, a)), { numRuns: 2000 });
  });

  it('finds any non-blank string exactly the same as itself, and a blank one the same as nothing', () => {
    fc.assert(fc.property(name, (s) => sameName(s, s) === (s.trim() === '' ? null : 'exact')), { numRuns: 2000 });
  });

  it('finds a name the same name as its key', () => {
    fc.assert(
      fc.property(name, (s) => {
        const key = nameKey(s);
        expect(sameName(s, key)).toBe(key === '' ? null : s.trim().toLowerCase() === key ? 'exact' : 'variant');
      }),
      { numRuns: 1000 },
    );
  });
});
