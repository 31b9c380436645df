#!/usr/bin/env node
// `npm run bench`: the runner is TypeScript (bench/runner, bench/scenarios) bundled here with
// esbuild into node_modules/.cache, as scripts/crosscheck.mjs does for the command line.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules', '.cache', 'crosscheck-bench', 'runner.mjs');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bench: esbuild is missing; run `npm install` first.\n');
  process.exit(2);
}
mkdirSync(dirname(bundle), { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'bench', 'runner', 'main.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
const { main } = await import(pathToFileURL(bundle).href);
try {
  process.exitCode = await main(process.argv.slice(2), root);
} catch (e) {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
