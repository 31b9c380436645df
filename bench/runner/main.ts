/**
 * `npm run bench`: builds the app into a folder of its own, serves it with the bench's pages
 * on one origin, seeds the data through the app's storage code, runs each scenario beside
 * its references, writes bench/results.json and prints the table.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { longArticleScenarios } from '../scenarios/longArticle';
import { largeProjectScenarios } from '../scenarios/largeProject';
import { importScenarios } from '../scenarios/imports';
import { exportScenarios } from '../scenarios/exports';
import type { Golden, ScenarioContext } from '../scenarios/context';
import type { SeedApi, SeedKind } from '../seed/seedPage';
import { buildAll } from './build';
import { launchProfile, removeProfile, type Env, type ProfileSummary } from './browser';
import { serve } from './server';
import { Recorder, table, type Figure } from './stats';

export const SCENARIOS = ['open', 'heap', 'jk', 'tag', 'large', 'import', 'table', 'export'] as const;

interface Options {
  runs: number;
  quick: boolean;
  only: Set<string> | null;
  seed: number;
  port: number;
  build: boolean;
  profile: boolean;
  tags: number;
  largeRuns: number | null;
  exportRuns: number | null;
  out: string | null;
}

function parse(argv: readonly string[]): Options {
  const o: Options = { runs: 5, quick: false, only: null, seed: 20240115, port: 4431, build: true, profile: true, tags: 20, largeRuns: null, exportRuns: null, out: null };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a.startsWith('--runs')) {
      o.runs = Number(value());
      runsGiven = true;
    } else if (a.startsWith('--only')) o.only = new Set(value().split(',').map((s) => s.trim()).filter(Boolean));
    else if (a.startsWith('--seed')) o.seed = Number(value());
    else if (a.startsWith('--port')) o.port = Number(value());
    else if (a.startsWith('--tags')) o.tags = Number(value());
    else if (a.startsWith('--large-runs')) o.largeRuns = Number(value());
    else if (a.startsWith('--export-runs')) o.exportRuns = Number(value());
    else if (a.startsWith('--out')) o.out = value();
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-profile') o.profile = false;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'npm run bench -- [--quick] [--runs N] [--only open,heap,jk,tag,large,import,table,export] [--large-runs N] [--export-runs N] [--seed N] [--tags N] [--port 4431] [--no-build] [--no-profile] [--out file]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (o.quick && !runsGiven) o.runs = 3;
  if (o.quick && o.tags === 20) o.tags = 10;
  if (o.only) for (const s of o.only) if (!(SCENARIOS as readonly string[]).includes(s)) throw new Error(`unknown scenario ${s}; the scenarios are ${SCENARIOS.join(', ')}`);
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs needs a whole number of at least 1');
  return o;
}

/** A hash of what seeded data depends on: the generator, the seeding page, the storage code and the model. */
function sourceKey(repo: string, extra: readonly string[]): string {
  const hash = createHash('sha256');
  for (const x of extra) hash.update(`${x}\0`);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(`${path}\0`).update(readFileSync(path));
    }
  };
  for (const dir of ['bench/seed', 'renderer/src/storage', 'renderer/src/core/model', 'renderer/src/core/formats/projectSnapshot.ts']) {
    const path = join(repo, dir);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory()) walk(path);
    else hash.update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 12);
}

