import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Entity } from '../model/entity';
import { matchEntities, type MatchHow } from './matchEntities';
import { compareNames, prepareName } from './sameName';

function entity(id: string, name: string, aliases: string[] = [], type = 'organization'): Entity {
  return { id, name, type, aliases, createdAt: '', updatedAt: '' };
}

const entities: Entity[] = [
  entity('is', 'Islamic State', ['Daesh', 'IS', 'ISIS', 'ISIL']),
  entity('deir', 'Deir Ezzor', [], 'place'),
  entity('sdf', 'Syrian Democratic Forces', ['SDF']),
  entity('us', 'United States', ['US', 'USA'], 'country'),
  entity('assad', 'Bashar al-Assad', ['Assad'], 'person'),
  entity('syria', 'Syria', [], 'country'),
  entity('iraq', 'Iraq', [], 'country'),
  entity('iran', 'Iran', [], 'country'),
  entity('russia', 'Russia', [], 'country'),
  entity('raqqa', 'Raqqa', ['Ar-Raqqa'], 'place'),
  entity('omar', 'Al Omar oil field', ['Omar oil field', 'Al Omar field'], 'place'),
  entity('mayadin', 'Al Mayadin', [], 'place'),
];

const summary = (mention: string, limit?: number) => matchEntities(mention, entities, limit).map((m) => `${m.entity.id}:${m.how}:${m.matched}`);

