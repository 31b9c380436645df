/**
 * The large project (2,000 articles, 200,000 annotations, 20,000 links, the long article
 * among them): start to library with counts; scroll the library; open an article from it;
 * open the long article in it and read the JS heap; open the review queue (G then R) and
 * scroll it. Beside them, the same library reads through the repository without any UI.
 */
import type { Page } from '@playwright/test';
import { arm, elapsed, heapMB, launchProfile, result, settle, startProfile, stopProfile } from '../runner/browser';
import type { SeedApi } from '../seed/seedPage';
import { LONG_ARTICLE_ID } from '../seed/generate';
import { APP, type ScenarioContext } from './context';
import type { FrameStats } from '../harness/pageTiming';

function define(ctx: ScenarioContext) {
  const { rec } = ctx;
  const d = (id: string, label: string, unit: 'ms' | 'MB', extra: Partial<Parameters<typeof rec.define>[0]> = {}) =>
    rec.define({ id, scenario: id.startsWith('heap') ? 'heap' : 'large', label, subject: 'Crosscheck', unit, ...extra });
  return {
    rows: d('large.start.rows', 'large project: start → library rows painted', 'ms'),
    counts: d('large.start.counts', 'large project: start → library with counts painted', 'ms', { target: '< 1 s', meets: (m) => m < 1000 }),
    reads: rec.define({ id: 'large.reads.repository', scenario: 'large', label: 'the library’s reads (articles, counts, open contradictions), no UI', subject: 'repository alone', unit: 'ms' }),
    libraryScroll: d('large.library.scroll', 'scroll the library: longest frame', 'ms', { target: '≤ 50 ms', meets: (m) => m <= 50 }),
    article: d('large.article', 'open an article from it: click → highlights and sidebar painted', 'ms', { target: '< 300 ms', meets: (m) => m < 300 }),
    long: d('large.long', 'open the long article in it: click → painted', 'ms'),
    heap: d('heap.large', 'JS heap, large project and long article open (after GC)', 'MB', { target: '< 400 MB', meets: (m) => m < 400 }),
    queue: d('large.review.open', 'G then R → review queue painted', 'ms'),
    queueScroll: d('large.review.scroll', 'scroll the review queue: longest frame', 'ms', { target: '≤ 50 ms', meets: (m) => m <= 50 }),
  };
}

/** The element that scrolls `selector`'s element (it or its nearest scrolling ancestor), marked for scrollFrames. */
async function markScroller(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    for (let el = document.querySelector(selector); el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (el.scrollHeight > el.clientHeight + 10 && /(auto|scroll)/.test(style.overflowY)) {
        el.setAttribute('data-bench-scroller', '');
        return true;
      }
    }
    return false;
  }, selector);
}

async function scrollLongestFrame(page: Page, selector: string): Promise<FrameStats | null> {
  if (!(await markScroller(page, selector))) return null;
  await settle(page, 200);
  return page.evaluate(async () => {
    const bench = window.__bench;
    const el = document.querySelector('[data-bench-scroller]');
    if (!bench || !el) return null;
    bench.framesStart();
    await bench.scrollFrames(el, 120, 90);
    const stats = bench.framesStop();
    el.removeAttribute('data-bench-scroller');
    return stats;
  });
}

