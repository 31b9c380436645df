import { describe, expect, it } from 'vitest';
import { safeFileName } from './safeFileName';

describe('safeFileName', () => {
  it.each([
    ['report.txt', 'report.txt'],
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['C:\\Users\\me\\..\\news.html', 'news.html'],
    ['invoice\u202Etxt.exe', 'invoicetxt.exe'],
    ['\u2066a\u2069\u2067b\u2069\u2068c\u2069\u202Ad\u202B\u202C\u202D.md', 'abcd.md'],
    ['mark\u200E\u200F\u061C.txt', 'mark.txt'],
    ['bell\u0007 nul\u0000 del\u007F c1\u0085.txt', 'bell nul del c1.txt'],
    ['tab\there\nnew.txt', 'tab here new.txt'],
    ['  spaced.txt  ', 'spaced.txt'],
    ['قال الرئيس.txt', 'قال الرئيس.txt'],
    ['..', 'untitled'],
    ['.', 'untitled'],
    ['dir/', 'untitled'],
    ['\u202E', 'untitled'],
    ['', 'untitled'],
  ])('%j -> %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('cuts a name over 255 characters in the middle, keeping the extension', () => {
    const cut = safeFileName(`${'a'.repeat(1_000)}.html`);
    expect(cut).toBe(`${'a'.repeat(249)}….html`);
    expect(cut).toHaveLength(255);
  });

  it('never cuts a surrogate pair in half', () => {
    // The cut falls between the halves of the emoji at 249–250: it moves before the emoji.
    expect(safeFileName(`${'a'.repeat(249)}${'😀'.repeat(20)}.txt`)).toBe(`${'a'.repeat(249)}….txt`);
    expect(safeFileName(`${'a'.repeat(248)}${'😀'.repeat(20)}.txt`)).toBe(`${'a'.repeat(248)}😀….txt`);
  });
});
