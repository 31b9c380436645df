import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTags } from '../../model/tagSchema';
import { placeText, type FileMap, type ImportProblem } from '../projectSnapshot';
import { importBrat } from './importBrat';

const TXT = 'Sony bought Columbia Pictures.\nIt paid 3.4 billion dollars.\n';
const full = (p: ImportProblem) => `${placeText(p)}: ${p.message}`;

function run(files: Record<string, string | Uint8Array>) {
  let n = 0;
  return importBrat(new Map(Object.entries(files)), { tags: defaultTags(), newId: (p) => `${p}${++n}`, now: '2026-01-01T00:00:00.000Z' });
}
const withAnn = (...lines: string[]) => run({ 'doc.txt': TXT, 'doc.ann': lines.join('\n') });

describe('importBrat: what each malformed input says', () => {
  it.each([
    ['a bad ID', ['T-1\tOrganization 0 4\tSony'], 'doc.ann, line 1: “T-1” is not a brat ID (letters or #, then a number: T1, R2, #3); the pair was skipped'],
    ['an ID of no kind brat knows', ['X1\tOrganization 0 4\tSony'], 'doc.ann, line 1: “X1” is not a kind of annotation brat knows (the ID starts with T, R, E, A, M, N, # or *); the pair was skipped'],
    ['a duplicate ID', ['T1\tOrganization 0 4\tSony', 'T1\tOrganization 12 20\tColumbia'], 'doc.ann, line 2: the ID T1 is used twice (first on line 1); the pair was skipped'],
    ['an offset past the end', ['T1\tOrganization 0 4\tSony', 'T2\tQuantity 50 90\tdollars'], 'doc.ann, line 2: offset 90 is past the end of the text (60 characters); the pair was skipped'],
    ['a negative offset', ['T1\tOrganization -1 4\tSony'], 'doc.ann, line 1: offset -1 is before the start of the text; the pair was skipped'],
    ['an end before the start', ['T1\tOrganization 4 0\tSony'], 'doc.ann, line 1: the fragment 4 0 ends before it starts; the pair was skipped'],
    ['overlapping fragments', ['T1\tOrganization 0 11;5 20\tSony bought bought Columbia'], 'doc.ann, line 1: the fragments 0 11 and 5 20 overlap; the pair was skipped'],
    ['a TAIL that is not the text', ['T1\tOrganization 0 4\tSnoy'], 'doc.ann, line 1: T1\'s text “Snoy” does not match the text at 0 4, “Sony”; the pair was skipped'],
    ['a TAIL longer than the text without a space', ['T1\tOrganization 0 4\tSonya'], 'doc.ann, line 1: T1\'s text “Sonya” does not match the text at 0 4, “Sony”; the pair was skipped'],
    ['a space instead of the tab before the TAIL', ['T1\tOrganization 0 4 Sony'], 'doc.ann, line 1: “0 4 Sony” is not START END (a space instead of a tab before the text?); the pair was skipped'],
    ['a space instead of the tab after the ID', ['T1 Organization 0 4\tSony'], 'doc.ann, line 1: the ID “T1 Organization 0 4” has a space in it (a space instead of a tab after “T1”?); the pair was skipped'],
    ['spaces instead of every tab', ['T1 Organization 0 4 Sony'], 'doc.ann, line 1: there is no tab after “T1” (a space instead of a tab?); the pair was skipped'],
    ['offsets that are not numbers', ['T1\tOrganization zero 4\tSony'], 'doc.ann, line 1: “zero 4” is not START END; the pair was skipped'],
    ['a relation with one argument', ['T1\tOrganization 0 4\tSony', 'R1\tOwns Arg1:T1'], 'doc.ann, line 2: a relation needs exactly two arguments (Arg1:T1 Arg2:T2), not 1; the pair was skipped'],
    ['a relation with two roles alike', ['T1\tOrganization 0 4\tSony', 'T2\tOrganization 12 20\tColumbia', 'R1\tOwns Arg1:T1 Arg1:T2'], 'doc.ann, line 3: the two arguments of a relation need different roles (both are Arg1); the pair was skipped'],
    ['a relation argument without a role', ['T1\tOrganization 0 4\tSony', 'R1\tOwns T1 Arg2:T1'], 'doc.ann, line 2: “T1” is not ROLE:ID; the pair was skipped'],
    ['a relation to a missing ID', ['T1\tOrganization 0 4\tSony', 'R1\tOwns Arg1:T1 Arg2:T9'], 'doc.ann, line 2: R1 refers to T9, which is not in the file; the pair was skipped'],
    ['a relation to an attribute', ['T1\tOrganization 0 4\tSony', 'A1\tBig T1', 'R1\tOwns Arg1:T1 Arg2:A1'], 'doc.ann, line 3: R1 refers to A1, which is not a text-bound annotation or an event; the pair was skipped'],
    ['an attribute on a missing ID', ['T1\tOrganization 0 4\tSony', 'A1\tNegation T9'], 'doc.ann, line 2: A1 refers to T9, which is not in the file; the pair was skipped'],
    ['a normalization without DB:ENTRY', ['T1\tOrganization 0 4\tSony', 'N1\tReference T1 534366\tSony'], 'doc.ann, line 2: a normalization needs a type, a target and DB:ENTRY (Reference T1 Wikipedia:534366), not “Reference T1 534366”; the pair was skipped'],
    ['a note on a missing ID', ['#1\tAnnotatorNotes T3\tcheck'], 'doc.ann, line 1: #1 refers to T3, which is not in the file; the pair was skipped'],
    ['a note without a target', ['#1\tAnnotatorNotes\tcheck'], 'doc.ann, line 1: a note needs a type and a target (AnnotatorNotes T1), not “AnnotatorNotes”; the pair was skipped'],
    ['an event without a trigger', ['T1\tOrganization 0 4\tSony', 'E1\tBuy Buyer:T1'], 'doc.ann, line 2: an event starts with its type and trigger (TYPE:T1), not “Buy”; the pair was skipped'],
    ['an event whose trigger is of another type', ['T1\tOrganization 0 4\tSony', 'T2\tBuy 5 11\tbought', 'E1\tSell:T2 Buyer:T1'], 'doc.ann, line 3: E1 is a Sell event, but its trigger T2 is a Buy; the pair was skipped'],
    ['an equivalence with a missing member', ['T1\tOrganization 0 4\tSony', '*\tEquiv T1 T7'], 'doc.ann, line 2: the Equiv equivalence refers to T7, which is not in the file; the pair was skipped'],
    ['an attribute without a target', ['A1\tNegation'], 'doc.ann, line 1: an attribute needs a name and a target (NAME T1 [VALUE]), not “Negation”; the pair was skipped'],
  ])('%s', (_name, lines, message) => {
    const result = withAnn(...lines);
    expect(result.report.errors.map(full)).toEqual([message]);
    // Nothing of the pair is imported, not even its text.
    expect(result.articles).toEqual([]);
    expect(result.annotations).toEqual([]);
  });

  it('names the .ann that has no .txt', () => {
    expect(run({ 'lonely.ann': 'T1\tPerson 0 4\tSony' }).report.errors.map(full)).toEqual(['lonely.ann: there is no lonely.txt beside it; the file was skipped']);
  });

  it('names a file that is not UTF-8, and where', () => {
    const result = run({ 'doc.txt': new Uint8Array([0x53, 0x6f, 0xff, 0x79]), 'doc.ann': '' });
    expect(result.report.errors.map(full)).toEqual(['doc.txt: is not UTF-8 (byte 0xFF at offset 2); the pair was skipped']);
    const ann = run({ 'doc.txt': TXT, 'doc.ann': new Uint8Array([0x54, 0x31, 0x09, 0xc3, 0x28]) });
    expect(ann.report.errors.map(full)).toEqual(['doc.ann: is not UTF-8 (byte 0x28 at offset 4); the pair was skipped']);
  });

  it('reports every error of a pair, and imports the other pairs whole', () => {
    const result = run({ 'bad.txt': TXT, 'bad.ann': 'T1\tOrganization 0 4\tSnoy\nT2\tOrganization 0 99\tx', 'good.txt': TXT, 'good.ann': 'T1\tOrganization 0 4\tSony' });
    expect(result.report.errors.map((e) => e.line)).toEqual([1, 2]);
    expect(result.articles.map((a) => a.fileName)).toEqual(['good.txt']);
    expect(result.annotations).toHaveLength(1);
  });
});

