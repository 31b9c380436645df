/**
 * The long article (about 200,000 characters, 5,000 annotations): open it (click to
 * highlights and sidebar painted), J/K (key to selection painted), tag (select, key to
 * highlight painted, and to "Saved" painted). Each run measures Crosscheck and every
 * reference in a rotated order; each subject gets a fresh browser.
 */
import type { Page } from '@playwright/test';
import { arm, copyProfile, elapsed, heapMB, launchFresh, launchProfile, removeProfile, result, settle, startProfile, stopProfile, type Env } from '../runner/browser';
import { FULL, LONG_ARTICLE_ID, QUICK, longArticle } from '../seed/generate';
import { APP, rotate, type ScenarioContext } from './context';

type Subject = 'app' | 'plain' | 'tiptap-floor' | 'tiptap-decorations' | 'tiptap-highlights' | 'text-annotator';

const NAMES: Record<Subject, string> = {
  app: 'Crosscheck',
  plain: 'plain HTML',
  'tiptap-floor': 'TipTap, no highlights',
  'tiptap-decorations': 'TipTap + decorations built with the editor',
  'tiptap-highlights': 'TipTap + CSS Custom Highlight API',
  'text-annotator': '@recogito/text-annotator',
};

/** A word no annotation touches, where the tag scenarios tag: the block it is in and its offsets in the article. */
interface Target {
  start: number;
  end: number;
  block: number;
  blockStart: number;
}

/** Tag targets spread over the article, the same in every run: words of six letters or more that no annotation touches. */
function targets(env: Env, count: number): Target[] {
  const { article, annotations } = longArticle(env.seed, env.sizes === 'quick' ? QUICK : FULL);
  const covered = new Uint8Array(article.text.length);
  for (const a of annotations) for (const r of a.ranges) covered.fill(1, r.start, r.end);
  const free: Target[] = [];
  article.blocks.forEach((b, block) => {
    if (b.type !== 'paragraph') return;
    const re = /[A-Za-z]{6,}/g;
    const text = article.text.slice(b.start, b.end);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = b.start + m.index;
      const end = start + m[0].length;
      if (!covered.subarray(start - 1, end + 1).some((x) => x)) free.push({ start, end, block, blockStart: b.start });
    }
  });
  const step = free.length / count;
  return Array.from({ length: count }, (_, i) => free[Math.floor(i * step + step / 2)] as Target);
}

function define(ctx: ScenarioContext) {
  const { rec } = ctx;
  const ids = {
    open: {} as Record<Subject, string>,
    heap: {} as Record<Subject, string>,
    jk: { app: '', ref: '', hl: '' },
    tag: { app: '', saved: '', ref: '', hl: '', ta: '', put: '', putJournal: '' },
  };
  for (const s of Object.keys(NAMES) as Subject[]) {
    ids.open[s] = rec.define({
      id: `open.${s}`,
      scenario: 'open',
      label: 'open the long article: click → highlights and sidebar painted',
      subject: NAMES[s],
      unit: 'ms',
      ...(s === 'app'
        ? {
            target: '≤ 1.3× TipTap, no highlights',
            meets: (m, _p, all) => {
              const floor = all.get('open.tiptap-floor')?.median;
              return floor !== null && floor !== undefined && m <= 1.3 * floor;
            },
          }
        : {}),
    });
    ids.heap[s] = rec.define({ id: `heap.long.${s}`, scenario: 'heap', label: 'JS heap after opening the long article (after GC)', subject: NAMES[s], unit: 'MB' });
  }
  ids.jk.app = rec.define({ id: 'jk.app', scenario: 'jk', label: 'J/K → selection painted (text and sidebar)', subject: NAMES.app, unit: 'ms', p95: true, target: '≤ 16 ms', meets: (m) => m <= 16 });
  ids.jk.ref = rec.define({ id: 'jk.tiptap-decorations', scenario: 'jk', label: 'J/K → restyle one decoration painted', subject: NAMES['tiptap-decorations'], unit: 'ms', p95: true });
  ids.jk.hl = rec.define({ id: 'jk.tiptap-highlights', scenario: 'jk', label: 'J/K → move one range to the selected highlight, painted', subject: NAMES['tiptap-highlights'], unit: 'ms', p95: true });
  ids.tag.app = rec.define({ id: 'tag.app', scenario: 'tag', label: 'select + key → highlight painted', subject: NAMES.app, unit: 'ms', p95: true, target: '≤ 16 ms median, ≤ 50 ms p95', meets: (m, p) => m <= 16 && (p ?? Infinity) <= 50 });
  ids.tag.saved = rec.define({ id: 'tag.saved.app', scenario: 'tag', label: 'select + key → "Saved" painted', subject: NAMES.app, unit: 'ms', p95: true, target: '≤ 50 ms', meets: (m) => m <= 50 });
  ids.tag.ref = rec.define({ id: 'tag.tiptap-decorations', scenario: 'tag', label: 'key → one decoration added, painted', subject: NAMES['tiptap-decorations'], unit: 'ms', p95: true });
  ids.tag.hl = rec.define({ id: 'tag.tiptap-highlights', scenario: 'tag', label: 'key → one range added to the highlight registry, painted', subject: NAMES['tiptap-highlights'], unit: 'ms', p95: true });
  ids.tag.ta = rec.define({ id: 'tag.text-annotator', scenario: 'tag', label: 'key → one annotation added, painted', subject: NAMES['text-annotator'], unit: 'ms', p95: true });
  ids.tag.put = rec.define({ id: 'tag.saved.strict-put', scenario: 'tag', label: 'key → one strict-durability IndexedDB put, "Saved" painted', subject: 'IndexedDB', unit: 'ms', p95: true });
  ids.tag.putJournal = rec.define({
    id: 'tag.saved.strict-put-journal',
    scenario: 'tag',
    label: 'key → one strict put, then one journal line appended and flushed in a worker, "Saved" painted',
    subject: 'IndexedDB + private file system',
    unit: 'ms',
    p95: true,
  });
  return ids;
}

