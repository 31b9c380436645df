import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from './api';
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

describe('readPickedFiles: limits', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-limits-'));
  const file = (name: string, size: number) => {
    writeFileSync(path.join(dir, name), Buffer.alloc(size, 0x61));
    return path.join(dir, name);
  };

  it('refuses a file over the per-file limit, by name, and reads the rest', async () => {
    const files = await readPickedFiles([file('small.txt', 10), file('big.txt', 3 * 1048576 + 1), file('bigger.txt', 5.5 * 1048576)], 3 * 1048576, 100 * 1048576);
    expect(files.map((f) => ('error' in f ? `${f.name}: ${f.error}` : `${f.name}: ${f.bytes.length} bytes`))).toEqual([
      'small.txt: 10 bytes',
      'big.txt: the file is 3145729 bytes; the limit is 3145728 bytes',
      'bigger.txt: the file is 5.5 MB; the limit is 3 MB',
    ]);
  });

  it('reads a batch up to the total limit, refuses each file that would go over it, and still takes a later one that fits', async () => {
    const mb = 1048576;
    const paths = [file('one.csv', 4 * mb), file('two.csv', 4 * mb), file('three.csv', 3 * mb), file('four.csv', 2 * mb), file('five.csv', 1)];
    const files = await readPickedFiles(paths, 5 * mb, 10 * mb);
    expect(files.map((f) => ('error' in f ? `${f.name}: ${f.error}` : `${f.name}: read`))).toEqual([
      'one.csv: read',
      'two.csv: read',
      'three.csv: the files picked together come to more than 10 MB, so this one (3 MB) was not read; import it in another batch',
      'four.csv: read',
      'five.csv: the files picked together come to more than 10 MB, so this one (1 byte) was not read; import it in another batch',
    ]);
    const read = files.filter((f): f is { name: string; bytes: Uint8Array } => 'bytes' in f);
    expect(read.reduce((n, f) => n + f.bytes.length, 0)).toBe(10 * mb);
  });

  it('counts empty files as nothing, and follows a link to a file', async () => {
    const target = file('target.txt', 3);
    symlinkSync(target, path.join(dir, 'link.txt'));
    const files = await readPickedFiles([file('empty.txt', 0), path.join(dir, 'link.txt')], 10, 3);
    expect(files).toEqual([
      { name: 'empty.txt', bytes: new Uint8Array(0) },
      { name: 'link.txt', bytes: new Uint8Array([0x61, 0x61, 0x61]) },
    ]);
  });

  it('uses the article limit of the IPC contract by default', async () => {
    const big = file('default-big.txt', 0);
    truncateSync(big, MAX_ARTICLE_BYTES + 1);
    const files = await readPickedFiles([file('default.txt', 1), big]);
    expect(files).toEqual([
      { name: 'default.txt', bytes: new Uint8Array([0x61]) },
      { name: 'default-big.txt', error: 'the file is 20971521 bytes; the limit is 20971520 bytes' },
    ]);
  });
});
