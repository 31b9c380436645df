import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { WorkbenchPage } from '../pages/WorkbenchPage';
import { storedRows } from '../pages/storedRows';
import { copyState } from '../pages/copyState';
import { record } from './summary';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? 'chromium';
const KILLS = Number(process.env.RELIABILITY_CRASHES ?? 100);
/** Every this many kills, the suite discards the store itself, as Chromium does when it finds one damaged, so the restore is tried on every run. */
const DISCARD_EVERY = Number(process.env.RELIABILITY_DISCARD_EVERY ?? 10);
const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4318}/`;

/** A deterministic PRNG, so a failing run can be repeated with its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Stored {
  annotations: { id: string; articleId: string; ranges: { start: number; end: number }[]; quotes: { exact: string }[] }[];
  links: { id: string; fromId: string; toId: string }[];
  texts: Record<string, string>;
}

/** The project as stored, read past the app. */
async function readStored(page: Page): Promise<Stored> {
  const rows = await storedRows<{ annotations: Stored['annotations']; links: Stored['links']; bodies: { id: string; text: string }[] }>(page, ['annotations', 'links', 'bodies']);
  return { annotations: rows.annotations, links: rows.links, texts: Object.fromEntries(rows.bodies.map((b) => [b.id, b.text])) };
}

/** What must hold of any stored project: links join claims that exist, ranges lie in their text and match their quotes. */
function inconsistencies(s: Stored): string[] {
  const ids = new Set(s.annotations.map((a) => a.id));
  const out: string[] = [];
  for (const l of s.links) if (!ids.has(l.fromId) || !ids.has(l.toId)) out.push(`link ${l.id} points at a missing annotation`);
  for (const a of s.annotations) {
    const text = s.texts[a.articleId];
    if (text === undefined) out.push(`annotation ${a.id} is in a missing article`);
    else
      a.ranges.forEach((r, i) => {
        if (r.end > text.length || text.slice(r.start, r.end) !== a.quotes[i]?.exact) out.push(`annotation ${a.id} range ${i} does not match its text`);
      });
  }
  return out;
}

async function launch(profile: string, port: number): Promise<{ child: ChildProcess; browser: Browser; page: Page }> {
  // As root (CI), Chromium's sandbox cannot start; Playwright passes the same flag for its own launches.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const child = spawn(CHROMIUM, [...sandbox, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--window-size=1440,900', 'about:blank'], { detached: true, stdio: 'ignore' });
  let browser: Browser | null = null;
  for (let i = 0; i < 100 && !browser; i++) {
    try {
      browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!browser) throw new Error('Chromium did not start');
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1440, height: 900 });
  return { child, browser, page };
}

/** Removes every IndexedDB folder of the profile (the origin's store, in whatever bucket), and nothing else: what Chromium's discard leaves. */
function discardStores(dir: string): number {
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'IndexedDB') {
      rmSync(path, { recursive: true, force: true });
      removed++;
    } else removed += discardStores(path);
  }
  return removed;
}

function kill(child: ChildProcess): void {
  // The whole process group: the browser and its renderer, GPU and storage processes, at once.
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    // Already gone.
  }
}

test('every change shown as saved survives the browser being killed at random moments', async () => {
  const seed = Number(process.env.RELIABILITY_SEED ?? 20261130);
  const random = prng(seed);
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-crash-'));
  const acknowledged = { annotations: new Set<string>(), links: new Set<string>() };
  let tried = 0;
  let lost = 0;
  let projectDb: string | null = null;
  const resets: number[] = [];
  /** The rounds that start on a store the suite discarded (the others in `resets` Chromium discarded itself). */
  const discarded: number[] = [];
  let lostInResets = 0;
  const problems: string[] = [];
  try {
    for (let round = 0; round < KILLS; round++) {
      const { child, browser, page } = await launch(profile, 9400 + (round % 80));
      try {
        await page.goto(BASE);
        const wb = new WorkbenchPage(page);
        await expect(wb.library).toBeVisible();
        // Chromium discards an origin's whole IndexedDB store when it finds it damaged on open
        // (crbug.com/146284): the project's database is then gone. The app finds the project's
        // safety copy (outside IndexedDB) and offers to restore it; everything acknowledged
        // must come back.
        const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('crosscheck-project-')));
        if (projectDb !== null && !databases.includes(projectDb)) {
          resets.push(round);
          const dialog = page.getByRole('dialog', { name: /^Restore (a )?lost projects?$/ });
          await dialog.getByRole('listitem').filter({ hasText: 'Sample project' }).getByRole('button', { name: 'Restore' }).click();
          await expect(dialog).toBeHidden();
          await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
        } else projectDb = databases.length === 1 ? (databases[0] as string) : projectDb;
        await expect(wb.articles).toHaveCount(3);
        // Saved: the window has also copied to the safety copy what the last round's kill left only in the database.
        await wb.expectSaved();
        const lostBefore = lost;
        // What the last round acknowledged must all be here, and the project consistent.
        const stored = await readStored(page);
        const have = { annotations: new Set(stored.annotations.map((a) => a.id)), links: new Set(stored.links.map((l) => l.id)) };
        const missing = [...acknowledged.annotations].filter((id) => !have.annotations.has(id)).concat([...acknowledged.links].filter((id) => !have.links.has(id)));
        lost += missing.length;
        problems.push(...missing.map((id) => `round ${round}: ${id} was shown as saved and is gone`), ...inconsistencies(stored).map((p) => `round ${round}: ${p}`));
        if (resets.at(-1) === round && lost > lostBefore) lostInResets += lost - lostBefore;
        // Deleted rows are deleted by the analyst's own actions only; these rounds only add.
        for (const id of have.annotations) acknowledged.annotations.add(id);
        for (const id of have.links) acknowledged.links.add(id);

        // A burst: open an article, tag words, sometimes link the new claim to another; each acknowledged when Saved shows.
        await wb.articles.nth(Math.floor(random() * 3)).locator('.row-main').click();
        await expect(wb.text).toBeVisible();
        const words = await wb.text.evaluate((el) => (el.textContent ?? '').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)));
        const actions = 1 + Math.floor(random() * 3);
        for (let i = 0; i < actions; i++) {
          const word = words[Math.floor(random() * words.length)] as string;
          await wb.dragSelect(word);
          const key = ['1', '4', '5'][Math.floor(random() * 3)] as string;
          if (await wb.popover.isVisible()) await page.keyboard.press(key);
          else continue;
          if (key === '1' && random() < 0.5) {
            await page.keyboard.press('l');
            const picker = page.getByRole('dialog', { name: 'Link this claim' });
            const option = picker.getByRole('option').first();
            if (await option.isVisible({ timeout: 1000 }).catch(() => false)) {
              await option.click();
              await picker.getByRole('button', { name: /Contradicts/ }).click();
            } else await page.keyboard.press('Escape');
          }
          if (i < actions - 1) {
            await wb.expectSaved();
            // Saved means in the safety copy too: it holds every change the database has.
            const copy = await copyState(page);
            if (copy.journal < copy.db) problems.push(`round ${round}: the safety copy holds changes up to ${copy.journal}, the database up to ${copy.db}`);
            const now = await readStored(page);
            for (const a of now.annotations) acknowledged.annotations.add(a.id);
            for (const l of now.links) acknowledged.links.add(l.id);
          }
        }
        // The last action of the burst is killed at a random moment: it may or may not survive, and is never acknowledged.
        await new Promise((r) => setTimeout(r, Math.floor(random() * 150)));
      } finally {
        tried++;
        kill(child);
        await browser.close().catch(() => undefined);
        if (DISCARD_EVERY > 0 && round % DISCARD_EVERY === DISCARD_EVERY - 1 && discardStores(profile) > 0) discarded.push(round + 1);
      }
    }
  } finally {
    const failedRounds = new Set(problems.map((p) => p.slice(0, p.indexOf(':')))).size;
    record({ category: 'crash: browser killed', tried, passed: tried - failedRounds, lost, detail: `seed ${seed}; ${acknowledged.annotations.size} annotations and ${acknowledged.links.size} links acknowledged` });
    const byChromium = resets.filter((r) => !discarded.includes(r));
    record({
      category: 'crash: store discarded, restored',
      tried: resets.length,
      passed: resets.length - resets.filter((r) => problems.some((p) => p.startsWith(`round ${r}:`))).length,
      lost: lostInResets,
      detail: `the project restored from its safety copy at round ${resets.join(', ') || '-'}; discarded by the suite after a kill at ${discarded.length ? discarded.join(', ') : '-'}, by Chromium itself at ${byChromium.length ? byChromium.join(', ') : '-'}`,
    });
    // A failed run keeps its browser profile, to look at what the browser left on disk.
    if (problems.length === 0) rmSync(profile, { recursive: true, force: true });
    else console.warn(`crash run kept its profile for inspection: ${profile}; first problems:\n${problems.slice(0, 5).join('\n')}`);
  }
  expect(problems).toEqual([]);
  expect(lost).toBe(0);
});