async function openApp(page: Page, ctx: ScenarioContext): Promise<number> {
  await page.goto(`${ctx.env.origin}/`);
  await page.locator(APP.articleRows).first().waitFor({ timeout: 60_000 });
  await settle(page, 300);
  const row = page.locator(APP.library).getByRole('button', { name: /^Long read:/ });
  const probe = await arm(
    page,
    'click',
    (id: string) => (window.__benchPainted?.(`main[aria-label="Article"] [data-article-id="${id}"]`).ids.size ?? 0) > 0 && !!document.querySelector('aside[aria-label="Annotations"] li[data-annotation-id]'),
    LONG_ARTICLE_ID,
    { timeoutMs: 60_000 },
  );
  await row.click();
  return elapsed(await result(page, probe));
}

async function openPeer(page: Page, ctx: ScenarioContext, subject: Exclude<Subject, 'app'>): Promise<number> {
  const query = `seed=${ctx.env.seed}&sizes=${ctx.env.sizes}`;
  const url =
    subject === 'plain' ? `plain.html?${query}` : subject === 'text-annotator' ? `text-annotator.html?${query}` : `tiptap.html?mode=${{ 'tiptap-floor': 'floor', 'tiptap-decorations': 'decorations', 'tiptap-highlights': 'highlights' }[subject]}&${query}`;
  await page.goto(`${ctx.env.origin}/bench/${url}`);
  await page.waitForFunction(() => window.benchPeer?.ready === true, null, { timeout: 60_000 });
  await settle(page, 300);
  const selector = { plain: '#article p', 'tiptap-floor': '#article .ProseMirror p', 'tiptap-decorations': '', 'tiptap-highlights': '', 'text-annotator': '#article .r6o-annotation' }[subject];
  const probe = await arm(page, 'click', (sel: string) => (sel ? !!document.querySelector(sel) : (window.__benchPainted?.('#article').ids.size ?? 0) > 0), selector, { timeoutMs: 60_000 });
  await page.click('#open');
  return elapsed(await result(page, probe));
}

/** J presses, then K presses: each to the selection painted. */
async function jk(page: Page, count: number, app: boolean): Promise<number[]> {
  const times: number[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < count; i++) {
    const key = i < count / 2 ? 'j' : 'k';
    const before = await page.evaluate((app) => window.__benchPainted?.(app ? 'main[aria-label="Article"]' : '#article').selected ?? '', app);
    const probe = await arm(
      page,
      'keydown',
      ({ before, app }: { before: string; app: boolean }) => {
        const id = window.__benchPainted?.(app ? 'main[aria-label="Article"]' : '#article').selected;
        if (!id || id === before) return false;
        return !app || !!document.querySelector(`aside[aria-label="Annotations"] [aria-selected="true"][data-annotation-id="${id}"]`);
      },
      { before, app },
      { key, timeoutMs: 10_000 },
    );
    await page.keyboard.press(key);
    times.push(elapsed(await result(page, probe)));
    await settle(page, 30);
  }
  return times;
}