function git(repo: string, cmd: string): string {
  try {
    return execSync(`git ${cmd}`, { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '';
  }
}

export async function main(argv: readonly string[], repo: string): Promise<number> {
  const o = parse(argv);
  const began = Date.now();
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const cache = join(repo, 'node_modules', '.cache', 'crosscheck-bench');
  mkdirSync(cache, { recursive: true });
  const built = await buildAll(repo, cache, { skipApp: !o.build && existsSync(join(cache, 'app', 'index.html')), log });
  const server = await serve(built.root, o.port);
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const env: Env = {
    repo,
    cache,
    origin: `http://127.0.0.1:${o.port}`,
    harness: built.harness,
    executablePath,
    seed: o.seed,
    sizes: o.quick ? 'quick' : 'full',
    textAnnotator: built.textAnnotator !== null,
    log,
  };
  const rec = new Recorder();
  const profiles: ProfileSummary[] = [];
  const seeded = new Map<SeedKind, Promise<Golden>>();
  const seedInto = async (kind: SeedKind): Promise<Golden> => {
    // A seeded profile is kept between invocations while the generator, the storage code and the origin are the same.
    const key = sourceKey(repo, [kind, env.sizes, String(env.seed), env.origin]);
    const dir = join(cache, 'profiles', `${kind}-${env.sizes}-${key}`);
    const facts = join(dir, 'bench-golden.json');
    if (existsSync(facts)) {
      const g = JSON.parse(readFileSync(facts, 'utf8')) as Golden;
      log(`${kind} project: the seeded profile of an earlier run (same generator, storage code and seed)`);
      return { ...g, dir };
    }
    for (const old of existsSync(join(cache, 'profiles')) ? readdirSync(join(cache, 'profiles')) : []) if (old.startsWith(`${kind}-${env.sizes}-`)) removeProfile(join(cache, 'profiles', old));
    log(`seeding the ${kind} project (${env.sizes})…`);
    const { context, page } = await launchProfile(env, dir);
    let golden: Golden;
    try {
      await page.goto(`${env.origin}/bench/seed.html`);
      await page.waitForFunction(() => window.crosscheckSeed !== undefined);
      const r = await page.evaluate(({ kind, seed, sizes }) => (window.crosscheckSeed as SeedApi).seed(kind, seed, sizes), { kind, seed: env.seed, sizes: env.sizes });
      log(`  ${kind}: ${r.facts.articles} articles, ${r.facts.annotations} annotations (${r.facts.overlapping} overlapping), ${r.facts.links} links; generated in ${Math.round(r.generateMs)} ms, stored in ${Math.round(r.storeMs)} ms`);
      golden = { dir, projectId: r.projectId, facts: r.facts, seedMs: r.storeMs };
    } finally {
      await context.close();
    }
    if (kind === 'large') {
      // A database just written in bulk is compacted on its next opens: the app opens it once,
      // not counted, so the runs measure a project as an analyst's would be.
      log('  opening it once in the app (not counted)…');
      const warm = await launchProfile(env, dir);
      try {
        await warm.page.goto(`${env.origin}/`);
        await warm.page.waitForFunction(
          () => /(^|[^\d])[1-9][\d,]* claims?\b/.test(document.querySelector('aside[aria-label="Library"] ul[aria-label="Articles"] > li [aria-label="Annotation counts"]')?.textContent ?? ''),
          null,
          { timeout: 600_000 },
        );
        await warm.page.waitForTimeout(5000);
      } catch (e) {
        log(`  the warm-up did not finish: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      } finally {
        await warm.context.close();
      }
    }
    writeFileSync(facts, JSON.stringify(golden));
    return golden;
  };
  const ctx: ScenarioContext = {
    env,
    rec,
    runs: o.runs,
    // The large project's scenarios take minutes per run while the app is slow there: fewer runs unless asked.
    largeRuns: o.largeRuns ?? Math.min(o.runs, 3),
    exportRuns: o.exportRuns ?? (o.quick ? o.runs : 1),
    wants: (name) => !o.only || o.only.has(name),
    golden: (kind) => {
      let p = seeded.get(kind);
      if (!p) seeded.set(kind, (p = seedInto(kind)));
      return p;
    },
    tagsPerRun: o.tags,
    jkPerRun: o.quick ? 10 : 20,
    profile: o.profile,
    profiles,
  };
  let failed = false;
  try {
    for (const run of [longArticleScenarios, largeProjectScenarios, importScenarios, exportScenarios]) {
      try {
        await run(ctx);
      } catch (e) {
        failed = true;
        log(`scenario failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
  } finally {
    server.close();
  }

  const browserVersion = await (async () => {
    const b = await chromium.launch({ executablePath, headless: true });
    const v = b.version();
    await b.close();
    return v;
  })();
  const order = (f: Figure) => (SCENARIOS as readonly string[]).indexOf(f.scenario);
  const figures = rec.figures().sort((a, b) => order(a) - order(b));
  const seeds: Record<string, unknown> = {};
  for (const [kind, p] of seeded) {
    const g = await p.catch(() => null);
    if (g) seeds[kind] = { ...g.facts, storeMs: Math.round(g.seedMs) };
  }
  const minutes = Math.round((Date.now() - began) / 6000) / 10;
  const results = {
    date: new Date().toISOString(),
    commit: git(repo, 'rev-parse --short HEAD') + (git(repo, 'status --porcelain -- renderer') ? ' (renderer/ has uncommitted changes)' : ''),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, ramGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10, platform: `${process.platform} ${process.arch}` },
    browser: `Chromium ${browserVersion} (headless, ${executablePath ?? 'Playwright default'})`,
    node: process.version,
    options: { runs: o.runs, largeRuns: ctx.largeRuns, exportRuns: ctx.exportRuns, sizes: env.sizes, seed: o.seed, tagsPerRun: o.tags, only: o.only ? [...o.only] : null },
    minutes,
    method:
      'Each figure is timed in the page from the input event’s own timestamp (event.timeStamp) to the end of the first frame that shows the result: a MutationObserver (and a check every frame) sees the result, then a requestAnimationFrame, then a message posted from it, which runs after that frame’s rendering. `median` is the median over runs of each run’s value (a run’s own median where it has many samples); `p95` is over all samples of all runs.',
    seeds,
    figures,
    profiles,
  };
  const full = !o.quick && !o.only;
  const out = o.out ?? (o.quick ? join(cache, 'results.quick.json') : join(repo, 'bench', 'results.json'));
  let toWrite: typeof results = results;
  if (!o.out && !o.quick && o.only && existsSync(out)) {
    // A partial run updates its scenarios in the latest results and keeps the others.
    const old = JSON.parse(readFileSync(out, 'utf8')) as typeof results;
    const ran = new Set(figures.filter((f) => f.runs > 0).map((f) => f.id));
    toWrite = { ...results, options: { ...results.options, only: null }, figures: [...old.figures.filter((f: Figure) => !ran.has(f.id)), ...figures.filter((f) => f.runs > 0)], profiles: profiles.length ? profiles : old.profiles };
  }
  writeFileSync(out, `${JSON.stringify(toWrite, null, 2)}\n`);
  rmSync(join(cache, 'runs'), { recursive: true, force: true });
  log('');
  log(`Crosscheck bench — ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.ramGB} GB; ${results.browser}; ${results.date}`);
  log(`${env.sizes} data, ${o.runs} runs (large project ${ctx.largeRuns}, exports ${ctx.exportRuns})${full ? '' : o.only ? `, only ${[...o.only].join(',')}` : ''}; ${minutes} min`);
  log('');
  log(table(figures));
  if (profiles.length) {
    log('');
    for (const p of profiles) {
      log(`CPU profile: ${p.what} (${p.totalMs} ms sampled)`);
      for (const t of p.top.slice(0, 8)) log(`  ${String(t.selfMs).padStart(8)} ms ${String(t.share).padStart(5)}%  ${t.fn}`);
    }
  }
  log('');
  log(`results: ${out}`);
  return failed ? 1 : 0;
}
