import { describe, expect, it } from 'vitest';
import { checkFileToSave } from './checkFileToSave';

describe('checkFileToSave', () => {
  it.each<[string, unknown, { ok: true; name: string } | { ok: false; error: string }]>([
    ['a plain request', { suggestedName: 'Sample project.jsonld', kind: 'W3C', extension: 'jsonld', data: '{}' }, { ok: true, name: 'Sample project.jsonld' }],
    ['a name with a path in it', { suggestedName: '../../etc/passwd', kind: 'x', extension: 'txt', data: 'x' }, { ok: true, name: '-..-etc-passwd' }],
    ['a name of dots only', { suggestedName: '..', kind: 'x', extension: 'csv', data: 'x' }, { ok: true, name: 'export.csv' }],
    ['a name with a right-to-left override', { suggestedName: 'report\u202Enosj.exe', kind: 'x', extension: 'json', data: 'x' }, { ok: true, name: 'reportnosj.exe' }],
    ['a name with isolates and marks', { suggestedName: '\u2067Sample\u2069 \u200Fproject.csv', kind: 'x', extension: 'csv', data: 'x' }, { ok: true, name: 'Sample project.csv' }],
    ['a name with control characters', { suggestedName: 'a\u0000b\u007Fc\nd.txt', kind: 'x', extension: 'txt', data: 'x' }, { ok: true, name: 'a-b-c-d.txt' }],
    ['bytes', { suggestedName: 'a.zip', kind: 'x', extension: 'zip', data: new Uint8Array([1]) }, { ok: true, name: 'a.zip' }],
    ['no data', { suggestedName: 'a.zip', kind: 'x', extension: 'zip' }, { ok: false, error: 'refused: the file to save holds neither text nor bytes' }],
    ['an extension with a dot', { suggestedName: 'a', kind: 'x', extension: 'tar.gz', data: 'x' }, { ok: false, error: 'refused: “tar.gz” is not a file extension' }],
    ['not an object', 'a.txt', { ok: false, error: 'refused: the file to save is not described' }],
  ])('%s', (_name, request, expected) => {
    const result = checkFileToSave(request);
    if (expected.ok) expect(result.ok && result.value.suggestedName).toBe(expected.name);
    else expect(result).toEqual({ ok: false, error: expected.error });
  });
});