export async function largeProjectScenarios(ctx: ScenarioContext): Promise<void> {
  if (!ctx.wants('large') && !ctx.wants('heap')) return;
  const { env, rec } = ctx;
  const ids = define(ctx);
  const golden = await ctx.golden('large');
  for (let run = 0; run < ctx.largeRuns; run++) {
    env.log(`  large project, run ${run + 1}/${ctx.largeRuns}`);
    // Read-only scenarios share the seeded profile; the article the app remembers is forgotten before each start.
    const { context, page } = await launchProfile(env, golden.dir);
    try {
      const reference = async () => {
        const ref = await context.newPage();
        await ref.goto(`${env.origin}/bench/seed.html`);
        await ref.waitForFunction(() => window.crosscheckSeed !== undefined);
        rec.add(ids.reads, (await ref.evaluate((id) => (window.crosscheckSeed as SeedApi).libraryReads(id), golden.projectId)).ms);
        await ref.close();
      };
      if (run % 2 === 1 && ctx.wants('large')) await reference();
      await context.addInitScript(() => {
        if (!location.protocol.startsWith('http')) return;
        for (const k of Object.keys(localStorage)) if (k.startsWith('crosscheck.openArticle.')) localStorage.removeItem(k);
        const bench = window.__bench;
        if (!bench) return;
        const w = window as unknown as { __benchStart: number[] };
        w.__benchStart = [
          bench.arm({ event: 'navigation', timeoutMs: 300_000, check: () => !!document.querySelector('aside[aria-label="Library"] ul[aria-label="Articles"] > li.row') }),
          bench.arm({
            event: 'navigation',
            timeoutMs: 300_000,
            check: () => {
              const row = document.querySelector('aside[aria-label="Library"] ul[aria-label="Articles"] > li.row');
              const counts = row?.querySelector('[aria-label="Annotation counts"]')?.textContent ?? row?.textContent ?? '';
              return /(^|[^\d])[1-9][\d,]* claims?\b/.test(counts);
            },
          }),
        ];
      });
      await page.goto(`${env.origin}/`);
      const [rowsId, countsId] = await page.evaluate(() => (window as unknown as { __benchStart: number[] }).__benchStart);
      rec.add(ids.rows, elapsed(await result(page, rowsId as number)));
      rec.add(ids.counts, elapsed(await result(page, countsId as number)));
      await settle(page, 500);
      if (ctx.wants('large')) {
        const frames = await scrollLongestFrame(page, APP.articleRows);
        if (frames) rec.add(ids.libraryScroll, frames.longest);
        await page.evaluate(() => document.querySelector('[data-bench-scroller], aside[aria-label="Library"] ul')?.scrollTo?.(0, 0));
        await settle(page, 300);
        // The first article in the list that is not the long one.
        const row = page.locator(APP.articleRows).filter({ hasNot: page.getByRole('button', { name: /^Long read:/ }) }).first().locator('button.row-main, button').first();
        const probe = await arm(page, 'click', () => (window.__benchPainted?.('main[aria-label="Article"]').ids.size ?? 0) > 0 && !!document.querySelector('aside[aria-label="Annotations"] li[data-annotation-id]'), null, { timeoutMs: 300_000 });
        await row.click();
        rec.add(ids.article, elapsed(await result(page, probe)));
        await settle(page, 500);
      }
      // The library draws only the rows in view: find the long article the way an analyst would, by its title.
      await page.locator(APP.library).getByLabel('Filter articles').fill('Long read');
      const long = page.locator(APP.library).getByRole('button', { name: /^Long read:/ });
      await long.waitFor({ timeout: 60_000 });
      await settle(page, 300);
      const probe = await arm(page, 'click', (id: string) => (window.__benchPainted?.(`main[aria-label="Article"] [data-article-id="${id}"]`).ids.size ?? 0) > 0 && !!document.querySelector('aside[aria-label="Annotations"] li[data-annotation-id]'), LONG_ARTICLE_ID, {
        timeoutMs: 300_000,
      });
      await long.click();
      rec.add(ids.long, elapsed(await result(page, probe)));
      await settle(page, 1000);
      if (ctx.wants('heap')) rec.add(ids.heap, await heapMB(page));
      if (ctx.wants('large')) {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const queue = await arm(page, 'keydown', () => !!document.querySelector('[role="listbox"][aria-label="Links"] [role="option"]'), null, { key: 'r', timeoutMs: 300_000 });
        await page.keyboard.press('g');
        await page.keyboard.press('r');
        rec.add(ids.queue, elapsed(await result(page, queue)));
        await settle(page, 500);
        const frames = await scrollLongestFrame(page, APP.queueRows);
        if (frames) rec.add(ids.queueScroll, frames.longest);
        else rec.note(ids.queueScroll, 'the queue did not scroll (no scrolling container found)');
        if (run % 2 === 0) {
          // The app's page is emptied first, so its live queries do not compete with the reference.
          await page.goto('about:blank');
          await reference();
        }
      }
    } finally {
      await context.close();
    }
  }
  if (ctx.profile && ctx.wants('large')) {
    env.log('  large project: CPU profile of the start (not counted)');
    const { context, page } = await launchProfile(env, golden.dir);
    try {
      await page.goto(`${env.origin}/bench/seed.html`);
      const cdp = await startProfile(page);
      await page.goto(`${env.origin}/`);
      await page.waitForFunction(
        () => /(^|[^\d])[1-9][\d,]* claims?\b/.test(document.querySelector('aside[aria-label="Library"] ul[aria-label="Articles"] > li [aria-label="Annotation counts"]')?.textContent ?? ''),
        null,
        { timeout: 300_000 },
      );
      ctx.profiles.push(await stopProfile(env, cdp, 'large project: start to library with counts'));
    } catch (e) {
      env.log(`  profile failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await context.close();
    }
  }
}
