import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAnnotation, makeArticle } from '../../../../testing/fixtures';
import { annotate, sampleCorpus } from '../../../../testing/sampleCorpus';
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import { DEFAULT_KINDS, defaultTags } from '../../model/tagSchema';
import { sentenceRanges } from '../../text/sentenceAt';
import type { ProjectSnapshot } from '../projectSnapshot';
import { exportConll } from './exportConll';

function snapshotOf(articles: Article[], annotations: Annotation[], extra: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return { name: 'Test', articles, annotations, links: [], linkTypes: [], entities: [], tags: defaultTags(), kinds: DEFAULT_KINDS.map((k) => ({ ...k })), counted: [], ...extra };
}

const corpus = sampleCorpus();
const sampleArticles = [...corpus.values()].map((a): Article => ({ ...a.summary, ...a.body }));
const entity = (id: string, articleId: string, phrase: string, tag: string, occurrence = 0) => annotate(corpus, id, articleId, phrase, 'entity', { tag }, occurrence);

/** A mention over `phrase` in a made-up article. */
function mention(id: string, article: Article, phrase: string, tag: string): Annotation {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in ${article.id}`);
  return { ...makeAnnotation(id, article.id, 'entity', start, start + phrase.length), tag };
}

/** The lines of the sentence that starts with `first` and `second`, up to its closing blank line. */
function sentenceLines(text: string, first: string, second: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => l === first && lines[i + 1] === second);
  return lines.slice(at, lines.indexOf('', at));
}

describe('exportConll', () => {
  const annotations = [
    entity('m1', '002', 'Bashar al-Assad', 'person'),
    entity('m2', '002', 'Deir Ezzor', 'location'),
    entity('m3', '002', 'Kurdish forces', 'group'),
    // Nested in m5, and crossing m5's end: CoNLL holds neither.
    entity('m4', '002', 'CENTCOM', 'organization'),
    entity('m5', '002', 'US Central Command (CENTCOM)', 'organization'),
    entity('m6', '002', 'Command (CENTCOM), coalition', 'organization'),
    // A claim is no entity mention: it leaves no tag.
    annotate(corpus, 'c1', '002', 'killed at least 100 pro-regime fighters', 'claim'),
  ];
  const result = exportConll(snapshotOf(sampleArticles, annotations));

  it('writes a sentence of the sample project token by token with IOB2 tags', () => {
    const lines = sentenceLines(result.text, 'The _ _ O', 'initial _ _ O');
    expect(lines.slice(0, 4)).toEqual(['The _ _ O', 'initial _ _ O', 'attack _ _ O', 'was _ _ O']);
    expect(lines.slice(lines.indexOf('President _ _ O'))).toEqual([
      'President _ _ O',
      'Bashar _ _ B-Person',
      'al _ _ I-Person',
      '- _ _ I-Person',
      'Assad _ _ I-Person',
      'on _ _ O',
      'key _ _ O',
      'oil _ _ O',
      'and _ _ O',
      'gas _ _ O',
      'installations _ _ O',
      'in _ _ O',
      'parts _ _ O',
      'of _ _ O',
      'Deir _ _ B-Location',
      'Ezzor _ _ I-Location',
      'province _ _ O',
      'controlled _ _ O',
      'by _ _ O',
      'US _ _ O',
      '- _ _ O',
      'backed _ _ O',
      'Kurdish _ _ B-Group',
      'forces _ _ I-Group',
      '. _ _ O',
    ]);
  });

  it('keeps the outermost of nested mentions and the first of crossing ones, counting the rest', () => {
    expect(result).toMatchObject({ mentions: 4, dropped: 2 });
    expect(sentenceLines(result.text, 'According _ _ O', 'to _ _ O').slice(0, 10)).toEqual([
      'According _ _ O',
      'to _ _ O',
      'the _ _ O',
      'US _ _ B-Organization',
      'Central _ _ I-Organization',
      'Command _ _ I-Organization',
      '( _ _ I-Organization',
      'CENTCOM _ _ I-Organization',
      ') _ _ I-Organization',
      ', _ _ O',
    ]);
  });

  it('opens each article with a -DOCSTART- line naming it, then a blank line', () => {
    const lines = result.text.split('\n');
    expect(lines.filter((l) => l.startsWith('-DOCSTART-'))).toEqual(['-DOCSTART- -X- 000 O', '-DOCSTART- -X- 002 O', '-DOCSTART- -X- 003 O']);
    expect(lines[0]).toBe('-DOCSTART- -X- 000 O');
    expect(lines[1]).toBe('');
    expect(result.text.endsWith('. _ _ O\n\n')).toBe(true);
    // Four columns on every line that is not blank: what column readers split on.
    expect(lines.filter((l) => l !== '').every((l) => l.split(' ').length === 4)).toBe(true);
  });

  it('writes a whole small article exactly', () => {
    const article = makeArticle('a1', 'The SDF said 45 died.\n\nقال المرصد السوري 👍🏽 e\u0301te\u0301.');
    const armed = { id: 'armed', label: 'Armed group', kind: 'entity', color: '#000000', key: '', order: 9, attributes: [] };
    const out = exportConll(
      snapshotOf([article], [mention('x', article, 'SDF', 'armed'), mention('y', article, 'المرصد السوري', 'organization')], { tags: [...defaultTags(), armed] }),
    );
    expect(out).toEqual({
      text: [
        '-DOCSTART- -X- a1 O',
        '',
        'The _ _ O',
        'SDF _ _ B-Armed_group',
        'said _ _ O',
        '45 _ _ O',
        'died _ _ O',
        '. _ _ O',
        '',
        'قال _ _ O',
        'المرصد _ _ B-Organization',
        'السوري _ _ I-Organization',
        '👍🏽 _ _ O',
        'e\u0301te\u0301 _ _ O',
        '. _ _ O',
        '',
        '',
      ].join('\n'),
      mentions: 2,
      dropped: 0,
    });
  });

  it.each<[string, string, string, string[]]>([
    ['a mention across a line break keeps its sentences together', 'They reached Deir\nEzzor today.', 'Deir\nEzzor', ['They _ _ O', 'reached _ _ O', 'Deir _ _ B-Location', 'Ezzor _ _ I-Location', 'today _ _ O', '. _ _ O', '', '']],
    ['a mention inside a word takes the whole word', 'The USA-backed force.', 'US', ['The _ _ O', 'USA _ _ B-Location', '- _ _ O', 'backed _ _ O', 'force _ _ O', '. _ _ O', '', '']],
    ['a possessive stays outside the mention', "Syria's army.", 'Syria', ['Syria _ _ B-Location', "'s _ _ O", 'army _ _ O', '. _ _ O', '', '']],
  ])('%s', (_name, text, phrase, expected) => {
    const article = makeArticle('a', text);
    expect(exportConll(snapshotOf([article], [mention('m', article, phrase, 'location')])).text.split('\n').slice(2)).toEqual(expected);
  });

  it('tags each piece of a discontinuous mention, and drops a mention over no token', () => {
    const article = makeArticle('a', 'Rami Abdel Rahman, the head, and Rahman again.');
    const split: Annotation = { ...makeAnnotation('d', 'a', 'entity', 0, 4), tag: 'person', ranges: [{ start: 0, end: 4 }, { start: 11, end: 17 }] };
    const blank: Annotation = { ...makeAnnotation('b', 'a', 'entity', 17, 17), tag: 'person' };
    const out = exportConll(snapshotOf([article], [split, blank]));
    expect(out.text.split('\n').slice(2, 6)).toEqual(['Rami _ _ B-Person', 'Abdel _ _ O', 'Rahman _ _ B-Person', ', _ _ O']);
    expect(out).toMatchObject({ mentions: 1, dropped: 1 });
  });

  it('falls back to the tag id for a tag the project no longer has, and writes an empty article as its -DOCSTART- alone', () => {
    const article = makeArticle('a', 'Daesh said.');
    const empty = makeArticle('e', '');
    expect(exportConll(snapshotOf([article, empty], [mention('m', article, 'Daesh', 'gone tag')])).text).toBe(
      '-DOCSTART- -X- a O\n\nDaesh _ _ B-gone_tag\nsaid _ _ O\n. _ _ O\n\n-DOCSTART- -X- e O\n\n',
    );
  });

  it('writes each sentence whole, tokens intact: emoji, combining marks, Arabic (property)', () => {
    const piece = fc.constantFrom('Deir', 'Ezzor', 'al-Assad', 'e\u0301te\u0301', 'قال', 'المرصد', '٤٥', '👍🏽', '👨‍👩‍👧', '🇸🇾', '45', '1,000', '.', ',', '"', '(', ')', '!', '?');
    const separator = fc.constantFrom(' ', '', '\u00a0', '\n', '\n\n');
    const text = fc.array(fc.tuple(piece, separator), { maxLength: 30 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const { text: conll } = exportConll(snapshotOf([makeArticle('p', t)], []));
        const blocks = conll.split('\n\n').slice(1, -1);
        const words = blocks.map((block) => block.split('\n').map((line) => line.split(' ')[0]).join(''));
        expect(words).toEqual(sentenceRanges(t).map((s) => t.slice(s.start, s.end).replace(/\s/gu, '')));
      }),
      { numRuns: 200 },
    );
  });
});
