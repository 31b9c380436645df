import { describe, expect, it } from 'vitest';
import { parseBratLines } from './bratLines';

describe('parseBratLines', () => {
  it('reads every kind of line of the standoff format', () => {
    const ann = [
      'T1\tOrganization 0 4\tSony',
      'T2\tLocation 0 5;16 23\tNorth America',
      'T3\tMERGE-ORG 5 10\t',
      'R1\tOrigin Arg1:T1 Arg2:T2\t',
      'E1\tMERGE-ORG:T3 Org1:T1 Org2:T2',
      'A1\tNegation E1',
      'A2\tConfidence E1 L1',
      'M1\tSpeculation E1',
      'N1\tReference T1 Wikipedia:534366\tBarack Obama',
      'N2\tReference Annotation:T2 Referent:GeoNames:123',
      '*\tEquiv T1 T2',
      '#1\tAnnotatorNotes T1\tthis annotation is suspect',
      'T4\tPerson 1 2',
    ].join('\r\n');
    const { lines, errors } = parseBratLines(`${ann}\n\n`);
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      { kind: 'text', id: 'T1', type: 'Organization', fragments: [[0, 4]], tail: 'Sony', line: 1 },
      { kind: 'text', id: 'T2', type: 'Location', fragments: [[0, 5], [16, 23]], tail: 'North America', line: 2 },
      { kind: 'text', id: 'T3', type: 'MERGE-ORG', fragments: [[5, 10]], tail: '', line: 3 },
      { kind: 'relation', id: 'R1', type: 'Origin', args: [{ role: 'Arg1', id: 'T1' }, { role: 'Arg2', id: 'T2' }], line: 4 },
      { kind: 'event', id: 'E1', type: 'MERGE-ORG', trigger: 'T3', args: [{ role: 'Org1', id: 'T1' }, { role: 'Org2', id: 'T2' }], line: 5 },
      { kind: 'attribute', id: 'A1', name: 'Negation', target: 'E1', value: true, line: 6 },
      { kind: 'attribute', id: 'A2', name: 'Confidence', target: 'E1', value: 'L1', line: 7 },
      { kind: 'attribute', id: 'M1', name: 'Speculation', target: 'E1', value: true, line: 8 },
      { kind: 'normalization', id: 'N1', refType: 'Reference', target: 'T1', db: 'Wikipedia', entry: '534366', name: 'Barack Obama', line: 9 },
      { kind: 'normalization', id: 'N2', refType: 'Reference', target: 'T2', db: 'GeoNames', entry: '123', name: '', line: 10 },
      { kind: 'equiv', type: 'Equiv', ids: ['T1', 'T2'], line: 11 },
      { kind: 'note', id: '#1', noteType: 'AnnotatorNotes', target: 'T1', text: 'this annotation is suspect', line: 12 },
      { kind: 'text', id: 'T4', type: 'Person', fragments: [[1, 2]], tail: null, line: 13 },
    ]);
  });

  it('keeps tabs inside a TAIL: brat cuts the line at the first two only', () => {
    expect(parseBratLines('T1\tX 0 3\ta\tb').lines[0]).toMatchObject({ tail: 'a\tb' });
  });

  it('reads an attribute value with spaces, as brat’s pattern does', () => {
    expect(parseBratLines('A1\tSource T1 the US-led coalition').lines[0]).toMatchObject({ name: 'Source', target: 'T1', value: 'the US-led coalition' });
  });

  it('goes on after a bad line to find the others', () => {
    const { lines, errors } = parseBratLines('T1 Person 0 4\tSony\nT2\tPerson 0 4\tSony\nX1\tfoo');
    expect(errors.map((e) => e.line)).toEqual([1, 3]);
    expect(lines.map((l) => l.line)).toEqual([2]);
  });
});