describe('importBrat: what it accepts with a warning', () => {
  it.each([
    ['a missing TAIL, filled from the text', ['T1\tOrganization 0 4'], 'doc.ann, line 1: T1 has no text after its offsets; it was filled from the document (“Sony”)'],
    ['an empty TAIL', ['T1\tOrganization 0 4\t'], 'doc.ann, line 1: T1 has no text after its offsets; it was filled from the document (“Sony”)'],
    ['fragments joined without a space (before brat 1.3)', ['T1\tOrganization 0 4;12 20\tSonyColumbia'], "doc.ann, line 1: T1's text joins its fragments without a space (written before brat 1.3); read as “Sony Columbia”"],
    ['more text after the TAIL', ['T1\tOrganization 0 4\tSony Corp.'], "doc.ann, line 1: T1's text goes on after the covered text (“Corp.”); that was ignored"],
  ])('%s', (_name, lines, message) => {
    const result = withAnn(...lines);
    expect(result.report.errors).toEqual([]);
    expect(result.report.warnings.map(full)).toEqual([message]);
    expect(result.annotations[0]?.quotes[0]?.exact).toBe('Sony');
  });

  it('warns once a file about each type annotation.conf does not declare', () => {
    const result = run({
      'annotation.conf': '[entities]\nOrganization\n[relations]\n[events]\n[attributes]\n',
      'doc.txt': TXT,
      'doc.ann': 'T1\tOrganization 0 4\tSony\nT2\tStudio 12 29\tColumbia Pictures\nT3\tStudio 12 20\tColumbia\nR1\tOwns Arg1:T1 Arg2:T2\nA1\tBig T1',
    });
    expect(result.report.warnings.map(full).filter((w) => w.includes('annotation.conf'))).toEqual([
      'doc.ann, line 2: the type Studio is not declared in annotation.conf; it was imported anyway',
      'doc.ann, line 4: the relation type Owns is not declared in annotation.conf; it was imported anyway',
      'doc.ann, line 5: the attribute Big is not declared in annotation.conf; it was imported anyway',
    ]);
    expect(result.annotations).toHaveLength(3);
  });

  it('skips an attribute on a relation (brat does not allow it, a link cannot hold it) and imports the rest', () => {
    const result = withAnn('T1\tOrganization 0 4\tSony', 'T2\tOrganization 12 20\tColumbia', 'R1\tOwns Arg1:T1 Arg2:T2', 'A1\tStatus R1 confirmed');
    expect(result.report.skipped.map(full)).toEqual(['doc.ann, line 4: A1 is an attribute of the relation R1, which brat does not allow and links cannot hold; it was skipped']);
    expect(result.links).toHaveLength(1);
  });
});