/** Selects a target word in the app's reader as a drag would, and waits for the tag menu. */
async function selectInApp(page: Page, t: Target): Promise<void> {
  await page.evaluate((t) => {
    const text = document.querySelector('main[aria-label="Article"] .article-text');
    const block = text?.children[t.block];
    if (!block) throw new Error(`block ${t.block} is not in the reader`);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const from = t.start - t.blockStart;
    const to = t.end - t.blockStart;
    let at = 0;
    let startNode: Text | null = null;
    let startOffset = 0;
    let endNode: Text | null = null;
    let endOffset = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const len = n.data.length;
      if (!startNode && from < at + len) {
        startNode = n;
        startOffset = from - at;
      }
      if (!endNode && to <= at + len) {
        endNode = n;
        endOffset = to - at;
        break;
      }
      at += len;
    }
    if (!startNode || !endNode) throw new Error('target offsets are outside the block');
    startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    document.getSelection()?.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
    const r = document.getSelection()?.getRangeAt(0).getBoundingClientRect();
    const init = { bubbles: true, clientX: r?.right ?? 0, clientY: r?.bottom ?? 0 };
    startNode.parentElement?.dispatchEvent(new MouseEvent('mouseup', init));
  }, t);
  await page.locator(APP.tagMenu).waitFor({ timeout: 10_000 });
  await settle(page, 50);
}

/** A probe's check, run in the page: the element at `selector` said something else, then "Saved" again. */
function savedAgain(selector: string): boolean {
  const w = window as unknown as { __benchSaving?: boolean };
  const text = document.querySelector(selector)?.textContent ?? '';
  if (text !== 'Saved') w.__benchSaving = true;
  if (w.__benchSaving && text === 'Saved') {
    w.__benchSaving = false;
    return true;
  }
  return false;
}

/** Tags each target with key 2 (Person): highlight painted, and "Saved" painted, from the key's timestamp. */
async function tagApp(page: Page, ts: readonly Target[]): Promise<{ highlight: number[]; saved: number[] }> {
  const highlight: number[] = [];
  const saved: number[] = [];
  for (const t of ts) {
    await selectInApp(page, t);
    await page.evaluate((block) => {
      (window as unknown as { __benchBefore: string[] }).__benchBefore = [...(window.__benchPainted?.(`main[aria-label="Article"] .article-text > :nth-child(${block + 1})`).ids ?? [])];
    }, t.block);
    const hl = await arm(
      page,
      'keydown',
      (block: number) => {
        const before = new Set((window as unknown as { __benchBefore: string[] }).__benchBefore);
        const now = window.__benchPainted?.(`main[aria-label="Article"] .article-text > :nth-child(${block + 1})`).ids ?? new Set<string>();
        for (const id of now) if (!before.has(id)) return true;
        return false;
      },
      t.block,
      { key: '2', timeoutMs: 15_000 },
    );
    const sv = await arm(
      page,
      'keydown',
      savedAgain,
      '[data-testid="save-state"]',
      { key: '2', timeoutMs: 15_000 },
    );
    await page.keyboard.press('2');
    highlight.push(elapsed(await result(page, hl)));
    saved.push(elapsed(await result(page, sv)));
    await page.locator(APP.saveState).filter({ hasText: /^Saved$/ }).waitFor({ timeout: 15_000 });
    await settle(page, 100);
  }
  return { highlight, saved };
}

/** The references' tag: the same ranges, added by the page on key 2. */
async function tagPeer(page: Page, ts: readonly Target[], subject: 'tiptap-decorations' | 'tiptap-highlights' | 'text-annotator'): Promise<number[]> {
  const times: number[] = [];
  let n = 0;
  for (const t of ts) {
    await page.evaluate((t) => {
      const peer = window.benchPeer;
      if (peer) peer.pending = { start: t.start, end: t.end };
      const p = [...document.querySelectorAll('#article p, #article h2')][t.block];
      p?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }, t);
    await settle(page, 50);
    const id = `bench-new-${n++}`;
    const probe = await arm(
      page,
      'keydown',
      ({ id, ta }: { id: string; ta: boolean }) => (ta ? !!document.querySelector(`#article .r6o-annotation[data-annotation="${id}"]`) : !!window.__benchPainted?.('#article').ids.has(id)),
      { id, ta: subject === 'text-annotator' },
      { key: '2', timeoutMs: 10_000 },
    );
    await page.keyboard.press('2');
    times.push(elapsed(await result(page, probe)));
    await settle(page, 30);
  }
  return times;
}

/** One strict-durability put per key, "Saved" painted (the floor under the app's Saved). */
async function strictPuts(page: Page, count: number, key = 'p'): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const probe = await arm(
      page,
      'keydown',
      savedAgain,
      '#status',
      { key, timeoutMs: 10_000 },
    );
    await page.keyboard.press(key);
    times.push(elapsed(await result(page, probe)));
    await settle(page, 30);
  }
  return times;
}

