#!/usr/bin/env node
// The `crosscheck` command. Its code is TypeScript on the app's own core (scripts/cli and
// renderer/src/core), bundled here with esbuild on first use and again whenever a source file
// is newer than the bundle, so the command and the app never run different format code.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules', '.cache', 'crosscheck-cli', 'cli.mjs');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) time = Math.max(time, statSync(path).mtimeMs);
  }
  return time;
}

const sources = Math.max(newest(join(root, 'scripts', 'cli')), newest(join(root, 'renderer', 'src', 'core')));
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write('crosscheck: esbuild is missing; run `npm install` in the Crosscheck folder first.\n');
    process.exit(2);
  }
  mkdirSync(dirname(bundle), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, 'scripts', 'cli', 'main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Some bundled packages are CommonJS and call require() for Node's own modules.
    banner: { js: "import { createRequire as __crosscheckRequire } from 'node:module'; const require = __crosscheckRequire(import.meta.url);" },
  });
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