describe('importBrat: documents', () => {
  it('imports a .txt without .ann as an article with no annotations', () => {
    const result = run({ 'texts/only.txt': TXT });
    expect(result.report.errors).toEqual([]);
    expect(result.articles).toMatchObject([{ fileName: 'texts/only.txt', format: 'brat', text: TXT, title: 'Sony bought Columbia Pictures.' }]);
    expect(result.annotations).toEqual([]);
  });

  it('pairs files by base name in any folder, the nearest annotation.conf applying', () => {
    const result = run({
      'a/annotation.conf': '[entities]\n[relations]\n[events]\nBuy\n[attributes]\n',
      'a/b/doc.txt': TXT,
      'a/b/doc.ann': 'T1\tBuy 5 11\tbought',
      'c\\doc.txt': TXT,
      'c\\doc.ann': 'T1\tOrganization 0 4\tSony',
    });
    expect(result.articles.map((a) => a.fileName)).toEqual(['a/b/doc.txt', 'c\\doc.txt']);
    // Declared an event type, so a claim.
    expect(result.newTags).toMatchObject([{ label: 'Buy', kind: 'claim' }]);
  });

  it('joins the notes of one annotation with line breaks, other note types after them with their type', () => {
    const result = withAnn('T1\tOrganization 0 4\tSony', '#1\tAnnotatorNotes T1\tfirst line', '#2\tAnnotatorNotes T1\t', '#3\tAnnotatorNotes T1\tthird', '#4\tReviewNote T1\tlooks right');
    expect(result.annotations[0]?.note).toBe('first line\n\nthird\nReviewNote: looks right');
    expect(result.report.imported.notes).toBe(4);
  });

  it('reads offsets of a file with CRLF line breaks and a byte order mark as brat does, and gives canonical ones', () => {
    const stored = '\uFEFFSony bought\r\nColumbia Pictures.\r\n\r\nIt paid 😀 3.4 billion.\r\n';
    const ann = ['T1\tOrganization 1 5\tSony', 'T2\tClaim 6 12;14 32\tbought Columbia Pictures.', 'T3\tQuantity 46 57\t3.4 billion'].join('\n');
    const result = run({ 'doc.txt': new TextEncoder().encode(stored), 'doc.ann': ann });
    expect(result.report.errors).toEqual([]);
    const text = result.articles[0]?.text ?? '';
    expect(text).toBe('Sony bought\nColumbia Pictures.\n\nIt paid 😀 3.4 billion.\n');
    expect(result.annotations.map((a) => a.ranges.map((r) => text.slice(r.start, r.end)))).toEqual([['Sony'], ['bought\nColumbia Pictures.'], ['3.4 billion']]);
  });

  it('maps any annotation of a CRLF file to the canonical range over the same text', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '\r\n', '\n', '😀', 'e\u0301', 'مرحبا', '👩‍👩‍👧');
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 25 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (bom, pieces, spans) => {
        const stored = (bom ? '\uFEFF' : '') + pieces.join('');
        const points = Array.from(stored);
        const lines: string[] = [];
        const expected: string[] = [];
        for (const [x, y] of spans) {
          const [s, e] = [x % (points.length + 1), y % (points.length + 1)].sort((a, b) => a - b) as [number, number];
          const tail = points.slice(s, e).join('');
          // brat's TAIL holds no line break, and no span of the app covers the mark.
          if (tail === '' || /[\r\n\uFEFF]/.test(tail)) continue;
          lines.push(`T${lines.length + 1}\tOrganization ${s} ${e}\t${tail}`);
          expected.push(tail);
        }
        const result = run({ 'doc.txt': new TextEncoder().encode(stored), 'doc.ann': lines.join('\n') });
        expect(result.report.errors).toEqual([]);
        const text = result.articles[0]?.text ?? '';
        expect(result.annotations.map((a) => a.ranges.map((r) => text.slice(r.start, r.end)).join(' '))).toEqual(expected);
      }),
    );
  });

  it('never throws, whatever the .ann holds', () => {
    const token = fc.constantFrom('T1', 'T2', 'R1', 'E1', 'A1', 'N1', '#1', '*', '\t', ' ', ':', ';', 'Arg1:T1', 'X:T2', '0', '4', '-1', '99', 'Sony', 'Reference', 'db:1', '\n', '\r\n', '😀');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const result = withAnn(tokens.join(''));
        expect(result.report).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
});

