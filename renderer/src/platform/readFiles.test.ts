import { describe, expect, it } from 'vitest';
import { readFiles } from './platform';

/** A File whose bytes throw if read: the test proves a refused file is never read. */
function file(name: string, size: number, readable = true): File {
  const f = new File([new Uint8Array(size)], name);
  if (!readable) Object.defineProperty(f, 'arrayBuffer', { value: () => Promise.reject(new Error('read a refused file')) });
  return f;
}

describe('readFiles (browser)', () => {
  it('reads what fits, and names each file refused for its size without reading it', async () => {
    const got = await readFiles([file('a.txt', 10), file('huge.csv', 101, false), file('b.txt', 60), file('c.txt', 40, false), file('d.txt', 30)], 100, 100);
    expect(got.map((f) => ('bytes' in f && f.bytes ? `${f.name}: ${f.bytes.length}` : `${f.name}: ${'error' in f ? f.error : ''}`))).toEqual([
      'a.txt: 10',
      'huge.csv: the file is 101 bytes; the limit is 100 bytes',
      'b.txt: 60',
      'c.txt: the files picked together come to more than 100 bytes, so this one (40 bytes) was not read; import it in another batch',
      'd.txt: 30',
    ]);
  });
});
