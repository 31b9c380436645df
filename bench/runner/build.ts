/** Builds what the bench serves: the app's production build in a folder of its own, and the bench's pages beside it (same origin). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export interface Built {
  /** The folder served at the origin's root: the app, and bench/ beside it. */
  root: string;
  /** The in-page timing harness, as a script to add to every page before it runs. */
  harness: string;
  /** Null when the peer could not be bundled (not installed). */
  textAnnotator: string | null;
}

export async function buildAll(repo: string, cache: string, opts: { skipApp: boolean; log: (s: string) => void }): Promise<Built> {
  const root = join(cache, 'app');
  if (!opts.skipApp) {
    opts.log('building the app (vite build) into ' + root);
    const vite = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
      cwd: repo,
      env: { ...process.env, RENDERER_OUT: root },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  const out = join(root, 'bench');
  mkdirSync(out, { recursive: true });
  const common: esbuild.BuildOptions = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: repo,
    nodePaths: process.env.BENCH_NODE_PATH ? [process.env.BENCH_NODE_PATH] : [],
  };
  const harness = await esbuild.build({ ...common, entryPoints: [join(repo, 'bench/harness/pageTiming.ts')], format: 'iife', write: false });
  await esbuild.build({
    ...common,
    entryPoints: {
      seed: join(repo, 'bench/seed/seedPage.ts'),
      plain: join(repo, 'bench/peers/plain.ts'),
      tiptap: join(repo, 'bench/peers/tiptap.ts'),
    },
    format: 'esm',
    outdir: out,
  });
  let textAnnotator: string | null = null;
  try {
    await esbuild.build({ ...common, entryPoints: { 'text-annotator': join(repo, 'bench/peers/textAnnotator.ts') }, format: 'esm', outdir: out, logLevel: 'silent' });
    textAnnotator = 'text-annotator';
  } catch (e) {
    opts.log(`@recogito/text-annotator could not be bundled (is it installed?), so it is left out: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const page = (title: string, script: string, css: string[] = []) =>
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>${title}</title>${['peers.css', ...css].map((c) => `<link rel="stylesheet" href="./${c}">`).join('')}</head><body><script type="module" src="./${script}.js"></script></body></html>\n`;
  writeFileSync(join(out, 'seed.html'), page('Crosscheck bench: seed', 'seed'));
  writeFileSync(join(out, 'plain.html'), page('Plain HTML', 'plain'));
  writeFileSync(join(out, 'tiptap.html'), page('TipTap', 'tiptap'));
  if (textAnnotator) writeFileSync(join(out, 'text-annotator.html'), page('@recogito/text-annotator', 'text-annotator', ['text-annotator.css']));
  await esbuild.build({ ...common, entryPoints: { peers: join(repo, 'bench/peers/peers.css') }, outdir: out });
  return { root, harness: new TextDecoder().decode(harness.outputFiles?.[0]?.contents ?? new Uint8Array()), textAnnotator };
}