describe('importBrat: sidecar rows that do not fit', () => {
  const base: Record<string, string> = { 'doc.txt': TXT, 'doc.ann': 'T1\tOrganization 0 4\tSony\nT2\tOrganization 12 20\tColumbia\nR1\tOwns Arg1:T1 Arg2:T2\t\n' };
  const row = (o: object) => `${JSON.stringify({ fromDoc: 'doc', fromT: 'T1', toDoc: 'doc', toT: 'T2', type: 'contradicts', typeName: 'Contradicts', status: 'confirmed', reason: '', rationale: '', relation: null, ...o })}\n`;

  it.each([
    ['a row that is not JSON', '{"fromDoc": \n', 'crosscheck-links.jsonl, line 1: is not valid JSON; the row was skipped'],
    ['a row with a status the app does not know', row({ status: 'maybe' }), 'crosscheck-links.jsonl, line 1: status “maybe” is not one of candidate, confirmed, explained, rejected; the row was skipped'],
    ['a row to a document not imported', row({ toDoc: 'other' }), 'crosscheck-links.jsonl, line 1: the document other is not in the import; the link was skipped'],
    ['a row to a T that is not there', row({ toT: 'T9' }), 'crosscheck-links.jsonl, line 1: T9 of doc is not in the import; the link was skipped'],
  ])('%s', (_name, rows, message) => {
    const result = run({ ...base, 'crosscheck-links.jsonl': rows });
    expect(result.report.skipped.map(full)).toEqual([message]);
    expect(result.report.errors).toEqual([]);
    expect(result.links).toHaveLength(1);
  });

  it('leaves a relation as it is when its row no longer fits it', () => {
    const result = run({ ...base, 'crosscheck-links.jsonl': row({ fromT: 'T2', toT: 'T1', relation: 'R1', status: 'rejected' }) });
    expect(result.report.warnings.map(full)).toContain("crosscheck-links.jsonl, line 1: R1 of doc no longer joins T2 and T1; the row's status and rationale were not applied");
    expect(result.links.map((l) => l.status)).toEqual(['confirmed']);
  });
});

describe('importBrat: inputs of every shape', () => {
  it('takes an empty map', () => {
    const result = importBrat(new Map() as FileMap, { tags: [] });
    expect(result.articles).toEqual([]);
    expect(result.report.errors).toEqual([]);
  });
});