describe('matchEntities', () => {
  it.each<[string, string[]]>([
    ['Daesh', ['is:exact:Daesh']],
    ['DAESH', ['is:exact:Daesh']],
    ['ISIS', ['is:exact:ISIS']],
    ['IS', ['is:exact:IS']],
    ['Islamic State of Iraq and Syria', ['is:fuzzy:ISIS']],
    ['Deir Ezzor', ['deir:exact:Deir Ezzor']],
    ['Deir ez-Zor', ['deir:variant:Deir Ezzor']],
    ['Deir al-Zour', ['deir:fuzzy:Deir Ezzor']],
    ['Dayr az-Zawr', ['deir:fuzzy:Deir Ezzor']],
    ['SDF', ['sdf:exact:SDF']],
    ['S.D.F.', ['sdf:variant:SDF']],
    ['Syrian Democratic Forces', ['sdf:exact:Syrian Democratic Forces']],
    ['US', ['us:exact:US']],
    ['USA', ['us:exact:USA']],
    ['U.S.', ['us:variant:US']],
    ['the United States', ['us:variant:United States']],
    ['Assad', ['assad:exact:Assad']],
    ['al-Assad', ['assad:variant:Assad']],
    ['Bashar Al Assad', ['assad:variant:Bashar al-Assad']],
    ['Bashar al-Asad', ['assad:fuzzy:Bashar al-Assad']],
    ['Syria', ['syria:exact:Syria', 'sdf:prefix:Syrian Democratic Forces']],
    ['Syrian', ['sdf:prefix:Syrian Democratic Forces']],
    ['Iran', ['iran:exact:Iran']],
    ['Iraq', ['iraq:exact:Iraq']],
    ['Russian', ['russia:fuzzy:Russia']],
    ['Raqqah', ['raqqa:fuzzy:Raqqa']],
    ['Ar Raqqa', ['raqqa:variant:Raqqa']],
    ['Omar oil field', ['omar:exact:Omar oil field']],
    ['Al-Omar oil field', ['omar:variant:Al Omar oil field']],
    ['Al Omar field', ['omar:exact:Al Omar field']],
    ['Al Omar', ['omar:prefix:Al Omar oil field']],
    ['Mayadeen', ['mayadin:fuzzy:Al Mayadin']],
    // Type-ahead: the start of a name or of any of its words.
    ['sy', ['syria:prefix:Syria', 'sdf:prefix:Syrian Democratic Forces']],
    ['dem', ['sdf:prefix:Syrian Democratic Forces']],
    ['Deir E', ['deir:prefix:Deir Ezzor']],
    ['ira', ['iran:prefix:Iran', 'iraq:prefix:Iraq']],
    ['isl', ['is:prefix:Islamic State']],
    ['Is', ['is:exact:IS']],
    ['uni', ['us:prefix:United States']],
    // Nothing to offer.
    ['Prussia', []],
    ['Serbia', []],
    ['Iraqi', []],
    ['Asad', []],
    ['Islamic State Group', []],
    ['i', []],
    ['', []],
    ['   ', []],
  ])('%s -> %j', (mention, expected) => {
    expect(summary(mention)).toEqual(expected);
  });

  it('ranks exact, variant, fuzzy, prefix, and by name within a level', () => {
    const mosul = [
      entity('dam', 'Mosul Dam'),
      entity('univ', 'Mosul University'),
      entity('typo', 'Mossul'),
      entity('variant', 'al-Mosul'),
      entity('exact', 'Mosul'),
      entity('lake', 'Lake Mosul'),
    ];
    expect(matchEntities('Mosul', mosul).map((m) => [m.entity.id, m.how])).toEqual([
      ['exact', 'exact'],
      ['variant', 'variant'],
      ['typo', 'fuzzy'],
      ['lake', 'prefix'],
      ['dam', 'prefix'],
      ['univ', 'prefix'],
    ]);
  });

  it('lists an entity once, under its best name', () => {
    const one = [entity('x', 'Mosul Dam', ['Mossul', 'Mosul', 'al-Mosul'])];
    expect(matchEntities('Mosul', one)).toEqual([{ entity: one[0], matched: 'Mosul', how: 'exact' }]);
  });

  it('prefers the name to an alias that matches as well', () => {
    const one = [entity('x', 'Raqqa', ['raqqa', 'Ar-Raqqa'])];
    expect(summary('RAQQA')).toEqual(['raqqa:exact:Raqqa']);
    expect(matchEntities('RAQQA', one)[0]?.matched).toBe('Raqqa');
  });

  it('keeps to the limit', () => {
    expect(summary('sy', 1)).toEqual(['syria:prefix:Syria']);
    expect(summary('Syria', 0)).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => entity(`e${i}`, `Deir ${String(i).padStart(2, '0')}`));
    expect(matchEntities('deir', many).map((m) => m.entity.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  });

  // The screen that sets most names aside unread must never set aside one that matches.
  it('agrees with comparing the mention with every name', () => {
    const piece = fc.constantFrom(
      'al-', 'Al ', 'ez-', 'Ezzor', 'eshsham', 'azz', 'The ', 'the ', '’s', "'", '.', '-', ' ', 'Deir', 'Zor', 'Zour', 'Assad',
      'SDF', 'S', 'D', 'F', 'İ', 'ß', 'é', 'e\u0301', 'ou', 'q', 'k', 'ph', 'P h', 'f', 'dj', 'j', 'h', 'y', 'w', 'Syrian',
      'Democratic', 'Forces', 'of', 'Mosul', 'ss', 'Qamishli', 'Kamishly', '1',
    );
    const name = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    const rank: Record<MatchHow, number> = { exact: 0, variant: 1, fuzzy: 2, prefix: 3 };
    fc.assert(
      fc.property(name, fc.array(name, { minLength: 1, maxLength: 6 }), (mention, names) => {
        const listed = matchEntities(mention, [entity('x', names[0] as string, names.slice(1))])[0];
        const m = prepareName(mention);
        const levels = names.map((n) => {
          const c = prepareName(n);
          return m === null || c === null ? null : compareNames(m, c);
        });
        const best = levels.reduce<MatchHow | null>((b, l) => (l !== null && (b === null || rank[l] < rank[b]) ? l : b), null);
        const startsAWord = (typed: string, text: string) =>
          typed.replace(/ /g, '').length >= 2 && (text.startsWith(typed) || text.includes(` ${typed}`));
        const prefix = names.some((n) => {
          const c = prepareName(n);
          return m !== null && c !== null && (startsAWord(m.key, c.key) || startsAWord(m.fold, c.fold));
        });
        expect(listed?.how).toBe(best ?? (prefix ? 'prefix' : undefined));
      }),
      { numRuns: 3000 },
    );
  });
});
