import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrustedUrl, resolveAppFile } from './appOrigin';

const root = path.resolve('/opt/crosscheck/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://crosscheck/', 'index.html'],
    ['app://crosscheck/index.html', 'index.html'],
    ['app://crosscheck/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://crosscheck/assets/a%20b.css', 'assets/a b.css'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppFile(root, url)).toBe(path.join(root, file));
  });

  it.each([
    ['app://crosscheck/../secret.txt', 'secret.txt'],
    ['app://crosscheck/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('resolves dot segments in %s inside the renderer folder, never above it', (url, file) => {
    expect(resolveAppFile(root, url)).toBe(path.join(root, file));
  });

  it.each([
    'app://crosscheck/assets/..%2f..%2f..%2fetc/passwd',
    'app://crosscheck/a%5c..%5c..%5cwindows',
    'app://crosscheck/%00.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://crosscheck/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('isTrustedUrl', () => {
  it.each([
    ['app://crosscheck/index.html', true],
    ['app://crosscheck/', true],
    ['app://crosscheck.evil/index.html', false],
    ['https://crosscheck/index.html', false],
    ['file:///index.html', false],
    ['', false],
    [undefined, false],
  ])('%s -> %s', (url, trusted) => {
    expect(isTrustedUrl(url)).toBe(trusted);
  });
});
