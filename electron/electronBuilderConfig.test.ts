import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * build/electron-builder.yml, read without a YAML library: its top-level `key: value` lines and
 * the `key: value` lines of one block (two-space indented, comments and blank lines skipped).
 */
const yml = readFileSync('build/electron-builder.yml', 'utf8').split(/\r?\n/);

function scalar(value: string): string | boolean {
  const v = value.replace(/\s+#.*$/, '').trim();
  return v === 'true' ? true : v === 'false' ? false : v.replace(/^"(.*)"$/, '$1');
}

function topLevel(key: string): string | boolean | undefined {
  const line = yml.find((l) => l.startsWith(`${key}:`));
  return line === undefined ? undefined : scalar(line.slice(key.length + 1));
}

function block(key: string): Map<string, string | boolean> {
  const start = yml.findIndex((l) => l === `${key}:`);
  expect(start, `${key}: is a block in build/electron-builder.yml`).toBeGreaterThanOrEqual(0);
  const out = new Map<string, string | boolean>();
  for (const line of yml.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!line.startsWith('  ')) break;
    const m = /^ {2}([A-Za-z0-9]+):\s*(.*)$/.exec(line);
    expect(m, `a key: value line in ${key}: "${line}"`).not.toBeNull();
    if (m?.[1]) {
      expect(out.has(m[1]), `${key}.${m[1]} is set once`).toBe(false);
      out.set(m[1], scalar(m[2] ?? ''));
    }
  }
  return out;
}

describe('Electron fuses in build/electron-builder.yml', () => {
  const fuses = block('electronFuses');

  it.each<[string, boolean]>([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
    ['grantFileProtocolExtraPrivileges', false],
  ])('%s: %s', (fuse, value) => {
    expect(fuses.get(fuse)).toBe(value);
  });

  it('sets every fuse of @electron/fuses V1 and nothing else', () => {
    expect([...fuses.keys()].sort()).toEqual([
      'enableCookieEncryption',
      'enableEmbeddedAsarIntegrityValidation',
      'enableNodeCliInspectArguments',
      'enableNodeOptionsEnvironmentVariable',
      'grantFileProtocolExtraPrivileges',
      'loadBrowserProcessSpecificV8Snapshot',
      'onlyLoadAppFromAsar',
      'runAsNode',
    ]);
  });

  it('packs the app into an asar (what onlyLoadAppFromAsar and the integrity check need): the bundles only, no source maps, no node_modules', () => {
    expect(topLevel('asar')).toBe(true);
    const start = yml.indexOf('files:');
    const files = yml.slice(start + 1, yml.findIndex((l, i) => i > start && !l.startsWith('  ')));
    expect(files).toEqual(['  - dist/renderer/**', '  - dist-electron/**', '  - package.json', '  - "!**/*.map"', '  - "!node_modules/**"']);
  });
});

describe('what the packaged app needs of node_modules', () => {
  it.each(['electron/main.ts', 'electron/preload.ts'])('%s bundles nothing from node_modules (electron itself is the runtime)', async (entry) => {
    // As scripts/build-electron.mjs bundles it, without writing anything.
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], write: false, metafile: true, logLevel: 'silent' });
    expect(Object.keys(result.metafile.inputs).filter((input) => input.includes('node_modules'))).toEqual([]);
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path));
    expect([...new Set(imports)].filter((p) => p !== 'electron' && !p.startsWith('node:') && !builtinModules.includes(p))).toEqual([]);
  });
});
