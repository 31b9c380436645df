import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnotationConf, writeAnnotationConf } from './bratConf';
import { hexColour, parseVisualConf, writeVisualConf } from './visualConf';

const tutorial = new URL('../../../../testing/reference/brat-example-data/tutorials-news/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, tutorial), 'utf8');

describe('annotation.conf', () => {
  it('reads the tutorial’s types, event types under a heading included, and attribute values', () => {
    const conf = parseAnnotationConf(read('annotation.conf'));
    expect([...conf.entities]).toEqual(['Person', 'Organization', 'GPE', 'Money']);
    expect([...conf.relations.keys()]).toEqual(['Located', 'Geographical_part', 'Family', 'Employment', 'Ownership', 'Origin', 'Alias']);
    expect(conf.relations.get('Alias')).toEqual({ symmetric: true });
    expect(conf.relations.get('Family')).toEqual({ symmetric: false });
    expect([...conf.events]).toEqual(['Life', 'Be-born', 'Marry', 'Divorce', 'Die', 'Transaction', 'Transfer-ownership', 'Transfer-money', 'Business', 'Start-org', 'Merge-org', 'End-org', 'Report']);
    expect(Object.fromEntries(conf.attributes)).toEqual({ Individual: [], Mention: ['Name', 'Nominal', 'Other'], Negation: [], Confidence: ['High', 'Neutral', 'Low'] });
  });

  it('writes all four sections, empty ones too, and reads back what it wrote', () => {
    const text = writeAnnotationConf({
      heading: 'Made by a test.',
      entities: ['Claim', 'Person'],
      relations: [{ name: 'Contradicts', arg1: ['Claim'], arg2: ['Claim', 'Person'] }],
      attributes: [
        { name: 'Certainty', args: ['Claim'], values: ['reported', 'confirmed'] },
        { name: 'Checked', args: ['Claim', 'Person'], values: [] },
      ],
    });
    expect(text).toBe(
      [
        '# Made by a test.',
        '',
        '[entities]',
        '',
        'Claim',
        'Person',
        '',
        '[relations]',
        '',
        'Contradicts\tArg1:Claim, Arg2:Claim|Person',
        '',
        '[events]',
        '',
        '[attributes]',
        '',
        'Certainty\tArg:Claim, Value:reported|confirmed',
        'Checked\tArg:Claim|Person',
        '',
      ].join('\n'),
    );
    const conf = parseAnnotationConf(text);
    expect([...conf.entities]).toEqual(['Claim', 'Person']);
    expect([...conf.relations.keys()]).toEqual(['Contradicts']);
    expect(Object.fromEntries(conf.attributes)).toEqual({ Certainty: ['reported', 'confirmed'], Checked: [] });
  });
});

describe('visual.conf', () => {
  it('reads labels and colours', () => {
    const visual = parseVisualConf(read('visual.conf'));
    expect(visual.labels.get('GPE')).toBe('Geo-political entity');
    expect(visual.labels.get('Person')).toBe('Person');
    expect(visual.drawing.get('Money')?.get('bgColor')).toBe('#007000');
    expect(visual.drawing.get('Organization')?.get('bgColor')).toBe('#a7c2ff');
  });

  it.each([
    ['#a7c2ff', '#A7C2FF'],
    ['#fc0', '#FFCC00'],
    ['lightgreen', null],
    [undefined, null],
  ])('colour %s → %s', (value, hex) => {
    expect(hexColour(value)).toBe(hex);
  });

  it('writes labels (no | inside one) and colours, and reads them back', () => {
    const text = writeVisualConf('Test.', [
      { name: 'Claim', label: 'Claim', bgColor: '#E69F00' },
      { name: 'Same_claim', label: 'Same | claim', color: '#0072B2', undirected: true },
    ]);
    expect(text).toContain('Claim\tbgColor:#E69F00');
    expect(text).toContain('Same_claim\tcolor:#0072B2, arrowHead:none');
    const visual = parseVisualConf(text);
    expect(visual.labels.get('Same_claim')).toBe('Same / claim');
    expect(visual.drawing.get('Claim')?.get('bgColor')).toBe('#E69F00');
  });
});
