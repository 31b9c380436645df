import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPickedFiles } from './readPickedFiles';

describe('readPickedFiles', () => {
  it('returns bytes for readable files and a reason for the rest, in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Daesh');
    mkdirSync(path.join(dir, 'folder.txt'));
    const files = await readPickedFiles([path.join(dir, 'a.txt'), path.join(dir, 'gone.txt'), path.join(dir, 'folder.txt')]);
    expect(files[0]).toEqual({ name: 'a.txt', bytes: new Uint8Array(Buffer.from('Daesh')) });
    expect(files[1]).toEqual({ name: 'gone.txt', error: 'it could not be read (the file no longer exists)' });
    expect(files[2]).toEqual({ name: 'folder.txt', error: 'it is not a file' });
  });
});