export async function longArticleScenarios(ctx: ScenarioContext): Promise<void> {
  if (!['open', 'jk', 'tag', 'heap'].some((s) => ctx.wants(s))) return;
  const { env, rec } = ctx;
  const ids = define(ctx);
  const golden = await ctx.golden('long');
  const ts = targets(env, ctx.tagsPerRun);
  const subjects: Subject[] = ['app', 'plain', 'tiptap-floor', 'tiptap-decorations', 'tiptap-highlights', ...(env.textAnnotator ? (['text-annotator'] as const) : [])];
  if (!env.textAnnotator) rec.note(ids.open.app, '@recogito/text-annotator is not installed, so it was left out.');
  for (let run = 0; run < ctx.runs; run++) {
    for (const subject of rotate(subjects, run)) {
      env.log(`  long article, run ${run + 1}/${ctx.runs}: ${NAMES[subject]}`);
      if (subject === 'app') {
        const dir = copyProfile(golden.dir, `long-${run}`, env.cache);
        const { context, page } = await launchProfile(env, dir);
        try {
          rec.add(ids.open.app, await openApp(page, ctx));
          await settle(page, 500);
          if (ctx.wants('heap')) rec.add(ids.heap.app, await heapMB(page));
          if (ctx.wants('jk')) rec.addSamples(ids.jk.app, await jk(page, ctx.jkPerRun, true));
          if (ctx.wants('tag')) {
            const { highlight, saved } = await tagApp(page, ts);
            rec.addSamples(ids.tag.app, highlight);
            rec.addSamples(ids.tag.saved, saved);
          }
        } finally {
          await context.close();
          removeProfile(dir);
        }
        continue;
      }
      const { browser, page } = await launchFresh(env);
      try {
        rec.add(ids.open[subject], await openPeer(page, ctx, subject));
        await settle(page, 500);
        if (ctx.wants('heap')) rec.add(ids.heap[subject], await heapMB(page));
        if (subject === 'tiptap-decorations') {
          if (ctx.wants('jk')) rec.addSamples(ids.jk.ref, await jk(page, ctx.jkPerRun, false));
          if (ctx.wants('tag')) {
            rec.addSamples(ids.tag.ref, await tagPeer(page, ts, subject));
            rec.addSamples(ids.tag.put, await strictPuts(page, Math.min(20, ts.length)));
            rec.addSamples(ids.tag.putJournal, await strictPuts(page, Math.min(20, ts.length), 'q'));
          }
        }
        if (subject === 'tiptap-highlights') {
          if (ctx.wants('jk')) rec.addSamples(ids.jk.hl, await jk(page, ctx.jkPerRun, false));
          if (ctx.wants('tag')) rec.addSamples(ids.tag.hl, await tagPeer(page, ts, subject));
        }
        if (subject === 'text-annotator' && ctx.wants('tag')) rec.addSamples(ids.tag.ta, await tagPeer(page, ts, subject));
      } finally {
        await browser.close();
      }
    }
  }
  if (ctx.profile && (ctx.wants('open') || ctx.wants('tag'))) {
    // One more session, not counted: where the time goes when opening and tagging.
    env.log('  long article: CPU profiles (not counted)');
    const dir = copyProfile(golden.dir, 'long-profile', env.cache);
    const { context, page } = await launchProfile(env, dir);
    try {
      await page.goto(`${env.origin}/`);
      await page.locator(APP.articleRows).first().waitFor({ timeout: 60_000 });
      await settle(page, 300);
      let cdp = await startProfile(page);
      const row = page.locator(APP.library).getByRole('button', { name: /^Long read:/ });
      await row.click();
      await page.waitForFunction(() => (window.__benchPainted?.('main[aria-label="Article"]').ids.size ?? 0) > 0, null, { timeout: 60_000 });
      await page.locator(`${APP.sidebar} li[data-annotation-id]`).first().waitFor({ timeout: 60_000 });
      await settle(page, 500);
      ctx.profiles.push(await stopProfile(env, cdp, 'open the long article (click to painted, plus 0.5 s)'));
      cdp = await startProfile(page);
      await tagApp(page, ts.slice(0, 5));
      ctx.profiles.push(await stopProfile(env, cdp, 'tag 5 words (select, key 2, highlight and Saved painted, settle)'));
      cdp = await startProfile(page);
      await jk(page, 10, true);
      ctx.profiles.push(await stopProfile(env, cdp, 'J/K 10 times'));
    } finally {
      await context.close();
      removeProfile(dir);
    }
  }
}
