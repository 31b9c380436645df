/** Launching Chromium for the bench, profiles on disk, and what the DevTools protocol measures (heap, CPU profiles). */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import type { ProbeResult, ProbeSpec } from '../harness/pageTiming';

export interface Env {
  repo: string;
  cache: string;
  origin: string;
  harness: string;
  executablePath: string | undefined;
  seed: number;
  sizes: 'full' | 'quick';
  textAnnotator: boolean;
  log(s: string): void;
}

const VIEWPORT = { width: 1440, height: 900 };
const ARGS = ['--enable-precise-memory-info', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'];

/** A browser on a profile folder (its IndexedDB and localStorage are what was seeded there). */
export async function launchProfile(env: Env, dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, { executablePath: env.executablePath, headless: true, viewport: VIEWPORT, args: ARGS, acceptDownloads: true });
  await context.addInitScript({ content: env.harness });
  const page = context.pages()[0] ?? (await context.newPage());
  watchErrors(page, env);
  return { context, page };
}

/** A fresh browser with no profile, for the reference pages. */
export async function launchFresh(env: Env): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: env.executablePath, headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: env.harness });
  const page = await context.newPage();
  watchErrors(page, env);
  return { browser, page };
}

function watchErrors(page: Page, env: Env): void {
  page.on('pageerror', (e) => env.log(`  page error: ${e.message}`));
}

/** A copy of a seeded profile for one run (the runs that write, write to their own copy). */
export function copyProfile(golden: string, name: string, cache: string): string {
  const dir = join(cache, 'runs', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(golden, dir, { recursive: true, filter: (src) => !['SingletonLock', 'SingletonSocket', 'SingletonCookie'].includes(basename(src)) });
  return dir;
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Arms a probe in the page. `check` is sent as source and called with `arg` (JSON), so it may
 * use only its argument and the page's globals. The call is one expression evaluated by the
 * DevTools protocol, which the app's Content Security Policy (no eval) does not apply to.
 */
export async function arm<A>(page: Page, event: ProbeSpec['event'], check: (arg: A) => boolean, arg: A, opts: { key?: string; timeoutMs?: number } = {}): Promise<number> {
  const spec = JSON.stringify({ event, key: opts.key, timeoutMs: opts.timeoutMs });
  const expression = `(() => { const spec = ${spec}; const fn = (${check.toString()}); const arg = ${JSON.stringify(arg ?? null)}; return window.__bench.arm({ ...spec, check: () => fn(arg) }); })()`;
  return (await page.evaluate(expression)) as number;
}

export function result(page: Page, id: number): Promise<ProbeResult> {
  return page.evaluate((id) => {
    const bench = window.__bench;
    if (!bench) throw new Error('the timing harness is not in this page');
    return bench.result(id);
  }, id);
}

/** Milliseconds from the input event to the end of the frame that showed the result (NaN when it never showed). */
export function elapsed(r: ProbeResult): number {
  return r.timedOut ? NaN : r.frame - r.start;
}

export function settle(page: Page, ms = 50): Promise<void> {
  return page.evaluate((ms) => window.__bench?.settle(ms), ms);
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

export interface ProfileSummary {
  what: string;
  totalMs: number;
  /** Self time by function, mapped to the app's sources where a source map says where. */
  top: { fn: string; selfMs: number; share: number }[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

type SourceMapConsumer = { originalPositionFor(p: { line: number; column: number }): { source: string | null; line: number | null; name: string | null } };

async function consumerFor(env: Env, url: string, cache: Map<string, SourceMapConsumer | null>): Promise<SourceMapConsumer | null> {
  if (cache.has(url)) return cache.get(url) ?? null;
  let consumer: SourceMapConsumer | null = null;
  try {
    const path = new URL(url).pathname;
    const file = join(env.cache, 'app', `${path}.map`);
    if (existsSync(file)) {
      const mod = (await import('source-map-js')) as unknown as { SourceMapConsumer: new (raw: unknown) => SourceMapConsumer };
      consumer = new mod.SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')));
    }
  } catch {
    consumer = null;
  }
  cache.set(url, consumer);
  return consumer;
}

export async function stopProfile(env: Env, cdp: CDPSession, what: string): Promise<ProfileSummary> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const maps = new Map<string, SourceMapConsumer | null>();
  const named = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let name = functionName || '(anonymous)';
    if (url.startsWith(env.origin)) {
      const consumer = await consumerFor(env, url, maps);
      const pos = consumer?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (pos?.source) {
        const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
        name = `${pos.name ?? functionName ?? '(anonymous)'} (${source}:${pos.line ?? 0})`;
      } else name = `${name} (${new URL(url).pathname}:${lineNumber + 1})`;
    } else if (url) name = `${name} (${url.split('/').pop()})`;
    named.set(name, (named.get(name) ?? 0) + us);
  }
  const top = [...named]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([fn, us]) => ({ fn, selfMs: Math.round(us / 100) / 10, share: Math.round((us / Math.max(1, total)) * 1000) / 10 }));
  return { what, totalMs: Math.round(total / 1000), top };
}
